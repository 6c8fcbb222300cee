//! The pupil's dossier (`/pupil/:id/dossier`): everything Groeipad keeps about one pupil
//! as a readable document (printed with style/print.css) and as a file in the backup
//! envelope that another Groeipad imports into a class of its choosing.

use leptos::prelude::*;

use crate::components::record_frame::{use_pupil_id, PupilRecords};
use crate::components::reports::report_options::{use_document_title, PrintButton, ReportHead};
use crate::components::reports::dossier_file::save_dossier;
use crate::i18n::followup::moment_kind_label;
use crate::i18n::goals::goal_title;
use crate::domain::goals::GoalState;
use crate::i18n::goals::{domain_name, format_value, measure_label};
use crate::domain::records::Record;
use crate::i18n::grouping::support_line;
use crate::i18n::reports::{document_title, reflection_summary, RK};
use crate::i18n::format::date;
use crate::i18n::{year_group, Lang, Text};
use crate::state::{today, use_app};

#[component]
pub fn DossierPage() -> impl IntoView {
    let id = use_pupil_id();
    view! { <PupilRecords><DossierScreen id=id.clone()/></PupilRecords> }
}

/// One section of the document: a heading and its lines, or "nothing recorded".
fn section(title: &'static str, testid: &'static str, lines: Vec<AnyView>, nothing: &'static str) -> impl IntoView {
    view! {
        <section class="report-section dossier-section" data-testid=testid>
            <h3>{title}</h3>
            {if lines.is_empty() {
                view! { <p class="muted">{nothing}</p> }.into_any()
            } else {
                view! { <ul class="report-list">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

fn document(records: Vec<Record>, lang: Lang, privacy: bool, vocabulary: crate::domain::grouping::SupportVocabulary) -> impl IntoView {
    let t = |k: RK| k.t(lang);
    let d = |x| date(lang, x);
    let mut pupil = None;
    let (mut goals, mut ms, mut notes, mut successes, mut reminders, mut moments, mut reflections, mut supports) =
        (vec![], vec![], vec![], vec![], vec![], vec![], vec![], vec![]);
    for r in records {
        match r {
            Record::Pupil(p) => pupil = Some(p),
            Record::Goal(g) => goals.push(g),
            Record::Measurement(m) => ms.push(m),
            Record::FeedbackNote(n) => notes.push(n),
            Record::Success(s) => successes.push(s),
            Record::Reminder(r) => reminders.push(r),
            Record::AttentionMoment(m) => moments.push(m),
            Record::Reflection(r) => reflections.push(r),
            Record::Support(s) => supports.push(s),
            _ => {}
        }
    }
    let Some(p) = pupil else { return ().into_any() };
    ms.sort_by_key(|m| m.date);
    notes.sort_by_key(|n| n.date);
    successes.sort_by_key(|s| s.date);
    reminders.sort_by_key(|r| r.due);
    moments.sort_by_key(|m| m.date);
    reflections.sort_by_key(|r| r.date);
    supports.sort_by_key(|s| s.from);
    let name = p.display_name(privacy);
    let row = |label: RK, value: String| view! { <div><dt>{t(label)}</dt><dd>{value}</dd></div> };
    let goal_lines: Vec<AnyView> = goals
        .iter()
        .map(|g| {
            let values: Vec<String> = ms
                .iter()
                .filter(|m| m.goal_id == g.id)
                .map(|m| format!("{}: {}", d(m.date), format_value(m.value, g.measure.unit, lang)))
                .collect();
            let line = format!(
                "{} · {} · {} → {} ({})",
                domain_name(g.domain, lang),
                measure_label(&g.measure, lang),
                g.start_point().map(|b| format_value(b.value, g.measure.unit, lang)).unwrap_or_default(),
                format_value(g.target, g.measure.unit, lang),
                d(g.target_date)
            );
            let changes: Vec<String> = g.approach_changes.iter().map(|a| format!("{} {}", d(a.on), a.label)).collect();
            let state = match g.state {
                GoalState::Active => String::new(),
                GoalState::Achieved { date: x } => format!(" · {} {}", t(RK::ReachedOn), d(x)),
                GoalState::Stopped { date: x, .. } => format!(" · {} {}", t(RK::Stopped), d(x)),
            };
            view! {
                <strong>{goal_title(g, lang)}</strong><br/>{line}{state}
                {(!values.is_empty()).then(|| view! { <br/><span class="muted">{format!("{}: {}", t(RK::DMeasurements), values.join("; "))}</span> })}
                {(!changes.is_empty()).then(|| view! { <br/><span class="muted">{format!("{}: {}", crate::i18n::goals::GK::ApproachTitle.t(lang), changes.join("; "))}</span> })}
            }
            .into_any()
        })
        .collect();
    let note_lines: Vec<AnyView> = notes
        .iter()
        .map(|n| {
            let mut parts = vec![format!("{}: {}", t(RK::Tops), n.tops.join("; "))];
            if !n.tips.is_empty() {
                parts.push(format!("{}: {}", t(RK::Tips), n.tips.join("; ")));
            }
            if !n.next_step.trim().is_empty() {
                parts.push(format!("{}: {}", t(RK::NextStep), n.next_step));
            }
            view! { <span class="report-date">{d(n.date)}</span>" "{parts.join(" · ")} }.into_any()
        })
        .collect();
    let success_lines = successes.iter().map(|s| view! { <span class="report-date">{d(s.date)}</span>" "{crate::i18n::feedback::success_text(lang, s)} }.into_any()).collect();
    let reminder_lines = reminders
        .iter()
        .map(|r| {
            let mut done = r.done_on.map(|x| format!(" ({} {})", t(RK::Done), d(x))).unwrap_or_default();
            if let Some(o) = r.owner {
                done.push_str(&format!(" · {}", crate::i18n::followup::owner_label(o, lang)));
            }
            view! { <span class="report-date">{d(r.due)}</span>" "{format!("{}{done}", r.title)} }.into_any()
        })
        .collect();
    let moment_lines = moments
        .iter()
        .map(|m| {
            let note = if m.note.trim().is_empty() { String::new() } else { format!(" · {}", m.note) };
            view! { <span class="report-date">{d(m.date)}</span>" "{format!("{}, {} min{note}", moment_kind_label(m.kind, lang), m.minutes)} }.into_any()
        })
        .collect();
    let reflection_lines = reflections
        .iter()
        .map(|r| view! { <span class="report-date">{d(r.date)}</span>" "{reflection_summary(r, false, lang)} }.into_any())
        .collect();
    let support_lines = supports
        .iter()
        .map(|s| {
            view! { <span class="report-date">{d(s.from)}</span>" "{support_line(s.subject, vocabulary, s.phase, &s.measures, lang)}}.into_any()
        })
        .collect();
    view! {
        <article class="report print-page dossier" data-testid="dossier-document" lang=lang.code()>
            <header class="report-header">
                <h2 class="report-title">{format!("{} – {name}", t(RK::Dossier))}</h2>
                <p class="report-meta">{d(today())}</p>
            </header>
            <section class="report-section dossier-section" data-testid="dossier-details">
                <h3>{t(RK::DossierDetails)}</h3>
                <dl class="dossier-details">
                    {row(RK::Name, name.clone())}
                    {(!p.nickname.is_empty() && !privacy).then(|| row(RK::Nickname, p.nickname.clone()))}
                    {row(RK::YearGroup, p.year_group.map(|y| year_group(lang, y)).unwrap_or_else(|| t(RK::SameAsClass).to_string()))}
                    {(!p.support_notes.trim().is_empty()).then(|| row(RK::Notes, p.support_notes.clone()))}
                    {row(RK::InGroeipadSince, d(p.created_on))}
                    {p.archived_on.map(|x| row(RK::ArchivedOn, d(x)))}
                </dl>
            </section>
            {section(t(RK::DSupport), "dossier-support", support_lines, t(RK::Nothing))}
            {section(t(RK::DGoals), "dossier-goals", goal_lines, t(RK::Nothing))}
            {section(t(RK::DFeedback), "dossier-feedback", note_lines, t(RK::Nothing))}
            {section(t(RK::Successes), "dossier-successes", success_lines, t(RK::Nothing))}
            {section(t(RK::DReflections), "dossier-reflections", reflection_lines, t(RK::Nothing))}
            {section(t(RK::DMoments), "dossier-moments", moment_lines, t(RK::Nothing))}
            {section(t(RK::DReminders), "dossier-reminders", reminder_lines, t(RK::Nothing))}
        </article>
    }
    .into_any()
}

#[component]
fn DossierScreen(id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    let pid = StoredValue::new(id.clone());
    let name = move || st.pupil_name(&pid.get_value());
    use_document_title(move || document_title(RK::Dossier, &name(), today(), st.lang.get()));
    let vocabulary = Memo::new(move |_| st.book.with_kinds(&["settings"], |b| b.settings().support_vocabulary));
    let save = move |_| save_dossier(st, pid.get_value());
    view! {
        <div class="page report-page" data-testid="dossier-page">
            <ReportHead back=Signal::derive(move || format!("/pupil/{}", pid.get_value())) who=Signal::derive(name)
                title=RK::Dossier intro=RK::DossierIntro>
                <div class="actions-row">
                    <button type="button" class="btn btn-primary" data-testid="dossier-export" on:click=save>{move || t(RK::DossierExport)}</button>
                    <PrintButton/>
                </div>
            </ReportHead>
            {move || {
                let records = st.book.with_pupil(&pid.get_value(), |b| b.dossier_records(&pid.get_value()));
                document(records, st.lang.get(), st.privacy.get(), vocabulary.get())
            }}
        </div>
    }
}
