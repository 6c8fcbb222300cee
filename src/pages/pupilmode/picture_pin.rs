//! Pupil mode, "tap your three pictures": the picture PIN of the pupil whose name was
//! tapped. Three wrong tries send the tablet back to the names.

use leptos::prelude::*;

use crate::components::pupilmode::art::Picture;
use crate::components::pupilmode::read_aloud::ReadAloud;
use crate::domain::pupilmode::{AppMode, PictureKey, PictureOutcome, PupilPrompt, PupilStep};
use crate::i18n::pupilmode::{picture_name, picture_outcome, pupil_prompt, PK};
use crate::mode::use_mode;
use crate::state::use_app;

#[component]
pub fn PicturePinScreen(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let m = use_mode();
    let prompt = move |p: PupilPrompt| pupil_prompt(p, st.lang.get());
    let name = st.book.with_untracked(|b| b.pupil_view_of(&pupil_id, st.privacy.get_untracked()).map(|v| v.display_name));
    let outcome = RwSignal::new(None::<PictureOutcome>);
    let entered = move || match m.mode.get() {
        AppMode::Pupil(s) => match s.step() {
            PupilStep::PicturePin { entered, .. } => entered.len(),
            _ => 0,
        },
        _ => 0,
    };
    let tap = move |k: PictureKey| outcome.set(m.tap_picture(k));
    let message = move || match outcome.get() {
        Some(o @ PictureOutcome::Wrong { .. }) => Some(picture_outcome(o, st.lang.get())),
        _ => None,
    };
    view! {
        <section class="pm-screen pm-picture-pin" aria-labelledby="pm-pin-title" data-testid="pm-picture-pin">
            <p class="pm-hello">{move || format!("{} {}!", st.t(PK::Hello), name.clone().unwrap_or_default())}</p>
            <div class="pm-q-head">
                <h1 id="pm-pin-title">{move || prompt(PupilPrompt::TapYourPictures)}</h1>
                <ReadAloud text=Signal::derive(move || prompt(PupilPrompt::TapYourPictures).to_string())/>
            </div>
            <div class="pm-pin-dots" role="img" data-testid="pm-pin-dots"
                aria-label=move || format!("{}: {} / 3", st.t(PK::PicturesEntered), entered())>
                {move || (0..3).map(|i| view! { <span class="pm-pin-dot" class:filled=i < entered()></span> }).collect_view()}
            </div>
            <p class="pm-banner pm-banner-warn" role="alert" data-testid="pm-pin-message">{message}</p>
            <ul class="pm-picture-grid" role="list">
                {PictureKey::ALL.into_iter().map(|k| view! {
                    <li>
                        <button type="button" class="pm-picture" data-testid="pm-picture" data-key=format!("{k:?}").to_lowercase()
                            on:click=move |_| tap(k)>
                            <Picture key=k/>
                            <span>{move || picture_name(k, st.lang.get())}</span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
            <div class="pm-actions">
                <button type="button" class="btn btn-secondary pm-big" disabled=move || entered() == 0
                    on:click=move |_| { outcome.set(None); m.undo_picture(); }>{move || st.t(PK::UndoPicture)}</button>
                <button type="button" class="btn btn-secondary pm-big" data-testid="pm-not-me"
                    on:click=move |_| m.back_to_names()>{move || prompt(PupilPrompt::NotMe)}</button>
            </div>
        </section>
    }
}
