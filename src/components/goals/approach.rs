//! The approach changes of a goal ("aanpak gewijzigd"): the teacher marks the day a new
//! approach or intervention started with a short label; each is a vertical line on the
//! chart, the decision rules judge only the points after the latest, and the pupil
//! profile for the support meeting shows them. Removing one offers undo.

use leptos::prelude::*;

use crate::components::util::{date_value, parse_date};
use crate::domain::goals::Goal;
use crate::i18n::goals::GK;
use crate::state::{today, use_app};

#[component]
pub fn GoalApproach(
    /// The goal on the page.
    goal: Signal<Goal>,
    /// Dates with their year (see `chart::dates_need_year`).
    with_year: Signal<bool>,
) -> impl IntoView {
    let st = use_app();
    let t = move |k: GK| st.t(k);
    let on = RwSignal::new(date_value(today()));
    let label = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let mark = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(day) = parse_date(&on.get_untracked()) else {
            error.set(Some(t(GK::InvalidDate).into()));
            return;
        };
        let id = goal.with_untracked(|g| g.id.clone());
        match st.run(|b| b.mark_approach_change(&id, day, &label.get_untracked(), today())) {
            Ok(()) => {
                label.set(String::new());
                error.set(None);
                st.toast(t(GK::ApproachMarked).into(), false, None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let remove = move |index: usize| {
        let id = goal.with_untracked(|g| g.id.clone());
        if let Err(e) = st.run_undoable(t(GK::ApproachRemoved).into(), |b| b.unmark_approach_change(&id, index)) {
            st.toast(e, true, None);
        }
    };
    view! {
        <section class="card goal-approach" aria-labelledby="approach-title" data-testid="goal-approach">
            <h2 id="approach-title">{move || t(GK::ApproachTitle)}</h2>
            <p class="help">{move || t(GK::ApproachHelp)}</p>
            {move || {
                let changes = goal.get().approach_changes;
                if changes.is_empty() {
                    return view! { <p class="muted">{t(GK::ApproachNone)}</p> }.into_any();
                }
                view! {
                    <ul class="approach-list" data-testid="approach-list">
                        {changes.into_iter().enumerate().map(|(i, a)| view! {
                            <li data-testid="approach-item">
                                <span><strong>{crate::i18n::format::date_in(st.lang.get(), a.on, with_year.get())}</strong>" "{a.label}</span>
                                <button type="button" class="btn btn-ghost" on:click=move |_| remove(i)
                                    aria-label=move || format!("{} {}", t(GK::Delete), t(GK::ApproachTitle).to_lowercase())>{t(GK::Delete)}</button>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <form class="approach-form" on:submit=mark data-testid="approach-form">
                <div class="field">
                    <label for="approach-on">{move || t(GK::ApproachFrom)}</label>
                    <input id="approach-on" type="date" prop:value=move || on.get() on:change=move |ev| on.set(event_target_value(&ev))/>
                </div>
                <div class="field approach-label-field">
                    <label for="approach-label">{move || t(GK::ApproachLabel)}</label>
                    <input id="approach-label" type="text" maxlength="80" autocomplete="off" placeholder=move || t(GK::ApproachPlaceholder)
                        prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev)) aria-describedby="approach-error"/>
                </div>
                <button type="submit" class="btn btn-secondary">{move || t(GK::ApproachMark)}</button>
            </form>
            <p id="approach-error" class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}
