//! The five faces and the twelve picture-PIN pictures, drawn as inline SVG: no emoji font
//! or image file is needed, so they look the same on every tablet. Decorative by
//! themselves (`aria-hidden`): the word next to each one is the accessible name.

use leptos::prelude::*;

use crate::domain::pupilmode::{Mood, PictureKey};

const INK: &str = "#1f2a2e";

/// One face of the "how did it go" scale, from very sad (1) to very happy (5).
#[component]
pub fn Face(mood: Mood) -> impl IntoView {
    let (fill, mouth, mouth_fill) = match mood {
        Mood::NotGood => ("#f6a89e", "M30 74 Q50 54 70 74", "none"),
        Mood::Hard => ("#f9c98f", "M32 71 Q50 62 68 71", "none"),
        Mood::Okay => ("#f8e17a", "M32 67 L68 67", "none"),
        Mood::Good => ("#bfe6a0", "M31 61 Q50 77 69 61", "none"),
        Mood::Great => ("#8fd3a0", "M27 57 Q50 90 73 57 Z", INK),
    };
    let brows = matches!(mood, Mood::NotGood | Mood::Hard);
    view! {
        <svg class="face-svg" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
            <circle cx="50" cy="50" r="44" fill=fill stroke=INK stroke-width="4"/>
            <circle cx="35" cy="40" r="5.5" fill=INK/>
            <circle cx="65" cy="40" r="5.5" fill=INK/>
            {brows.then(|| view! {
                <path d="M25 30 L42 26 M58 26 L75 30" stroke=INK stroke-width="4" stroke-linecap="round" fill="none"/>
            })}
            <path d=mouth fill=mouth_fill stroke=INK stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}

/// One picture of the picture PIN.
#[component]
pub fn Picture(key: PictureKey) -> impl IntoView {
    let shapes = match key {
        PictureKey::Cat => view! {
            <path d="M20 40 L24 12 L42 28 Z M80 40 L76 12 L58 28 Z" fill="#f4a340" stroke=INK stroke-width="4" stroke-linejoin="round"/>
            <circle cx="50" cy="54" r="34" fill="#f4a340" stroke=INK stroke-width="4"/>
            <circle cx="38" cy="48" r="5" fill=INK/>
            <circle cx="62" cy="48" r="5" fill=INK/>
            <path d="M45 60 L55 60 L50 66 Z" fill="#e0607e" stroke=INK stroke-width="2"/>
            <path d="M14 58 L36 62 M14 70 L36 66 M86 58 L64 62 M86 70 L64 66" stroke=INK stroke-width="3" stroke-linecap="round"/>
        }.into_any(),
        PictureKey::Dog => view! {
            <circle cx="50" cy="52" r="32" fill="#c98b52" stroke=INK stroke-width="4"/>
            <ellipse cx="20" cy="48" rx="11" ry="24" fill="#7a4a26" stroke=INK stroke-width="4"/>
            <ellipse cx="80" cy="48" rx="11" ry="24" fill="#7a4a26" stroke=INK stroke-width="4"/>
            <circle cx="39" cy="46" r="5" fill=INK/>
            <circle cx="61" cy="46" r="5" fill=INK/>
            <ellipse cx="50" cy="62" rx="8" ry="6" fill=INK/>
            <path d="M50 68 Q50 78 42 76 M50 68 Q50 78 58 76" stroke=INK stroke-width="3" fill="none" stroke-linecap="round"/>
        }.into_any(),
        PictureKey::Sun => view! {
            <g stroke="#d98e04" stroke-width="7" stroke-linecap="round">
                <path d="M50 6 L50 18 M50 82 L50 94 M6 50 L18 50 M82 50 L94 50 M19 19 L27 27 M73 73 L81 81 M81 19 L73 27 M27 73 L19 81"/>
            </g>
            <circle cx="50" cy="50" r="24" fill="#ffd23f" stroke=INK stroke-width="4"/>
        }.into_any(),
        PictureKey::Moon => view! {
            <path d="M62 10 A40 40 0 1 0 88 68 A32 32 0 1 1 62 10 Z" fill="#ffe27a" stroke=INK stroke-width="4" stroke-linejoin="round"/>
        }.into_any(),
        PictureKey::Star => view! {
            <path d="M50 6 L61 37 L94 38 L68 58 L77 91 L50 72 L23 91 L32 58 L6 38 L39 37 Z" fill="#ffcc1a" stroke=INK stroke-width="4" stroke-linejoin="round"/>
        }.into_any(),
        PictureKey::Tree => view! {
            <rect x="42" y="58" width="16" height="34" fill="#8a5a2b" stroke=INK stroke-width="4"/>
            <circle cx="50" cy="38" r="30" fill="#3e9b4f" stroke=INK stroke-width="4"/>
        }.into_any(),
        PictureKey::Flower => view! {
            <path d="M50 62 L50 95" stroke="#2f7d3a" stroke-width="6" stroke-linecap="round"/>
            <g fill="#f27ab0" stroke=INK stroke-width="3">
                <circle cx="50" cy="18" r="14"/>
                <circle cx="73" cy="34" r="14"/>
                <circle cx="64" cy="60" r="14"/>
                <circle cx="36" cy="60" r="14"/>
                <circle cx="27" cy="34" r="14"/>
            </g>
            <circle cx="50" cy="40" r="11" fill="#ffd23f" stroke=INK stroke-width="3"/>
        }.into_any(),
        PictureKey::Fish => view! {
            <path d="M70 50 L94 30 L94 70 Z" fill="#3a86d4" stroke=INK stroke-width="4" stroke-linejoin="round"/>
            <ellipse cx="44" cy="50" rx="36" ry="24" fill="#5aa9f0" stroke=INK stroke-width="4"/>
            <circle cx="26" cy="44" r="5" fill=INK/>
        }.into_any(),
        PictureKey::Bird => view! {
            <circle cx="46" cy="54" r="30" fill="#e2473f" stroke=INK stroke-width="4"/>
            <path d="M30 56 Q46 80 62 58 Z" fill="#b52f28" stroke=INK stroke-width="3" stroke-linejoin="round"/>
            <path d="M74 40 L94 46 L74 54 Z" fill="#f6a623" stroke=INK stroke-width="3" stroke-linejoin="round"/>
            <circle cx="58" cy="42" r="5" fill=INK/>
            <path d="M38 84 L36 95 M54 84 L56 95" stroke=INK stroke-width="4" stroke-linecap="round"/>
        }.into_any(),
        PictureKey::Ball => view! {
            <circle cx="50" cy="50" r="42" fill="#ffffff" stroke=INK stroke-width="4"/>
            <path d="M50 8 Q28 50 50 92" fill="none" stroke="#e2473f" stroke-width="8"/>
            <path d="M50 8 Q72 50 50 92" fill="none" stroke="#3a86d4" stroke-width="8"/>
            <path d="M10 40 Q50 56 90 40" fill="none" stroke="#f6c523" stroke-width="8"/>
            <circle cx="50" cy="50" r="42" fill="none" stroke=INK stroke-width="4"/>
        }.into_any(),
        PictureKey::Car => view! {
            <path d="M22 50 L32 28 L68 28 L80 50 Z" fill="#9fd3f5" stroke=INK stroke-width="4" stroke-linejoin="round"/>
            <rect x="8" y="48" width="84" height="24" rx="8" fill="#e2473f" stroke=INK stroke-width="4"/>
            <circle cx="28" cy="74" r="10" fill=INK/>
            <circle cx="72" cy="74" r="10" fill=INK/>
            <circle cx="28" cy="74" r="4" fill="#cfcfcf"/>
            <circle cx="72" cy="74" r="4" fill="#cfcfcf"/>
        }.into_any(),
        PictureKey::Apple => view! {
            <path d="M50 30 Q50 16 58 10" stroke="#6b4420" stroke-width="5" fill="none" stroke-linecap="round"/>
            <path d="M54 20 Q70 8 80 18 Q68 30 54 20 Z" fill="#3e9b4f" stroke=INK stroke-width="3"/>
            <path d="M50 32 Q30 18 16 38 Q4 66 28 88 Q40 96 50 88 Q60 96 72 88 Q96 66 84 38 Q70 18 50 32 Z" fill="#e2473f" stroke=INK stroke-width="4" stroke-linejoin="round"/>
        }.into_any(),
    };
    view! {
        <svg class="picture-svg" viewBox="0 0 100 100" aria-hidden="true" focusable="false">{shapes}</svg>
    }
}

/// A speaker, for the read-aloud buttons.
#[component]
pub fn SpeakerIcon() -> impl IntoView {
    view! {
        <svg class="speaker-svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3 9 H7 L12 5 V19 L7 15 H3 Z" fill="currentColor"/>
            <path d="M15.5 8.5 Q18 12 15.5 15.5 M18 6 Q22.5 12 18 18" stroke="currentColor" stroke-width="2" fill="none" stroke-linecap="round"/>
        </svg>
    }
}

/// A padlock, for the lock screen and the lock button.
#[component]
pub fn LockIcon() -> impl IntoView {
    view! {
        <svg class="lock-svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M7 11 V8 A5 5 0 0 1 17 8 V11" stroke="currentColor" stroke-width="2.2" fill="none"/>
            <rect x="4.5" y="11" width="15" height="10" rx="2" fill="currentColor"/>
        </svg>
    }
}
