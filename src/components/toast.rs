//! The one message area: confirmations with an undo button, and errors. A message belongs
//! to the screen it was raised for and goes when the teacher moves to another screen.

use leptos::prelude::*;

use crate::i18n::K;
use crate::state::use_app;

#[component]
pub fn ToastArea() -> impl IntoView {
    let st = use_app();
    // A message belongs to its screen: moving on to another screen takes it away, so it
    // never lies over the next screen's content.
    let path = leptos_router::hooks::use_location().pathname;
    Effect::new(move |_| {
        let here = path.get();
        if st.toast.with_untracked(|t| t.as_ref().and_then(|t| t.screen.as_ref()).is_some_and(|s| *s != here)) {
            st.toast.set(None);
        }
    });
    view! {
        <div class="toast-area" role="status" aria-live="polite" aria-label=move || st.t(K::Notifications)>
            {move || st.toast.get().map(|toast| {
                let undo = toast.undo.clone();
                view! {
                    <div class="toast" class:toast-error=toast.error data-testid="toast">
                        <span class="toast-text">{toast.text.clone()}</span>
                        {undo.map(|u| view! {
                            <button class="btn btn-light" data-testid="undo" on:click=move |_| st.undo(u.clone())>
                                {move || st.t(K::Undo)}
                            </button>
                        })}
                        <button class="btn btn-ghost-light" aria-label=move || st.t(K::Close) on:click=move |_| st.toast.set(None)>
                            "×"
                        </button>
                    </div>
                }
            })}
        </div>
    }
}
