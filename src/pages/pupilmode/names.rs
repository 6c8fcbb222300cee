//! Pupil mode, "tap your name": big name buttons (initials in privacy mode) of the
//! session's pupils only, and the thank-you for the pupil who just finished.

use leptos::prelude::*;

use crate::components::pupilmode::read_aloud::ReadAloud;
use crate::domain::pupilmode::{name_tiles, AppMode, PictureOutcome, PupilPrompt};
use crate::i18n::pupilmode::{picture_outcome, pupil_prompt};
use crate::mode::{use_mode, Banner};
use crate::state::use_app;

#[component]
pub fn NamesScreen() -> impl IntoView {
    let st = use_app();
    let m = use_mode();
    let prompt = move |p: PupilPrompt| pupil_prompt(p, st.lang.get());
    let tiles = move || {
        let AppMode::Pupil(session) = m.mode.get() else { return Vec::new() };
        st.book.with_kinds(&["pupil"], |b| name_tiles(&session, &b.pupil_sources(st.privacy.get())))
    };
    let banner = move || {
        m.banner.get().map(|b| match b {
            Banner::Thanks => prompt(PupilPrompt::ThankYouPassOn).to_string(),
            Banner::AskTeacher => picture_outcome(PictureOutcome::TooManyTries, st.lang.get()),
        })
    };
    view! {
        <section class="pm-screen pm-names" aria-labelledby="pm-names-title" data-testid="pm-names">
            <div role="status" aria-live="polite">
                {move || banner().map(|text| view! { <p class="pm-banner" data-testid="pm-banner">{text}</p> })}
            </div>
            <div class="pm-q-head">
                <h1 id="pm-names-title">{move || prompt(PupilPrompt::TapYourName)}</h1>
                <ReadAloud text=Signal::derive(move || prompt(PupilPrompt::TapYourName).to_string())/>
            </div>
            <ul class="pm-name-grid" role="list">
                {move || tiles().into_iter().map(|tile| {
                    let id = tile.pupil_id.clone();
                    view! {
                        <li>
                            <button type="button" class="pm-name" data-testid="pm-name" on:click=move |_| m.tap_name(&id)>
                                {tile.display_name}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
