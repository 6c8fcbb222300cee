//! The teacher-PIN form of the lock screen and of "leave pupil mode": shows "checking…"
//! while the slow hash runs, the throttle's countdown after too many wrong PINs, and
//! what went wrong in words.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::pupilmode::Scope;
use crate::i18n::pupilmode::{wait_message, PK};
use crate::mode::use_mode;
use crate::state::use_app;

#[component]
pub fn PinForm(
    /// Text of the submit button.
    submit: PK,
    /// Called after the right PIN, with the scope of the pupil-mode session that ended.
    on_ok: Callback<Option<Scope>>,
) -> impl IntoView {
    let st = use_app();
    let m = use_mode();
    let pin = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();
    let wait_ms = move || m.throttle.get().check(m.now_ms.get()).err().map(|crate::domain::pupilmode::ThrottleError::Wait { ms }| ms);
    let blocked = move || m.busy.get() || wait_ms().is_some();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if blocked() {
            return;
        }
        let typed = pin.get_untracked();
        error.set(None);
        spawn_local(async move {
            match m.unlock(typed).await {
                Ok(scope) => on_ok.run(scope),
                Err(e) => {
                    pin.set(String::new());
                    // While a wait runs, its countdown says it all (and stays true).
                    let waiting = m.throttle.get_untracked().check(crate::mode::now_ms()).is_err();
                    if !e.is_empty() && !waiting {
                        error.set(Some(e));
                    }
                    if let Some(el) = input.get_untracked() {
                        let _ = el.focus();
                    }
                }
            }
        });
    };
    // Focus the field when the form appears (the teacher is about to type).
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });

    view! {
        <form class="pin-form" on:submit=on_submit data-testid="pin-form">
            <label for="teacher-pin">{move || st.t(PK::TeacherPin)}</label>
            <input id="teacher-pin" class="pin-input" type="password" inputmode="numeric" autocomplete="off"
                maxlength="8" node_ref=input data-testid="pin-input"
                aria-describedby="pin-status"
                prop:value=move || pin.get()
                on:input=move |ev| pin.set(event_target_value(&ev))/>
            <button type="submit" class="btn btn-primary pin-submit" data-testid="pin-submit"
                disabled=blocked aria-busy=move || m.busy.get().to_string()>
                {move || if m.busy.get() { st.t(PK::Checking) } else { st.t(submit) }}
            </button>
            <div id="pin-status" class="pin-status" role="status" aria-live="polite" data-testid="pin-status">
                {move || {
                    if m.busy.get() {
                        Some(view! { <p class="pin-checking"><span class="spinner" aria-hidden="true"></span>{st.t(PK::Checking)}</p> }.into_any())
                    } else if let Some(ms) = wait_ms() {
                        Some(view! { <p class="pin-wait" data-testid="pin-wait">{wait_message(ms, st.lang.get())}</p> }.into_any())
                    } else {
                        error.get().map(|e| view! { <p class="pin-error" data-testid="pin-error">{e}</p> }.into_any())
                    }
                }}
            </div>
        </form>
    }
}
