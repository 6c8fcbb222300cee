//! The pupil profile for the support meeting (`/pupil/:id/profile`): one or two printed
//! pages with the support levels and their history, the goals of the period with their
//! charts (approach changes marked) and the decision rule's word, the attention minutes,
//! the latest reflections and what is still open; below it (not printed) the agreements of
//! the meeting go in as reminders with who carries them out and a date.

use leptos::prelude::*;

use crate::components::goals::chart::GoalChart;
use crate::components::record_frame::{use_pupil_id, PupilRecords};
use crate::components::reports::report_options::{period_of, use_document_title, PeriodFields, PrintButton, ReportHead};
use crate::components::util::{code_of, date_value, from_code, parse_date};
use crate::i18n::followup::owner_label;
use crate::domain::followup::{NewReminder, Owner, Reminder, ReminderSource, Repeat};
use crate::i18n::goals::goal_title;
use crate::i18n::goals::{advice_text, state_text};
use crate::domain::grouping::SupportVocabulary;
use crate::domain::reports::{Period, PupilProfile};
use crate::i18n::grouping::{phase_name, support_line};
use crate::i18n::reports::{document_title, profile_attention, reflection_summary, RK};
use crate::i18n::format::date;
use crate::i18n::{Lang, Text};
use crate::state::{new_id, today, use_app};

/// How far ahead an agreement is looked back on by default.
const AGREEMENT_DAYS: i64 = 14;

#[component]
pub fn PupilProfilePage() -> impl IntoView {
    let id = use_pupil_id();
    view! { <PupilRecords><PupilProfileScreen id=id.clone()/></PupilRecords> }
}

fn support_lines(p: &PupilProfile, vocabulary: SupportVocabulary, lang: Lang) -> Vec<String> {
    let t = |k: RK| k.t(lang);
    p.support
        .iter()
        .map(|s| {
            let mut line = support_line(s.subject, vocabulary, s.phase, &s.measures, lang);
            if let Some(since) = s.since {
                line.push_str(&format!(", {} {}", crate::i18n::grouping::GroupK::Since.t(lang), date(lang, since)));
            }
            if !s.earlier.is_empty() {
                let earlier: Vec<String> =
                    s.earlier.iter().map(|e| format!("{} ({})", phase_name(vocabulary, e.phase, lang), date(lang, e.from))).collect();
                line.push_str(&format!("; {}: {}", t(RK::Earlier), earlier.join(", ")));
            }
            line
        })
        .collect()
}

