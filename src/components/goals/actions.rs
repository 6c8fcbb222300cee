//! What the teacher can do with a goal besides measuring: see its details and history,
//! adjust target or date (history kept), stop it with a reason, or delete it (with undo).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::util::parse_date;
use crate::i18n::goals as tg;
use crate::domain::goals::{Adjustment, Baseline, Goal, StopReason};
use crate::i18n::goals::GK;
use crate::i18n::format::parse_number;
use crate::state::{today, use_app};

#[component]
pub fn GoalActions(goal: Signal<Goal>, with_year: Signal<bool>) -> impl IntoView {
    let st = use_app();
    let navigate = use_navigate();
    let lang = move || st.lang.get();
    let g0 = goal.get_untracked();
    let target = RwSignal::new(crate::i18n::format::number(st.lang.get_untracked(), g0.target));
    let date = RwSignal::new(g0.target_date.format("%Y-%m-%d").to_string());
    let restart = RwSignal::new(false);
    let adj_error = RwSignal::new(None::<String>);
    let adjust = move |_| {
        let g = goal.get_untracked();
        let Some(t) = parse_number(&target.get_untracked()) else {
            adj_error.set(Some(st.t(GK::NotANumber).into()));
            return;
        };
        let Some(d) = parse_date(&date.get_untracked()) else { return };
        let restart_from = restart.get_untracked().then(|| {
            st.book.with_untracked(|b| b.measurements_of(&g.id).last().map(|m| Baseline { value: m.value, date: m.date }))
        }).flatten();
        let r = st.run(|b| b.adjust_goal(&g.id, Adjustment { target: t, target_date: d, restart_from }, today()));
        match r {
            Ok(()) => {
                adj_error.set(None);
                st.toast(st.t(GK::Adjusted).into(), false, None);
            }
            Err(e) => adj_error.set(Some(e)),
        }
    };
    let reason = RwSignal::new("relevant".to_string());
    let reason_text = RwSignal::new(String::new());
    let stop_error = RwSignal::new(None::<String>);
    let stop = move |_| {
        let g = goal.get_untracked();
        let r = match reason.get_untracked().as_str() {
            "replaced" => StopReason::ReplacedByNewGoal,
            "left" => StopReason::PupilLeft,
            "other" => StopReason::Other(reason_text.get_untracked()),
            _ => StopReason::NoLongerRelevant,
        };
        match st.run(|b| b.stop_goal(&g.id, r, today())) {
            Ok(()) => {
                stop_error.set(None);
                st.toast(st.t(GK::Stopped).into(), false, None);
            }
            Err(e) => stop_error.set(Some(e)),
        }
    };
    let delete = move |_| {
        let g = goal.get_untracked();
        if st.run_undoable(st.t(GK::GoalDeleted).into(), |b| b.delete_goal(&g.id)).is_ok() {
            navigate(&format!("/pupil/{}", g.pupil_id), Default::default());
        }
    };
    let list = |v: Vec<String>| v.into_iter().map(|s| view! { <li>{s}</li> }).collect_view();
    view! {
        <section class="card" aria-labelledby="goal-details-title">
            <h2 id="goal-details-title">{move || st.t(GK::GoalSentenceLabel)}</h2>
            <dl class="review-list">
                <dt>{move || st.t(GK::Conditions2)}</dt>
                <dd>{move || goal.get().conditions}</dd>
                <dt>{move || st.t(GK::Confirmations)}</dt>
                <dd>{move || goal.get().confirmations}</dd>
                {move || {
                    let g = goal.get();
                    [(GK::PupilShort, g.pupil_actions), (GK::TeacherShort, g.teacher_actions), (GK::HomeShort, g.home_actions)]
                        .into_iter()
                        .filter(|(_, v)| !v.is_empty())
                        .map(|(k, v)| view! { <dt>{st.t(k)}</dt><dd><ul class="action-list">{list(v)}</ul></dd> })
                        .collect_view()
                }}
            </dl>
            <Show when=move || !goal.get().revisions.is_empty()>
                <h3>{move || st.t(GK::History)}</h3>
                <ul data-testid="history">
                    {move || {
                        let g = goal.get();
                        g.revisions.iter().map(|r| view! {
                            <li>{format!("{}: {} {} · {}", crate::i18n::format::date_in(lang(), r.on, with_year.get()), st.t(GK::WasTarget),
                                tg::format_value(r.previous_target, g.measure.unit, lang()), crate::i18n::format::date_in(lang(), r.previous_target_date, with_year.get()))}</li>
                        }).collect_view()
                    }}
                </ul>
            </Show>
        </section>
        <Show when=move || goal.get().is_active()>
            <details class="card" data-testid="adjust">
                <summary>{move || st.t(GK::AdjustTitle)}</summary>
                <p class="help">{move || st.t(GK::AdjustHelp)}</p>
                <div class="form-grid">
                    <div class="field">
                        <label for="adj-target">{move || st.t(GK::TargetValue)}</label>
                        <input id="adj-target" type="text" inputmode="decimal" prop:value=move || target.get()
                            on:input=move |ev| target.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="adj-date">{move || st.t(GK::TargetDate)}</label>
                        <input id="adj-date" type="date" prop:value=move || date.get() on:change=move |ev| date.set(event_target_value(&ev))/>
                    </div>
                    <label class="choice field-wide">
                        <input type="checkbox" prop:checked=move || restart.get() on:change=move |ev| restart.set(event_target_checked(&ev))/>
                        <span>{move || st.t(GK::RestartFromLatest)}</span>
                    </label>
                    <p class="field-error" role="alert">{move || adj_error.get()}</p>
                    <button type="button" class="btn btn-primary" data-testid="adjust-save" on:click=adjust>{move || st.t(GK::AdjustSave)}</button>
                </div>
            </details>
            <details class="card" data-testid="stop">
                <summary>{move || st.t(GK::StopTitle)}</summary>
                <div class="form-grid">
                    <div class="field">
                        <label for="stop-reason">{move || st.t(GK::StopReasonLabel)}</label>
                        <select id="stop-reason" on:change=move |ev| reason.set(event_target_value(&ev))>
                            <option value="relevant">{move || st.t(GK::ReasonRelevant)}</option>
                            <option value="replaced">{move || st.t(GK::ReasonReplaced)}</option>
                            <option value="left">{move || st.t(GK::ReasonLeft)}</option>
                            <option value="other">{move || st.t(GK::ReasonOther)}</option>
                        </select>
                    </div>
                    <Show when=move || reason.get() == "other">
                        <div class="field">
                            <label for="stop-text">{move || st.t(GK::ReasonText)}</label>
                            <input id="stop-text" type="text" maxlength="200" prop:value=move || reason_text.get()
                                on:input=move |ev| reason_text.set(event_target_value(&ev))/>
                        </div>
                    </Show>
                    <p class="field-error" role="alert">{move || stop_error.get()}</p>
                    <button type="button" class="btn btn-secondary" data-testid="stop-save" on:click=stop>{move || st.t(GK::StopSave)}</button>
                </div>
            </details>
        </Show>
        <section class="card actions-row">
            <button class="btn btn-danger" data-testid="delete-goal" on:click=delete>{move || st.t(GK::DeleteGoal)}</button>
        </section>
    }
}
