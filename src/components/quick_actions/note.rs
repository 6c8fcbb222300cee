//! The sheet's feedback panel: one top and a next step, the composer's balance checks
//! live below (they never block), saved as the composer saves a note. Enter in the top
//! goes on to the next step, so the note takes no tap between the fields.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::feedback::draft::{field_id, focus_field, store_note, Draft};
use crate::components::feedback::nudges::NudgePanel;
use crate::components::util::Saved;
use crate::domain::feedback::{check_note, Part, MAX_ITEM_CHARS};
use crate::i18n::feedback::{lexicons, FK};
use crate::i18n::quick_actions::QK;
use crate::state::use_app;

#[component]
pub fn NotePanel(
    pupil_id: String,
    /// Says the note is stored.
    said: Callback<Saved>,
) -> impl IntoView {
    let st = use_app();
    let pid = StoredValue::new(pupil_id);
    let draft = Draft::new(None);
    let error = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let nudges = Memo::new(move |_| {
        draft.tops.track();
        draft.next.track();
        check_note(&draft.note(&pid.get_value(), None), lexicons(st.lang.get()))
    });
    let top = move || draft.tops.with(|t| t.first().cloned().unwrap_or_default());
    let set_top = move |text: String| {
        draft.undo.set(None);
        draft.tops.update(|t| match t.first_mut() {
            Some(first) => *first = text,
            None => t.push(text),
        });
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        saving.set(true);
        store_note(st, draft.note(&pid.get_value(), None), move |stored| {
            saving.set(false);
            match stored {
                Ok(undo) => {
                    draft.clear();
                    error.set(None);
                    said.try_run(Saved { text: st.t(FK::NoteSaved).into(), undo });
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let (top_id, next_id) = (field_id(Part::Top, 0), field_id(Part::NextStep, 0));
    let next_focus = next_id.clone();
    view! {
        <form class="quick-note" on:submit=submit novalidate data-testid="quick-note">
            <div class="field">
                <label for=top_id.clone()>{move || st.t(QK::Top)}</label>
                <input id=top_id type="text" autocomplete="off" enterkeyhint="next" maxlength=MAX_ITEM_CHARS.to_string()
                    aria-describedby="quick-note-error" data-testid="quick-top"
                    prop:value=top on:input=move |ev| set_top(event_target_value(&ev))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            focus_field(next_focus.clone());
                        }
                    }/>
            </div>
            <div class="field">
                <label for=next_id.clone()>{move || st.t(QK::NextStep)}</label>
                <textarea id=next_id rows="2" maxlength=MAX_ITEM_CHARS.to_string() data-testid="quick-next-step"
                    aria-describedby="quick-note-error"
                    prop:value=move || draft.next.get()
                    on:input=move |ev| { draft.undo.set(None); draft.next.set(event_target_value(&ev)); }></textarea>
            </div>
            <p id="quick-note-error" class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit" class="btn btn-primary" data-testid="save-note">{move || st.t(FK::SaveNote)}</button>
        </form>
        <NudgePanel draft=draft nudges=nudges/>
    }
}
