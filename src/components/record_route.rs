//! The frame of every page about one pupil (`/pupil/:id/...`) or one class
//! (`/class/:id/...`): reads the id from the address, asks the state for that pupil's or
//! class's records (read from storage once, through their index), and shows the page
//! when they are there, or a friendly "this pupil/class does not exist" with a way home.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::scope::Scope;
use crate::i18n::K;
use crate::state::use_app;

/// Shown while a screen's records are read from storage.
pub fn loading_view() -> AnyView {
    let st = use_app();
    view! { <p class="loading" role="status" data-testid="scope-loading">{move || st.t(K::Loading)}</p> }.into_any()
}

#[component]
pub fn PupilRoute(
    /// Builds the page for the pupil id in the address; rebuilt when another pupil is
    /// opened, so forms start from that pupil.
    page: fn(String) -> AnyView,
) -> impl IntoView {
    let st = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let exists = Memo::new(move |_| st.book.with_kinds(&["pupil"], |b| b.pupil(&id.get()).is_some()));
    let ready = Memo::new(move |_| exists.get() && st.need(Scope::Pupil(id.get())));
    view! {
        <Show
            when=move || exists.get()
            fallback=move || view! {
                <section class="card empty-state" data-testid="pupil-missing">
                    <h1>{move || st.t(K::PupilNotFound)}</h1>
                    <a class="btn btn-primary" href="/">{move || st.t(K::GoHome)}</a>
                </section>
            }
        >
            <Show when=move || ready.get() fallback=loading_view>
                {move || page(id.get())}
            </Show>
        </Show>
    }
}

/// The frame of every page about one class (`/class/:id/...`), like `PupilRoute`.
#[component]
pub fn ClassRoute(
    /// Builds the page for the class id in the address (rebuilt for another class).
    page: fn(Memo<String>) -> AnyView,
    /// Show the page as soon as the class exists: its pupils are there from the start,
    /// and the page's parts that show the class's records ask for them themselves (the
    /// class page: its tiles are drawn before the attention and feedback lines).
    #[prop(optional)]
    early: bool,
) -> impl IntoView {
    let st = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let exists = Memo::new(move |_| st.book.with_kinds(&["class"], |b| b.class(&id.get()).is_some()));
    let ready = Memo::new(move |_| exists.get() && (early || st.need(Scope::Class(id.get()))));
    view! {
        <Show
            when=move || exists.get()
            fallback=move || view! {
                <section class="card empty-state" data-testid="class-missing">
                    <h1>{move || st.t(K::ClassNotFound)}</h1>
                    <a class="btn btn-primary" href="/">{move || st.t(K::GoHome)}</a>
                </section>
            }
        >
            <Show when=move || ready.get() fallback=loading_view>
                {move || {
                    id.track();
                    page(id)
                }}
            </Show>
        </Show>
    }
}
