//! The pupil profile for the support meeting (leerlingbespreking, MDO, klassenraad): one
//! or two pages instead of a whole dossier. Support levels per subject with their history,
//! the goals of the period with their charts (approach changes marked) and what the
//! decision rules say, the attention minutes of the period, and the pupil's latest
//! reflections in their own words. The open follow-ups come from the follow-up feature.

use crate::domain::followup::MomentKind;
use crate::domain::goals::{decision, Advice, Goal, Measurement};
use crate::domain::grouping::SupportNow;
use crate::domain::model::{Class, Pupil};
use crate::domain::pupilmode::Reflection;
use crate::domain::records::Book;

use super::parent::Period;

/// How many of the pupil's latest reflections the profile shows.
pub const PROFILE_REFLECTIONS: usize = 3;

/// One goal in the profile.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileGoal {
    pub goal: Goal,
    /// Up to the end of the period, oldest first.
    pub measurements: Vec<Measurement>,
    /// What the decision rules say now (active goals with enough points).
    pub advice: Option<Advice>,
}

/// Minutes of individual attention in the period, per kind of moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttentionSummary {
    pub moments: usize,
    pub minutes: u32,
    /// Only the kinds that occurred, in the order of `MomentKind::ALL`.
    pub by_kind: Vec<(MomentKind, u32)>,
}

/// Everything the profile shows, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct PupilProfile {
    pub pupil: Pupil,
    pub class: Option<Class>,
    pub period: Period,
    /// The general level and every subject with a level of its own, with history.
    pub support: Vec<SupportNow>,
    pub goals: Vec<ProfileGoal>,
    pub attention: AttentionSummary,
    /// The latest reflections, newest first (whatever the period: the pupil's voice now).
    pub reflections: Vec<Reflection>,
}

impl Book {
    /// The profile of one pupil over `period`, or `None` when the pupil no longer exists.
    pub fn pupil_profile(&self, pupil_id: &str, period: &Period) -> Option<PupilProfile> {
        let pupil = self.pupil(pupil_id)?.clone();
        let goals = self
            .report_goals_on_offer(pupil_id, period)
            .into_iter()
            .map(|(g, _)| {
                let measurements: Vec<Measurement> =
                    self.measurements_of(&g.id).into_iter().filter(|m| m.date <= period.to).collect();
                ProfileGoal { advice: decision(g, &measurements).ok().flatten(), goal: g.clone(), measurements }
            })
            .collect();
        let mut attention = AttentionSummary::default();
        let mut per_kind = [0u32; MomentKind::ALL.len()];
        for m in self.moments.iter().filter(|m| m.pupil_id == pupil_id && period.contains(m.date)) {
            attention.moments += 1;
            attention.minutes += u32::from(m.minutes);
            if let Some(i) = MomentKind::ALL.iter().position(|k| *k == m.kind) {
                per_kind[i] += u32::from(m.minutes);
            }
        }
        attention.by_kind = MomentKind::ALL.into_iter().zip(per_kind).filter(|(_, minutes)| *minutes > 0).collect();
        let mut reflections: Vec<Reflection> = self.reflections.iter().filter(|r| r.pupil_id == pupil_id).cloned().collect();
        reflections.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
        reflections.truncate(PROFILE_REFLECTIONS);
        Some(PupilProfile {
            class: self.class(&pupil.class_id).cloned(),
            support: self.support_overview(pupil_id).unwrap_or_default(),
            pupil,
            period: *period,
            goals,
            attention,
            reflections,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::book::PupilFields;
    use crate::domain::followup::AttentionMoment;
    use crate::domain::goals::{Domain, GoalState};
    use crate::domain::model::{SchoolSystem, YearGroup};
    use crate::domain::pupilmode::Mood;
    use crate::domain::reports::parent::tests::goal;
    use chrono::NaiveDate;

    use crate::domain::test_kit::d;

    fn moment(id: &str, date: NaiveDate, kind: MomentKind, minutes: u16) -> AttentionMoment {
        AttentionMoment { id: id.into(), pupil_id: "p".into(), date, kind, minutes, note: String::new(), follow_up: None }
    }

    fn reflection(id: &str, date: NaiveDate, went_well: &str) -> Reflection {
        Reflection {
            id: id.into(),
            pupil_id: "p".into(),
            date,
            goal_id: None,
            mood: Mood::Good,
            went_well: went_well.into(),
            was_hard: String::new(),
            try_next: String::new(),
            read_by_teacher: false,
        }
    }

    #[test]
    fn the_profile_holds_the_periods_goals_attention_by_kind_and_the_latest_reflections() {
        let mut b = Book::default();
        b.add_class("c".into(), "Groep 5", "", YearGroup { system: SchoolSystem::Nl, n: 5 }, d(2026, 1, 5)).unwrap();
        b.add_pupil("p".into(), "c", &PupilFields { name: "Anna".into(), ..Default::default() }, d(2026, 1, 5)).unwrap();
        b.goals.push(goal("read", "p", Domain::Reading, GoalState::Active, d(2026, 9, 1)));
        b.goals.push(goal("old", "p", Domain::Maths, GoalState::Achieved { date: d(2026, 3, 1) }, d(2026, 1, 10)));
        b.moments.push(moment("a1", d(2026, 10, 1), MomentKind::OneOnOne, 10));
        b.moments.push(moment("a2", d(2026, 10, 8), MomentKind::ExtendedInstruction, 20));
        b.moments.push(moment("a3", d(2026, 10, 9), MomentKind::OneOnOne, 5));
        b.moments.push(moment("a0", d(2026, 5, 9), MomentKind::OneOnOne, 50));
        for (i, day) in [1, 5, 9, 20].into_iter().enumerate() {
            b.reflections.push(reflection(&format!("r{i}"), d(2026, 10, day), &format!("dag {day}")));
        }
        let period = Period::new(d(2026, 9, 1), d(2026, 11, 30)).unwrap();
        let p = b.pupil_profile("p", &period).unwrap();
        assert_eq!(p.goals.iter().map(|g| g.goal.id.as_str()).collect::<Vec<_>>(), ["read"]);
        assert_eq!(p.attention.minutes, 35);
        assert_eq!(p.attention.moments, 3);
        assert_eq!(p.attention.by_kind, [(MomentKind::OneOnOne, 15), (MomentKind::ExtendedInstruction, 20)]);
        let said: Vec<&str> = p.reflections.iter().map(|r| r.went_well.as_str()).collect();
        assert_eq!(said, ["dag 20", "dag 9", "dag 5"]);
        assert_eq!(p.support.len(), 1, "the general level");
        assert!(b.pupil_profile("gone", &period).is_none());
    }
}
