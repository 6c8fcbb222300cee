//! What the quick-action sheet asks of the book: where a pupil stands in the class list,
//! the pupil after them (for "next pupil"), and which of the next pupil's goals is the
//! one being measured (the same measure, else the same domain), so a test round is
//! entered for a whole class without going back.
//!
//! The commands themselves (a measurement, a note, a success, a moment) are the ones the
//! full pages use; nothing here writes.

use super::book::Book;
use super::goals::Goal;
use super::model::Pupil;

/// A pupil's place in the class list (the order of the class page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// 1-based position among the current pupils.
    pub number: usize,
    /// How many current pupils the class has.
    pub of: usize,
}

impl Book {
    /// Where a current pupil stands in their class list; None for an archived or unknown pupil.
    pub fn place_in_class(&self, pupil_id: &str) -> Option<Place> {
        let pupil = self.pupil(pupil_id)?;
        let list = self.pupils_of(&pupil.class_id, false);
        let i = list.iter().position(|p| p.id == pupil_id)?;
        Some(Place { number: i + 1, of: list.len() })
    }

    /// The pupil after this one in the class list, None after the last (no wrapping: the
    /// teacher sees the round is done). An archived pupil has no next.
    pub fn next_pupil(&self, pupil_id: &str) -> Option<&Pupil> {
        let pupil = self.pupil(pupil_id)?;
        let list = self.pupils_of(&pupil.class_id, false);
        let i = list.iter().position(|p| p.id == pupil_id)?;
        list.get(i + 1).copied()
    }

    /// The goal a measurement of this pupil goes to: `wanted` while it is one of their
    /// active goals, else their first active goal (the nearest target date).
    pub fn goal_to_measure(&self, pupil_id: &str, wanted: Option<&str>) -> Option<&Goal> {
        let goals = self.active_goals_of(pupil_id);
        goals.iter().copied().find(|g| Some(g.id.as_str()) == wanted).or_else(|| goals.first().copied())
    }

    /// The active goal of `pupil_id` that continues a round measured with `like`: the same
    /// measure template, else the same measure name, else the same domain; else None (the
    /// sheet then takes the pupil's first active goal).
    pub fn goal_like(&self, pupil_id: &str, like: &Goal) -> Option<&Goal> {
        let goals = self.active_goals_of(pupil_id);
        let name = |g: &Goal| g.measure.name.trim().to_lowercase();
        let same_template = |g: &&Goal| like.measure.template.is_some() && g.measure.template == like.measure.template;
        let same_name = |g: &&Goal| !name(like).is_empty() && name(g) == name(like);
        let same_domain = |g: &&Goal| g.domain == like.domain;
        let first = |f: &dyn Fn(&&Goal) -> bool| goals.iter().copied().find(|g| f(g));
        first(&same_template).or_else(|| first(&same_name)).or_else(|| first(&same_domain))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::book::PupilFields;
    use crate::domain::goals::{Domain, GoalState, Measure, TemplateKey};
    use crate::domain::model::{SchoolSystem, YearGroup};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()
    }

    fn class(names: &[&str]) -> Book {
        let mut b = Book::default();
        b.add_class("c".into(), "Groep 5", "", YearGroup { system: SchoolSystem::Nl, n: 5 }, day()).unwrap();
        for n in names {
            b.add_pupil(n.to_lowercase(), "c", &PupilFields { name: (*n).into(), ..Default::default() }, day()).unwrap();
        }
        b
    }

    fn goal(id: &str, pupil: &str, domain: Domain, name: &str, template: Option<TemplateKey>) -> Goal {
        let g = crate::domain::goals::test_kit::goal(id, pupil);
        Goal { domain, measure: Measure { name: name.into(), template, ..g.measure.clone() }, ..g }
    }

    #[test]
    fn next_pupil_follows_the_class_list_and_stops_after_the_last() {
        let mut b = class(&["Noor", "Anna", "Bram"]);
        b.run(|b| b.archive_pupil("anna", day())).unwrap();
        b.add_pupil("cas".into(), "c", &PupilFields { name: "Cas".into(), ..Default::default() }, day()).unwrap();
        // The class page lists Bram, Cas, Noor (name order); Anna left.
        assert_eq!(b.next_pupil("bram").map(|p| p.id.as_str()), Some("cas"));
        assert_eq!(b.next_pupil("cas").map(|p| p.id.as_str()), Some("noor"));
        assert_eq!(b.next_pupil("noor"), None);
        assert_eq!(b.next_pupil("anna"), None);
        assert_eq!(b.next_pupil("nobody"), None);
        assert_eq!(b.place_in_class("cas"), Some(Place { number: 2, of: 3 }));
        assert_eq!(b.place_in_class("anna"), None);
    }

    #[test]
    fn the_next_pupils_goal_is_the_same_measure_then_the_same_domain() {
        let mut b = class(&["Anna", "Bram", "Cas", "Dirk"]);
        let dmt = goal("a1", "anna", Domain::Reading, "DMT-kaart 2", Some(TemplateKey::OralReadingFluency));
        b.add_goal(dmt.clone()).unwrap();
        // Bram: a maths goal first, his reading-fluency goal named otherwise.
        b.add_goal(goal("b1", "bram", Domain::Maths, "Tafels", None)).unwrap();
        b.add_goal(goal("b2", "bram", Domain::Reading, "DMT 2", Some(TemplateKey::OralReadingFluency))).unwrap();
        // Cas: the same name typed by hand, and another reading goal.
        b.add_goal(goal("c1", "cas", Domain::Reading, "AVI", None)).unwrap();
        b.add_goal(goal("c2", "cas", Domain::Reading, " dmt-kaart 2 ", None)).unwrap();
        // Dirk: only another reading measure, and a stopped DMT goal.
        b.add_goal(goal("d1", "dirk", Domain::Maths, "Tafels", None)).unwrap();
        b.add_goal(goal("d2", "dirk", Domain::Reading, "AVI", None)).unwrap();
        let stopped = Goal { state: GoalState::Stopped { date: day(), reason: crate::domain::goals::StopReason::PupilLeft }, ..goal("d3", "dirk", Domain::Reading, "DMT-kaart 2", Some(TemplateKey::OralReadingFluency)) };
        b.add_goal(stopped).unwrap();
        let found = |p: &str| b.goal_like(p, &dmt).map(|g| g.id.clone());
        assert_eq!(found("bram").as_deref(), Some("b2"));
        assert_eq!(found("cas").as_deref(), Some("c2"));
        assert_eq!(found("dirk").as_deref(), Some("d2"));
        let maths = goal("x", "anna", Domain::Maths, "Rekentoets", None);
        assert_eq!(b.goal_like("cas", &maths), None);
        // The goal measured: the one chosen while it is active, else the first active one.
        let measured = |p: &str, wanted: Option<&str>| b.goal_to_measure(p, wanted).map(|g| g.id.clone());
        assert_eq!(measured("bram", Some("b2")).as_deref(), Some("b2"));
        assert_eq!(measured("bram", Some("c2")).as_deref(), Some("b1"));
        assert_eq!(measured("dirk", Some("d3")).as_deref(), Some("d1"));
        assert_eq!(measured("dirk", None).as_deref(), Some("d1"));
        assert_eq!(measured("nobody", None), None);
    }
}
