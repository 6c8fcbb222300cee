//! The parent report of one pupil, and the class report (one parent report per pupil).
//!
//! Order follows the seed: the pupil's successes first, then each chosen goal in the
//! pupil's own words with its progress, what went well and the next step, then what
//! parents can do at home. Support notes, corrective feedback tips and attention minutes
//! appear only when the teacher explicitly adds them.

use chrono::{Duration, NaiveDate};

use crate::domain::feedback::{Domain as TipDomain, Part, Success, Template};
use crate::domain::goals::{Domain as GoalDomain, Goal, GoalState, Measurement};
use crate::domain::model::{Class, Pupil};
use crate::domain::records::Book;

/// The default report period: the last twelve weeks (about one report term).
pub const DEFAULT_PERIOD_WEEKS: i64 = 12;
/// Longest period a report covers: two school years.
pub const MAX_PERIOD_DAYS: i64 = 2 * 366;

/// The days a report covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a chosen period cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("the period ends before it starts")]
    EndsBeforeStart,
    #[error("the period is longer than two school years")]
    TooLong,
}

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodError> {
        if to < from {
            return Err(PeriodError::EndsBeforeStart);
        }
        if (to - from).num_days() > MAX_PERIOD_DAYS {
            return Err(PeriodError::TooLong);
        }
        Ok(Period { from, to })
    }

    /// The last twelve weeks up to today.
    pub fn default_for(today: NaiveDate) -> Period {
        Period { from: today - Duration::weeks(DEFAULT_PERIOD_WEEKS), to: today }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }
}

/// What the teacher chose for a report.
#[derive(Clone, Debug, PartialEq)]
pub struct ParentChoices {
    pub period: Period,
    /// The goals to show, by id; `None`: the usual ones (active, or reached in the period).
    pub goals: Option<Vec<String>>,
    /// Ids of the chosen tips for home (built-in or the teacher's own templates).
    pub home_tips: Vec<String>,
    /// Add the support notes (they can hold health data: off unless chosen).
    pub support_notes: bool,
    /// Add the corrective feedback tips of the period.
    pub feedback_tips: bool,
    /// Add the minutes of individual attention in the period.
    pub attention: bool,
}

impl ParentChoices {
    pub fn new(period: Period) -> ParentChoices {
        ParentChoices { period, goals: None, home_tips: vec![], support_notes: false, feedback_tips: false, attention: false }
    }
}

/// A line of text with its date (a top, a next step, a tip).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedText {
    pub date: NaiveDate,
    pub text: String,
}

/// One goal in the report.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalPart {
    pub goal: Goal,
    /// Its measurements up to the end of the period, oldest first (the chart).
    pub measurements: Vec<Measurement>,
    /// The day it was reached, when it was.
    pub reached_on: Option<NaiveDate>,
    /// Tops of the period's feedback on this goal, oldest first.
    pub tops: Vec<DatedText>,
    /// The latest next step of the period's feedback on this goal.
    pub next_step: Option<DatedText>,
}

/// One line under "what you can do at home".
#[derive(Clone, Debug, PartialEq)]
pub enum HomeLine {
    /// What the goal agreed for home (the wizard's "who does what").
    FromGoal { goal_id: String, text: String },
    /// A chosen tip; the page shows it in the report's language.
    Tip(Template),
}

/// Everything one parent report shows, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct ParentReport {
    pub pupil: Pupil,
    pub class: Option<Class>,
    pub period: Period,
    /// The period's successes, oldest first.
    pub successes: Vec<Success>,
    pub goals: Vec<GoalPart>,
    /// Tops of the period's feedback not about a goal in the report, oldest first.
    pub tops: Vec<DatedText>,
    /// The latest next step of the period's feedback not about a goal in the report.
    pub next_step: Option<DatedText>,
    pub home: Vec<HomeLine>,
    /// Only when chosen (and not empty).
    pub support_notes: Option<String>,
    /// Only when chosen; oldest first.
    pub feedback_tips: Option<Vec<DatedText>>,
    /// Only when chosen: minutes of individual attention in the period.
    pub attention_minutes: Option<u32>,
}

