//! One goal (/goal/:id): record a measurement, the progress chart, decision-rule advice,
//! sub-goals with their check-ins, the measurements, and the celebration when it is reached.

use leptos::prelude::*;

use crate::components::record_frame::loading_view;
use crate::domain::scope::Scope;

use crate::components::disclosure::Disclosure;
use crate::components::goals::actions::GoalActions;
use crate::components::followup::reminder_form::ReminderForm;
use crate::components::goals::chart::GoalChart;
use crate::components::goals::record::{recorded_text, RecordForm};
use crate::domain::followup::ReminderSource;
use crate::domain::goals::commands::Recorded;
use crate::i18n::goals as tg;
use crate::domain::goals::chart::goal_dates_need_year;
use crate::domain::goals::{decision, Goal, GoalState};
use crate::i18n::goals::{goal_title, GK};
use crate::i18n::K;
use crate::state::{today, use_app};

#[component]
pub fn GoalPage() -> impl IntoView {
    let st = use_app();
    let id = crate::components::record_frame::address_id();
    // Goals come with the follow-up scope; then the pupil's records (measurements).
    let goals_ready = Memo::new(move |_| st.need(Scope::Followup));
    let pupil = Memo::new(move |_| {
        goals_ready.get().then(|| st.book.with_kinds(&["goal"], |b| b.goal(&id.get()).map(|g| g.pupil_id.clone()))).flatten()
    });
    let ready = Memo::new(move |_| pupil.get().is_some_and(|p| st.need(Scope::Pupil(p))));
    view! {
        <Show when=move || goals_ready.get() fallback=loading_view>
            <Show when=move || pupil.get().is_some() fallback=move || view! {
                <section class="page card empty-state" data-testid="goal-missing">
                    <h1>{move || st.t(GK::GoalNotFound)}</h1>
                    <a class="btn btn-primary" href="/">{move || st.t(K::GoHome)}</a>
                </section>
            }>
                <Show when=move || ready.get() fallback=loading_view>
                    {move || view! { <GoalView id=id.get()/> }}
                </Show>
            </Show>
        </Show>
    }
}

