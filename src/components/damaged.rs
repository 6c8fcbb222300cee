//! Damaged entries: stored entries that could not be read are kept aside (storage sets
//! them apart, the state holds the list). A calm banner over every teacher screen counts
//! them; settings lists them, exports them as a file and deletes one on request.

use leptos::prelude::*;

use crate::components::util::download;
use crate::i18n::{damaged_banner, K};
use crate::state::use_app;

/// Longest part of a damaged entry's text shown in the list (the file holds all of it).
const PREVIEW_CHARS: usize = 160;

#[component]
pub fn DamagedBanner() -> impl IntoView {
    let st = use_app();
    let count = move || st.damaged.with(Vec::len);
    let any = move || count() > 0;
    view! {
        <Show when=any>
            <div class="damaged-banner" role="status" data-testid="damaged-banner">
                <span>{move || damaged_banner(st.lang.get(), count())}</span>
                <a href="/settings#damaged" class="btn btn-secondary btn-small">{move || st.t(K::DamagedSee)}</a>
            </div>
        </Show>
    }
}

#[component]
pub fn DamagedList() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let export = move |_| {
        let name = format!("groeipad-beschadigd-{}.json", crate::state::today());
        if let Err(e) = download(&name, "application/json", &st.damaged_file()) {
            leptos::logging::warn!("{e:?}");
        }
    };
    let confirming = RwSignal::new(None::<String>);
    let row = move |d: crate::storage::Damaged| {
        let key = StoredValue::new(d.key.clone());
        let preview: String = d.text.chars().take(PREVIEW_CHARS).collect();
        let more = d.text.chars().count() > PREVIEW_CHARS;
        let asking = move || confirming.get().as_deref() == Some(key.get_value().as_str());
        let delete = move |_| {
            if asking() {
                confirming.set(None);
                st.delete_damaged(key.get_value());
            } else {
                confirming.set(Some(key.get_value()));
            }
        };
        view! {
            <li class="damaged-item" data-testid="damaged-item">
                <p><span class="muted">{move || format!("{}: ", t(K::DamagedKey))}</span><code>{key.get_value()}</code></p>
                <pre class="damaged-text">{preview}{more.then_some("…")}</pre>
                <button type="button" class=move || if asking() { "btn btn-danger btn-small" } else { "btn btn-secondary btn-small" }
                    data-testid="damaged-delete" on:click=delete>
                    {move || if asking() { t(K::DamagedDeleteConfirm) } else { t(K::DamagedDelete) }}
                </button>
            </li>
        }
    };
    view! {
        <Show when=move || st.damaged.with(|d| !d.is_empty())>
            <section class="card" id="damaged" aria-labelledby="damaged-title" data-testid="damaged-list">
                <h2 id="damaged-title">{move || t(K::DamagedTitle)}</h2>
                <p class="muted">{move || t(K::DamagedIntro)}</p>
                <ul class="damaged-items" role="list">
                    <For each=move || st.damaged.get() key=|d| d.key.clone() children=row/>
                </ul>
                <button type="button" class="btn btn-secondary" data-testid="damaged-export" on:click=export>{move || t(K::DamagedExport)}</button>
            </section>
        </Show>
    }
}
