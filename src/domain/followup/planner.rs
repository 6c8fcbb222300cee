//! The weekly planner: whom to see next within the teacher's time budget, and the
//! overload warning when a plan exceeds it (pitfall "overbelasting").
//!
//! Owns `propose` and `check_plan`. Must not touch texts (reasons are typed; see
//! `crate::i18n::followup::reason_text`) or storage.
//!
//! Order of choice, each pupil once:
//! 1. overdue follow-ups (earliest overdue date first, then most overdue reminders);
//! 2. pupils not seen: never seen first, then the oldest last moment (threshold in school
//!    days, default 10);
//! 3. follow-ups due later this week (earliest first);
//! 4. everybody else by the aim: Equal → fewest minutes in the last 4 weeks first;
//!    Compensating → higher support level first, then fewest minutes.
//!
//! Under a compensating aim, ties in steps 1–3 also go to the higher support level, and a
//! session lasts the default minutes × the level's weight (rounded, 1–240). Items are
//! taken greedily while they fit; an urgent pupil (steps 1–2) who does not fit is listed
//! in `not_planned` so the teacher sees what the budget leaves out.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::cmp::{Ordering, Reverse};
use std::collections::{HashMap, HashSet};

use super::attention::{
    class_stats, longest_not_seen_order, AttentionMoment, AttentionPupil, PupilStats, SupportLevel,
    DEFAULT_NOT_SEEN_THRESHOLD, MAX_MOMENT_MINUTES,
};
use super::calendar::SchoolCalendar;
use super::distribution::AttentionAim;
use super::reminder_list::end_of_iso_week;
use super::reminders::Reminder;

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannerSettings {
    pub aim: AttentionAim,
    /// Minutes the teacher has for individual moments this week.
    pub budget_minutes: u32,
    pub default_minutes_per_session: u16,
    #[serde(default = "default_threshold")]
    pub not_seen_threshold: u32,
}

fn default_threshold() -> u32 {
    DEFAULT_NOT_SEEN_THRESHOLD
}

impl Default for PlannerSettings {
    fn default() -> Self {
        Self {
            aim: AttentionAim::Equal,
            budget_minutes: 60,
            default_minutes_per_session: 10,
            not_seen_threshold: DEFAULT_NOT_SEEN_THRESHOLD,
        }
    }
}

