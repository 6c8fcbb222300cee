//! The goal wizard (/pupil/:id/goal/new): one step per screen with back and next, a
//! progress indicator, the live realism check, and a draft that survives closing the tab.

use leptos::prelude::*;

use crate::components::record_frame::{use_pupil_id, PupilRecords};
use leptos_router::hooks::use_navigate;

use crate::components::goals::realism_panel::{assess_draft, band_class};
use crate::components::goals::wizard_steps::*;
use crate::domain::goals::commands::WizardDraft;
use crate::i18n::goals as tg;
use crate::domain::goals::{finish, GoalDraft, Unit, WizardStep};
use crate::i18n::goals::{step_of, GK};
use crate::state::{new_id, today, use_app};

/// Screens: the eight steps, then the review.
const SCREENS: usize = WizardStep::ALL.len() + 1;

#[component]
pub fn GoalWizardPage() -> impl IntoView {
    let id = use_pupil_id();
    view! { <PupilRecords><Wizard pupil_id=id.clone()/></PupilRecords> }
}

fn new_draft(pupil_id: &str) -> WizardDraft {
    WizardDraft {
        draft: GoalDraft { pupil_id: Some(pupil_id.to_string()), confirmations: Some(2), ..Default::default() },
        step: 0,
        benchmark: None,
    }
}

fn screen_name(i: usize, lang: crate::i18n::Lang) -> &'static str {
    match WizardStep::ALL.get(i) {
        Some(s) => tg::wizard_step_name(*s, lang),
        None => GK::Review.t(lang),
    }
}

use crate::i18n::Text;

#[component]
fn Wizard(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let navigate = use_navigate();
    let start = st.goal_drafts.with_untracked(|m| m.get(&pupil_id).cloned()).unwrap_or_else(|| new_draft(&pupil_id));
    let wd = RwSignal::new(start);
    let error = RwSignal::new(None::<String>);
    // Every change is kept as the draft (not on the first run: opening alone makes no draft).
    let pid = pupil_id.clone();
    Effect::new(move |prev: Option<()>| {
        let w = wd.get();
        if prev.is_some() {
            st.set_goal_draft(&pid, Some(w));
        }
    });
    let step = move || wd.with(|w| w.step.min(SCREENS - 1));
    let pupil_name = {
        let pid = pupil_id.clone();
        Signal::derive(move || st.pupil_name(&pid))
    };
    let too_many = {
        let pid = pupil_id.clone();
        Signal::derive(move || st.book.with_pupil(&pid, |b| b.would_exceed_goal_limit(&pid)))
    };
    let next = move |_| {
        let s = step();
        let check = WizardStep::ALL.get(s).map(|ws| wd.with_untracked(|w| w.draft.validate_step(*ws, today())));
        match check {
            Some(Err(e)) => error.set(Some(tg::goal_error_text(&e, st.lang.get_untracked()))),
            _ => {
                error.set(None);
                wd.update(|w| w.step = (s + 1).min(SCREENS - 1));
            }
        }
    };
    let back = move |_| {
        error.set(None);
        wd.update(|w| w.step = w.step.saturating_sub(1));
    };
    let pid = pupil_id.clone();
    let save = move |_| {
        let draft = wd.get_untracked().draft;
        let lang = st.lang.get_untracked();
        match finish(&draft, new_id(), today()) {
            Err(e) => {
                error.set(Some(tg::goal_error_text(&e, lang)));
                let back_to = WizardStep::ALL.iter().position(|s| *s == e.step()).unwrap_or(0);
                wd.update(|w| w.step = back_to);
            }
            Ok(goal) => {
                let gid = goal.id.clone();
                match st.run(|b| b.add_goal(goal)) {
                    Ok(()) => {
                        st.set_goal_draft(&pid, None);
                        st.toast(st.t(GK::GoalSaved).into(), false, None);
                        navigate(&format!("/goal/{gid}"), Default::default());
                    }
                    Err(e) => error.set(Some(e)),
                }
            }
        }
    };
    let pid = pupil_id.clone();
    let body = move || {
        let pid = pid.clone();
        match step() {
            0 => view! { <DomainStep wd=wd/> }.into_any(),
            1 => view! { <MeasureStep wd=wd/> }.into_any(),
            2 => view! { <BaselineStep wd=wd/> }.into_any(),
            3 => view! { <TargetStep wd=wd pupil_id=pid/> }.into_any(),
            4 => view! { <DateStep wd=wd pupil_id=pid/> }.into_any(),
            5 => view! { <ConditionsStep wd=wd/> }.into_any(),
            6 => view! { <ActionsStep wd=wd/> }.into_any(),
            7 => view! { <OwnWordsStep wd=wd/> }.into_any(),
            _ => view! { <ReviewStep wd=wd pupil_id=pid/> }.into_any(),
        }
    };
    let back_href = format!("/pupil/{pupil_id}");
    view! {
        <div class="page wizard-page" data-testid="goal-wizard">
            <a class="back-link" href=back_href>{move || format!("← {}", pupil_name.get())}</a>
            <header class="page-header">
                <h1>{move || format!("{} {} {}", st.t(GK::WizardTitle), st.t(GK::WizardFor), pupil_name.get())}</h1>
                <p class="wizard-progress-text" data-testid="wizard-step">
                    {move || format!("{} · {}", step_of(st.lang.get(), step() + 1, SCREENS), screen_name(step(), st.lang.get()))}
                </p>
                <progress class="wizard-progress" max=SCREENS value=move || step() + 1 aria-label=move || st.t(GK::StepsNav)></progress>
            </header>
            <Show when=move || too_many.get()>
                <p class="notice notice-warn" data-testid="too-many-goals">{move || st.t(GK::TooManyGoalsNote)}</p>
            </Show>
            <section class="card wizard-card">
                {body}
                <p class="field-error" role="alert" data-testid="wizard-error">{move || error.get()}</p>
                <div class="wizard-nav">
                    <button type="button" class="btn btn-secondary" on:click=back disabled=move || step() == 0>
                        {move || format!("← {}", st.t(GK::Back))}
                    </button>
                    <Show when=move || step() + 1 < SCREENS fallback=move || view! {
                        <button type="button" class="btn btn-primary" data-testid="save-goal" on:click=save.clone()>{move || st.t(GK::SaveGoal)}</button>
                    }>
                        <button type="button" class="btn btn-primary" data-testid="wizard-next" on:click=next>
                            {move || format!("{} →", st.t(GK::Next))}
                        </button>
                    </Show>
                </div>
            </section>
        </div>
    }
}

