//! The pupil page's part of this feature: the way into the learning log (with the count
//! of new reflections), pupil mode for this one pupil, and the picture PIN.

use leptos::prelude::*;

use crate::components::pupilmode::badges::UnreadBadge;
use crate::components::pupilmode::picture_pin_editor::PicturePinEditor;
use crate::components::pupilmode::start::StartPupilMode;
use crate::domain::pupilmode::Scope;
use crate::i18n::pupilmode::PK;
use crate::state::use_app;

#[component]
pub fn PupilModeSection(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: PK| st.t(k);
    let href = format!("/pupil/{pupil_id}/log");
    view! {
        <section class="card log-link-card" aria-labelledby="log-link-title">
            <h2 id="log-link-title">{move || t(PK::LearningLog)} " " <UnreadBadge pupil_id=pupil_id.clone()/></h2>
            <p class="help">{move || t(PK::LearningLogHelp)}</p>
            <a class="btn btn-primary" href=href data-testid="open-log">{move || t(PK::OpenLog)}</a>
        </section>
        <StartPupilMode scope=Scope::Pupil(pupil_id.clone())/>
        <PicturePinEditor pupil_id=pupil_id/>
    }
}