#[component]
fn GoalView(id: String) -> impl IntoView {
    let st = use_app();
    let gid = id.clone();
    // Memos: the chart, the advice and the list read these; each is computed once per change.
    let goal: Signal<Goal> = Memo::new(move |_| st.book.with_kinds(&["goal"], |b| b.goal(&gid).cloned()).unwrap_or_else(|| placeholder(&gid))).into();
    let gid = id.clone();
    let measurements: Signal<Vec<crate::domain::goals::Measurement>> =
        Memo::new(move |_| st.book.with_kinds(&["measurement"], |b| b.measurements_of(&gid))).into();
    let lang = move || st.lang.get();
    // "21 december" beside "11 januari" reads wrong: the page's dates carry their year then.
    let with_year: Signal<bool> = Memo::new(move |_| goal_dates_need_year(&goal.get(), &measurements.get(), today())).into();
    let pupil = move || st.book.with_kinds(&["pupil"], |b| b.pupil(&goal.get().pupil_id).map(|p| (p.id.clone(), p.display_name(st.privacy.get()))));
    let celebrate = RwSignal::new(false);
    let advice = move || decision(&goal.get(), &measurements.get()).ok().flatten();
    let unit = move || goal.get().measure.unit;
    // Made here, not in the form: reaching the goal takes the form away before its write lands.
    let recorded = Callback::new(move |r: Recorded| {
        if r.achieved {
            celebrate.set(true);
        } else {
            st.toast(st.t(recorded_text(&r)).into(), false, None);
        }
    });
    view! {
        <div class="page goal-page" data-testid="goal-page">
            {move || pupil().map(|(pid, name)| view! { <a class="back-link" href=format!("/pupil/{pid}")>{format!("← {name}")}</a> })}
            <header class="page-header">
                <h1 class="own-words-big" data-testid="goal-title">{move || goal_title(&goal.get(), lang())}</h1>
                <p class="muted">
                    {move || {
                        let g = goal.get();
                        format!("{} · {} · {}", tg::domain_name(g.domain, lang()), tg::measure_label(&g.measure, lang()), tg::state_text_in(&g.state, lang(), with_year.get()))
                    }}
                </p>
            </header>
            <Show when=move || matches!(goal.get().state, GoalState::Achieved { .. })>
                <div class="celebration" class:celebration-now=move || celebrate.get() role="status" data-testid="celebration">
                    <svg class="celebration-icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
                        <path d="M24 3l6 13 14 2-10 10 3 14-13-7-13 7 3-14L4 18l14-2z" fill="#f2b134" stroke="#b07a10" stroke-width="2" stroke-linejoin="round"/>
                    </svg>
                    <p>{move || st.t(GK::Celebrate)}</p>
                </div>
            </Show>
            <Show when=move || goal.get().is_active()>
                <section class="card" aria-labelledby="record-title">
                    <h2 id="record-title">{move || st.t(GK::RecordTitle)}</h2>
                    <RecordForm goal=Signal::derive(move || Some(goal.get())) prefix="m" on_recorded=recorded/>
                </section>
            </Show>
            <section class="card" aria-labelledby="chart-title">
                <h2 id="chart-title">{move || st.t(GK::ChartTitle)}</h2>
                <GoalChart goal=goal measurements=measurements/>
                {move || advice().map(|a| view! {
                    <div class="notice notice-warn" data-testid="advice">
                        <p><strong>{st.t(GK::AdviceTitle)}</strong></p>
                        <p>{tg::advice_text(a, lang())}</p>
                    </div>
                })}
            </section>
            <Show when=move || !goal.get().sub_goals.is_empty()>
                <section class="card" aria-labelledby="subgoals-title">
                    <h2 id="subgoals-title">{move || st.t(GK::SubGoalsPlanned)}</h2>
                    <ol class="subgoal-list" data-testid="subgoals">
                        {move || goal.get().sub_goals.into_iter().map(|s| view! {
                            <li class:done=s.done>
                                {format!("{} {} · {}", st.t(GK::CheckIn), crate::i18n::format::date_in(lang(), s.date, with_year.get()), tg::format_value(s.target, unit(), lang()))}
                                {s.done.then(|| view! { <span class="badge badge-ok">{format!("✓ {}", st.t(GK::Done))}</span> })}
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            </Show>
            <MeasurementList goal=goal measurements=measurements with_year=with_year/>
            <crate::components::goals::approach::GoalApproach goal=goal with_year=with_year/>
            <Show when=move || goal.get().is_active()>
                <Disclosure class="card" testid="goal-follow-up" summary=ViewFn::from(move || view! { <summary>{move || st.t(GK::FollowUp)}</summary> })>
                    <p class="help">{move || st.t(GK::FollowUpHelp)}</p>
                    {move || {
                        let g = goal.get();
                        let title = format!("{}: {}", st.t(GK::FollowUpGoalTitle), goal_title(&g, st.lang.get_untracked()));
                        view! {
                            <ReminderForm prefix="goal-fu" pupil_id=g.pupil_id.clone()
                                source=ReminderSource::Goal { goal_id: g.id.clone() } default_title=title/>
                        }
                    }}
                </Disclosure>
            </Show>
            <GoalActions goal=goal with_year=with_year/>
        </div>
    }
}

/// How many measurements the list shows at first, and adds per "show more".
const MEASUREMENTS_PAGE: usize = 20;

#[component]
fn MeasurementList(goal: Signal<Goal>, measurements: Signal<Vec<crate::domain::goals::Measurement>>, with_year: Signal<bool>) -> impl IntoView {
    let st = use_app();
    let delete = move |mid: String| {
        let _ = st.run_undoable(st.t(GK::MeasurementDeleted).into(), |b| b.delete_measurement(&mid));
    };
    // Keyed rows: a new measurement adds one row, the others stay as they are.
    // The newest first, a page at a time: a goal measured every day for years opens as
    // quickly as a new one (the chart above shows them all).
    let shown = RwSignal::new(MEASUREMENTS_PAGE);
    let newest_first = move || measurements.with(|ms| ms.iter().rev().take(shown.get()).cloned().collect::<Vec<_>>());
    let more = move || measurements.with(Vec::len).saturating_sub(shown.get());
    view! {
        <section class="card" aria-labelledby="ms-title">
            <h2 id="ms-title">{move || st.t(GK::Measurements)}</h2>
            <Show when=move || !measurements.get().is_empty() fallback=move || view! { <p class="muted">{move || st.t(GK::NoMeasurements)}</p> }>
                <ul class="measurement-list" role="list" data-testid="measurements">
                    <For each=newest_first
                        key=|m| (m.id.clone(), m.value.to_bits(), m.date, m.note.clone()) let:m>
                        {
                            let (mid, date, value) = (m.id.clone(), m.date, m.value);
                            let unit = move || goal.with(|g| g.measure.unit);
                            let follow_up = move || {
                                let (g, lang) = (goal.get_untracked(), st.lang.get_untracked());
                                let title = format!("{}: {} ({})", st.t(GK::FollowUpMeasurementTitle), tg::format_value(value, g.measure.unit, lang), crate::i18n::format::date_in(lang, date, with_year.get_untracked()));
                                let source = ReminderSource::Measurement { goal_id: g.id.clone(), measurement_id: m.id.clone() };
                                view! { <ReminderForm prefix=format!("m-fu-{}", m.id) pupil_id=g.pupil_id source=source default_title=title/> }
                            };
                            view! {
                                <li class="measurement-row">
                                    <span class="m-main">
                                        <span class="m-date">{move || crate::i18n::format::date_in(st.lang.get(), date, with_year.get())}</span>
                                        <strong>{move || tg::format_value(value, unit(), st.lang.get())}</strong>
                                        <span class="muted m-note">{m.note.clone()}</span>
                                    </span>
                                    <button class="btn btn-ghost" on:click=move |_| delete(mid.clone())
                                        aria-label=move || format!("{} {}", st.t(GK::Delete), crate::i18n::format::date_in(st.lang.get(), date, with_year.get()))>
                                        {move || st.t(GK::Delete)}
                                    </button>
                                    <Disclosure class="follow-up m-follow-up" testid="measurement-follow-up"
                                        summary=ViewFn::from(move || view! { <summary>{move || st.t(GK::FollowUp)}</summary> })>
                                        {follow_up.clone()}
                                    </Disclosure>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <Show when=move || { more() > 0 }>
                    <button type="button" class="btn btn-secondary" data-testid="more-measurements"
                        on:click=move |_| shown.update(|n| *n += MEASUREMENTS_PAGE)>
                        {move || format!("{} ({})", st.t(K::ShowMore), more())}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

/// Only shown for a moment while a deleted goal's page closes.
fn placeholder(id: &str) -> Goal {
    use crate::domain::goals::{Direction, Domain, Measure, Unit};
    Goal {
        id: id.to_string(),
        pupil_id: String::new(),
        domain: Domain::Other,
        measure: Measure { name: String::new(), unit: Unit::Milestone, direction: Direction::Increasing, template: None },
        baseline: None,
        target: 1.0,
        target_date: today(),
        conditions: String::new(),
        confirmations: 1,
        pupil_actions: vec![],
        teacher_actions: vec![],
        home_actions: vec![],
        own_words: String::new(),
        state: GoalState::Active,
        revisions: vec![],
        approach_changes: vec![],
        sub_goals: vec![],
        created_on: today(),
    }
}
