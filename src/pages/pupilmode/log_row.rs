//! One row of the learning log: date, kind, and what happened. A reflection shows in
//! full (face, the pupil's answers under their questions, the goal it was about).

use leptos::prelude::*;

use crate::components::pupilmode::art::Face;
use crate::domain::pupilmode::{LogEntry, LogKind, LogSummary, ReflectionField};
use crate::i18n::pupilmode::{field_question, log_kind, log_text, minutes, mood_word, PK};
use crate::state::use_app;

fn kind_class(k: LogKind) -> &'static str {
    match k {
        LogKind::Goal => "log-kind kind-goal",
        LogKind::Measurement => "log-kind kind-measurement",
        LogKind::Feedback => "log-kind kind-feedback",
        LogKind::Reflection => "log-kind kind-reflection",
        LogKind::Attention => "log-kind kind-attention",
        LogKind::Success => "log-kind kind-success",
    }
}

#[component]
pub fn LogRow(entry: LogEntry, is_new: bool) -> impl IntoView {
    let st = use_app();
    let lang = move || st.lang.get();
    let kind = entry.kind;
    let date = entry.date;
    let body = if kind == LogKind::Reflection {
        let r = st.book.with_untracked(|b| b.reflection(&entry.ref_id).cloned());
        r.map(|r| {
            let about = r.goal_id.as_ref().and_then(|g| {
                st.book.with_untracked(|b| b.goal(g).map(|g| crate::i18n::goals::goal_title(g, st.lang.get_untracked())))
            });
            let answers: Vec<(ReflectionField, String)> = ReflectionField::ALL
                .into_iter()
                .map(|f| (f, r.text(f).to_string()))
                .filter(|(_, t)| !t.is_empty())
                .collect();
            let mood = r.mood;
            view! {
                <div class="log-reflection" data-testid="log-reflection">
                    <p class="log-mood"><Face mood=mood/><strong>{move || mood_word(mood, lang())}</strong></p>
                    <dl class="log-answers">
                        {answers.into_iter().map(|(f, t)| view! {
                            <div><dt>{move || field_question(f, lang())}</dt><dd>{t}</dd></div>
                        }).collect_view()}
                    </dl>
                    {about.map(|a| view! { <p class="muted">{move || st.t(PK::ReflectionAbout)}": " {a.clone()}</p> })}
                </div>
            }
            .into_any()
        })
    } else {
        None
    };
    let body = body.unwrap_or_else(|| {
        let goal = entry.goal_id.as_deref();
        let text = st.book.with_untracked(|b| log_text(&entry.summary, goal.and_then(|g| b.goal(g)), st.lang.get_untracked()));
        let mins = match entry.summary {
            LogSummary::Attention { minutes, .. } => Some(minutes),
            _ => None,
        };
        view! {
            <p class="log-text">{text}{mins.map(|n| view! { <span class="muted">" · "{minutes(st.lang.get_untracked(), n)}</span> })}</p>
        }
        .into_any()
    });
    view! {
        <li class="log-row" data-testid="log-row" data-kind=format!("{kind:?}")>
            <div class="log-meta">
                <time datetime=date.format("%Y-%m-%d").to_string()>{move || crate::i18n::format::date(lang(), date)}</time>
                <span class=kind_class(kind)>{move || log_kind(kind, lang())}</span>
                {is_new.then(|| view! { <span class="badge badge-new" data-testid="log-new">{move || st.t(PK::NewBadge)}</span> })}
            </div>
            <div class="log-body">{body}</div>
        </li>
    }
}