impl ParentReport {
    /// Nothing about learning in the period: the page says so kindly instead of an empty page.
    pub fn has_no_learning(&self) -> bool {
        self.successes.is_empty() && self.goals.is_empty() && self.tops.is_empty() && self.next_step.is_none()
    }
}

/// The template subject of tips for a goal's subject.
pub fn tip_domain(domain: GoalDomain) -> TipDomain {
    match domain {
        GoalDomain::Reading => TipDomain::Reading,
        GoalDomain::Maths => TipDomain::Maths,
        GoalDomain::Spelling => TipDomain::Spelling,
        GoalDomain::Writing => TipDomain::Writing,
        GoalDomain::SocialEmotional => TipDomain::SocialEmotional,
        GoalDomain::WorkHabits => TipDomain::WorkHabits,
        GoalDomain::Other => TipDomain::General,
    }
}

/// The day a goal ended (reached or stopped), if it did.
fn ended_on(goal: &Goal) -> Option<NaiveDate> {
    match goal.state {
        GoalState::Active => None,
        GoalState::Achieved { date } | GoalState::Stopped { date, .. } => Some(date),
    }
}

/// A goal ran during the period: made before its end, and not ended before its start.
fn ran_during(goal: &Goal, period: &Period) -> bool {
    goal.created_on <= period.to && ended_on(goal).is_none_or(|d| d >= period.from)
}

/// Whether a goal is in the report unless the teacher says otherwise: active, or reached
/// in the period. A stopped goal is offered but not chosen.
fn usual(goal: &Goal, period: &Period) -> bool {
    match goal.state {
        GoalState::Active => goal.created_on <= period.to,
        GoalState::Achieved { date } => period.contains(date),
        GoalState::Stopped { .. } => false,
    }
}

/// A tip fits a report when it is general or about the subject of one of its goals.
fn tip_fits(tip: &Template, goals: &[&Goal]) -> bool {
    tip.domain == TipDomain::General || goals.iter().any(|g| tip_domain(g.domain) == tip.domain)
}

impl Book {
    /// The goals a teacher can pick for a report over `period`, with whether each is in
    /// it by default; in the order of the pupil page.
    pub fn report_goals_on_offer(&self, pupil_id: &str, period: &Period) -> Vec<(&Goal, bool)> {
        self.goals_of(pupil_id).into_iter().filter(|g| ran_during(g, period)).map(|g| (g, usual(g, period))).collect()
    }

    /// Tips for home that fit these goals (their subjects, and general ones): built-in
    /// first, then the teacher's own.
    pub fn home_tips_on_offer(&self, goals: &[&Goal]) -> Vec<Template> {
        self.all_templates().into_iter().filter(|t| t.part == Part::HomeTip && tip_fits(t, goals)).collect()
    }

