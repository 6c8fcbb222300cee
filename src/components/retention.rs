//! Retention: the settings section that lists the pupils archived more than two years ago
//! (`Book::retention_due`), each with their dossier to save first and a delete that asks
//! for confirmation and can be undone for the session (the toast's undo); and the calm
//! note on the home screen that points to it.
//!
//! The section is always there, with a line saying when nothing is due: a teacher who
//! looks for how long Groeipad keeps a pupil's data (a parent's or the school's question)
//! finds the rule and the answer, and the home note's link always has a place to land.

use leptos::prelude::*;

use crate::components::reports::dossier_file::save_dossier;
use crate::domain::retention::RetentionDue;
use crate::domain::scope::Scope;
use crate::i18n::retention::{confirm_title, deleted, details, home_note, RetK};
use crate::i18n::{Text, K};
use crate::state::{today, use_app};

/// Focuses an element once it is on screen (the confirmation step, or back to the button).
fn focus_later(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The settings section (`/settings#retention`).
#[component]
pub fn RetentionSettings() -> impl IntoView {
    let st = use_app();
    let t = move |k: RetK| k.t(st.lang.get());
    // The due pupils, and for each whether their records are all read (the count of what
    // is kept is complete only then): asking for them here reads each pupil once.
    let due = Memo::new(move |_| {
        let privacy = st.privacy.get();
        let list = st.book.with_kinds(&["class", "pupil"], |b| b.retention_due(today(), privacy));
        list.into_iter()
            .map(|r| {
                let loaded = st.need(Scope::Pupil(r.pupil_id.clone()));
                // Re-run when anything about the pupil changes (a record added or undone).
                st.book.with_pupil(&r.pupil_id, |_| ());
                (r, loaded)
            })
            .collect::<Vec<_>>()
    });
    let confirming = RwSignal::new(None::<String>);

    let row = move |(r, loaded): (RetentionDue, bool)| {
        let id = StoredValue::new(r.pupil_id.clone());
        let name = StoredValue::new(r.name.clone());
        let (delete_id, question_id) = (format!("retention-delete-{}", r.pupil_id), format!("retention-confirm-{}", r.pupil_id));
        let name_id = format!("retention-name-{}", r.pupil_id);
        // Each row's buttons say whose they are to a screen reader ("Verwijderen – Anna").
        let whose = move || format!(" – {}", name.get_value());
        let asking = move || confirming.get().as_deref() == Some(id.get_value().as_str());
        let ask = {
            let question_id = question_id.clone();
            move |_| {
                confirming.set(Some(id.get_value()));
                focus_later(question_id.clone());
            }
        };
        let cancel = {
            let delete_id = delete_id.clone();
            move |_| {
                confirming.set(None);
                focus_later(delete_id.clone());
            }
        };
        let delete = move |_| {
            confirming.set(None);
            let pupil_id = id.get_value();
            let class_id = st.book.with_untracked(|b| b.pupil(&pupil_id).map(|p| p.class_id.clone())).unwrap_or_default();
            // Every record about the pupil, and the class's group plans and lessons that
            // place them, so all of it goes and undo brings all of it back.
            st.after_loading(vec![Scope::Pupil(pupil_id.clone()), Scope::Class(class_id)], move || {
                let done = deleted(st.lang.get_untracked(), &name.get_value());
                if let Err(e) = st.run_undoable(done, |b| b.delete_pupil(&pupil_id)) {
                    st.toast(e, true, None);
                }
                focus_later("retention-title".into());
            });
        };
        let archived_on = r.archived_on;
        view! {
            <li class="retention-item" data-testid="retention-item">
                <h3 class="retention-name" id=name_id>{r.name.clone()}</h3>
                <p class="muted" data-testid="retention-details">
                    {move || {
                        let lang = st.lang.get();
                        details(lang, &crate::i18n::format::date(lang, archived_on), &r.class_name, loaded.then_some(r.entries))
                    }}
                </p>
                <Show
                    when=asking
                    fallback=move || {
                        let delete_id = delete_id.clone();
                        let ask = ask.clone();
                        view! {
                            <div class="actions-row">
                                <button type="button" class="btn btn-secondary" data-testid="retention-dossier"
                                    on:click=move |_| save_dossier(st, id.get_value())>
                                    {move || t(RetK::SaveDossier)}
                                    <span class="visually-hidden">{whose()}</span>
                                </button>
                                <button type="button" class="btn btn-danger" id=delete_id data-testid="retention-delete" on:click=ask>
                                    {move || t(RetK::Delete)}
                                    <span class="visually-hidden">{whose()}</span>
                                </button>
                            </div>
                        }
                    }
                >
                    <div class="notice notice-warn retention-confirm" role="group" aria-labelledby=question_id.clone() data-testid="retention-confirm">
                        <p class="retention-question" id=question_id.clone() tabindex="-1">
                            <strong>{move || confirm_title(st.lang.get(), &name.get_value())}</strong>
                        </p>
                        <p>{move || t(RetK::ConfirmText)}</p>
                        <div class="actions-row">
                            <button type="button" class="btn btn-danger" data-testid="retention-confirm-delete" on:click=delete>
                                {move || t(RetK::ConfirmDelete)}
                            </button>
                            <button type="button" class="btn btn-secondary" data-testid="retention-cancel" on:click=cancel.clone()>
                                {move || st.t(K::Cancel)}
                            </button>
                        </div>
                    </div>
                </Show>
            </li>
        }
    };

    view! {
        <section class="card retention" id="retention" aria-labelledby="retention-title" data-testid="retention">
            <h2 id="retention-title" tabindex="-1">{move || t(RetK::Title)}</h2>
            <p class="help">{move || t(RetK::Intro)}</p>
            <Show
                when=move || due.with(|d| !d.is_empty())
                fallback=move || view! { <p class="muted" data-testid="retention-none">{move || t(RetK::NothingDue)}</p> }
            >
                <ul class="retention-list" role="list" aria-label=move || t(RetK::ListLabel)>
                    <For each=move || due.get() key=|(r, loaded)| (r.clone(), *loaded) children=row/>
                </ul>
            </Show>
        </section>
    }
}

/// The calm note on the home screen: how many pupils are past the term, and the way to
/// the settings section. Counts from the pupils alone (read at start-up).
#[component]
pub fn RetentionNote() -> impl IntoView {
    let st = use_app();
    let count = Memo::new(move |_| st.book.with_kinds(&["pupil"], |b| b.retention_due_count(today())));
    view! {
        <Show when=move || { count.get() > 0 }>
            <aside class="notice retention-note" data-testid="retention-note" aria-label=move || RetK::Title.t(st.lang.get())>
                <p>{move || home_note(st.lang.get(), count.get())}</p>
                <a class="btn btn-secondary" href="/settings#retention">{move || RetK::HomeLink.t(st.lang.get())}</a>
            </aside>
        </Show>
    }
}
