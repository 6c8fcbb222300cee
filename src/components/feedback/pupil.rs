//! The pupil page's feedback section: write feedback (to the composer), note a success in
//! two taps, the positive-to-corrective balance of the last four weeks, and the pupil's recent
//! notes and successes, newest first, each deletable with undo.

use leptos::prelude::*;

use crate::components::feedback::draft::focus_field;
use crate::components::feedback::parts::{goal_icon, goal_label, star_icon};
use crate::i18n::feedback::{part_name, ratio_level_name, ratio_text, success_source_name};
use crate::components::feedback::success::SuccessForm;
use crate::domain::feedback::{FeedbackNote, Part, RatioLevel, Success, SuccessSource};
use crate::i18n::feedback::{show_all, FK};
use crate::i18n::{Lang, Text};
use crate::state::{today, use_app};

/// How many notes or successes show before "show all".
const RECENT: usize = 5;

fn level_code(level: RatioLevel) -> &'static str {
    match level {
        RatioLevel::NoData => "none",
        RatioLevel::Warning => "warning",
        RatioLevel::Ok => "ok",
        RatioLevel::Good => "good",
    }
}

#[component]
pub fn PupilFeedback(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: FK| st.t(k);
    let open = RwSignal::new(false);
    let compose_href = format!("/pupil/{pupil_id}/feedback");

    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() {
            focus_field("success-text".into());
        }
    };

    let form_pupil = pupil_id.clone();
    let pid = pupil_id.clone();
    let ratio = move || st.book.with_pupil(&pid, |b| b.feedback_ratio(&pid, today()));

    view! {
        <section class="card feedback-section" aria-labelledby="fb-section-title" data-testid="pupil-feedback">
            <div class="section-head">
                <h2 id="fb-section-title">{move || t(FK::SectionTitle)}</h2>
                <div class="actions-row">
                    <a class="btn btn-primary" href=compose_href data-testid="write-feedback">{move || t(FK::WriteFeedback)}</a>
                    <button type="button" class="btn btn-secondary" data-testid="note-success"
                        aria-expanded=move || open.get().to_string() aria-controls="success-form" on:click=toggle>
                        {star_icon()}{move || t(FK::NoteSuccess)}
                    </button>
                </div>
            </div>
            <Show when=move || open.get()>
                <SuccessForm pupil_id=form_pupil.clone() prefix="success" on_done=Callback::new(move |_| open.set(false))/>
            </Show>
            {
                let ratio = ratio.clone();
                move || {
                    let r = ratio();
                    let lang = st.lang.get();
                    view! {
                        <div class=format!("ratio ratio-{}", level_code(r.level)) data-testid="ratio" data-level=level_code(r.level)>
                            <h3>{t(FK::BalanceTitle)}</h3>
                            <p><span class="badge ratio-badge">{ratio_level_name(r.level, lang)}</span></p>
                            <p data-testid="ratio-text">{ratio_text(&r, lang)}</p>
                        </div>
                    }
                }
            }
            // Below the pupil page's first screen: drawn once it is painted.
            <crate::components::after_paint::AfterPaint>
                <div class="feedback-lists">
                    <NoteList pupil_id=pupil_id.clone()/>
                    <SuccessList pupil_id=pupil_id.clone()/>
                </div>
            </crate::components::after_paint::AfterPaint>
        </section>
    }
}

