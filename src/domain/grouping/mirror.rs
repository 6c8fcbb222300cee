//! The grouping mirror: per class and subject, how the instruction time of a groepsplan
//! period is spent, convergent or divergent, against the aim the teacher chose for the
//! class (the attention aim).
//!
//! Convergent time keeps pupils on the shared goal: shared instruction, extended
//! instruction on that goal, and mixed groups (cooperative groups and tutor pairs in the
//! subject). Divergent time is spent in level groups working apart (DOMAIN.md: stable
//! ability groups widen the differences; SLO advises the shared goal with extra
//! instruction and time first). The limits are practical defaults, not research norms:
//! with a compensating (convergent) aim at most a third of the time apart, with equal
//! attention at most half.
//! Must not touch: storage, the browser, visible text.

use chrono::NaiveDate;

use super::group_plan::{GroupForm, GroupPlan};
use crate::domain::book::Book;
use crate::domain::goals::Domain;

/// With a compensating aim, the largest share of the time apart that still fits it.
pub const COMPENSATING_APART_MAX: f64 = 1.0 / 3.0;
/// With equal attention, the largest share apart before the mirror warns.
pub const EQUAL_APART_MAX: f64 = 0.5;

/// Minutes per week of each way of grouping.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimeShare {
    /// Instruction for the whole class together.
    pub shared: u32,
    /// Extended instruction on the shared goal.
    pub extended: u32,
    /// Mixed groups: cooperative groups and tutor pairs in the subject.
    pub mixed: u32,
    /// Level groups working apart.
    pub apart: u32,
}

impl TimeShare {
    pub fn total(&self) -> u32 {
        self.shared + self.extended + self.mixed + self.apart
    }

    /// Shared, extended and mixed: the time that narrows the differences.
    pub fn convergent(&self) -> u32 {
        self.shared + self.extended + self.mixed
    }

    /// The share of the time apart, 0 to 1 (`None` without any time).
    pub fn apart_share(&self) -> Option<f64> {
        (self.total() > 0).then(|| f64::from(self.apart) / f64::from(self.total()))
    }
}

/// What the mirror says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MirrorVerdict {
    /// No minutes filled in for the plan's groups yet.
    NoTime,
    /// The share apart is within the aim's limit.
    FitsAim,
    /// More time apart than the aim allows.
    TooMuchApart,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupingMirror {
    pub plan_id: String,
    pub subject: Domain,
    pub minutes: TimeShare,
    /// The class's aim is compensating attention (convergent).
    pub compensating: bool,
    /// The largest share apart the aim allows.
    pub apart_max: f64,
    pub verdict: MirrorVerdict,
}

impl Book {
    /// The mirror of one plan: its groups' minutes by form, plus the mixed lessons in its
    /// subject per week of the period so far (the whole period once it is over).
    pub fn grouping_mirror(&self, plan: &GroupPlan, today: NaiveDate) -> GroupingMirror {
        let mut minutes = TimeShare::default();
        for g in &plan.groups {
            let m = u32::from(g.minutes_per_week);
            match g.form() {
                GroupForm::Shared => minutes.shared += m,
                GroupForm::Extended => minutes.extended += m,
                GroupForm::Apart => minutes.apart += m,
            }
        }
        let last = plan.end.min(today);
        let days = (last - plan.start).num_days() + 1;
        if days > 0 {
            let lesson_minutes: u32 = self
                .coop_lessons
                .iter()
                .filter(|l| l.class_id == plan.class_id && l.subject == Some(plan.subject) && l.date >= plan.start && l.date <= last)
                .map(|l| u32::from(l.minutes))
                .sum();
            // Per week, a week at least: one lesson on the first day is not 7 a week.
            let weeks = (days.max(7) as f64) / 7.0;
            minutes.mixed = (f64::from(lesson_minutes) / weeks).round() as u32;
        }
        let compensating = self.class(&plan.class_id).is_some_and(|c| c.attention_aim.is_compensating());
        let apart_max = if compensating { COMPENSATING_APART_MAX } else { EQUAL_APART_MAX };
        // Without the plan's own minutes there is nothing to hold the mixed lessons against.
        let verdict = if minutes.shared + minutes.extended + minutes.apart == 0 {
            MirrorVerdict::NoTime
        } else if minutes.apart_share().unwrap_or(0.0) > apart_max + 1e-9 {
            MirrorVerdict::TooMuchApart
        } else {
            MirrorVerdict::FitsAim
        };
        GroupingMirror { plan_id: plan.id.clone(), subject: plan.subject, minutes, compensating, apart_max, verdict }
    }

