//! The feedback composer (/pupil/:id/feedback): tops, tips and a next step from sentence
//! starters, optionally linked to one of the pupil's goals, with the balance checks beside it.
//! The checks never block: with nudges left, saving asks once and offers "save anyway".

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::record_frame::{use_pupil_id, PupilRecords};
use leptos_router::hooks::use_navigate;

use crate::components::feedback::nudges::NudgePanel;
use crate::components::feedback::draft::{field_id, focus_field, keep_draft, kept_draft, store_note, Draft, KeptDraft};
use crate::components::feedback::parts::{domain_code, domain_from_code, goal_label, template_domain, ItemList, Starters};
use crate::domain::feedback::{check_note, templates_for, Domain, FeedbackNote, Part, Template, MAX_ITEM_CHARS};
use crate::domain::goals::Goal;
use crate::i18n::feedback::{domain_name, lexicons, note_error_text, FK};
use crate::i18n::K;
use crate::state::{today, use_app};

#[component]
pub fn FeedbackComposePage() -> impl IntoView {
    let id = use_pupil_id();
    view! { <PupilRecords><Composer pupil_id=id.clone()/></PupilRecords> }
}

#[component]
fn Composer(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: FK| st.t(k);
    let navigate = use_navigate();
    let pupil = st.book.with_untracked(|b| b.pupil(&pupil_id).cloned());
    let pupil_href = format!("/pupil/{pupil_id}");
    let heading = {
        let p = pupil.clone();
        move || p.as_ref().map(|p| p.display_name(st.privacy.get())).unwrap_or_default()
    };
    let goals: Vec<Goal> = st.book.with_untracked(|b| b.goals_of(&pupil_id).into_iter().cloned().collect());
    let has_goals = !goals.is_empty();

    let kept = kept_draft(&pupil_id);
    let restored = RwSignal::new(kept.is_some());
    let draft = Draft::new(kept.as_ref());
    let goal = RwSignal::new(kept.as_ref().and_then(|k| k.goal.clone()).filter(|g| goals.iter().any(|x| x.id == *g)));
    let domain = RwSignal::new(kept.as_ref().and_then(|k| k.domain).unwrap_or(Domain::General));
    {
        // Keep what is typed while the teacher looks elsewhere; a saved note forgets it.
        let pid = pupil_id.clone();
        Effect::new(move |_| {
            let k = KeptDraft {
                tops: draft.tops.get(),
                tips: draft.tips.get(),
                next: draft.next.get(),
                goal: goal.get(),
                domain: Some(domain.get()),
            };
            keep_draft(&pid, k);
        });
    }
    let start_over = move |_| {
        draft.clear();
        goal.set(None);
        domain.set(Domain::General);
        restored.set(false);
    };
    let confirm = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);

    let all = Memo::new(move |_| st.book.with_kinds(&["template"], |b| b.all_templates()));
    let for_part = move |part: Part| {
        Memo::new(move |_| {
            let mut v: Vec<Template> = all.with(|a| templates_for(a, domain.get(), part).into_iter().cloned().collect());
            // The teacher's own first, then the subject's, then the general ones.
            v.sort_by_key(|t| (t.builtin, t.domain == Domain::General));
            v
        })
    };
    let (tops_t, tips_t, next_t, up_t) = (for_part(Part::Top), for_part(Part::Tip), for_part(Part::NextStep), for_part(Part::FeedUp));

    let draft_note = {
        let pid = pupil_id.clone();
        move || FeedbackNote {
            id: "draft".into(),
            pupil_id: pid.clone(),
            goal_id: goal.get(),
            date: today(),
            tops: draft.tops.get(),
            tips: draft.tips.get(),
            next_step: draft.next.get(),
            follow_up: None,
        }
    };
    let nudges = Memo::new(move |_| check_note(&draft_note(), lexicons(st.lang.get())));
    let asking = move || confirm.get() && nudges.with(|n| !n.is_empty());

    let save = {
        let pid = pupil_id.clone();
        let href = pupil_href.clone();
        move |anyway: bool| {
            let lang = st.lang.get_untracked();
            let note = draft.note(&pid, goal.get_untracked());
            if let Err(e) = note.clone().validated() {
                error.set(Some(note_error_text(&e, lang)));
                return;
            }
            error.set(None);
            if !anyway && !nudges.get_untracked().is_empty() {
                confirm.set(true);
                focus_field("confirm-title".into());
                return;
            }
            let (pid, href, navigate) = (pid.clone(), href.clone(), navigate.clone());
            store_note(st, note, move |stored| match stored {
                Ok(undo) => {
                    keep_draft(&pid, KeptDraft::default());
                    st.toast(st.t(FK::NoteSaved).into(), false, undo);
                    navigate(&href, Default::default());
                }
                Err(e) => error.set(Some(e)),
            });
        }
    };
    let save_anyway = save.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        save(false);
    };

    let goal_options = goals
        .iter()
        .map(|g| {
            let (gid, label_g) = (g.id.clone(), g.clone());
            let chosen = gid.clone();
            view! { <option value=gid selected=move || goal.get().as_deref() == Some(chosen.as_str())>{move || goal_label(&label_g, st.lang.get())}</option> }
        })
        .collect_view();
    let goal_domains: Vec<(String, Domain)> = goals.iter().map(|g| (g.id.clone(), template_domain(g.domain))).collect();
    let pick_goal = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some((_, d)) = goal_domains.iter().find(|(id, _)| *id == v) {
            domain.set(*d);
        }
        goal.set(Some(v).filter(|v| !v.is_empty()));
    };
    let domain_options = move || {
        let lang = st.lang.get();
        Domain::ALL
            .iter()
            .map(|d| view! { <option value=domain_code(*d) selected=move || domain.get() == *d>{domain_name(*d, lang)}</option> })
            .collect_view()
    };
    let up_label = Signal::derive(move || st.t(FK::FeedUpStarters).to_string());
    let next_label = Signal::derive(move || st.t(FK::InsertSentence).to_string());
    let templates_href = format!("/templates?from={}", pupil_id);
    let back_name = heading.clone();
    let cancel_href = pupil_href.clone();

    view! {
        <div class="page compose-page" data-testid="composer">
            <a class="back-link" href=pupil_href.clone()>{move || format!("← {}", back_name())}</a>
            <header class="page-header">
                <h1>{move || format!("{} {}", t(FK::ComposeFor), heading())}</h1>
                <p class="muted">{move || t(FK::ComposeIntro)}</p>
            </header>
            <Show when=move || restored.get()>
                <div class="notice kept-draft" role="status" data-testid="kept-draft">
                    <p>{move || t(FK::DraftKept)}</p>
                    <button type="button" class="btn btn-secondary btn-small" on:click=start_over>{move || t(FK::StartOver)}</button>
                </div>
            </Show>
            <form class="compose" on:submit=submit novalidate>
                <div class="compose-fields card">
                    <div class="form-grid compose-choices">
                        {has_goals.then(|| view! {
                            <div class="field">
                                <label for="fb-goal">{move || t(FK::GoalLink)}</label>
                                <select id="fb-goal" on:change=pick_goal data-testid="goal-link">
                                    <option value="" selected=move || goal.with(Option::is_none)>{move || t(FK::NoGoal)}</option>
                                    {goal_options}
                                </select>
                            </div>
                        })}
                        <div class="field">
                            <label for="fb-domain">{move || t(FK::SentencesFor)}</label>
                            <select id="fb-domain" data-testid="domain" on:change=move |ev| domain.set(domain_from_code(&event_target_value(&ev)))>
                                {domain_options}
                            </select>
                        </div>
                    </div>
                    <ItemList draft=draft part=Part::Top templates=tops_t legend=FK::TopsLegend add=FK::AddTop/>
                    <ItemList draft=draft part=Part::Tip templates=tips_t legend=FK::TipsLegend add=FK::AddTip/>
                    <fieldset class="part" data-part="next step">
                        <legend>{move || t(FK::NextLegend)}</legend>
                        <label for=field_id(Part::NextStep, 0) class="visually-hidden">{move || t(FK::NextLegend)}</label>
                        <textarea id=field_id(Part::NextStep, 0) rows="3" maxlength=MAX_ITEM_CHARS.to_string()
                            prop:value=move || draft.next.get()
                            on:input=move |ev| { draft.undo.set(None); draft.next.set(event_target_value(&ev)); }></textarea>
                        <Starters draft=draft part=Part::NextStep templates=next_t label=next_label/>
                        <Starters draft=draft part=Part::FeedUp templates=up_t label=up_label/>
                    </fieldset>
                    <a class="manage-link" href=templates_href>{move || t(FK::ManageTemplates)}</a>
                </div>
                <NudgePanel draft=draft nudges=nudges/>
                <div class="compose-actions">
                    <p class="field-error" role="alert" data-testid="compose-error">{move || error.get()}</p>
                    <Show
                        when=asking
                        fallback=move || { let h = cancel_href.clone(); view! {
                            <div class="actions-row">
                                <button type="submit" class="btn btn-primary" data-testid="save-note">{move || t(FK::SaveNote)}</button>
                                <a class="btn btn-secondary" href=h>{move || st.t(K::Cancel)}</a>
                            </div>
                        }}
                    >
                        <div class="notice notice-warn" data-testid="confirm-save">
                            <h2 id="confirm-title" tabindex="-1">{move || t(FK::ConfirmTitle)}</h2>
                            <p>{move || t(FK::ConfirmText)}</p>
                            <div class="actions-row">
                                <button type="button" class="btn btn-primary" data-testid="save-anyway"
                                    on:click={let s = save_anyway.clone(); move |_| s(true)}>{move || t(FK::SaveAnyway)}</button>
                                <button type="button" class="btn btn-secondary" on:click=move |_| confirm.set(false)>{move || t(FK::KeepEditing)}</button>
                            </div>
                        </div>
                    </Show>
                </div>
            </form>
        </div>
    }
}
