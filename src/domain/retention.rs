//! Retention: pupils who left (archived) more than two years ago are suggested for
//! deletion. The app only suggests: nothing is deleted without the teacher's confirmation,
//! and the deletion itself is `Book::delete_pupil` (with its undo).
//!
//! Owns: the rule (when a pupil's term has run out) and the list the screens show.
//! Must not touch: storage, the browser, visible text.

use chrono::{Months, NaiveDate};

use super::records::Book;

/// How long the data of a pupil who left is kept before deletion is suggested.
pub const RETENTION_YEARS: u32 = 2;

/// The last day of the term for a pupil archived on `archived_on`: the same day two
/// years later. A pupil archived on 29 February has their term end on 28 February
/// (chrono clamps to the end of the month), so no one waits a day longer in a year
/// without a 29th.
pub fn retention_ends(archived_on: NaiveDate) -> NaiveDate {
    archived_on.checked_add_months(Months::new(12 * RETENTION_YEARS)).unwrap_or(NaiveDate::MAX)
}

/// Whether deleting a pupil archived on `archived_on` is suggested on `today`: from the
/// day after the term ends (exactly two years ago is not yet due).
pub fn is_due(archived_on: NaiveDate, today: NaiveDate) -> bool {
    today > retention_ends(archived_on)
}

/// One pupil whose retention term has run out, as the settings list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RetentionDue {
    pub pupil_id: String,
    /// What the screen shows: the nickname or initials in privacy mode.
    pub name: String,
    /// The class the pupil was in (empty if it is gone).
    pub class_name: String,
    pub archived_on: NaiveDate,
    /// How many records are kept about the pupil (goals, measurements, notes, …), not
    /// counting the pupil itself. Complete only once the pupil's scope is loaded.
    pub entries: usize,
}

impl Book {
    /// The archived pupils whose term has run out on `today`, the longest gone first
    /// (then by name).
    pub fn retention_due(&self, today: NaiveDate, privacy: bool) -> Vec<RetentionDue> {
        let mut v: Vec<RetentionDue> = self
            .pupils
            .iter()
            .filter_map(|p| {
                let archived_on = p.archived_on.filter(|a| is_due(*a, today))?;
                Some(RetentionDue {
                    pupil_id: p.id.clone(),
                    name: p.display_name(privacy),
                    class_name: self.class(&p.class_id).map(|c| c.name.clone()).unwrap_or_default(),
                    archived_on,
                    entries: self.owned_by_pupil(&p.id).len(),
                })
            })
            .collect();
        v.sort_by(|a, b| {
            a.archived_on.cmp(&b.archived_on).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        v
    }

    /// How many pupils `retention_due` lists, without building the list (the home note).
    pub fn retention_due_count(&self, today: NaiveDate) -> usize {
        self.pupils.iter().filter(|p| p.archived_on.is_some_and(|a| is_due(a, today))).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::book::PupilFields;
    use crate::domain::feedback::Success;
    use crate::domain::model::{SchoolSystem, YearGroup};
use crate::domain::records::Record;

    use crate::domain::test_kit::d;
    const TODAY: (i32, u32, u32) = (2026, 12, 1);
    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }

    /// A class with these pupils, each archived on the date given (or not archived).
    fn book(pupils: &[(&str, Option<NaiveDate>)]) -> Book {
        let mut b = Book::default();
        let g5 = YearGroup { system: SchoolSystem::Nl, n: 5 };
        b.add_class("c1".into(), "Groep 5a", "", g5, d(2020, 9, 1)).unwrap();
        for (i, (name, archived)) in pupils.iter().enumerate() {
            let id = format!("p{i}");
            b.add_pupil(id.clone(), "c1", &PupilFields { name: (*name).into(), ..Default::default() }, d(2020, 9, 1)).unwrap();
            if let Some(on) = archived {
                b.run(|b| b.archive_pupil(&id, *on)).unwrap();
            }
        }
        b
    }

    fn names(v: &[RetentionDue]) -> Vec<&str> {
        v.iter().map(|r| r.name.as_str()).collect()
    }

    #[test]
    fn exactly_two_years_is_not_due_one_day_more_is() {
        let b = book(&[("Anna", Some(d(2024, 12, 1))), ("Bram", Some(d(2024, 11, 30)))]);
        assert_eq!(names(&b.retention_due(today(), false)), ["Bram"]);
        assert_eq!(b.retention_due_count(today()), 1);
        // The next day Anna is due too.
        assert_eq!(b.retention_due_count(today().succ_opt().unwrap()), 2);
    }

    #[test]
    fn the_29th_of_february_ends_its_term_on_the_28th() {
        assert_eq!(retention_ends(d(2024, 2, 29)), d(2026, 2, 28));
        assert!(!is_due(d(2024, 2, 29), d(2026, 2, 28)));
        assert!(is_due(d(2024, 2, 29), d(2026, 3, 1)));
        // Two years on from the 28th of February reaches a 28th as well.
        assert_eq!(retention_ends(d(2022, 2, 28)), d(2024, 2, 28));
        assert!(is_due(d(2022, 2, 28), d(2024, 2, 29)));
    }

    #[test]
    fn a_pupil_who_is_not_archived_is_never_due() {
        let b = book(&[("Anna", None), ("Bram", Some(d(2026, 11, 1)))]);
        assert!(b.retention_due(d(2099, 1, 1), false).iter().all(|r| r.name == "Bram"));
        assert!(b.retention_due(today(), false).is_empty(), "archived last month");
        assert_eq!(b.retention_due_count(today()), 0);
    }

    #[test]
    fn the_longest_gone_come_first_then_by_name() {
        let b = book(&[
            ("Sem", Some(d(2023, 6, 30))),
            ("bram", Some(d(2021, 7, 1))),
            ("Anna", Some(d(2023, 6, 30))),
            ("Noor", None),
        ]);
        let due = b.retention_due(today(), false);
        assert_eq!(names(&due), ["bram", "Anna", "Sem"]);
        assert_eq!(due[0].archived_on, d(2021, 7, 1));
        assert_eq!(due[0].class_name, "Groep 5a");
    }

    #[test]
    fn the_list_counts_the_records_kept_and_respects_privacy_mode() {
        let mut b = book(&[("Anna de Vries", Some(d(2023, 12, 1))), ("Bram", Some(d(2023, 12, 1)))]);
        for (id, pupil) in [("s1", "p0"), ("s2", "p0"), ("s3", "p1")] {
            let s = Success { id: id.into(), pupil_id: pupil.into(), date: d(2023, 5, 1), text: "Gelezen".into(), goal_id: None, source: Default::default(), template: None };
            b.apply(&crate::domain::book::Change::put(Record::Success(s)));
        }
        let due = b.retention_due(today(), true);
        assert_eq!(names(&due), ["A.d.V.", "B."]);
        assert_eq!((due[0].pupil_id.as_str(), due[0].entries), ("p0", 2));
        assert_eq!(due[1].entries, 1);
        // Deleting the pupil (with its undo) takes it off the list and brings it back.
        let (_, undo) = b.run_undoable(|b| b.delete_pupil("p0")).unwrap();
        assert_eq!(b.retention_due_count(today()), 1);
        b.apply(&undo);
        assert_eq!(b.retention_due(today(), true)[0].entries, 2);
    }
}
