//! "Update available — reload": shown when a new build's service worker is waiting.

use leptos::prelude::*;

use crate::i18n::K;
use crate::state::use_app;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let st = use_app();
    let apply = move |_| {
        // register-sw.js tells the waiting worker to take over, then reloads.
        if let Some(win) = web_sys::window() {
            if let Ok(f) = js_sys::Reflect::get(&win, &"groeipadApplyUpdate".into()) {
                if let Ok(f) = f.dyn_into::<js_sys::Function>() {
                    let _ = f.call0(&win);
                    return;
                }
            }
            let _ = win.location().reload();
        }
    };
    view! {
        <Show when=move || st.update_ready.get()>
            <div class="update-banner" role="status" data-testid="update-banner">
                <span>{move || st.t(K::UpdateAvailable)}</span>
                <button class="btn btn-primary" on:click=apply>{move || st.t(K::UpdateReload)}</button>
            </div>
        </Show>
    }
}

use wasm_bindgen::JsCast;