#[component]
fn ReviewStep(wd: RwSignal<WizardDraft>, #[prop(into)] pupil_id: String) -> impl IntoView {
    let st = use_app();
    let pid = pupil_id.clone();
    let realism = move || assess_draft(&wd.get(), &pid);
    let d = move || wd.get().draft;
    let unit = move || d().measure.map(|m| m.unit).unwrap_or(Unit::Milestone);
    let sentence = move || {
        let lang = st.lang.get();
        let d = d();
        let m = d.measure.clone();
        let date = d.target_date.map(|x| crate::i18n::format::day_month(lang, x)).unwrap_or_default();
        let target = d.target.map(|t| tg::format_value(t, unit(), lang)).unwrap_or_default();
        let name = m.map(|m| tg::measure_label(&m, lang).to_string()).unwrap_or_default();
        let cond = d.conditions.unwrap_or_default();
        let n = d.confirmations.unwrap_or(1);
        crate::i18n::goals::goal_sentence(lang, &date, &cond, &target, &name, n)
    };
    let list = move |items: Option<Vec<String>>| {
        items.unwrap_or_default().into_iter().filter(|s| !s.trim().is_empty()).map(|s| view! { <li>{s}</li> }).collect_view()
    };
    view! {
        <h2 class="step-question">{move || st.t(GK::ReviewQuestion)}</h2>
        <p class="own-words-big" data-testid="review-own-words">{move || d().own_words.unwrap_or_default()}</p>
        <dl class="review-list">
            <dt>{move || st.t(GK::GoalSentenceLabel)}</dt>
            <dd data-testid="review-sentence">{sentence}</dd>
            <dt>{move || st.t(GK::RealismTitle)}</dt>
            <dd>{move || match realism() {
                Some(Ok((a, _))) => view! { <span class=band_class(a.band) data-testid="band">{tg::band_label(a.band, st.lang.get())}</span> }.into_any(),
                Some(Err(msg)) => view! { <span class="field-error">{msg}</span> }.into_any(),
                None => view! { <span class="muted">"–"</span> }.into_any(),
            }}</dd>
            <dt>{move || st.t(GK::Actions)}</dt>
            <dd>
                <ul class="action-list">
                    {move || list(d().pupil_actions)}
                    {move || list(d().teacher_actions)}
                    {move || list(d().home_actions)}
                </ul>
            </dd>
        </dl>
    }
}
