//! One groepsplan (`/class/:id/group-plans/:plan`): the period, the shared goal, the three
//! instruction groups with approach, materials, minutes and who gives them, the placement
//! of every pupil (one tap), the evaluation per pupil and the next period copied forward.
//! Prints on one A4 page in landscape (print CSS in style/grouping.css).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params};
use leptos_router::params::Params;

use crate::components::disclosure::Disclosure;
use crate::components::grouping::mirror::GroupingMirrorView;
use crate::components::record_frame::{use_class_id, ClassRecords};
use crate::components::util::{code_of, date_value, from_code, parse_date};
use crate::domain::grouping::group_plan::{MAX_GOAL_CHARS, MAX_GROUP_TEXT_CHARS, MAX_MINUTES_PER_WEEK};
use crate::domain::grouping::{GroupFields, GroupForm, GroupPlan, Provider, Tier, Verdict};
use crate::domain::scope::Scope;
use crate::i18n::grouping::{self as gi, GroupK};
use crate::i18n::Text;
use crate::state::{new_id, today, use_app, AppState};

#[component]
pub fn GroupPlanPage() -> impl IntoView {
    let id = use_class_id();
    view! { <ClassRecords><GroupPlanView class_id=id/></ClassRecords> }
}

/// Runs a plan command: a toast with undo, or the error as a toast. True when it ran.
fn act<E: crate::i18n::UserMessage>(st: AppState, done: String, cmd: impl FnOnce(&crate::domain::book::Book) -> Result<crate::domain::book::Change, E>) -> bool {
    st.run_undoable(done, cmd).map_err(|e| st.toast(e, true, None)).is_ok()
}

/// The `:plan` of `/class/:id/group-plans/:plan`.
#[derive(Params, Clone, Debug, PartialEq)]
struct PlanParams {
    plan: Option<String>,
}

#[component]
fn GroupPlanView(class_id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let params = use_params::<PlanParams>();
    let plan_id = Memo::new(move |_| params.read().as_ref().ok().and_then(|p| p.plan.clone()).unwrap_or_default());
    let plan = Memo::new(move |_| st.book.with_class(&class_id.get(), |b| b.group_plan(&plan_id.get()).filter(|p| p.class_id == class_id.get()).cloned()));
    let back = move || format!("/class/{}/group-plans", class_id.get());
    view! {
        <div class="page group-plan-page" data-testid="group-plan-page">
            <a class="back-link" href=back>{move || format!("← {}", t(GroupK::BackToPlans))}</a>
            <Show when=move || plan.with(Option::is_some)
                fallback=move || view! { <section class="card empty-state" data-testid="group-plan-missing"><h1>{move || crate::i18n::gone(st.lang.get(), crate::i18n::Gone::GroupPlan)}</h1></section> }>
                <PlanBody plan=plan class_id=class_id/>
            </Show>
        </div>
    }
}