fn profile_document(p: PupilProfile, open: Vec<Reminder>, vocabulary: SupportVocabulary, lang: Lang, privacy: bool) -> impl IntoView {
    let t = |k: RK| k.t(lang);
    let name = p.pupil.display_name(privacy);
    let class = p.class.as_ref().map(|c| format!("{} {} · ", t(RK::Class), c.name)).unwrap_or_default();
    let meta = format!("{class}{} {} – {}", t(RK::Period), date(lang, p.period.from), date(lang, p.period.to));
    let support = support_lines(&p, vocabulary, lang);
    view! {
        <article class="report print-page" data-testid="pupil-profile">
            <header class="report-header">
                <h2 class="report-title">{format!("{} – {name}", t(RK::ProfileTitle))}</h2>
                <p class="report-meta">{meta}</p>
            </header>
            <section class="report-section print-block" data-testid="profile-support">
                <h3>{t(RK::DSupport)}</h3>
                <ul class="report-list">{support.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            </section>
            <section class="report-section" data-testid="profile-goals">
                <h3>{t(RK::GoalsProgress)}</h3>
                {if p.goals.is_empty() { Some(view! { <p class="muted">{t(RK::NoGoalsInPeriod)}</p> }) } else { None }}
                {p.goals.into_iter().map(|g| view! {
                    <section class="report-goal print-block" data-testid="profile-goal">
                        <h4>{goal_title(&g.goal, lang)}</h4>
                        <p class="report-goal-status">{state_text(&g.goal.state, lang)}</p>
                        <GoalChart goal=Signal::stored(g.goal.clone()) measurements=Signal::stored(g.measurements.clone())/>
                        {g.advice.map(|a| view! { <p class="report-next" data-testid="profile-advice"><strong>{format!("{}: ", t(RK::Advice))}</strong>{advice_text(a, lang)}</p> })}
                    </section>
                }).collect_view()}
            </section>
            <section class="report-section print-block" data-testid="profile-attention">
                <h3>{t(RK::Attention)}</h3>
                <p>{if p.attention.moments == 0 { t(RK::NoAttention).to_string() } else { profile_attention(&p.attention, lang) }}</p>
            </section>
            <section class="report-section print-block" data-testid="profile-reflections">
                <h3>{t(RK::DReflections)}</h3>
                {if p.reflections.is_empty() {
                    view! { <p class="muted">{t(RK::NoReflections)}</p> }.into_any()
                } else {
                    view! { <ul class="report-list">{p.reflections.into_iter().map(|r| view! {
                        <li><span class="report-date">{date(lang, r.date)}</span>" "{reflection_summary(&r, true, lang)}</li>
                    }).collect_view()}</ul> }.into_any()
                }}
            </section>
            <section class="report-section print-block" data-testid="profile-open">
                <h3>{t(RK::OpenFollowUps)}</h3>
                {if open.is_empty() {
                    view! { <p class="muted">{t(RK::NothingOpen)}</p> }.into_any()
                } else {
                    view! { <ul class="report-list">{open.into_iter().map(|r| view! {
                        <li data-testid="profile-open-item">
                            <span class="report-date">{date(lang, r.due)}</span>" "{r.title}
                            {r.owner.map(|o| format!(" ({})", owner_label(o, lang)))}
                        </li>
                    }).collect_view()}</ul> }.into_any()
                }}
            </section>
        </article>
    }
}

/// The agreements of the meeting: text, who, when; each becomes a reminder.
#[component]
fn Agreements(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(Owner::Teacher);
    let due = RwSignal::new(date_value(today() + chrono::Duration::days(AGREEMENT_DAYS)));
    let error = RwSignal::new(None::<String>);
    let pid = StoredValue::new(pupil_id);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(day) = parse_date(&due.get_untracked()) else {
            error.set(Some(t(RK::InvalidDate).into()));
            return;
        };
        let new = NewReminder {
            id: new_id(),
            source: ReminderSource::Free,
            pupil_id: Some(pid.get_value()),
            title: text.get_untracked(),
            due: day,
            repeat: Repeat::None,
        };
        match st.run(|b| b.add_agreement(new, owner.get_untracked(), today())) {
            Ok(()) => {
                text.set(String::new());
                error.set(None);
                st.toast(t(RK::AgreementAdded).into(), false, None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="card no-print agreements" aria-labelledby="agreements-title" data-testid="agreements">
            <h2 id="agreements-title">{move || t(RK::AgreementsTitle)}</h2>
            <p class="help">{move || t(RK::AgreementsHelp)}</p>
            <form on:submit=add data-testid="agreement-form">
                <div class="field">
                    <label for="agreement-text">{move || t(RK::Agreement)}</label>
                    <input id="agreement-text" type="text" maxlength="200" autocomplete="off" placeholder=move || t(RK::AgreementPlaceholder)
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) aria-describedby="agreement-error"/>
                </div>
                <fieldset class="report-fieldset">
                    <legend>{move || t(RK::Owner)}</legend>
                    <div class="owner-choice">
                        {Owner::ALL.into_iter().map(|o| {
                            let id = format!("owner-{}", code_of(&o));
                            let pick = move |ev: leptos::ev::Event| {
                                if let Some(v) = from_code::<Owner>(&event_target_value(&ev)) {
                                    owner.set(v);
                                }
                            };
                            view! {
                                <label class="owner-option" for=id.clone()>
                                    <input type="radio" name="agreement-owner" id=id.clone() value=code_of(&o) data-testid="agreement-owner"
                                        prop:checked=move || owner.get() == o
                                        on:change=pick/>
                                    {move || owner_label(o, st.lang.get())}
                                </label>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
                <div class="agreement-row">
                    <div class="field">
                        <label for="agreement-due">{move || t(RK::Due)}</label>
                        <input id="agreement-due" type="date" data-testid="agreement-due" prop:value=move || due.get()
                            on:change=move |ev| due.set(event_target_value(&ev)) aria-describedby="agreement-error"/>
                    </div>
                    <button type="submit" class="btn btn-primary" data-testid="add-agreement">{move || t(RK::AddAgreement)}</button>
                </div>
            </form>
            <p id="agreement-error" class="field-error" role="alert" data-testid="agreement-error">{move || error.get()}</p>
        </section>
    }
}

#[component]
fn PupilProfileScreen(id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    let pid = StoredValue::new(id.clone());
    let name = move || st.pupil_name(&pid.get_value());
    use_document_title(move || document_title(RK::ProfileTitle, &name(), today(), st.lang.get()));
    let p = Period::default_for(today());
    let (from, to) = (RwSignal::new(date_value(p.from)), RwSignal::new(date_value(p.to)));
    let period = move || period_of(&from.get(), &to.get(), st.lang.get());
    let vocabulary = Memo::new(move |_| st.book.with_kinds(&["settings"], |b| b.settings().support_vocabulary));
    view! {
        <div class="page report-page" data-testid="pupil-profile-page">
            <ReportHead back=Signal::derive(move || format!("/pupil/{}", pid.get_value())) who=Signal::derive(name)
                title=RK::PupilProfile intro=RK::ProfileIntro/>
            <section class="card no-print" aria-labelledby="profile-period-title">
                <h2 id="profile-period-title">{move || t(RK::Period)}</h2>
                <div class="report-period"><PeriodFields from=from to=to/></div>
                <p id="report-period-error" class="field-error" role="alert" data-testid="report-period-error">{move || period().err()}</p>
                <div class="actions-row"><PrintButton/></div>
            </section>
            <div class="report-preview">
                {move || {
                    let Ok(period) = period() else { return None };
                    let lang = st.lang.get();
                    let (profile, open) = st.book.with_pupil(&pid.get_value(), |b| {
                        (b.pupil_profile(&pid.get_value(), &period), b.open_reminders_of(&pid.get_value(), lang))
                    });
                    profile.map(|p| profile_document(p, open, vocabulary.get(), lang, st.privacy.get()))
                }}
            </div>
            <Agreements pupil_id=id.clone()/>
        </div>
    }
}
