//! Record a measurement for a goal: the score (with the goal's unit), the date (today
//! unless changed) and an optional note. Told once it is stored; a refused value or a
//! failed write keeps what was typed and shows why. On the goal page and in the
//! quick-action sheet.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::util::parse_date;
use crate::domain::goals::book::{MeasurementInput, Recorded};
use crate::domain::goals::i18n_goals as tg;
use crate::domain::goals::Goal;
use crate::i18n::goals::GK;
use crate::i18n::parse_number;
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
    let saving = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let lang = st.lang.get_untracked();
        let Some(v) = parse_number(&value.get_untracked()) else {
            error.set(Some(st.t(GK::NotANumber).into()));
            return;
        };
        let d = parse_date(&date.get_untracked()).unwrap_or_else(today);
        let Some(gid) = goal.with_untracked(|g| g.as_ref().map(|g| g.id.clone())) else { return };
        let input = MeasurementInput { value: v, date: d, note: note.get_untracked() };
        saving.set(true);
        st.run_stored(
            |b| b.record(&gid, (new_id(), new_id()), input, today(), lang),
            move |stored| {
                saving.set(false);
                match stored {
                    Ok(r) => {
                        error.set(None);
                        value.set(String::new());
                        note.set(String::new());
                        // try_run: the form may be gone by the time the write lands.
                        on_recorded.try_run(r);
                    }
                    Err(e) => error.set(Some(e)),
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