#[component]
fn PlanBody(plan: Memo<Option<GroupPlan>>, class_id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let navigate = use_navigate();
    // Read a field of the plan; the page is only shown while it exists, but a delete can
    // run these once more before the page goes.
    let field = move |f: fn(&GroupPlan) -> String| plan.with(|p| p.as_ref().map(f).unwrap_or_default());
    let pid = move || plan.with(|p| p.as_ref().map(|p| p.id.clone()).unwrap_or_default());
    let class_name = move || st.book.with_kinds(&["class"], |b| b.class(&class_id.get()).map(|c| c.name.clone()).unwrap_or_default());
    let pupils = Memo::new(move |_| {
        let privacy = st.privacy.get();
        st.book.with_class(&class_id.get(), |b| b.pupils_of(&class_id.get(), false).iter().map(|p| (p.id.clone(), p.display_name(privacy))).collect::<Vec<_>>())
    });
    let warnings = move || {
        let lang = st.lang.get();
        let Some(plan) = plan.get() else { return Vec::new() };
        st.book.with_class(&class_id.get(), |b| b.group_plan_warnings(&plan)).iter().map(|w| gi::warning(w, plan.naming, lang)).collect::<Vec<_>>()
    };
    let long_in_lowest = move || {
        let lang = st.lang.get();
        let Some(plan) = plan.get() else { return Vec::new() };
        let group = gi::tier_name(plan.naming, Tier::Intensive, lang);
        st.book
            .with_class(&class_id.get(), |b| b.long_in_lowest_group(&plan.id, today()))
            .into_iter()
            .filter_map(|f| pupils.with(|ps| ps.iter().find(|(id, _)| *id == f.pupil_id).map(|(_, n)| gi::long_in_lowest(n, group, f.days, f.periods, lang))))
            .collect::<Vec<_>>()
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let delete = {
        let navigate = navigate.clone();
        move |_| {
            let id = pid();
            if act(st, t(GroupK::PlanDeleted).into(), |b| b.delete_group_plan(&id)) {
                navigate(&format!("/class/{}/group-plans", class_id.get_untracked()), Default::default());
            }
        }
    };
    let groups = move || {
        Tier::ALL.map(|tier| view! { <GroupCard plan=plan tier=tier pupils=pupils/> })
    };
    view! {
        <header class="page-header group-plan-header">
            <h1 data-testid="group-plan-title">{move || { let lang = st.lang.get(); plan.with(|p| p.as_ref().map(|p| gi::plan_title(p.subject, lang))).map(|title| format!("{title} – {}", class_name())) }}</h1>
            <p class="group-plan-period" data-testid="group-plan-period">
                {move || { let lang = st.lang.get(); plan.with(|p| p.as_ref().map(|p| gi::period(p.start, p.end, lang))) }}
                " · "
                {move || { let lang = st.lang.get(); plan.with(|p| p.as_ref().map(|p| format!("{} {}", t(GroupK::EvaluationOn).to_lowercase(), crate::i18n::format::date(lang, p.evaluation)))) }}
            </p>
            <p class="group-plan-goal" data-testid="group-plan-goal">
                <strong>{move || format!("{}: ", t(GroupK::SharedGoal))}</strong>{move || field(|p| p.goal.clone())}
            </p>
            <div class="actions-row no-print">
                <button type="button" class="btn btn-secondary" data-testid="print-group-plan" on:click=print>{move || t(GroupK::Print)}</button>
                {move || plan.with(|p| p.as_ref().and_then(|p| p.follows.clone())).map(|f| view! {
                    <a class="btn btn-secondary" data-testid="previous-period" href=format!("/class/{}/group-plans/{f}", class_id.get_untracked())>{move || t(GroupK::PreviousPeriod)}</a>
                })}
            </div>
        </header>
        <ul class="notice-list no-print" data-testid="group-plan-warnings">
            {move || warnings().into_iter().map(|w| view! { <li class="notice notice-warn">{w}</li> }).collect_view()}
            {move || long_in_lowest().into_iter().map(|w| view! { <li class="notice notice-warn" data-testid="lowest-group-flag">{w}</li> }).collect_view()}
        </ul>
        <Disclosure class="card no-print" testid="plan-details" summary=ViewFn::from(move || view! { <summary>{move || t(GroupK::PlanDetails)}</summary> })>
            <PlanDetailsForm plan=plan/>
        </Disclosure>
        <div class="plan-groups">{groups}</div>
        <section class="card no-print" aria-labelledby="plan-mirror-title" data-testid="plan-mirror">
            <h2 id="plan-mirror-title">{move || t(GroupK::MirrorTitle)}</h2>
            {move || { let p = plan.get()?; Some(view! { <GroupingMirrorView mirror=st.book.with_class(&class_id.get(), |b| b.grouping_mirror(&p, today()))/> }) }}
        </section>
        <Placement plan=plan pupils=pupils/>
        <Evaluation plan=plan pupils=pupils class_id=class_id/>
        <section class="card actions-row no-print">
            <button type="button" class="btn btn-danger" data-testid="delete-group-plan" on:click=delete>{move || t(GroupK::DeletePlan)}</button>
        </section>
    }
}

#[component]
fn GroupCard(plan: Memo<Option<GroupPlan>>, tier: Tier, pupils: Memo<Vec<(String, String)>>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let group = Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|p| p.group(tier).cloned())));
    let naming = move || plan.with(|p| p.as_ref().map(|p| p.naming).unwrap_or_default());
    let code = code_of(&tier);
    let approach = RwSignal::new(group.get_untracked().map(|g| g.approach).unwrap_or_default());
    let materials = RwSignal::new(group.get_untracked().map(|g| g.materials).unwrap_or_default());
    let minutes = RwSignal::new(group.get_untracked().map(|g| g.minutes_per_week.to_string()).unwrap_or_default());
    let given_by = RwSignal::new(group.get_untracked().map(|g| g.given_by).unwrap_or_default());
    let form = RwSignal::new(group.get_untracked().map(|g| g.form()).unwrap_or(GroupForm::usual_for(tier)));
    // Another tab or an undo changed the group: show the stored values.
    Effect::new(move |_| {
        if let Some(g) = group.get() {
            form.set(g.form());
            approach.set(g.approach);
            materials.set(g.materials);
            minutes.set(g.minutes_per_week.to_string());
            given_by.set(g.given_by);
        }
    });
    let error = RwSignal::new(None::<String>);
    let save = move || {
        let Some(plan_id) = plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else { return };
        let Ok(m) = minutes.get_untracked().trim().parse::<u16>().or_else(|e| if minutes.get_untracked().trim().is_empty() { Ok(0) } else { Err(e) }) else {
            error.set(Some(crate::i18n::UserMessage::message(&crate::domain::grouping::PlanError::TooManyMinutes { max: MAX_MINUTES_PER_WEEK }, st.lang.get_untracked())));
            return;
        };
        let fields = GroupFields { approach: approach.get_untracked(), materials: materials.get_untracked(), minutes_per_week: m, given_by: given_by.get_untracked(), form: form.get_untracked() };
        error.set(st.run_undoable(t(GroupK::PlanSaved).into(), |b| b.edit_plan_group(&plan_id, tier, fields)).err());
    };
    // In the order of the class list (names), pupils who left not shown.
    let members = move || {
        let ids = group.get().map(|g| g.pupils).unwrap_or_default();
        pupils.with(|ps| ps.iter().filter(|(id, _)| ids.contains(id)).cloned().collect::<Vec<_>>())
    };
    // A name dragged onto this group moves the pupil here (the same as the tap below).
    let drag_over = RwSignal::new(false);
    let drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        drag_over.set(false);
        let Some(pupil_id) = ev.data_transfer().and_then(|d| d.get_data("text/plain").ok()).filter(|p| !p.is_empty()) else { return };
        let Some(plan_id) = plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else { return };
        let Some(name) = pupils.with_untracked(|ps| ps.iter().find(|(id, _)| *id == pupil_id).map(|(_, n)| n.clone())) else { return };
        let done = gi::moved(&name, gi::tier_name(naming(), tier, st.lang.get_untracked()), st.lang.get_untracked());
        act(st, done, |b| b.place_pupil(&plan_id, &pupil_id, tier));
    };
    let names = move || {
        members()
            .into_iter()
            .enumerate()
            .map(|(i, (id, name))| {
                let start = move |ev: web_sys::DragEvent| {
                    if let Some(dt) = ev.data_transfer() {
                        let _ = dt.set_data("text/plain", &id);
                        dt.set_effect_allowed("move");
                    }
                };
                view! { {(i > 0).then_some(", ")}<span class="plan-pupil" draggable="true" data-testid="plan-pupil" on:dragstart=start>{name}</span> }
            })
            .collect_view()
    };
    view! {
        <section class="card plan-group" class:drag-over=drag_over data-testid="plan-group" data-tier=code.clone() aria-labelledby=format!("group-{code}")
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); drag_over.set(true) }
            on:dragleave=move |_| drag_over.set(false) on:drop=drop>
            <h2 id=format!("group-{code}")>{move || format!("{} ({})", gi::tier_name(naming(), tier, st.lang.get()), members().len())}</h2>
            <p class="plan-group-pupils" data-testid="plan-group-pupils">
                <Show when=move || !members().is_empty() fallback=move || t(GroupK::NoPupilsInGroup)>{names}</Show>
            </p>
            <div class="field">
                <label for=format!("approach-{code}")>{move || t(GroupK::Approach)}</label>
                <textarea id=format!("approach-{code}") rows="2" maxlength=MAX_GROUP_TEXT_CHARS.to_string() prop:value=approach
                    on:input=move |ev| approach.set(event_target_value(&ev)) on:change=move |_| save()></textarea>
            </div>
            <div class="field">
                <label for=format!("materials-{code}")>{move || t(GroupK::Materials)}</label>
                <input id=format!("materials-{code}") type="text" maxlength=MAX_GROUP_TEXT_CHARS.to_string() prop:value=materials
                    on:input=move |ev| materials.set(event_target_value(&ev)) on:change=move |_| save()/>
            </div>
            <div class="plan-group-row">
                <div class="field">
                    <label for=format!("minutes-{code}")>{move || t(GroupK::MinutesPerWeek)}</label>
                    <input id=format!("minutes-{code}") type="number" min="0" max=MAX_MINUTES_PER_WEEK.to_string() inputmode="numeric" prop:value=minutes
                        on:input=move |ev| minutes.set(event_target_value(&ev)) on:change=move |_| save()/>
                </div>
                <div class="field">
                    <label for=format!("given-{code}")>{move || t(GroupK::GivenBy)}</label>
                    <select id=format!("given-{code}") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(p) = from_code(&v) { given_by.set(p); save(); }
                    }>
                        {Provider::ALL.map(|p| view! { <option value=code_of(&p) prop:selected=move || given_by.get() == p>{move || gi::provider_name(p, st.lang.get())}</option> })}
                    </select>
                </div>
            </div>
            <div class="field">
                <label for=format!("form-{code}")>{move || t(GroupK::GroupFormLabel)}</label>
                <select id=format!("form-{code}") on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(f) = from_code(&v) { form.set(f); save(); }
                }>
                    {GroupForm::ALL.map(|f| view! { <option value=code_of(&f) prop:selected=move || form.get() == f>{move || gi::group_form_name(f, st.lang.get())}</option> })}
                </select>
            </div>
            <p class="print-only plan-group-print">{move || {
                let lang = st.lang.get();
                let g = group.get();
                let m = g.as_ref().map_or(0, |g| g.minutes_per_week);
                let by = g.as_ref().map_or(Provider::Teacher, |g| g.given_by);
                // Empty texts are left out of the printed line.
                let text = |label: GroupK, v: String| (!v.trim().is_empty()).then(|| format!("{}: {v}", t(label)));
                [
                    text(GroupK::Approach, approach.get()),
                    text(GroupK::Materials, materials.get()),
                    Some(format!("{}: {m} ({})", t(GroupK::MinutesPerWeek), gi::group_form_name(form.get(), lang))),
                    Some(format!("{} {}", t(GroupK::GivenBy).to_lowercase(), gi::provider_name(by, lang))),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ")
            }}</p>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

#[component]
fn PlanDetailsForm(plan: Memo<Option<GroupPlan>>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let get = |f: fn(&GroupPlan) -> String| move || plan.with_untracked(|p| p.as_ref().map(f).unwrap_or_default());
    let goal = RwSignal::new(get(|p| p.goal.clone())());
    let start = RwSignal::new(get(|p| date_value(p.start))());
    let end = RwSignal::new(get(|p| date_value(p.end))());
    let evaluation = RwSignal::new(get(|p| date_value(p.evaluation))());
    let error = RwSignal::new(None::<String>);
    // An undo or another tab changed the plan: show the stored values.
    Effect::new(move |_| {
        if let Some(p) = plan.get() {
            goal.set(p.goal);
            start.set(date_value(p.start));
            end.set(date_value(p.end));
            evaluation.set(date_value(p.evaluation));
        }
    });
    // Every change saves (on leaving a field, or Enter); what cannot be stored is said and
    // stays in the field.
    let save = move || {
        let Some(id) = plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else { return };
        let (Some(s), Some(e), Some(v)) = (parse_date(&start.get_untracked()), parse_date(&end.get_untracked()), parse_date(&evaluation.get_untracked())) else {
            error.set(Some(t(GroupK::InvalidDate).into()));
            return;
        };
        error.set(st.run_undoable(t(GroupK::PlanSaved).into(), |b| b.edit_group_plan(&id, goal.get_untracked(), s, e, v, today())).err());
    };
    view! {
        <form on:submit=move |ev: SubmitEvent| { ev.prevent_default(); save() } data-testid="plan-details-form">
            <p class="help">{move || st.t(crate::i18n::K::AutosaveHelp)}</p>
            <div class="form-grid">
                <div class="field field-wide">
                    <label for="gpd-goal">{move || t(GroupK::SharedGoal)}</label>
                    <textarea id="gpd-goal" rows="2" maxlength=MAX_GOAL_CHARS.to_string() prop:value=goal on:input=move |ev| goal.set(event_target_value(&ev)) on:change=move |_| save()></textarea>
                </div>
                <div class="field">
                    <label for="gpd-start">{move || t(GroupK::PeriodStart)}</label>
                    <input id="gpd-start" type="date" prop:value=start on:input=move |ev| start.set(event_target_value(&ev)) on:change=move |_| save()/>
                </div>
                <div class="field">
                    <label for="gpd-end">{move || t(GroupK::PeriodEnd)}</label>
                    <input id="gpd-end" type="date" prop:value=end on:input=move |ev| end.set(event_target_value(&ev)) on:change=move |_| save()/>
                </div>
                <div class="field">
                    <label for="gpd-evaluation">{move || t(GroupK::EvaluationOn)}</label>
                    <input id="gpd-evaluation" type="date" prop:value=evaluation on:input=move |ev| evaluation.set(event_target_value(&ev)) on:change=move |_| save()/>
                </div>
            </div>
            <p class="field-error" role="alert" data-testid="plan-details-error">{move || error.get()}</p>
        </form>
    }
}

/// Every pupil of the class with the three groups as buttons: one tap places.
#[component]
fn Placement(plan: Memo<Option<GroupPlan>>, pupils: Memo<Vec<(String, String)>>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let row = move |(id, name): (String, String)| {
        let id = StoredValue::new(id);
        let name = StoredValue::new(name);
        let current = Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|p| p.tier_of(&id.get_value()))));
        let button = move |tier: Tier| {
            let label = move || gi::tier_name(plan.with(|p| p.as_ref().map(|p| p.naming).unwrap_or_default()), tier, st.lang.get());
            let place = move |_| {
                let Some(plan_id) = plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else { return };
                let done = gi::moved(&name.get_value(), label(), st.lang.get_untracked());
                act(st, done, |b| b.place_pupil(&plan_id, &id.get_value(), tier));
            };
            view! {
                <button type="button" class="seg-btn" data-tier=code_of(&tier) aria-pressed=move || (current.get() == Some(tier)).to_string() on:click=place>{label}</button>
            }
        };
        view! {
            <li class="placement-row" data-testid="placement-row">
                <span class="placement-name" id=format!("place-{}", id.get_value())>{name.get_value()}</span>
                <span class="seg" role="group" aria-labelledby=format!("place-{}", id.get_value())>{Tier::ALL.map(button)}</span>
            </li>
        }
    };
    view! {
        <section class="card placement no-print" aria-labelledby="placement-title" data-testid="placement">
            <h2 id="placement-title">{move || t(GroupK::Placement)}</h2>
            <p class="muted">{move || t(GroupK::PlacementHelp)}</p>
            <ul class="placement-list" role="list">
                <For each=move || pupils.get() key=|p| p.0.clone() children=row/>
            </ul>
        </section>
    }
}

