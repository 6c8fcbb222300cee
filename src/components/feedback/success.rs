//! Note a success ("successen vieren") for one pupil: one line of text and save, said to
//! be noted once it is stored, with undo. On the pupil page and in the quick-action sheet.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::util::{say_saved, Saved};
use crate::domain::feedback::{Success, SuccessSource, MAX_SUCCESS_CHARS};
use crate::i18n::feedback::FK;
use crate::state::{new_id, today, use_app};

#[component]
pub fn SuccessForm(
    pupil_id: String,
    /// Prefix of the element ids (`{prefix}-form`, `{prefix}-text`, `{prefix}-error`).
    #[prop(into)]
    prefix: String,
    /// Called once the success is stored (an inline form closes itself).
    #[prop(optional)]
    on_done: Option<Callback<()>>,
    /// Where to say it is stored (a line of its own), instead of the app's toast.
    #[prop(optional)]
    said: Option<Callback<Saved>>,
) -> impl IntoView {
    let st = use_app();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let pid = StoredValue::new(pupil_id);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        // Emptied at once for the next success while this one is being stored (a write
        // landing later must not empty what is typed next); a failed one comes back.
        let typed = text.get_untracked();
        let s = Success {
            id: new_id(),
            pupil_id: pid.get_value(),
            date: today(),
            text: typed.clone(),
            goal_id: None,
            source: SuccessSource::Manual,
            template: None,
        };
        text.set(String::new());
        st.run_stored_with_undo(
            |b| b.add_success(s),
            move |stored| match stored {
                Ok(((), undo)) => {
                    // try_*: the form may be gone by the time the write lands.
                    let _ = error.try_set(None);
                    say_saved(st, said, st.t(FK::SuccessSaved).into(), undo);
                    if let Some(cb) = on_done {
                        cb.try_run(());
                    }
                }
                Err(e) => {
                    // What was typed comes back, unless the next one is being typed.
                    if text.try_get_untracked().is_some_and(|t| t.is_empty()) {
                        text.set(typed);
                    }
                    let _ = error.try_set(Some(e));
                }
            },
        );
    };
    let (form_id, text_id, error_id) = (format!("{prefix}-form"), format!("{prefix}-text"), format!("{prefix}-error"));
    view! {
        <form id=form_id class="success-form" on:submit=add data-testid="success-form">
            <label for=text_id.clone()>{move || st.t(FK::SuccessText)}</label>
            <div class="inline-form">
                <input id=text_id type="text" autocomplete="off" maxlength=MAX_SUCCESS_CHARS.to_string()
                    placeholder=move || st.t(FK::SuccessPlaceholder) aria-describedby=error_id.clone()
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <button type="submit" class="btn btn-primary" data-testid="save-success">{move || st.t(FK::SaveSuccess)}</button>
            </div>
            <p id=error_id class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
