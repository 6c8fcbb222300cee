//! The frame of every page about one pupil (`/pupil/:id/...`) or one class
//! (`/class/:id/...`): reads the id from the address and shows the page, or a friendly
//! "this pupil/class does not exist" with a way home.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::i18n::K;
use crate::state::use_app;

#[component]
pub fn PupilRoute(
    /// Builds the page for the pupil id in the address; rebuilt when another pupil is
    /// opened, so forms start from that pupil.
    page: fn(String) -> AnyView,
) -> impl IntoView {
    let st = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let exists = move || st.book.with(|b| b.pupil(&id.get()).is_some());
    view! {
        <Show
            when=exists
            fallback=move || view! {
                <section class="card empty-state" data-testid="pupil-missing">
                    <h1>{move || st.t(K::PupilNotFound)}</h1>
                    <a class="btn btn-primary" href="/">{move || st.t(K::GoHome)}</a>
                </section>
            }
        >
            {move || page(id.get())}
        </Show>
    }
}

/// The frame of every page about one class (`/class/:id/...`), like `PupilRoute`.
#[component]
pub fn ClassRoute(
    /// Builds the page for the class id in the address (rebuilt for another class).
    page: fn(Memo<String>) -> AnyView,
) -> impl IntoView {
    let st = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let exists = move || st.book.with(|b| b.class(&id.get()).is_some());
    view! {
        <Show
            when=exists
            fallback=move || view! {
                <section class="card empty-state" data-testid="class-missing">
                    <h1>{move || st.t(K::ClassNotFound)}</h1>
                    <a class="btn btn-primary" href="/">{move || st.t(K::GoHome)}</a>
                </section>
            }
        >
            {move || {
                id.track();
                page(id)
            }}
        </Show>
    }
}
