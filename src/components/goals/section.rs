//! The goals of one pupil on the pupil page: active goals with their latest value, a
//! waiting draft (resume or discard), a new-goal button, and finished goals.

use leptos::prelude::*;

use crate::i18n::goals::goal_title;
use crate::i18n::goals as tg;
use crate::domain::goals::Goal;
use crate::i18n::goals::GK;
use crate::state::use_app;

#[component]
fn GoalCard(goal: Goal) -> impl IntoView {
    let st = use_app();
    let href = format!("/goal/{}", goal.id);
    let gid = goal.id.clone();
    let latest = move || st.book.with_kinds(&["measurement"], |b| b.measurements_of(&gid).last().map(|m| m.value));
    let lang = move || st.lang.get();
    let g2 = goal.clone();
    let g3 = goal.clone();
    view! {
        <li>
            <a class="goal-card" href=href data-testid="goal-card">
                <span class="goal-card-title">{move || goal_title(&g2, lang())}</span>
                <span class="goal-card-meta">{move || format!("{} · {}", tg::domain_name(g3.domain, lang()), tg::measure_label(&g3.measure, lang()))}</span>
                <span class="goal-card-progress">
                    {move || {
                        let u = goal.measure.unit;
                        let target = tg::format_value(goal.target, u, lang());
                        let now = latest().or(goal.baseline.map(|b| b.value)).map(|v| tg::format_value(v, u, lang())).unwrap_or_else(|| "–".into());
                        format!("{now} → {target} · {}", tg::state_text(&goal.state, lang()))
                    }}
                </span>
            </a>
        </li>
    }
}

/// Goals section for the pupil page.
#[component]
pub fn GoalsSection(
    /// The pupil whose goals are shown.
    #[prop(into)]
    pupil_id: String,
) -> impl IntoView {
    let st = use_app();
    let pid = pupil_id.clone();
    let goals = Memo::new(move |_| st.book.with_pupil(&pid, |b| b.goals_of(&pid).into_iter().cloned().collect::<Vec<_>>()));
    let active = Signal::derive(move || goals.get().into_iter().filter(Goal::is_active).collect::<Vec<_>>());
    let finished = Signal::derive(move || goals.get().into_iter().filter(|g| !g.is_active()).collect::<Vec<_>>());
    let pid = pupil_id.clone();
    let has_draft = move || st.goal_drafts.with(|m| m.contains_key(&pid));
    let pid = pupil_id.clone();
    let discard = move |_| {
        st.set_goal_draft(&pid, None);
        st.toast(st.t(GK::DraftDiscarded).into(), false, None);
    };
    let new_href = format!("/pupil/{pupil_id}/goal/new");
    let new_href2 = new_href.clone();
    view! {
        <section class="card goals-section" aria-labelledby="goals-title" data-testid="goals-section">
            <div class="section-head">
                <h2 id="goals-title">{move || st.t(GK::GoalsTitle)}</h2>
                <a class="btn btn-primary" href=new_href data-testid="new-goal">{move || format!("+ {}", st.t(GK::NewGoal))}</a>
            </div>
            <Show when=has_draft.clone()>
                <div class="notice notice-warn" data-testid="goal-draft">
                    <p>{move || st.t(GK::DraftWaiting)}</p>
                    <div class="actions-row">
                        <a class="btn btn-primary" href=new_href2.clone()>{move || st.t(GK::ResumeDraft)}</a>
                        <button class="btn btn-secondary" data-testid="discard-draft" on:click=discard.clone()>{move || st.t(GK::DiscardDraft)}</button>
                    </div>
                </div>
            </Show>
            <Show when=move || !active.get().is_empty() fallback=move || view! { <p class="muted" data-testid="no-goals">{move || st.t(GK::NoGoals)}</p> }>
                <ul class="goal-list" role="list">{move || active.get().into_iter().map(|g| view! { <GoalCard goal=g/> }).collect_view()}</ul>
            </Show>
            <Show when=move || !finished.get().is_empty()>
                <details>
                    <summary>{move || format!("{} ({})", st.t(GK::OtherGoals), finished.get().len())}</summary>
                    <ul class="goal-list" role="list">{move || finished.get().into_iter().map(|g| view! { <GoalCard goal=g/> }).collect_view()}</ul>
                </details>
            </Show>
        </section>
    }
}
