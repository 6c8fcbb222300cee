//! The weekly planner of one class (/class/:id/plan): what is planned this week (held
//! in one tap), and a proposal of whom to see next within the teacher's weekly budget,
//! each choice explained; the teacher removes, adds and changes minutes, and is warned
//! when the week gets more than the budget. Planned sessions go to the reminder list.

use leptos::prelude::*;

use crate::components::record_frame::{use_class_id, ClassRecords};

use crate::i18n::followup::{plan_check_text, reason_text};
use crate::domain::followup::{check_plan, plan_days, spread, PlanCheck, PlanItem, PlannedSession};
use crate::i18n::followup::{self as fi, FollowK};
use crate::components::followup::planned::PlannedList;
use crate::state::{new_id, today, use_app};

#[component]
pub fn PlannerPage() -> impl IntoView {
    let id = use_class_id();
    view! { <ClassRecords><PlannerView id=id/></ClassRecords> }
}

#[component]
fn PlannerView(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: FollowK| st.t(k);
    let class_name = move || st.book.with_kinds(&["class"], |b| b.class(&id.get()).map(|c| c.name.clone()).unwrap_or_default());
    let days = Memo::new(move |_| st.book.with_kinds(&["settings"], |b| plan_days(today(), &b.settings().calendar)));
    let week_day = move || days.get().first().copied().unwrap_or_else(today);
    let budget = Memo::new(move |_| st.book.with_kinds(&["settings"], |b| b.settings().weekly_budget_minutes));
    // The teacher's whole week counts toward the budget, every class together.
    let planned_minutes = Memo::new(move |_| {
        let day = week_day();
        st.book.with_kinds(&["reminder", "pupil"], |b| b.planned_sessions(None, day).iter().map(|r| u32::from(r.minutes.unwrap_or_default())).sum::<u32>())
    });
    let draft = RwSignal::new(Vec::<PlanItem>::new());
    let left_out = RwSignal::new(Vec::<PlanItem>::new());
    // Every pupil's reasons (a proposal without a budget), for pupils the teacher adds.
    let all_reasons = RwSignal::new(Vec::<PlanItem>::new());

    let make_proposal = move || {
        let lang = st.lang.get_untracked();
        let day = days.get_untracked().first().copied().unwrap_or_else(today);
        let budget = st.book.with_untracked(|b| b.settings().weekly_budget_minutes).saturating_sub(planned_minutes.get_untracked());
        let result = st.book.with_untracked(|b| b.propose_sessions(&id.get_untracked(), day, budget, lang, today()));
        match result {
            Ok((p, everyone)) => {
                draft.set(p.items);
                left_out.set(p.not_planned);
                all_reasons.set(everyone.items);
            }
            Err(e) => st.toast(crate::i18n::followup::plan_error_text(&e, lang), true, None),
        }
    };
    make_proposal();

    let name_of = move |pid: &str| st.book.with_kinds(&["pupil"], |b| b.pupil(pid).map(|p| p.display_name(st.privacy.get())).unwrap_or_default());
    let left_out_names = move || {
        let in_draft: Vec<String> = draft.with(|d| d.iter().map(|i| i.pupil_id.clone()).collect());
        left_out.get().iter().filter(|i| !in_draft.contains(&i.pupil_id)).map(|i| name_of(&i.pupil_id)).collect::<Vec<_>>().join(", ")
    };
    let draft_minutes = move || draft.with(|d| d.iter().map(|i| u32::from(i.minutes)).sum::<u32>());
    let check = move || {
        let mut items = draft.get();
        let planned = u16::try_from(planned_minutes.get()).unwrap_or(u16::MAX);
        items.push(PlanItem { pupil_id: String::new(), minutes: planned, reasons: vec![] });
        check_plan(&items, budget.get())
    };

    let set_minutes = move |pid: String, value: String| {
        if let Ok(m) = value.trim().parse::<u16>() {
            if (1..=240).contains(&m) {
                draft.update(|d| d.iter_mut().filter(|i| i.pupil_id == pid).for_each(|i| i.minutes = m));
            }
        }
    };
    let add_choice = RwSignal::new(String::new());
    let addable = move || {
        let privacy = st.privacy.get();
        let in_draft: Vec<String> = draft.with(|d| d.iter().map(|i| i.pupil_id.clone()).collect());
        st.book.with_kinds(&["reminder", "pupil"], |b| {
            let planned: Vec<String> = b.planned_sessions(Some(&id.get()), week_day()).iter().filter_map(|r| r.pupil_id.clone()).collect();
            b.pupils_of(&id.get(), false)
                .into_iter()
                .filter(|p| !in_draft.contains(&p.id) && !planned.contains(&p.id))
                .map(|p| (p.id.clone(), p.display_name(privacy)))
                .collect::<Vec<_>>()
        })
    };
    let add = move |_| {
        let pid = add_choice.get_untracked();
        let pid = if pid.is_empty() { addable().first().map(|p| p.0.clone()).unwrap_or_default() } else { pid };
        if pid.is_empty() {
            return;
        }
        let minutes = st.book.with_untracked(|b| b.settings().session_minutes);
        let reasons = all_reasons.with_untracked(|all| all.iter().find(|i| i.pupil_id == pid).map(|i| i.reasons.clone()).unwrap_or_default());
        draft.update(|d| d.push(PlanItem { pupil_id: pid, minutes, reasons }));
        add_choice.set(String::new());
    };
    let plan_it = move |_| {
        let items = draft.get_untracked();
        let dates = spread(items.len(), &days.get_untracked());
        let title = st.t(FollowK::SessionTitle).to_string();
        let sessions: Vec<PlannedSession> = items
            .iter()
            .zip(dates)
            .map(|(i, due)| PlannedSession { reminder_id: new_id(), pupil_id: i.pupil_id.clone(), due, minutes: i.minutes, title: title.clone() })
            .collect();
        match st.run_undoable(st.t(FollowK::Planned).into(), |b| b.plan_sessions(sessions, today())) {
            Ok(()) => make_proposal(),
            Err(e) => st.toast(e, true, None),
        }
    };

    let week_text = move || {
        let d = days.get();
        match (d.first(), d.last()) {
            (Some(a), Some(b)) => fi::week_range(st.lang.get(), *a, *b),
            _ => String::new(),
        }
    };
    view! {
        <div class="page planner-page" data-testid="planner-page">
            <a class="back-link" href=move || format!("/class/{}/attention", id.get())>{move || format!("← {}", t(FollowK::BackToAttention))}</a>
            <header class="page-header">
                <h1>{move || format!("{}: {}", t(FollowK::PlannerTitle), class_name())}</h1>
                <p class="muted" data-testid="plan-week">{week_text}</p>
                <p class="muted">{move || t(FollowK::PlannerIntro)}</p>
            </header>
            <PlannedList class_id=id day=Signal::derive(week_day) on_change=Callback::new(move |_| make_proposal())/>
            <section class="card" aria-labelledby="proposal-title">
                <h2 id="proposal-title">{move || t(FollowK::ProposalTitle)}</h2>
                <Show when=move || draft.with(|d| !d.is_empty()) fallback=move || view! {
                    <p class="muted" data-testid="draft-empty">
                        {move || if st.book.with_kinds(&["pupil"], |b| b.active_count(&id.get()) == 0) { t(FollowK::NoPupilsAttention) } else { t(FollowK::DraftEmpty) }}
                    </p>
                }>
                    <ul class="plan-list" role="list" data-testid="draft">
                        <For each=move || draft.get() key=|i| i.pupil_id.clone() let:item>
                            {
                                let pid = item.pupil_id.clone();
                                let name = name_of(&pid);
                                let reasons = move || {
                                    let lang = st.lang.get();
                                    if item.reasons.is_empty() { t(FollowK::AddedByYou).to_string() } else {
                                        item.reasons.iter().map(|r| reason_text(*r, lang)).collect::<Vec<_>>().join("; ")
                                    }
                                };
                                let (p1, p2, p3) = (pid.clone(), pid.clone(), pid.clone());
                                let input_id = format!("min-{pid}");
                                let label = fi::for_pupil(st.lang.get_untracked(), t(FollowK::Minutes), &name);
                                let remove_label = fi::for_pupil(st.lang.get_untracked(), t(FollowK::RemoveFromPlan), &name);
                                view! {
                                    <li class="plan-row" data-testid="draft-row" data-pupil=pid.clone()>
                                        <div class="plan-main">
                                            <span class="plan-name" data-testid="draft-name">{name}</span>
                                            <small class="help" data-testid="draft-reason">{reasons}</small>
                                        </div>
                                        <label for=input_id.clone() class="visually-hidden">{label}</label>
                                        <input id=input_id class="plan-minutes" type="number" min="1" max="240" inputmode="numeric" data-testid="draft-minutes"
                                            prop:value=move || draft.with(|d| d.iter().find(|i| i.pupil_id == p1).map(|i| i.minutes.to_string()).unwrap_or_default())
                                            on:input=move |ev| set_minutes(p2.clone(), event_target_value(&ev))/>
                                        <span class="plan-unit" aria-hidden="true">"min"</span>
                                        <button class="btn btn-secondary plan-remove" aria-label=remove_label data-testid="draft-remove"
                                            on:click=move |_| draft.update(|d| d.retain(|i| i.pupil_id != p3))>"×"</button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </Show>
                <Show when=move || !left_out_names().is_empty()>
                    <p class="help" data-testid="left-out">
                        <strong>{move || t(FollowK::NotPlannedTitle)}": "</strong>
                        {left_out_names}
                    </p>
                </Show>
                <Show when=move || !addable().is_empty()>
                    <div class="inline-fields add-row">
                        <div class="field">
                            <label for="plan-add">{move || t(FollowK::AddPupilLabel)}</label>
                            <select id="plan-add" data-testid="plan-add" on:change=move |ev| add_choice.set(event_target_value(&ev))>
                                {move || addable().into_iter().map(|(pid, name)| {
                                    let v = pid.clone();
                                    view! { <option value=pid selected=move || add_choice.get() == v>{name}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <button class="btn btn-secondary" data-testid="plan-add-button" on:click=add>{move || t(FollowK::AddToDraft)}</button>
                    </div>
                </Show>
                <div class="budget" data-testid="budget">
                    <p data-testid="budget-line">{move || fi::budget_line(st.lang.get(), planned_minutes.get(), draft_minutes(), budget.get())}</p>
                    <div class="meter" aria-hidden="true">
                        <div class="meter-fill" class:meter-over=move || matches!(check(), PlanCheck::OverBudget { .. })
                            style:width=move || format!("{}%", ((planned_minutes.get() + draft_minutes()) * 100 / budget.get().max(1)).min(100))></div>
                    </div>
                    {move || match check() {
                        PlanCheck::OverBudget { .. } => view! {
                            <p class="notice notice-warn" role="alert" data-testid="overload">{plan_check_text(check(), st.lang.get())}</p>
                        }.into_any(),
                        PlanCheck::WithinBudget => view! {
                            <p class="within-budget" data-testid="within-budget">{plan_check_text(PlanCheck::WithinBudget, st.lang.get())}</p>
                        }.into_any(),
                    }}
                    <a href="/settings#followup" class="help budget-link">{move || t(FollowK::ChangeBudget)}</a>
                </div>
                <Show when=move || draft.with(|d| !d.is_empty())>
                    <button class="btn btn-primary" data-testid="plan-it" on:click=plan_it>{move || t(FollowK::PlanIt)}</button>
                </Show>
            </section>
        </div>
    }
}
