//! Autosaving forms whose record may change in another tab. Each field is a
//! `domain::edit::FieldEdit` in a signal; `FormSync::watch` settles the fields when the
//! stored record or the write queue changes, and gives a write that failed one more try
//! on the freshly loaded record. `ChangedElsewhere` is the inline notice under a field
//! whose unsaved edits meet a version stored elsewhere: both versions and a choice.

use leptos::prelude::*;

use crate::domain::edit::FieldEdit;
use crate::i18n::forms::{changed_elsewhere, FormK};
use crate::state::AppState;

/// One form field: the teacher's value, its base and any other version.
pub type Field<T> = RwSignal<FieldEdit<T>>;

/// A field showing the stored value; `same` says when a typed value means a stored one.
pub fn field<T: Clone + PartialEq + Send + Sync + 'static>(stored: T, same: fn(&T, &T) -> bool) -> Field<T> {
    RwSignal::new(FieldEdit::new(stored, same))
}

/// The field's value (tracked), for `prop:value`.
pub fn shown<T: Clone + PartialEq + Send + Sync + 'static>(f: Field<T>) -> T {
    f.with(|f| f.value().clone())
}

/// What a save sends for this field (untracked).
pub fn to_send<T: Clone + PartialEq + Send + Sync + 'static>(f: Field<T>) -> Option<T> {
    f.with_untracked(|f| f.to_send())
}

/// After an accepted save: `stored` is the field's value in the book now.
pub fn mark_sent<T: Clone + PartialEq + Send + Sync + 'static, P>(f: Field<T>, sent: &Option<P>, stored: T) {
    if sent.is_some() {
        f.update(|f| f.sent(stored));
    }
}

/// Watches one form's record. Copy, so handlers can hold it.
#[derive(Clone, Copy)]
pub struct FormSync {
    /// One automatic retry after a failed write, granted again by each edit of the
    /// teacher: a write that keeps failing (a full disk) does not loop.
    retry: StoredValue<bool>,
}

impl FormSync {
    /// Starts watching `record` (a tracked read of the stored record; None once it is
    /// gone). `write_failed` tells every field that its writes were dropped and says
    /// whether any had one on its way; `settle` settles every field with the stored
    /// record; `save` sends what the fields have to send.
    pub fn watch<R: Clone + PartialEq + Send + Sync + 'static>(
        st: AppState,
        record: impl Fn() -> Option<R> + 'static,
        write_failed: impl Fn() -> bool + 'static,
        settle: impl Fn(&R) + 'static,
        save: impl Fn() + 'static,
    ) -> FormSync {
        let sync = FormSync { retry: StoredValue::new(true) };
        let seen_toast = StoredValue::new(st.toast.with_untracked(|t| t.as_ref().map_or(0, |t| t.id)));
        // The record as this tab had it when a write failed: the reload that follows
        // replaces it; until then it still shows the write that did not land.
        let failed_on = StoredValue::new(None::<R>);
        let retry_after_reload = StoredValue::new(false);
        Effect::new(move |_| {
            let rec = record();
            let pending = st.pending.get();
            let toast = st.toast.with(|t| t.as_ref().map(|t| (t.id, t.error)));
            let Some(rec) = rec else { return };
            // A failed write is reported with an error toast, in the same step that
            // empties the queue (state.rs `drain`), before the book is reloaded.
            if let Some((id, error)) = toast.filter(|(id, _)| *id > seen_toast.get_value()) {
                seen_toast.set_value(id);
                if error && write_failed() {
                    failed_on.set_value(Some(rec));
                    retry_after_reload.set_value(sync.retry.get_value());
                    sync.retry.set_value(false);
                    return;
                }
            }
            if failed_on.with_value(|f| f.as_ref() == Some(&rec)) {
                return;
            }
            failed_on.set_value(None);
            if pending > 0 {
                return;
            }
            settle(&rec);
            if retry_after_reload.get_value() {
                retry_after_reload.set_value(false);
                save();
            }
        });
        sync
    }

    /// The teacher edited a field: a later failed write may be retried once more.
    pub fn edited(self) {
        self.retry.set_value(true);
    }
}

/// Moves the keyboard focus back to the field after a choice removed the buttons.
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The inline notice under a field: the version stored in another tab, and the
/// choice between the teacher's version and that one. Its box is always in the page
/// (a live region), empty while there is nothing to choose.
#[component]
pub fn ChangedElsewhere<T: Clone + PartialEq + Send + Sync + 'static>(
    /// The `id` of the field's control; the notice is `{id}-elsewhere`, for the
    /// control's `aria-describedby`.
    #[prop(into)]
    id: String,
    /// The field whose other version is shown.
    field: Field<T>,
    /// How a value reads for the teacher (may follow the language).
    show: Callback<T, String>,
    /// Saves the form: "keep mine" writes the teacher's version.
    save: Callback<()>,
) -> impl IntoView {
    let st = crate::state::use_app();
    let box_id = format!("{id}-elsewhere");
    let text_id = format!("{id}-elsewhere-text");
    let notice = move || {
        let other = field.with(|f| f.other().cloned())?;
        let (id, id2, text_id) = (id.clone(), id.clone(), text_id.clone());
        Some(view! {
            <div class="notice notice-warn changed-elsewhere">
                <p id=text_id.clone() class="changed-elsewhere-text">{move || changed_elsewhere(st.lang.get(), &show.run(other.clone()))}</p>
                <div class="actions-row">
                    <button type="button" class="btn btn-secondary" aria-describedby=text_id.clone() data-testid="keep-mine"
                        on:click=move |_| {
                            field.update(|f| f.keep_mine());
                            save.run(());
                            focus(&id);
                        }>{move || st.t(FormK::KeepMine)}</button>
                    <button type="button" class="btn btn-secondary" aria-describedby=text_id data-testid="take-other"
                        on:click=move |_| {
                            field.update(|f| f.take_other());
                            focus(&id2);
                        }>{move || st.t(FormK::TakeOther)}</button>
                </div>
            </div>
        })
    };
    view! { <div id=box_id.clone() role="status" data-testid=box_id>{notice}</div> }
}
