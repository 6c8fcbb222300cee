//! "New reflection" badges: per pupil on the class page, per class on the overview.
//! They disappear once the teacher opens the pupil's learning log.

use leptos::prelude::*;

use crate::domain::scope::Scope;

use crate::i18n::pupilmode::{unread_label, PK};
use crate::state::use_app;

fn badge(n: usize) -> impl IntoView {
    let st = use_app();
    (n > 0).then(|| {
        view! {
            <span class="badge badge-new" data-testid="unread-badge">
                <span aria-hidden="true">{format!("{n} {}", st.t(PK::NewBadge).to_lowercase())}</span>
                <span class="visually-hidden">{unread_label(st.lang.get(), n)}</span>
            </span>
        }
    })
}

/// Unread reflections of one pupil.
#[component]
pub fn UnreadBadge(pupil_id: String) -> impl IntoView {
    let st = use_app();
    move || badge(if st.need(Scope::Followup) { st.unread.with(|u| u.of_pupil(&pupil_id)) } else { 0 })
}

/// Unread reflections of the current pupils of one class.
#[component]
pub fn UnreadClassBadge(class_id: String) -> impl IntoView {
    let st = use_app();
    move || {
        badge(if st.need(Scope::Followup) {
            st.unread.with(|u| st.book.with_kinds(&["pupil"], |b| b.unread_in_class(u, &class_id)))
        } else {
            0
        })
    }
}
