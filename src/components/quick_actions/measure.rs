//! The sheet's measurement panel: the pupil's active goals to choose from (the one
//! measured for the pupil before stays chosen) and the goal page's measurement form.

use leptos::prelude::*;

use crate::components::feedback::draft::focus_field;
use crate::components::feedback::parts::goal_label;
use crate::components::goals::record::{recorded_text, RecordForm};
use crate::components::record_frame::loading_view;
use crate::components::util::Saved;
use crate::domain::goals::commands::Recorded;
use crate::i18n::goals::measure_label;
use crate::domain::scope::Scope;
use crate::i18n::goals::GK;
use crate::i18n::quick_actions::{no_active_goal, QK};
use crate::state::use_app;

#[component]
pub fn MeasurePanel(
    pupil_id: String,
    /// The goal chosen in the sheet (kept when going on to the next pupil).
    goal: RwSignal<Option<String>>,
    /// Says a measurement is stored.
    said: Callback<Saved>,
) -> impl IntoView {
    let st = use_app();
    let pid = StoredValue::new(pupil_id);
    // A measurement may reach the goal: the pupil's earlier measurements must be in.
    let ready = Memo::new(move |_| st.need(Scope::Pupil(pid.get_value())));
    let goals = Memo::new(move |_| {
        let p = pid.get_value();
        st.book.with_pupil(&p, |b| b.active_goals_of(&p).into_iter().cloned().collect::<Vec<_>>())
    });
    let chosen = Memo::new(move |_| {
        let p = pid.get_value();
        st.book.with_pupil(&p, |b| b.goal_to_measure(&p, goal.get().as_deref()).cloned())
    });
    let chosen_id = move || chosen.with(|g| g.as_ref().map(|g| g.id.clone()));
    let choices = move || {
        let lang = st.lang.get();
        goals
            .get()
            .into_iter()
            .map(|g| {
                let id = g.id.clone();
                let checked = {
                    let id = id.clone();
                    move || chosen_id().as_deref() == Some(id.as_str())
                };
                view! {
                    <label class="choice quick-goal">
                        <input type="radio" name="quick-goal" value=id.clone() data-testid="quick-goal"
                            prop:checked=checked on:change=move |_| goal.set(Some(id.clone()))
                            on:click=move |ev: leptos::ev::MouseEvent| {
                                // A tap goes on to the score; arrow keys stay in the group.
                                if ev.detail() > 0 {
                                    focus_field("quick-m-value".into());
                                }
                            }/>
                        <span>{goal_label(&g, lang)}<small class="muted">{format!(" · {}", measure_label(&g.measure, lang))}</small></span>
                    </label>
                }
            })
            .collect_view()
    };
    let new_goal = move || format!("/pupil/{}/goal/new", pid.get_value());
    let recorded = Callback::new(move |r: Recorded| {
        said.try_run(Saved { text: st.t(recorded_text(&r)).into(), undo: None });
    });
    view! {
        <Show when=move || ready.get() fallback=loading_view>
            <Show when=move || chosen.with(Option::is_some) fallback=move || view! {
                <p class="muted" data-testid="quick-no-goal">{move || no_active_goal(st.lang.get(), &st.pupil_name(&pid.get_value()))}</p>
                <a class="btn btn-secondary" href=new_goal>{move || format!("+ {}", st.t(GK::NewGoal))}</a>
            }>
                <fieldset class="quick-goals">
                    <legend>{move || st.t(QK::GoalChoice)}</legend>
                    {choices}
                </fieldset>
                <RecordForm goal=chosen.into() prefix="quick-m" on_recorded=recorded/>
            </Show>
        </Show>
    }
}
