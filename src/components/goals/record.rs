//! Record a measurement for a goal: the score (with the goal's unit), the date (today
//! unless changed) and an optional note. Told once it is stored; a refused value or a
//! failed write keeps what was typed and shows why. On the goal page and in the
//! quick-action sheet.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::util::parse_date;
use crate::domain::goals::commands::{MeasurementInput, Recorded};
use crate::i18n::goals as tg;
use crate::domain::goals::Goal;
use crate::i18n::goals::GK;
use crate::i18n::format::parse_number;
use crate::state::{new_id, today, use_app};

/// What a stored measurement did, in words: the goal reached, a sub-goal reached, or saved.
pub fn recorded_text(r: &Recorded) -> GK {
    if r.achieved {
        GK::Celebrate
    } else if r.sub_goals_reached > 0 {
        GK::SubGoalReached
    } else {
        GK::MeasurementSaved
    }
}

#[component]
pub fn RecordForm(
    /// The goal measured (may change while the form is open: the sheet's goal choice);
    /// None while there is none, and then nothing is saved.
    goal: Signal<Option<Goal>>,
    /// Prefix of the element ids (`{prefix}-value`, `{prefix}-date`, `{prefix}-note`).
    #[prop(into)]
    prefix: String,
    /// Called once the measurement is stored, with what it did.
    on_recorded: Callback<Recorded>,
) -> impl IntoView {
    let st = use_app();
    let value = RwSignal::new(String::new());
    let date = RwSignal::new(today().format("%Y-%m-%d").to_string());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // Writes on their way: the form is emptied at once for the next score (a test round
    // goes fast), and a write that fails puts its text back.
    let in_flight = RwSignal::new(0u32);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = (value.get_untracked(), note.get_untracked());
        if typed.0.trim().is_empty() && in_flight.get_untracked() > 0 {
            // A second tap on "save" while the first score is being stored.
            return;
        }
        let Some(v) = parse_number(&typed.0) else {
            error.set(Some(st.t(GK::NotANumber).into()));
            return;
        };
        let d = parse_date(&date.get_untracked()).unwrap_or_else(today);
        let Some(gid) = goal.with_untracked(|g| g.as_ref().map(|g| g.id.clone())) else { return };
        let input = MeasurementInput { value: v, date: d, note: typed.1.clone() };
        in_flight.update(|n| *n += 1);
        value.set(String::new());
        note.set(String::new());
        st.run_stored(
            |b| b.record(&gid, (new_id(), new_id()), input, today()),
            move |stored| {
                // try_*: the form may be gone by the time the write lands.
                let _ = in_flight.try_update(|n| *n = n.saturating_sub(1));
                match stored {
                    Ok(r) => {
                        let _ = error.try_set(None);
                        on_recorded.try_run(r);
                    }
                    Err(e) => {
                        // What was typed comes back, unless the teacher is typing the next one.
                        if value.try_get_untracked().is_some_and(|v| v.is_empty()) {
                            value.set(typed.0);
                            note.set(typed.1);
                        }
                        let _ = error.try_set(Some(e));
                    }
                }
            },
        );
    };
    let (value_id, date_id, note_id, error_id) =
        (format!("{prefix}-value"), format!("{prefix}-date"), format!("{prefix}-note"), format!("{prefix}-error"));
    view! {
        <form class="form-grid record-form" on:submit=submit data-testid="record-form">
            <div class="field">
                <label for=value_id.clone()>{move || format!("{} ({})", st.t(GK::Value), goal.with(|g| g.as_ref().map(|g| tg::unit_name(g.measure.unit, st.lang.get())).unwrap_or_default()))}</label>
                <input id=value_id type="text" inputmode="decimal" autocomplete="off" data-testid="measurement-value"
                    aria-describedby=error_id.clone()
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=date_id.clone()>{move || st.t(GK::Date)}</label>
                <input id=date_id type="date" prop:value=move || date.get() on:change=move |ev| date.set(event_target_value(&ev))/>
            </div>
            <div class="field record-note">
                <label for=note_id.clone()>{move || st.t(GK::Note)}</label>
                <input id=note_id type="text" maxlength="200" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
            </div>
            <p id=error_id class="field-error" role="alert" data-testid="record-error">{move || error.get()}</p>
            <button type="submit" class="btn btn-primary" data-testid="record-save">{move || st.t(GK::AddMeasurement)}</button>
        </form>
    }
}