/// One part of a saved note as a short labelled list.
fn part_view(part: Part, items: Vec<String>, lang: Lang) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let class = match part {
            Part::Top => "note-part note-tops",
            Part::Tip => "note-part note-tips",
            _ => "note-part note-next",
        };
        view! {
            <div class=class>
                <p class="note-part-name">{part_name(part, lang)}</p>
                <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// A pupil's recent notes or successes: the newest few, all of them on request, or what to
/// do when there are none. `name` gives the ids (`{name}-title`, `no-{name}`).
#[component]
fn RecentList<T, R>(name: &'static str, title: FK, empty: FK, list_class: &'static str, items: Memo<Vec<T>>, row: R) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    R: Fn(T, Lang) -> AnyView + Copy + Send + Sync + 'static,
{
    let st = use_app();
    let all = RwSignal::new(false);
    let rows = move || {
        let lang = st.lang.get();
        let limit = if all.get() { usize::MAX } else { RECENT };
        items.get().into_iter().take(limit).map(|x| row(x, lang)).collect_view()
    };
    let count = move || items.with(Vec::len);
    let title_id = format!("{name}-title");
    let labelled_by = title_id.clone();
    view! {
        <section aria-labelledby=labelled_by class="feedback-list">
            <h3 id=title_id>{move || st.t(title)}</h3>
            <Show when=move || { count() > 0 } fallback=move || view! { <p class="muted" data-testid=format!("no-{name}")>{move || st.t(empty)}</p> }>
                <ul class=list_class role="list">{rows}</ul>
            </Show>
            <Show when=move || { count() > RECENT }>
                <button type="button" class="btn btn-secondary btn-small" on:click=move |_| all.update(|a| *a = !*a)>
                    {move || if all.get() { st.t(FK::ShowLess).to_string() } else { show_all(st.lang.get(), count()) }}
                </button>
            </Show>
        </section>
    }
}

#[component]
fn NoteList(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let pid = pupil_id.clone();
    let notes = Memo::new(move |_| st.book.with_pupil(&pid, |b| b.notes_of(&pid).into_iter().cloned().collect::<Vec<FeedbackNote>>()));
    let delete = move |id: String| {
        let _ = st.run_undoable(st.t(FK::NoteDeleted).into(), |b| b.delete_note(&id));
    };
    let row = move |n: FeedbackNote, lang: Lang| {
        let date = crate::i18n::format::date(lang, n.date);
        let goal = n.goal_id.as_ref().and_then(|g| st.book.with_untracked(|b| b.goal(g).map(|x| goal_label(x, lang))));
        let del_label = format!("{}: {} {date}", FK::Delete.t(lang), FK::NoteOf.t(lang));
        let id = n.id.clone();
        let fu_source = crate::domain::followup::ReminderSource::Feedback { note_id: n.id.clone() };
        let fu_prefix = format!("note-fu-{}", n.id);
        let fu_title = format!("{}: {date}", FK::FollowUpNoteTitle.t(lang));
        let fu_pupil = n.pupil_id.clone();
        let next = if n.next_step.is_empty() { vec![] } else { vec![n.next_step.clone()] };
        view! {
            <li class="note-item" data-testid="note-item">
                <div class="item-head">
                    <span class="item-date">{date}</span>
                    {goal.map(|g| view! { <span class="badge badge-muted">{format!("{}: {g}", FK::LinkedGoal.t(lang))}</span> })}
                    <button type="button" class="btn btn-link-danger" aria-label=del_label data-testid="delete-note"
                        on:click=move |_| delete(id.clone())>{FK::Delete.t(lang)}</button>
                </div>
                {part_view(Part::Top, n.tops, lang)}
                {part_view(Part::Tip, n.tips, lang)}
                {part_view(Part::NextStep, next, lang)}
                <crate::components::disclosure::Disclosure class="follow-up" testid="note-follow-up"
                    summary=ViewFn::from(move || view! { <summary>{FK::FollowUp.t(lang)}</summary> })>
                    <crate::components::followup::reminder_form::ReminderForm prefix=fu_prefix.clone()
                        pupil_id=fu_pupil.clone() source=fu_source.clone() default_title=fu_title.clone()/>
                </crate::components::disclosure::Disclosure>
            </li>
        }
        .into_any()
    };
    view! { <RecentList name="notes" title=FK::RecentNotes empty=FK::NoNotesYet list_class="note-list" items=notes row=row/> }
}

#[component]
fn SuccessList(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let pid = pupil_id.clone();
    let successes = Memo::new(move |_| st.book.with_pupil(&pid, |b| b.successes_of(&pid).into_iter().cloned().collect::<Vec<Success>>()));
    let delete = move |id: String| {
        let _ = st.run_undoable(st.t(FK::SuccessDeleted).into(), |b| b.delete_success(&id));
    };
    let row = move |s: Success, lang: Lang| {
        let date = crate::i18n::format::date(lang, s.date);
        let from_goal = s.source == SuccessSource::GoalAchieved;
        let goal = s.goal_id.as_ref().and_then(|g| st.book.with_untracked(|b| b.goal(g).map(|x| goal_label(x, lang))));
        let del_label = format!("{}: {} {date}", FK::Delete.t(lang), FK::SuccessOf.t(lang));
        let id = s.id.clone();
        view! {
            <li class="success-item" class:success-goal=from_goal data-testid="success-item">
                <span class="success-icon">{if from_goal { goal_icon().into_any() } else { star_icon().into_any() }}</span>
                <div class="success-body">
                    <p class="success-text">{crate::i18n::feedback::success_text(lang, &s)}</p>
                    <p class="item-date">
                        {date}
                        {from_goal.then(|| format!(" · {}", success_source_name(s.source, lang)))}
                        {goal.map(|g| format!(" · {g}"))}
                    </p>
                </div>
                <button type="button" class="btn btn-link-danger" aria-label=del_label data-testid="delete-success"
                    on:click=move |_| delete(id.clone())>{FK::Delete.t(lang)}</button>
            </li>
        }
        .into_any()
    };
    view! { <RecentList name="successes" title=FK::RecentSuccesses empty=FK::NoSuccessesYet list_class="success-list" items=successes row=row/> }
}