/// Why a pupil is in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Reason {
    /// This many open follow-ups are overdue.
    OverdueFollowUp(u32),
    /// This many open follow-ups are due from today to Sunday.
    FollowUpThisWeek(u32),
    NeverSeen,
    /// Not seen for this many school days (at or above the threshold).
    NotSeenFor(u32),
    /// Compensating aim: this pupil needs more support.
    HigherSupport(SupportLevel),
    /// Equal aim: fewer minutes than the class average in the last 4 weeks.
    FewMinutesLately(u32),
    /// Nothing urgent: the last moment was this many school days ago.
    LastSeen(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub pupil_id: String,
    pub minutes: u16,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub items: Vec<PlanItem>,
    pub total: u32,
    pub budget: u32,
    /// Urgent pupils (overdue follow-up or not seen) that did not fit the budget.
    #[serde(default)]
    pub not_planned: Vec<PlanItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PlanError {
    #[error("minutes per session must be between 1 and {max}, got {got}")]
    SessionMinutesOutOfRange { got: u16, max: u16 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanCheck {
    WithinBudget,
    OverBudget { by: u32 },
}

/// Whether a (possibly hand-edited) plan fits the budget.
pub fn check_plan(items: &[PlanItem], budget: u32) -> PlanCheck {
    let total = items
        .iter()
        .fold(0u32, |t, i| t.saturating_add(u32::from(i.minutes)));
    if total > budget {
        PlanCheck::OverBudget { by: total - budget }
    } else {
        PlanCheck::WithinBudget
    }
}

/// A pupil's open follow-ups up to the end of this week.
#[derive(Clone, Copy, Default)]
struct FollowUps {
    overdue: u32,
    first_overdue: Option<NaiveDate>,
    this_week: u32,
    first_this_week: Option<NaiveDate>,
}

struct Candidate {
    stats: PupilStats,
    tier: u8,
    overdue: u32,
    first_overdue: Option<NaiveDate>,
    first_this_week: Option<NaiveDate>,
    minutes: u16,
    reasons: Vec<Reason>,
}

fn to_u32(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

fn compare(a: &Candidate, b: &Candidate, compensating: bool) -> Ordering {
    let support = |c: &Candidate| {
        if compensating {
            Reverse(c.stats.support)
        } else {
            Reverse(SupportLevel::Basis)
        }
    };
    let never = |c: &Candidate| c.stats.last_date.is_some();
    let by_tier = match a.tier {
        0 => a
            .first_overdue
            .cmp(&b.first_overdue)
            .then_with(|| b.overdue.cmp(&a.overdue))
            .then_with(|| support(a).cmp(&support(b))),
        1 => never(a)
            .cmp(&never(b))
            .then_with(|| a.stats.last_date.cmp(&b.stats.last_date))
            .then_with(|| support(a).cmp(&support(b))),
        2 => a
            .first_this_week
            .cmp(&b.first_this_week)
            .then_with(|| support(a).cmp(&support(b))),
        _ => support(a).cmp(&support(b)).then_with(|| {
            a.stats
                .minutes_last_4_weeks
                .cmp(&b.stats.minutes_last_4_weeks)
        }),
    };
    a.tier
        .cmp(&b.tier)
        .then(by_tier)
        .then_with(|| longest_not_seen_order(&a.stats, &b.stats))
}

/// Proposes this week's individual moments within the budget.
pub fn propose(
    pupils: &[AttentionPupil],
    moments: &[AttentionMoment],
    reminders: &[Reminder],
    settings: &PlannerSettings,
    today: NaiveDate,
    calendar: &SchoolCalendar,
) -> Result<Proposal, PlanError> {
    let session = settings.default_minutes_per_session;
    if !(1..=MAX_MOMENT_MINUTES).contains(&session) {
        return Err(PlanError::SessionMinutesOutOfRange {
            got: session,
            max: MAX_MOMENT_MINUTES,
        });
    }
    let aim = settings.aim;
    let week_end = end_of_iso_week(today);
    let mut follow: HashMap<&str, FollowUps> = HashMap::new();
    for r in reminders
        .iter()
        .filter(|r| r.is_open() && r.due <= week_end)
    {
        let Some(pupil) = r.pupil_id.as_deref() else {
            continue;
        };
        let entry = follow.entry(pupil).or_default();
        if r.due < today {
            entry.overdue += 1;
            entry.first_overdue = Some(entry.first_overdue.map_or(r.due, |d| d.min(r.due)));
        } else {
            entry.this_week += 1;
            entry.first_this_week = Some(entry.first_this_week.map_or(r.due, |d| d.min(r.due)));
        }
    }
    let mut seen_ids = HashSet::new();
    let unique: Vec<AttentionPupil> = pupils
        .iter()
        .filter(|p| seen_ids.insert(p.id.as_str()))
        .cloned()
        .collect();
    let stats = class_stats(&unique, moments, today, calendar);
    let average = if stats.is_empty() {
        0
    } else {
        stats
            .iter()
            .map(|s| u64::from(s.minutes_last_4_weeks))
            .sum::<u64>()
            / stats.len() as u64
    };
    let mut candidates: Vec<Candidate> = stats
        .into_iter()
        .map(|stats| {
            let FollowUps {
                overdue,
                first_overdue,
                this_week,
                first_this_week,
            } = follow
                .get(stats.pupil_id.as_str())
                .copied()
                .unwrap_or_default();
            let not_seen = stats.is_not_seen(settings.not_seen_threshold);
            let tier = if overdue > 0 {
                0
            } else if not_seen {
                1
            } else if this_week > 0 {
                2
            } else {
                3
            };
            let mut reasons = Vec::new();
            if overdue > 0 {
                reasons.push(Reason::OverdueFollowUp(overdue));
            }
            if this_week > 0 {
                reasons.push(Reason::FollowUpThisWeek(this_week));
            }
            match stats.school_days_since {
                None => reasons.push(Reason::NeverSeen),
                Some(days) if not_seen => reasons.push(Reason::NotSeenFor(to_u32(days))),
                _ => {}
            }
            if aim.is_compensating() && stats.support > SupportLevel::Basis {
                reasons.push(Reason::HigherSupport(stats.support));
            }
            if tier == 3
                && !aim.is_compensating()
                && u64::from(stats.minutes_last_4_weeks) < average
            {
                reasons.push(Reason::FewMinutesLately(stats.minutes_last_4_weeks));
            }
            if reasons.is_empty() {
                reasons.push(Reason::LastSeen(to_u32(
                    stats.school_days_since.unwrap_or_default(),
                )));
            }
            let scaled = (f64::from(session) * aim.weight(stats.support)).round();
            let minutes = if scaled >= f64::from(MAX_MOMENT_MINUTES) {
                MAX_MOMENT_MINUTES
            } else {
                (scaled as u16).max(1)
            };
            Candidate {
                stats,
                tier,
                overdue,
                first_overdue,
                first_this_week,
                minutes,
                reasons,
            }
        })
        .collect();
    let compensating = aim.is_compensating();
    candidates.sort_by(|a, b| compare(a, b, compensating));

    let budget = settings.budget_minutes;
    let mut proposal = Proposal {
        items: Vec::new(),
        total: 0,
        budget,
        not_planned: Vec::new(),
    };
    for c in candidates {
        let item = PlanItem {
            pupil_id: c.stats.pupil_id,
            minutes: c.minutes,
            reasons: c.reasons,
        };
        let after = proposal.total.saturating_add(u32::from(c.minutes));
        if after <= budget {
            proposal.total = after;
            proposal.items.push(item);
        } else if c.tier <= 1 {
            proposal.not_planned.push(item);
        }
    }
    Ok(proposal)
}

#[cfg(test)]
mod tests {
    use super::super::reminders::{ReminderSource, Repeat};
    use super::*;

    use crate::domain::test_kit::d;

    use super::super::test_kit::{moment, pupil};

    fn reminder(pupil_id: Option<&str>, due: NaiveDate, done: bool) -> Reminder {
        Reminder {
            id: format!("r{due}"),
            source: ReminderSource::Session {
                session_id: "s".into(),
            },
            pupil_id: pupil_id.map(Into::into),
            title: "opvolgen".into(),
            due,
            repeat: Repeat::None,
            done_on: done.then_some(due),
            snoozed_from: None,
            anchor: None,
            minutes: None,
            owner: None,
        }
    }

    const TODAY: (i32, u32, u32) = (2025, 3, 12); // Wednesday

    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }

    fn setup() -> (Vec<AttentionPupil>, Vec<AttentionMoment>, Vec<Reminder>) {
        let pupils = vec![
            pupil("e", "Eva", SupportLevel::Basis),
            pupil("f", "Finn", SupportLevel::Extra),
            pupil("d", "Dewi", SupportLevel::Extra),
            pupil("c", "Cas", SupportLevel::Basis),
            pupil("b", "Bram", SupportLevel::Intensive),
            pupil("a", "Anna", SupportLevel::Basis),
            pupil("a", "Anna again", SupportLevel::Basis), // duplicate id: planned once
        ];
        let moments = vec![
            moment("a", d(2025, 3, 11), 10),
            moment("c", d(2025, 2, 20), 10),
            moment("d", d(2025, 3, 11), 10),
            moment("e", d(2025, 3, 10), 30),
            moment("f", d(2025, 3, 11), 5),
        ];
        let reminders = vec![
            reminder(Some("a"), d(2025, 3, 10), false),
            reminder(Some("d"), d(2025, 3, 14), false),
            reminder(Some("e"), d(2025, 3, 3), true), // done: ignored
            reminder(None, d(2025, 3, 3), false),     // no pupil: ignored
            reminder(Some("f"), d(2025, 3, 17), false), // next week: ignored
        ];
        (pupils, moments, reminders)
    }

    fn settings(aim: AttentionAim, budget: u32) -> PlannerSettings {
        PlannerSettings {
            aim,
            budget_minutes: budget,
            ..PlannerSettings::default()
        }
    }

    fn ids(items: &[PlanItem]) -> Vec<&str> {
        items.iter().map(|i| i.pupil_id.as_str()).collect()
    }

    #[test]
    fn equal_aim_order_and_reasons() {
        let (p, m, r) = setup();
        let cal = SchoolCalendar::default();
        let got = propose(
            &p,
            &m,
            &r,
            &settings(AttentionAim::Equal, 100),
            today(),
            &cal,
        )
        .unwrap();
        assert_eq!(ids(&got.items), ["a", "b", "c", "d", "f", "e"]);
        let reasons: Vec<Vec<Reason>> = got.items.iter().map(|i| i.reasons.clone()).collect();
        assert_eq!(
            reasons,
            [
                vec![Reason::OverdueFollowUp(1)],
                vec![Reason::NeverSeen],
                vec![Reason::NotSeenFor(14)],
                vec![Reason::FollowUpThisWeek(1)],
                vec![Reason::FewMinutesLately(5)],
                vec![Reason::LastSeen(2)],
            ]
        );
        assert!(got.items.iter().all(|i| i.minutes == 10));
        assert_eq!((got.total, got.budget), (60, 100));
        assert!(got.not_planned.is_empty());
        assert_eq!(check_plan(&got.items, got.budget), PlanCheck::WithinBudget);
    }

    #[test]
    fn budget_cuts_and_reports_urgent_leftovers() {
        let (p, m, r) = setup();
        let cal = SchoolCalendar::default();
        let got = propose(
            &p,
            &m,
            &r,
            &settings(AttentionAim::Equal, 25),
            today(),
            &cal,
        )
        .unwrap();
        assert_eq!(ids(&got.items), ["a", "b"]);
        assert_eq!(got.total, 20);
        assert_eq!(ids(&got.not_planned), ["c"]);
        let none = propose(&p, &m, &r, &settings(AttentionAim::Equal, 0), today(), &cal).unwrap();
        assert!(none.items.is_empty());
        assert_eq!(ids(&none.not_planned), ["a", "b", "c"]);
    }

    #[test]
    fn compensating_aim_gives_more_time_to_more_support() {
        let (p, m, r) = setup();
        let cal = SchoolCalendar::default();
        let got = propose(
            &p,
            &m,
            &r,
            &settings(AttentionAim::compensating(), 200),
            today(),
            &cal,
        )
        .unwrap();
        assert_eq!(ids(&got.items), ["a", "b", "c", "d", "f", "e"]);
        let minutes: Vec<u16> = got.items.iter().map(|i| i.minutes).collect();
        assert_eq!(minutes, [10, 20, 10, 15, 15, 10]);
        assert_eq!(
            got.items[1].reasons,
            [
                Reason::NeverSeen,
                Reason::HigherSupport(SupportLevel::Intensive)
            ]
        );
        assert_eq!(
            got.items[4].reasons,
            [Reason::HigherSupport(SupportLevel::Extra)]
        );
        assert_eq!(got.total, 80);
        // Among pupils never seen, the higher support level goes first only under this aim.
        let pupils = vec![
            pupil("h", "Aaron", SupportLevel::Basis),
            pupil("g", "Zara", SupportLevel::Intensive),
        ];
        let eq = propose(
            &pupils,
            &[],
            &[],
            &settings(AttentionAim::Equal, 100),
            today(),
            &cal,
        )
        .unwrap();
        assert_eq!(ids(&eq.items), ["h", "g"]);
        let comp = propose(
            &pupils,
            &[],
            &[],
            &settings(AttentionAim::compensating(), 100),
            today(),
            &cal,
        )
        .unwrap();
        assert_eq!(ids(&comp.items), ["g", "h"]);
    }

    #[test]
    fn session_minutes_validate_and_check_plan() {
        let cal = SchoolCalendar::default();
        for bad in [0u16, 241] {
            let s = PlannerSettings {
                default_minutes_per_session: bad,
                ..PlannerSettings::default()
            };
            assert_eq!(
                propose(&[], &[], &[], &s, today(), &cal),
                Err(PlanError::SessionMinutesOutOfRange { got: bad, max: 240 })
            );
        }
        let item = |m| PlanItem {
            pupil_id: "x".into(),
            minutes: m,
            reasons: vec![],
        };
        let cases = [
            (vec![], 0, PlanCheck::WithinBudget),
            (vec![item(30), item(30)], 60, PlanCheck::WithinBudget),
            (
                vec![item(30), item(31)],
                60,
                PlanCheck::OverBudget { by: 1 },
            ),
            (vec![item(5)], 0, PlanCheck::OverBudget { by: 5 }),
        ];
        for (items, budget, want) in cases {
            assert_eq!(check_plan(&items, budget), want);
        }
        let json = r#"{"aim":"Equal","budget_minutes":30,"default_minutes_per_session":5}"#;
        let s: PlannerSettings = serde_json::from_str(json).unwrap();
        assert_eq!(s.not_seen_threshold, DEFAULT_NOT_SEEN_THRESHOLD);
    }
}
