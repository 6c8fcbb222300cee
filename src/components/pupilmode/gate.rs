//! The one place that decides what the app shows: in teacher mode the router's pages,
//! when locked the lock screen, in pupil mode the pupil screen — whatever the URL, the
//! back button, a reload or a keyboard shortcut asks for. And the header's lock button.

use leptos::prelude::*;

use crate::components::pupilmode::art::LockIcon;
use crate::domain::pupilmode::AppMode;
use crate::i18n::pupilmode::PK;
use crate::mode::use_mode;
use crate::pages::pupilmode::{lock::LockScreen, screen::PupilModeScreen};
use crate::state::use_app;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Teacher,
    Locked,
    Pupil,
}

/// Wraps the teacher routes; renders them only in teacher mode.
#[component]
pub fn ModeGate(children: ChildrenFn) -> impl IntoView {
    let m = use_mode();
    let kind = Memo::new(move |_| match m.mode.get() {
        AppMode::Teacher => Kind::Teacher,
        AppMode::Locked => Kind::Locked,
        AppMode::Pupil(_) => Kind::Pupil,
    });
    let opening = m.opening;
    move || match kind.get() {
        // Until the data says whether a lock is needed: neither teacher screens nor the lock.
        _ if opening.get() => crate::components::record_frame::loading_view().into_any(),
        Kind::Teacher => children().into_any(),
        Kind::Locked => view! { <LockScreen/> }.into_any(),
        Kind::Pupil => view! { <PupilModeScreen/> }.into_any(),
    }
}

/// "Vergrendel" in the header, when a PIN is set.
#[component]
pub fn LockButton() -> impl IntoView {
    let st = use_app();
    let m = use_mode();
    view! {
        <Show when=move || m.has_pin()>
            <button type="button" class="nav-link nav-lock" data-testid="lock-now" aria-label=move || st.t(PK::LockNowLabel)
                on:click=move |_| m.lock_now()>
                <LockIcon/><span>{move || st.t(PK::LockNow)}</span>
            </button>
        </Show>
    }
}
