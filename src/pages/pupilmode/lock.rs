//! The lock screen: the app locked itself after idle time, or the teacher tapped
//! "Vergrendel". Only the teacher PIN opens it again; no data shows meanwhile.

use leptos::prelude::*;

use crate::components::pupilmode::art::LockIcon;
use crate::components::pupilmode::pin_form::PinForm;
use crate::i18n::pupilmode::PK;
use crate::state::use_app;

#[component]
pub fn LockScreen() -> impl IntoView {
    let st = use_app();
    view! {
        <div class="page lock-screen" data-testid="lock-screen">
            <section class="card lock-card" aria-labelledby="lock-title">
                <span class="lock-badge"><LockIcon/></span>
                <h1 id="lock-title">{move || st.t(PK::LockedTitle)}</h1>
                <p>{move || st.t(PK::LockedHelp)}</p>
                <PinForm submit=PK::Unlock on_ok=Callback::new(|_| ())/>
            </section>
        </div>
    }
}