    /// One mirror per subject with a plan in the class: the plan running today, else the
    /// one that started last. In the order of the subjects.
    pub fn grouping_mirrors(&self, class_id: &str, today: NaiveDate) -> Vec<GroupingMirror> {
        Domain::ALL
            .into_iter()
            .filter_map(|subject| {
                let plans = self.group_plans.iter().filter(|p| p.class_id == class_id && p.subject == subject);
                let running = plans.clone().filter(|p| p.start <= today && today <= p.end).max_by_key(|p| (p.start, p.id.clone()));
                running.or_else(|| plans.max_by_key(|p| (p.start, p.id.clone()))).map(|p| self.grouping_mirror(p, today))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::book::PupilFields;
    use crate::domain::followup::AttentionAim;
    use crate::domain::grouping::coop::{LessonKind, NewLesson};
    use crate::domain::grouping::{GroupFields, GroupNaming, NewPlan, Provider, Tier};
    use crate::domain::model::{SchoolSystem, YearGroup};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(if m >= 8 { 2026 } else { 2027 }, m, day).unwrap()
    }

    /// Groep 5 with four pupils and a reading plan from 2 November, eight weeks.
    fn school(aim: AttentionAim) -> Book {
        let mut b = Book::default();
        let yg = YearGroup { system: SchoolSystem::Nl, n: 5 };
        b.add_class("c1".into(), "Groep 5", "2026-2027", yg, d(9, 1)).unwrap();
        b.classes[0].attention_aim = aim;
        for (i, name) in ["Anna", "Bram", "Noor", "Sem"].iter().enumerate() {
            b.add_pupil(format!("p{i}"), "c1", &PupilFields { name: (*name).into(), ..Default::default() }, d(9, 1)).unwrap();
        }
        let new = NewPlan {
            id: "gp1".into(),
            reminder_id: "r1".into(),
            class_id: "c1".into(),
            subject: Domain::Reading,
            start: d(11, 2),
            end: d(12, 27),
            evaluation: d(12, 27),
            goal: String::new(),
            naming: GroupNaming::Levels,
            reminder_title: "Evaluatie".into(),
        };
        b.run_undoable(|b| b.new_group_plan(new, d(11, 2))).unwrap();
        b
    }

    fn minutes(b: &mut Book, tier: Tier, m: u16, form: GroupForm) {
        let f = GroupFields { approach: String::new(), materials: String::new(), minutes_per_week: m, given_by: Provider::Teacher, form };
        b.run_undoable(|b| b.edit_plan_group("gp1", tier, f)).unwrap();
    }

    fn mirror(b: &Book, today: NaiveDate) -> GroupingMirror {
        b.grouping_mirror(b.group_plan("gp1").unwrap(), today)
    }

    #[test]
    fn no_minutes_yet_says_so_even_with_a_mixed_lesson() {
        let mut b = school(AttentionAim::Equal);
        let m = mirror(&b, d(11, 30));
        assert_eq!((m.verdict, m.minutes.total()), (MirrorVerdict::NoTime, 0));
        let lesson = NewLesson { id: "l".into(), class_id: "c1".into(), kind: LessonKind::TutorPairs, subject: Some(Domain::Reading), size: 2, minutes: 30 };
        b.run_undoable(|b| b.make_coop_lesson(lesson, d(11, 3), 1)).unwrap();
        let m = mirror(&b, d(11, 30));
        assert_eq!((m.verdict, m.minutes.mixed), (MirrorVerdict::NoTime, 7), "30 minutes in 29 days");
    }

    #[test]
    fn the_usual_forms_count_core_as_shared_intensive_as_extended_enrichment_as_apart() {
        let mut b = school(AttentionAim::compensating());
        minutes(&mut b, Tier::Core, 100, GroupForm::Shared);
        minutes(&mut b, Tier::Intensive, 50, GroupForm::Extended);
        minutes(&mut b, Tier::Enrichment, 50, GroupForm::Apart);
        let m = mirror(&b, d(11, 30));
        assert_eq!(m.minutes, TimeShare { shared: 100, extended: 50, mixed: 0, apart: 50 });
        assert_eq!(m.minutes.apart_share(), Some(0.25));
        assert_eq!((m.compensating, m.verdict), (true, MirrorVerdict::FitsAim));
    }

    #[test]
    fn the_limit_follows_the_class_aim_at_its_boundary() {
        // Exactly a third apart fits a compensating aim; a minute more does not.
        let mut b = school(AttentionAim::compensating());
        minutes(&mut b, Tier::Core, 120, GroupForm::Shared);
        minutes(&mut b, Tier::Intensive, 60, GroupForm::Apart);
        assert_eq!(mirror(&b, d(11, 30)).verdict, MirrorVerdict::FitsAim);
        minutes(&mut b, Tier::Intensive, 61, GroupForm::Apart);
        assert_eq!(mirror(&b, d(11, 30)).verdict, MirrorVerdict::TooMuchApart);
        // The same plan under equal attention: half apart is the limit.
        b.classes[0].attention_aim = AttentionAim::Equal;
        assert_eq!(mirror(&b, d(11, 30)).verdict, MirrorVerdict::FitsAim);
        minutes(&mut b, Tier::Enrichment, 60, GroupForm::Apart);
        let m = mirror(&b, d(11, 30));
        assert_eq!((m.minutes.apart, m.verdict), (121, MirrorVerdict::TooMuchApart));
    }

    #[test]
    fn mixed_lessons_in_the_subject_count_per_week_of_the_period_so_far() {
        let mut b = school(AttentionAim::compensating());
        minutes(&mut b, Tier::Core, 60, GroupForm::Shared);
        minutes(&mut b, Tier::Enrichment, 50, GroupForm::Apart);
        assert_eq!(mirror(&b, d(11, 30)).verdict, MirrorVerdict::TooMuchApart);
        let lesson = |id: &str, kind, subject| NewLesson { id: id.into(), class_id: "c1".into(), kind, subject, size: 2, minutes: 45 };
        // Four 45-minute lessons in four weeks of reading (one in arithmetic does not count).
        for (i, day) in [d(11, 3), d(11, 10), d(11, 17), d(11, 24)].into_iter().enumerate() {
            let kind = if i % 2 == 0 { LessonKind::Groups } else { LessonKind::TutorPairs };
            b.run_undoable(|b| b.make_coop_lesson(lesson(&format!("l{i}"), kind, Some(Domain::Reading)), day, i as u64)).unwrap();
        }
        b.run_undoable(|b| b.make_coop_lesson(lesson("other", LessonKind::Groups, Some(Domain::Maths)), d(11, 4), 1)).unwrap();
        b.run_undoable(|b| b.make_coop_lesson(lesson("general", LessonKind::Groups, None), d(11, 4), 1)).unwrap();
        // 2 Nov to 29 Nov is four weeks: 180 minutes, 45 a week.
        let m = mirror(&b, d(11, 29));
        assert_eq!(m.minutes.mixed, 45);
        assert_eq!(m.verdict, MirrorVerdict::FitsAim, "50 apart of 155");
        // On the plan's first day a lesson counts as one week's.
        let m = mirror(&b, d(11, 2));
        assert_eq!(m.minutes.mixed, 0, "the lessons are later");
    }

    #[test]
    fn one_mirror_per_subject_the_running_plan_first() {
        let mut b = school(AttentionAim::Equal);
        minutes(&mut b, Tier::Core, 90, GroupForm::Shared);
        let (c, _) = b.run_undoable(|b| b.copy_forward("gp1", "gp2", "r2", "Evaluatie", d(12, 27))).unwrap();
        assert!(!c.is_empty());
        let ms = b.grouping_mirrors("c1", d(11, 30));
        assert_eq!(ms.iter().map(|m| (m.plan_id.as_str(), m.subject)).collect::<Vec<_>>(), vec![("gp1", Domain::Reading)]);
        let ms = b.grouping_mirrors("c1", d(3, 1));
        assert_eq!(ms[0].plan_id, "gp2", "after both periods: the one that started last");
        assert!(b.grouping_mirrors("c2", d(11, 30)).is_empty());
    }
}
