//! The group plans of a class (`/class/:id/group-plans`): every period's plan, newest
//! first, and the form for a new one (subject, period, evaluation date, shared goal, the
//! names of the groups). A new plan places every pupil as proposed and opens at once.

use chrono::Duration;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::grouping::mirror::GroupingMirrorView;
use crate::components::record_frame::{use_class_id, ClassRecords};
use crate::components::grouping::support_levels::subject_code;
use crate::components::util::{code_of, date_value, from_code, parse_date};
use crate::i18n::goals::domain_name;
use crate::domain::goals::Domain;
use crate::domain::grouping::group_plan::{MAX_GOAL_CHARS, DEFAULT_PERIOD_DAYS};
use crate::domain::grouping::{GroupNaming, NewPlan};
use crate::i18n::grouping::{self as gi, GroupK};
use crate::i18n::Text;
use crate::state::{new_id, today, use_app};

#[component]
pub fn GroupPlansPage() -> impl IntoView {
    let id = use_class_id();
    view! { <ClassRecords><GroupPlansView id=id/></ClassRecords> }
}

#[component]
fn GroupPlansView(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let class_name = move || st.book.with_kinds(&["class"], |b| b.class(&id.get()).map(|c| c.name.clone()).unwrap_or_default());
    let plans = Memo::new(move |_| {
        st.book.with_class(&id.get(), |b| {
            b.group_plans_of(&id.get()).into_iter().map(|p| (p.id.clone(), p.subject, p.start, p.end, p.evaluation)).collect::<Vec<_>>()
        })
    });
    let mirrors = Memo::new(move |_| st.book.with_class(&id.get(), |b| b.grouping_mirrors(&id.get(), today())));
    let has_pupils = move || st.book.with_kinds(&["pupil"], |b| b.active_count(&id.get()) > 0);
    let list = move || {
        let lang = st.lang.get();
        plans
            .get()
            .into_iter()
            .map(|(pid, subject, start, end, evaluation)| {
                let href = format!("/class/{}/group-plans/{pid}", id.get_untracked());
                view! {
                    <li class="group-plan-item">
                        <a href=href data-testid="group-plan-link">
                            <strong>{gi::plan_title(subject, lang)}</strong>
                            <span class="muted">{gi::period(start, end, lang)}</span>
                        </a>
                        <span class="muted">{format!("{} {}", t(GroupK::EvaluationOn).to_lowercase(), crate::i18n::format::date(lang, evaluation))}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="page group-plans-page" data-testid="group-plans-page">
            <a class="back-link" href=move || format!("/class/{}", id.get())>{move || format!("← {}", class_name())}</a>
            <header class="page-header">
                <h1>{move || format!("{}: {}", t(GroupK::GroupPlans), class_name())}</h1>
                <p class="muted">{move || t(GroupK::GroupPlansIntro)}</p>
            </header>
            <section class="card" aria-labelledby="plans-title">
                <h2 id="plans-title" class="visually-hidden">{move || t(GroupK::GroupPlans)}</h2>
                <Show when=move || !plans.with(Vec::is_empty)
                    fallback=move || view! { <p class="empty-state" data-testid="no-group-plans">{move || t(GroupK::NoGroupPlans)}</p> }>
                    <ul class="group-plan-list" role="list">{list}</ul>
                </Show>
            </section>
            <Show when=move || !mirrors.with(Vec::is_empty)>
                <section class="card" aria-labelledby="mirror-title" data-testid="grouping-mirrors">
                    <h2 id="mirror-title">{move || t(GroupK::MirrorTitle)}</h2>
                    <p class="muted">{move || t(GroupK::MirrorHelp)}</p>
                    {move || mirrors.get().into_iter().map(|m| view! { <GroupingMirrorView mirror=m/> }).collect_view()}
                </section>
            </Show>
            <Show when=has_pupils fallback=move || view! { <p class="card notice" data-testid="plan-needs-pupils">{move || t(GroupK::NoPupilsForPlan)}</p> }>
                <NewPlanForm id=id/>
            </Show>
        </div>
    }
}

#[component]
fn NewPlanForm(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let navigate = use_navigate();
    let start0 = today();
    let end0 = start0 + Duration::days(DEFAULT_PERIOD_DAYS);
    let subject = RwSignal::new(Domain::Reading);
    let start = RwSignal::new(date_value(start0));
    let end = RwSignal::new(date_value(end0));
    let evaluation = RwSignal::new(date_value(end0));
    // The evaluation follows the end date until the teacher sets it herself.
    let evaluation_set = RwSignal::new(false);
    let goal = RwSignal::new(String::new());
    let naming = RwSignal::new(st.book.with_untracked(|b| GroupNaming::for_vocabulary(b.settings().support_vocabulary)));
    let error = RwSignal::new(None::<String>);
    let create = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (Some(s), Some(e), Some(ev_day)) = (parse_date(&start.get_untracked()), parse_date(&end.get_untracked()), parse_date(&evaluation.get_untracked())) else {
            error.set(Some(t(GroupK::InvalidDate).into()));
            return;
        };
        let class_id = id.get_untracked();
        let lang = st.lang.get_untracked();
        let class = st.book.with_untracked(|b| b.class(&class_id).map(|c| c.name.clone()).unwrap_or_default());
        let plan_id = new_id();
        let new = NewPlan {
            id: plan_id.clone(),
            reminder_id: new_id(),
            class_id: class_id.clone(),
            subject: subject.get_untracked(),
            start: s,
            end: e,
            evaluation: ev_day,
            goal: goal.get_untracked(),
            naming: naming.get_untracked(),
            reminder_title: gi::evaluation_reminder(subject.get_untracked(), &class, lang),
        };
        // The proposals read the pupils' measurements: load them first.
        let pupils = st.book.with_untracked(|b| b.pupil_ids_of(&class_id));
        let scopes = pupils.into_iter().map(crate::domain::scope::Scope::Pupil).collect();
        let navigate = navigate.clone();
        st.after_loading(scopes, move || match st.run_undoable(t(GroupK::PlanCreated).into(), |b| b.new_group_plan(new, today())) {
            Ok(()) => {
                error.set(None);
                navigate(&format!("/class/{class_id}/group-plans/{plan_id}"), Default::default());
            }
            Err(e) => error.set(Some(e)),
        });
    };
    view! {
        <form class="card new-group-plan" on:submit=create data-testid="new-group-plan" aria-labelledby="new-plan-title">
            <h2 id="new-plan-title">{move || t(GroupK::NewGroupPlan)}</h2>
            <div class="form-grid">
                <div class="field">
                    <label for="gp-subject">{move || t(GroupK::Subject)}</label>
                    <select id="gp-subject" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(d) = Domain::ALL.into_iter().find(|d| subject_code(Some(*d)) == v) { subject.set(d) }
                    }>
                        {Domain::ALL.map(|d| view! { <option value=subject_code(Some(d)) prop:selected=move || subject.get() == d>{move || domain_name(d, st.lang.get())}</option> })}
                    </select>
                </div>
                <div class="field">
                    <label for="gp-naming">{move || t(GroupK::GroupNames)}</label>
                    <select id="gp-naming" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(n) = from_code(&v) { naming.set(n) }
                    }>
                        {GroupNaming::ALL.map(|n| view! { <option value=code_of(&n) prop:selected=move || naming.get() == n>{move || gi::naming_name(n, st.lang.get())}</option> })}
                    </select>
                </div>
                <div class="field">
                    <label for="gp-start">{move || t(GroupK::PeriodStart)}</label>
                    <input id="gp-start" type="date" prop:value=start on:input=move |ev| start.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="gp-end">{move || t(GroupK::PeriodEnd)}</label>
                    <input id="gp-end" type="date" prop:value=end on:input=move |ev| {
                        let v = event_target_value(&ev);
                        if !evaluation_set.get_untracked() { evaluation.set(v.clone()) }
                        end.set(v);
                    }/>
                </div>
                <div class="field">
                    <label for="gp-evaluation">{move || t(GroupK::EvaluationOn)}</label>
                    <input id="gp-evaluation" type="date" prop:value=evaluation
                        on:input=move |ev| { evaluation_set.set(true); evaluation.set(event_target_value(&ev)) }/>
                </div>
                <div class="field field-wide">
                    <label for="gp-goal">{move || t(GroupK::SharedGoal)}</label>
                    <textarea id="gp-goal" rows="2" maxlength=MAX_GOAL_CHARS.to_string() placeholder=move || t(GroupK::SharedGoalPlaceholder)
                        prop:value=goal on:input=move |ev| goal.set(event_target_value(&ev))></textarea>
                </div>
            </div>
            <p class="field-error" role="alert" data-testid="new-plan-error">{move || error.get()}</p>
            <button type="submit" class="btn btn-primary" data-testid="create-group-plan">{move || t(GroupK::CreatePlan)}</button>
        </form>
    }
}