    /// The parent report of one pupil, or `None` when the pupil no longer exists.
    pub fn parent_report(&self, pupil_id: &str, choices: &ParentChoices) -> Option<ParentReport> {
        let pupil = self.pupil(pupil_id)?.clone();
        let period = choices.period;
        // Only goals that ran in the period, whatever was picked for another period.
        let chosen: Vec<&Goal> = self
            .report_goals_on_offer(pupil_id, &period)
            .into_iter()
            .filter(|(g, on)| choices.goals.as_ref().map_or(*on, |ids| ids.contains(&g.id)))
            .map(|(g, _)| g)
            .collect();
        let in_report = |goal_id: &Option<String>| goal_id.as_ref().is_some_and(|id| chosen.iter().any(|g| &g.id == id));

        let mut notes: Vec<_> = self.notes_of(pupil_id).into_iter().filter(|n| period.contains(n.date)).collect();
        notes.reverse(); // oldest first
        let tops_of = |goal: Option<&str>| -> Vec<DatedText> {
            notes
                .iter()
                .filter(|n| match goal {
                    Some(id) => n.goal_id.as_deref() == Some(id),
                    None => !in_report(&n.goal_id),
                })
                .flat_map(|n| n.tops.iter().map(|t| DatedText { date: n.date, text: t.clone() }))
                .collect()
        };
        let next_of = |goal: Option<&str>| -> Option<DatedText> {
            notes
                .iter()
                .rev()
                .filter(|n| !n.next_step.trim().is_empty())
                .find(|n| match goal {
                    Some(id) => n.goal_id.as_deref() == Some(id),
                    None => !in_report(&n.goal_id),
                })
                .map(|n| DatedText { date: n.date, text: n.next_step.clone() })
        };

        let goals: Vec<GoalPart> = chosen
            .iter()
            .map(|g| GoalPart {
                goal: (*g).clone(),
                measurements: self.measurements_of(&g.id).into_iter().filter(|m| m.date <= period.to).collect(),
                reached_on: match g.state {
                    GoalState::Achieved { date } => Some(date),
                    _ => None,
                },
                tops: tops_of(Some(&g.id)),
                next_step: next_of(Some(&g.id)),
            })
            .collect();

        let mut successes: Vec<Success> =
            self.successes_of(pupil_id).into_iter().filter(|s| period.contains(s.date)).cloned().collect();
        successes.reverse();

        let mut home: Vec<HomeLine> = chosen
            .iter()
            .flat_map(|g| {
                g.home_actions
                    .iter()
                    .filter(|a| !a.trim().is_empty())
                    .map(|a| HomeLine::FromGoal { goal_id: g.id.clone(), text: a.trim().to_string() })
            })
            .collect();
        let all_tips = self.all_templates();
        home.extend(
            choices
                .home_tips
                .iter()
                .filter_map(|id| all_tips.iter().find(|t| &t.id == id && t.part == Part::HomeTip))
                .filter(|t| tip_fits(t, &chosen))
                .cloned()
                .map(HomeLine::Tip),
        );

        let support_notes = (choices.support_notes && !pupil.support_notes.trim().is_empty()).then(|| pupil.support_notes.clone());
        let feedback_tips = choices.feedback_tips.then(|| {
            notes.iter().flat_map(|n| n.tips.iter().map(|t| DatedText { date: n.date, text: t.clone() })).collect()
        });
        let attention_minutes = choices.attention.then(|| {
            self.moments.iter().filter(|m| m.pupil_id == pupil_id && period.contains(m.date)).map(|m| u32::from(m.minutes)).sum()
        });
        Some(ParentReport {
            class: self.class(&pupil.class_id).cloned(),
            pupil,
            period,
            successes,
            tops: tops_of(None),
            next_step: next_of(None),
            goals,
            home,
            support_notes,
            feedback_tips,
            attention_minutes,
        })
    }

    /// The class report: one parent report per active pupil, in name order, each with its
    /// usual goals; a chosen tip for home goes to every pupil it fits.
    pub fn class_report(&self, class_id: &str, choices: &ParentChoices) -> Vec<ParentReport> {
        let per_pupil = ParentChoices { goals: None, ..choices.clone() };
        self.pupils_of(class_id, false).into_iter().filter_map(|p| self.parent_report(&p.id, &per_pupil)).collect()
    }

    /// Tips for home that fit any pupil's usual goals in a class report.
    pub fn class_home_tips_on_offer(&self, class_id: &str, period: &Period) -> Vec<Template> {
        let goals: Vec<&Goal> = self
            .pupils_of(class_id, false)
            .into_iter()
            .flat_map(|p| self.report_goals_on_offer(&p.id, period))
            .filter(|(_, on)| *on)
            .map(|(g, _)| g)
            .collect();
        self.home_tips_on_offer(&goals)
    }
}

#[cfg(test)]
#[path = "parent_tests.rs"]
pub(crate) mod tests;
