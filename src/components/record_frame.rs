//! The frames of the nested routes about one pupil (`/pupil/:id/...`) or one class
//! (`/class/:id/...`): the parent route reads the id from the address (typed params),
//! shows a friendly "this pupil/class does not exist" with a way home, and otherwise the
//! child route's page in its `<Outlet/>`, with the id in context (`use_pupil_id`,
//! `use_class_id`). A page that shows the records of its pupil or class waits for them
//! with `PupilRecords` or `ClassRecords` (read from storage once, through their index).
//!
//! When another pupil or class is opened, the frame builds its page again, so forms
//! start from that pupil or class.

use leptos::context::Provider;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use crate::domain::scope::Scope;
use crate::i18n::K;
use crate::state::{today, use_app};

/// The `:id` of `/pupil/:id/...`, `/class/:id/...` and `/goal/:id`.
#[derive(Params, Clone, Debug, PartialEq)]
struct RecordParams {
    id: Option<String>,
}

/// The id in the address (empty when there is none), as a typed param.
pub fn address_id() -> Memo<String> {
    let params = use_params::<RecordParams>();
    Memo::new(move |_| params.read().as_ref().ok().and_then(|p| p.id.clone()).unwrap_or_default())
}

/// The pupil a page under `/pupil/:id` is about.
#[derive(Clone, Debug)]
struct PupilId(String);

/// The class a page under `/class/:id` is about, and the part of its records the class
/// page reads (one memo for the page and its panels).
#[derive(Clone, Copy, Debug)]
struct ClassId {
    id: Memo<String>,
    part: Memo<Scope>,
}

/// The id of the pupil the page is about (fixed for the page's life: the frame builds
/// the page again for another pupil).
pub fn use_pupil_id() -> String {
    use_context::<PupilId>().map(|p| p.0).unwrap_or_default()
}

/// The id of the class the page is about (the frame builds the page again for another
/// class).
pub fn use_class_id() -> Memo<String> {
    use_context::<ClassId>().map(|c| c.id).unwrap_or_else(|| Memo::new(|_| String::new()))
}

/// Shown while a screen's records are read from storage.
pub fn loading_view() -> AnyView {
    let st = use_app();
    view! { <p class="loading" role="status" data-testid="scope-loading">{move || st.t(K::Loading)}</p> }.into_any()
}

/// "This pupil/class does not exist (any more)" with the way home.
fn missing(testid: &'static str, title: K) -> impl IntoView {
    let st = use_app();
    view! {
        <section class="card empty-state" data-testid=testid>
            <h1>{move || st.t(title)}</h1>
            <a class="btn btn-primary" href="/">{move || st.t(K::GoHome)}</a>
        </section>
    }
}

/// The parent route of `/pupil/:id/...`.
#[component]
pub fn PupilFrame() -> impl IntoView {
    let st = use_app();
    let id = address_id();
    let exists = Memo::new(move |_| st.book.with_kinds(&["pupil"], |b| b.pupil(&id.get()).is_some()));
    view! {
        <Show
            when=move || exists.get()
            fallback=move || missing("pupil-missing", K::PupilNotFound)
        >
            {move || view! { <Provider value=PupilId(id.get())><Outlet/></Provider> }}
        </Show>
    }
}

/// The parent route of `/class/:id/...`.
#[component]
pub fn ClassFrame() -> impl IntoView {
    let st = use_app();
    let id = address_id();
    let exists = Memo::new(move |_| st.book.with_kinds(&["class"], |b| b.class(&id.get()).is_some()));
    let part = class_page_scope(id);
    view! {
        <Show
            when=move || exists.get()
            fallback=move || missing("class-missing", K::ClassNotFound)
        >
            {move || {
                id.track();
                view! { <Provider value=ClassId { id, part }><Outlet/></Provider> }
            }}
        </Show>
    }
}

/// Shows its children once every record of the page's pupil is in the book.
#[component]
pub fn PupilRecords(children: ChildrenFn) -> impl IntoView {
    let st = use_app();
    let id = use_pupil_id();
    let ready = Memo::new(move |_| st.need(Scope::Pupil(id.clone())));
    view! { <Show when=move || ready.get() fallback=loading_view>{children()}</Show> }
}

/// Shows its children once the records of the page's class are in the book: every one,
/// or those of `kinds` only (the class page itself draws its tiles at once and lets its
/// parts ask for `use_class_page_scope`).
#[component]
pub fn ClassRecords(#[prop(optional)] kinds: Option<&'static [&'static str]>, children: ChildrenFn) -> impl IntoView {
    let st = use_app();
    let id = use_class_id();
    let ready = Memo::new(move |_| {
        let class = id.get();
        st.need(match kinds {
            Some(kinds) => Scope::ClassPart { class, kinds, since: None },
            None => Scope::Class(class),
        })
    });
    view! { <Show when=move || ready.get() fallback=loading_view>{children()}</Show> }
}

/// Shows its children once the class page's part of the class's records is in (the
/// attention page shows what the class page reads, so it opens from there at once).
#[component]
pub fn ClassPageRecords(children: ChildrenFn) -> impl IntoView {
    let st = use_app();
    let part = use_class_page_scope();
    let ready = Memo::new(move |_| st.need(part.get()));
    view! { <Show when=move || ready.get() fallback=loading_view>{children()}</Show> }
}

/// What the class page reads of the page's class (`Book::class_page_scope`): the
/// frame's one memo, shared by the page, its panels and the attention page.
pub fn use_class_page_scope() -> Memo<Scope> {
    use_context::<ClassId>().map(|c| c.part).unwrap_or_else(|| class_page_scope(use_class_id()))
}

fn class_page_scope(id: Memo<String>) -> Memo<Scope> {
    let st = use_app();
    Memo::new(move |_| st.book.with_kinds(&["settings"], |b| b.class_page_scope(&id.get(), today())))
}
