//! The read-aloud button: speaks a question or goal with the browser's speech synthesis,
//! in a Dutch voice (nl-NL, else nl-BE, else any Dutch one) when the app is in Dutch.
//! Not shown at all where the browser has no speech synthesis: the page works without it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::pupilmode::art::SpeakerIcon;
use crate::i18n::pupilmode::PK;
use crate::i18n::Lang;
use crate::state::use_app;

/// True when `window.speechSynthesis` and `SpeechSynthesisUtterance` exist.
pub fn speech_available() -> bool {
    let Some(win) = web_sys::window() else { return false };
    let has = |name: &str| js_sys::Reflect::get(&win, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null());
    has("speechSynthesis") && has("SpeechSynthesisUtterance")
}

fn speak(text: &str, lang: Lang) {
    if !speech_available() {
        return;
    }
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return };
    let wanted: &[&str] = match lang {
        Lang::Nl => &["nl-nl", "nl-be", "nl"],
        Lang::En => &["en-gb", "en-us", "en"],
    };
    utterance.set_lang(match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    });
    let voices: Vec<web_sys::SpeechSynthesisVoice> =
        synth.get_voices().iter().filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok()).collect();
    let norm = |v: &web_sys::SpeechSynthesisVoice| v.lang().replace('_', "-").to_lowercase();
    let voice = wanted.iter().find_map(|w| voices.iter().find(|v| norm(v) == *w || (w.len() == 2 && norm(v).starts_with(w))));
    if let Some(v) = voice {
        utterance.set_voice(Some(v));
        utterance.set_lang(&v.lang());
    }
    utterance.set_rate(0.9);
    // A new tap replaces what is still being read.
    synth.cancel();
    synth.speak(&utterance);
}

/// A big speaker button that reads `text` aloud; its accessible name says what it reads.
#[component]
pub fn ReadAloud(
    /// The words to speak.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let st = use_app();
    speech_available().then(|| {
        let label = move || format!("{}: {}", st.t(PK::ReadAloud), text.get());
        view! {
            <button type="button" class="read-aloud" aria-label=label title=move || st.t(PK::ReadAloud) data-testid="read-aloud"
                on:click=move |_| speak(&text.get_untracked(), st.lang.get_untracked())>
                <SpeakerIcon/>
            </button>
        }
    })
}
