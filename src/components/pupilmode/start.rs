//! "Start pupil mode" for a class (class page) or one pupil (pupil page). Without a
//! teacher PIN it explains why one is needed and links to the PIN settings instead.

use leptos::prelude::*;

use crate::domain::pupilmode::Scope;
use crate::i18n::pupilmode::PK;
use crate::mode::use_mode;
use crate::state::use_app;

#[component]
pub fn StartPupilMode(
    /// A class or one pupil.
    scope: Scope,
) -> impl IntoView {
    let st = use_app();
    let m = use_mode();
    let t = move |k: PK| st.t(k);
    let error = RwSignal::new(None::<String>);
    let (help, button) = match scope {
        Scope::Class(_) => (PK::PupilModeClassHelp, PK::StartForClass),
        Scope::Pupil(_) => (PK::PupilModePupilHelp, PK::StartForPupil),
    };
    let start = move |_| error.set(m.start_pupil_mode(scope.clone()).err());
    view! {
        <section class="card pm-start" aria-labelledby="pm-start-title" data-testid="pm-start">
            <h2 id="pm-start-title">{move || t(PK::PupilModeTitle)}</h2>
            <p class="help">{move || t(help)}</p>
            <Show when=move || m.has_pin()
                fallback=move || view! {
                    <div class="notice notice-warn" data-testid="pm-need-pin">
                        <p>{move || t(PK::NeedPin)}</p>
                        <a class="btn btn-secondary" href="/settings#pin">{move || t(PK::GoToPinSettings)}</a>
                    </div>
                }>
                <button type="button" class="btn btn-primary" data-testid="start-pupil-mode" on:click=start.clone()>
                    {move || t(button)}
                </button>
            </Show>
            <p class="field-error" role="alert" data-testid="pm-start-error">{move || error.get()}</p>
        </section>
    }
}
