//! The page for an unknown address.

use leptos::prelude::*;

use crate::i18n::K;
use crate::state::use_app;

#[component]
pub fn NotFound() -> impl IntoView {
    let st = use_app();
    view! {
        <section class="page card empty-state" data-testid="not-found">
            <h1>{move || st.t(K::NotFoundTitle)}</h1>
            <a class="btn btn-primary" href="/">{move || st.t(K::GoHome)}</a>
        </section>
    }
}