/// Per pupil: the goal in this subject against its aim line, and stays / up / down. Then
/// the next period, copied forward from this evaluation.
#[component]
fn Evaluation(plan: Memo<Option<GroupPlan>>, pupils: Memo<Vec<(String, String)>>, class_id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let navigate = use_navigate();
    let row = move |(id, name): (String, String)| {
        let id = StoredValue::new(id);
        let tier = Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|p| p.tier_of(&id.get_value()))));
        let verdict = Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|p| p.verdict_of(&id.get_value()))));
        let progress = move || {
            let pid = id.get_value();
            // The measurements live in the pupil's scope: read it for this row.
            if !st.need(Scope::Pupil(pid.clone())) {
                return String::from("…");
            }
            let subject = plan.with(|p| p.as_ref().map(|p| p.subject));
            subject.map(|s| gi::progress_name(st.book.with_pupil(&pid, |b| b.goal_progress(&pid, s, today())), st.lang.get()).to_string()).unwrap_or_default()
        };
        let button = move |v: Verdict, label: GroupK| {
            let set = move |_| {
                let Some(plan_id) = plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else { return };
                let next = if verdict.get_untracked() == Some(v) { None } else { Some(v) };
                act(st, t(GroupK::PlanSaved).into(), |b| b.set_verdict(&plan_id, &id.get_value(), next));
            };
            let possible = move || match (v, tier.get()) {
                (Verdict::Up, Some(t)) => t.up().is_some(),
                (Verdict::Down, Some(t)) => t.down().is_some(),
                (_, t) => t.is_some(),
            };
            view! {
                <button type="button" class="seg-btn" data-verdict=code_of(&v) aria-pressed=move || (verdict.get() == Some(v)).to_string()
                    disabled=move || !possible() on:click=set>{move || t(label)}</button>
            }
        };
        let naming = move || plan.with(|p| p.as_ref().map(|p| p.naming).unwrap_or_default());
        view! {
            <tr data-testid="evaluation-row">
                <th scope="row">{name}</th>
                <td>{move || tier.get().map(|tr| gi::tier_name(naming(), tr, st.lang.get())).unwrap_or("–")}</td>
                <td data-testid="evaluation-progress">{progress}</td>
                <td>
                    <span class="seg no-print" role="group">{button(Verdict::Stays, GroupK::Stays)}{button(Verdict::Up, GroupK::MoveUp)}{button(Verdict::Down, GroupK::MoveDown)}</span>
                    <span class="print-only">{move || verdict.get().map(|v| t(match v { Verdict::Stays => GroupK::Stays, Verdict::Up => GroupK::MoveUp, Verdict::Down => GroupK::MoveDown })).unwrap_or("")}</span>
                </td>
            </tr>
        }
    };
    let next_period = move |_| {
        let Some(p) = plan.get_untracked() else { return };
        let lang = st.lang.get_untracked();
        let class = st.book.with_untracked(|b| b.class(&p.class_id).map(|c| c.name.clone()).unwrap_or_default());
        let new = new_id();
        let title = gi::evaluation_reminder(p.subject, &class, lang);
        if act(st, t(GroupK::NextPeriodMade).into(), |b| b.copy_forward(&p.id, &new, &new_id(), &title, today())) {
            navigate(&format!("/class/{}/group-plans/{new}", class_id.get_untracked()), Default::default());
        }
    };
    view! {
        <section class="card evaluation" aria-labelledby="evaluation-title" data-testid="evaluation">
            <h2 id="evaluation-title">{move || t(GroupK::EvaluationTitle)}</h2>
            <p class="muted no-print">{move || t(GroupK::EvaluationHelp)}</p>
            <div class="table-scroll">
                <table class="evaluation-table">
                    <thead><tr>
                        <th scope="col">{move || t(GroupK::Pupil)}</th>
                        <th scope="col">{move || t(GroupK::Group)}</th>
                        <th scope="col">{move || t(GroupK::Progress)}</th>
                        <th scope="col">{move || t(GroupK::Verdict)}</th>
                    </tr></thead>
                    <tbody><For each=move || pupils.get() key=|p| p.0.clone() children=row/></tbody>
                </table>
            </div>
            <div class="no-print">
                <p class="muted">{move || t(GroupK::NextPeriodHelp)}</p>
                <button type="button" class="btn btn-primary" data-testid="next-period" on:click=next_period>{move || t(GroupK::NextPeriod)}</button>
            </div>
        </section>
    }
}
