//! One parent report as a printable article, in the report's own language: successes
//! first, then the goals with their charts, what went well, the next step and what
//! parents can do at home; the sections the teacher added last. Used by the pupil's
//! report page and, once per pupil, by the class report.

use leptos::prelude::*;

use crate::components::goals::chart::GoalChart;
use crate::i18n::goals::goal_title;
use crate::i18n::Lang;
use crate::domain::reports::{DatedText, GoalPart, HomeLine, ParentReport};
use crate::i18n::reports::{attention_minutes, RK};
use crate::i18n::format::date;
use crate::i18n::{Text};

fn dated_list(items: &[DatedText], lang: Lang, testid: &'static str) -> impl IntoView {
    view! {
        <ul class="report-list" data-testid=testid>
            {items.iter().map(|i| view! { <li><span class="report-date">{date(lang, i.date)}</span>" "{i.text.clone()}</li> }).collect_view()}
        </ul>
    }
}

fn goal_part(g: GoalPart, lang: Lang) -> impl IntoView {
    let t = |k: RK| k.t(lang);
    let status = match g.reached_on {
        Some(d) => format!("{} {}", t(RK::ReachedOn), date(lang, d)),
        None => format!("{} {}", t(RK::StillWorking), date(lang, g.goal.target_date)),
    };
    let title = goal_title(&g.goal, lang);
    let next = g.next_step.clone();
    view! {
        <section class="report-goal print-block" data-testid="report-goal">
            <h4>{title}</h4>
            <p class="report-goal-status">{status}</p>
            <GoalChart goal=Signal::stored(g.goal.clone()) measurements=Signal::stored(g.measurements.clone()) lang=Signal::stored(lang)/>
            {(!g.tops.is_empty()).then(|| view! {
                <h5>{t(RK::WentWell)}</h5>
                {dated_list(&g.tops, lang, "report-goal-tops")}
            })}
            {next.map(|n| view! { <p class="report-next"><strong>{t(RK::NextStep)}": "</strong>{n.text}</p> })}
        </section>
    }
}

/// The report of one pupil.
#[component]
pub fn ParentReportView(
    /// What goes in, assembled by the domain.
    report: ParentReport,
    /// The report's language (chosen per report, not the app's).
    lang: Lang,
    /// Show the nickname or initials instead of the name.
    privacy: bool,
) -> impl IntoView {
    let t = |k: RK| k.t(lang);
    let name = report.pupil.display_name(privacy);
    let class = report.class.as_ref().map(|c| format!("{} {} · ", t(RK::Class), c.name)).unwrap_or_default();
    let meta = format!("{class}{} {} – {}", t(RK::Period), date(lang, report.period.from), date(lang, report.period.to));
    let empty = report.has_no_learning();
    let r = report;
    view! {
        <article class="report print-page" data-testid="parent-report" lang=lang.code()>
            <header class="report-header">
                <h2 class="report-title" data-testid="report-title">{format!("{} – {name}", t(RK::ReportTitle))}</h2>
                <p class="report-meta">{meta}</p>
            </header>
            {empty.then(|| view! { <p class="report-empty notice" data-testid="report-empty">{t(RK::NoLearning)}</p> })}
            {(!empty).then(|| view! {
                <section class="report-section report-successes print-block" data-testid="report-successes">
                    <h3>{t(RK::Successes)}</h3>
                    {if r.successes.is_empty() {
                        view! { <p class="muted">{t(RK::NoSuccesses)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="report-list">
                                {r.successes.iter().map(|s| view! { <li><span class="report-date">{date(lang, s.date)}</span>" "{crate::i18n::feedback::success_text(lang, s)}</li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
            })}
            {(!r.goals.is_empty()).then(|| view! {
                <section class="report-section" data-testid="report-goals">
                    <h3>{t(RK::Goals)}</h3>
                    {r.goals.iter().cloned().map(|g| goal_part(g, lang)).collect_view()}
                </section>
            })}
            {(!r.tops.is_empty()).then(|| view! {
                <section class="report-section print-block" data-testid="report-tops">
                    <h3>{t(RK::WentWell)}</h3>
                    {dated_list(&r.tops, lang, "report-tops-list")}
                </section>
            })}
            {r.next_step.clone().map(|n| view! {
                <section class="report-section print-block" data-testid="report-next">
                    <h3>{t(RK::NextStep)}</h3>
                    <p>{n.text}</p>
                </section>
            })}
            {(!r.home.is_empty()).then(|| view! {
                <section class="report-section report-home print-block" data-testid="report-home">
                    <h3>{t(RK::AtHome)}</h3>
                    <ul class="report-list">
                        {r.home.iter().map(|h| view! { <li>{match h {
                            HomeLine::FromGoal { text, .. } => text.clone(),
                            HomeLine::Tip(tip) => crate::i18n::feedback::template_text(tip, lang).to_string(),
                        }}</li> }).collect_view()}
                    </ul>
                </section>
            })}
            {r.support_notes.clone().map(|n| view! {
                <section class="report-section print-block" data-testid="report-support-notes">
                    <h3>{t(RK::SupportNotes)}</h3>
                    <p class="report-notes">{n}</p>
                </section>
            })}
            {r.feedback_tips.clone().filter(|v| !v.is_empty()).map(|tips| view! {
                <section class="report-section print-block" data-testid="report-feedback-tips">
                    <h3>{t(RK::FeedbackTips)}</h3>
                    {dated_list(&tips, lang, "report-feedback-tips-list")}
                </section>
            })}
            {r.attention_minutes.map(|m| view! {
                <section class="report-section print-block" data-testid="report-attention">
                    <h3>{t(RK::Attention)}</h3>
                    <p>{attention_minutes(m, lang)}</p>
                </section>
            })}
        </article>
    }
}
