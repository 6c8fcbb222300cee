//! Pupil mode: the one screen the tablet shows while pupils use it, whatever the URL.
//! It follows the session's step (names → picture PIN → reflection) and offers the
//! teacher's way out, which asks the teacher PIN.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::pupilmode::pin_form::PinForm;
use crate::domain::pupilmode::{AppMode, PupilPrompt, PupilStep, Scope};
use crate::i18n::pupilmode::{pupil_prompt, PK};
use crate::mode::use_mode;
use crate::pages::pupilmode::{names::NamesScreen, picture_pin::PicturePinScreen, reflect::ReflectScreen};
use crate::state::use_app;

/// Which screen the session is on; the picture taps inside one screen don't rebuild it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Screen {
    Names,
    PicturePin(String),
    Reflect(String),
}

#[component]
pub fn PupilModeScreen() -> impl IntoView {
    let st = use_app();
    let m = use_mode();
    let navigate = use_navigate();
    let leaving = RwSignal::new(false);
    let screen = Memo::new(move |_| match m.mode.get() {
        AppMode::Pupil(s) => match s.step() {
            PupilStep::Names => Screen::Names,
            PupilStep::PicturePin { pupil_id, .. } => Screen::PicturePin(pupil_id.clone()),
            PupilStep::Reflecting { pupil_id } => Screen::Reflect(pupil_id.clone()),
        },
        _ => Screen::Names,
    });
    let on_ok = Callback::new(move |scope: Option<Scope>| {
        let to = match scope {
            Some(Scope::Class(id)) => format!("/class/{id}"),
            Some(Scope::Pupil(id)) => format!("/pupil/{id}"),
            None => "/".to_string(),
        };
        navigate(&to, Default::default());
    });
    view! {
        <div class="pupil-mode" data-testid="pupil-mode">
            {move || if leaving.get() {
                view! {
                    <section class="card lock-card" aria-labelledby="leave-title" data-testid="leave-screen">
                        <h1 id="leave-title">{move || st.t(PK::LeaveTitle)}</h1>
                        <p>{move || st.t(PK::LeaveHelp)}</p>
                        <PinForm submit=PK::Leave on_ok=on_ok/>
                        <button type="button" class="btn btn-secondary pm-big" data-testid="leave-cancel"
                            on:click=move |_| leaving.set(false)>{move || st.t(PK::GoBack)}</button>
                    </section>
                }.into_any()
            } else {
                match screen.get() {
                    Screen::Names => view! { <NamesScreen/> }.into_any(),
                    Screen::PicturePin(id) => view! { <PicturePinScreen pupil_id=id/> }.into_any(),
                    Screen::Reflect(id) => view! { <ReflectScreen pupil_id=id/> }.into_any(),
                }
            }}
            <Show when=move || !leaving.get()>
                <div class="pm-teacher-row">
                    <button type="button" class="btn btn-secondary pm-teacher" data-testid="pm-teacher"
                        on:click=move |_| leaving.set(true)>
                        {move || pupil_prompt(PupilPrompt::TeacherOnly, st.lang.get())}
                    </button>
                </div>
            </Show>
        </div>
    }
}
