//! Follow-up reminders (opvolgen): create, mark done, snooze, reschedule, recurrence.
//! The list view (overdue / today / this week / later) is in `reminder_list`.
//!
//! Owns the `Reminder` record and its rules. Must not touch storage, notifications or
//! texts (see `crate::i18n::followup`); "today" is always a parameter.
//!
//! Decisions, so the UI can explain them:
//! - Snooze "a day" (`Snooze::SchoolDay`) moves to the next *school* day after
//!   max(today, due): a teacher snoozing on Friday means Monday, not Saturday, and a
//!   holiday is skipped. "A week" moves 7 days from max(today, due), then onto the first
//!   school day. "To a date" takes the date as given (today or later), even a weekend.
//!   The first snooze remembers the original due date in `snoozed_from`.
//! - Reschedule is a deliberate new plan: it sets a new due date, restarts a weekly
//!   rhythm from it and forgets `snoozed_from`.
//! - Weekly repeats keep their weekday (`anchor`); an occurrence in a holiday moves to
//!   the first school day after it, without shifting later weeks. Missed weeks are
//!   skipped: the next occurrence is always after today.
//! - Every-N-school-days repeats count from the due date, or from today when done late:
//!   the interval is between real check-ins.

use super::calendar::{SchoolCalendar, SchoolDayError};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// Longest title in characters: a reminder is a short line, not a note.
pub const MAX_TITLE_CHARS: usize = 200;

/// What the reminder follows up on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReminderSource {
    Goal {
        goal_id: String,
    },
    /// Check-in of the sub-goal with this 0-based index.
    SubGoalCheckIn {
        goal_id: String,
        index: u32,
    },
    Feedback {
        note_id: String,
    },
    Measurement {
        goal_id: String,
        measurement_id: String,
    },
    /// An attention moment (one-on-one, extended instruction, check-in).
    Session {
        session_id: String,
    },
    /// The evaluation of a groepsplan (the class names the page it is on).
    GroupPlan {
        plan_id: String,
        class_id: String,
    },
    Free,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Repeat {
    #[default]
    None,
    Weekly,
    /// Every n school days (n >= 1).
    EverySchoolDays(u16),
}

/// Who carries out an agreement made in a support meeting (leerlingbespreking, MDO).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    Teacher,
    CareTeacher,
    Parents,
    Pupil,
}

impl Owner {
    pub const ALL: [Owner; 4] = [Owner::Teacher, Owner::CareTeacher, Owner::Parents, Owner::Pupil];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub id: String,
    pub source: ReminderSource,
    #[serde(default)]
    pub pupil_id: Option<String>,
    pub title: String,
    pub due: NaiveDate,
    #[serde(default)]
    pub repeat: Repeat,
    #[serde(default)]
    pub done_on: Option<NaiveDate>,
    /// The due date before the first snooze, so the list can say "uitgesteld".
    #[serde(default)]
    pub snoozed_from: Option<NaiveDate>,
    /// Start of a weekly rhythm; `None` means `due`.
    #[serde(default)]
    pub anchor: Option<NaiveDate>,
    /// Planned length of an individual session (planner), in minutes; logged as the
    /// moment's minutes when the session is held.
    #[serde(default)]
    pub minutes: Option<u16>,
    /// Who carries it out, for an agreement of a support meeting (schema 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
}

/// What the caller provides to create a reminder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReminder {
    pub id: String,
    pub source: ReminderSource,
    #[serde(default)]
    pub pupil_id: Option<String>,
    pub title: String,
    pub due: NaiveDate,
    #[serde(default)]
    pub repeat: Repeat,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum CreateReminderError {
    #[error("reminder id is empty")]
    EmptyId,
    #[error("title is empty")]
    EmptyTitle,
    #[error("title is longer than {max} characters")]
    TitleTooLong { max: usize },
    #[error("due date {due} is before today ({today})")]
    DateInPast { due: NaiveDate, today: NaiveDate },
    #[error("repeat interval must be at least one school day")]
    ZeroInterval,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum MarkDoneError {
    #[error("reminder is already done")]
    AlreadyDone,
    #[error("a repeating reminder needs a new, different id for its next occurrence")]
    MissingNextId,
    #[error("repeat interval must be at least one school day")]
    ZeroInterval,
    #[error(transparent)]
    Calendar(#[from] SchoolDayError),
}

/// How far to snooze.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Snooze {
    /// To the next school day.
    SchoolDay,
    /// A week later, on a school day.
    Week,
    /// To this date (today or later).
    To(NaiveDate),
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum SnoozeError {
    #[error("reminder is already done")]
    AlreadyDone,
    #[error("date {date} is before today ({today})")]
    DateInPast { date: NaiveDate, today: NaiveDate },
    #[error(transparent)]
    Calendar(#[from] SchoolDayError),
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum RescheduleError {
    #[error("reminder is already done")]
    AlreadyDone,
    #[error("date {date} is before today ({today})")]
    DateInPast { date: NaiveDate, today: NaiveDate },
}
impl Reminder {
    /// An open reminder (not done, not snoozed, never repeating, no owner or minutes):
    /// the start every reminder is built from, the rest set by struct update.
    pub fn open(id: String, source: ReminderSource, pupil_id: Option<String>, title: String, due: NaiveDate) -> Self {
        Reminder { id, source, pupil_id, title, due, repeat: Repeat::None, done_on: None, snoozed_from: None, anchor: None, minutes: None, owner: None }
    }

    /// Validates and creates a reminder. A due date of today is fine; earlier is
    /// `DateInPast`, which the UI shows next to the date field.
    pub fn create(new: NewReminder, today: NaiveDate) -> Result<Self, CreateReminderError> {
        let id = new.id.trim();
        if id.is_empty() {
            return Err(CreateReminderError::EmptyId);
        }
        let title = validate_title(&new.title)?;
        if new.due < today {
            return Err(CreateReminderError::DateInPast {
                due: new.due,
                today,
            });
        }
        if new.repeat == Repeat::EverySchoolDays(0) {
            return Err(CreateReminderError::ZeroInterval);
        }
        let pupil_id = new.pupil_id.map(|p| p.trim().to_string()).filter(|p| !p.is_empty());
        Ok(Self { repeat: new.repeat, ..Self::open(id.to_string(), new.source, pupil_id, title, new.due) })
    }

    pub fn is_open(&self) -> bool {
        self.done_on.is_none()
    }

    /// Changes the title (same rules as on create).
    pub fn rename(&mut self, title: &str) -> Result<(), CreateReminderError> {
        self.title = validate_title(title)?;
        Ok(())
    }

    /// When the next occurrence would fall if this reminder were done `today`;
    /// `None` for a one-off reminder. Always a school day after both `today` and `due`.
    pub fn next_due(
        &self,
        today: NaiveDate,
        calendar: &SchoolCalendar,
    ) -> Result<Option<NaiveDate>, MarkDoneError> {
        let floor = self.due.max(today);
        match self.repeat {
            Repeat::None => Ok(None),
            Repeat::Weekly => {
                let anchor = self.anchor.unwrap_or(self.due);
                // Smallest k >= 1 with anchor + 7k > floor.
                let weeks = ((floor - anchor).num_days().div_euclid(7) + 1).max(1);
                let days = u64::try_from(weeks * 7).map_err(|_| SchoolDayError::DateOutOfRange)?;
                let candidate = anchor
                    .checked_add_days(Days::new(days))
                    .ok_or(SchoolDayError::DateOutOfRange)?;
                Ok(Some(calendar.school_day_on_or_after(candidate)?))
            }
            Repeat::EverySchoolDays(0) => Err(MarkDoneError::ZeroInterval),
            Repeat::EverySchoolDays(n) => Ok(Some(calendar.add_school_days(floor, u32::from(n))?)),
        }
    }

    /// Marks the reminder done today. A repeating reminder returns its next occurrence
    /// (with `next_id`, given by the caller); a one-off returns `None` and ignores
    /// `next_id`. On error nothing changes.
    pub fn mark_done(
        &mut self,
        today: NaiveDate,
        calendar: &SchoolCalendar,
        next_id: &str,
    ) -> Result<Option<Reminder>, MarkDoneError> {
        if !self.is_open() {
            return Err(MarkDoneError::AlreadyDone);
        }
        let next = match self.next_due(today, calendar)? {
            None => None,
            Some(due) => {
                let id = next_id.trim();
                if id.is_empty() || id == self.id {
                    return Err(MarkDoneError::MissingNextId);
                }
                Some(Reminder {
                    id: id.to_string(),
                    due,
                    done_on: None,
                    snoozed_from: None,
                    anchor: match self.repeat {
                        Repeat::Weekly => Some(self.anchor.unwrap_or(self.due)),
                        _ => None,
                    },
                    ..self.clone()
                })
            }
        };
        self.done_on = Some(today);
        Ok(next)
    }

    /// Undo of "done" (the caller removes a spawned next occurrence itself).
    pub fn undo_done(&mut self) {
        self.done_on = None;
    }

    /// Snoozes an open reminder; returns the new due date.
    pub fn snooze(
        &mut self,
        snooze: Snooze,
        today: NaiveDate,
        calendar: &SchoolCalendar,
    ) -> Result<NaiveDate, SnoozeError> {
        if !self.is_open() {
            return Err(SnoozeError::AlreadyDone);
        }
        let base = self.due.max(today);
        let new_due = match snooze {
            Snooze::SchoolDay => calendar.next_school_day(base)?,
            Snooze::Week => {
                let week = base
                    .checked_add_days(Days::new(7))
                    .ok_or(SchoolDayError::DateOutOfRange)?;
                calendar.school_day_on_or_after(week)?
            }
            Snooze::To(date) if date < today => {
                return Err(SnoozeError::DateInPast { date, today })
            }
            Snooze::To(date) => date,
        };
        if self.snoozed_from.is_none() {
            self.snoozed_from = Some(self.due);
        }
        self.due = new_due;
        Ok(new_due)
    }

    /// Moves an open reminder to a new date (today or later) as a new plan.
    pub fn reschedule(
        &mut self,
        new_due: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), RescheduleError> {
        if !self.is_open() {
            return Err(RescheduleError::AlreadyDone);
        }
        if new_due < today {
            return Err(RescheduleError::DateInPast {
                date: new_due,
                today,
            });
        }
        self.due = new_due;
        self.snoozed_from = None;
        self.anchor = None;
        Ok(())
    }
}

fn validate_title(title: &str) -> Result<String, CreateReminderError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(CreateReminderError::EmptyTitle);
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(CreateReminderError::TitleTooLong {
            max: MAX_TITLE_CHARS,
        });
    }
    Ok(title.to_string())
}
#[cfg(test)]
mod tests {
    use super::super::calendar::HolidayRange;
    use super::*;
    use proptest::prelude::*;

    use crate::domain::test_kit::d;

    fn cal() -> SchoolCalendar {
        SchoolCalendar::new(vec![
            HolidayRange::new(d(2024, 10, 28), d(2024, 11, 1), "Herfstvakantie").unwrap(),
            HolidayRange::new(d(2025, 4, 21), d(2025, 4, 21), "Paasmaandag").unwrap(),
        ])
        .unwrap()
    }

    fn new(title: &str, due: NaiveDate, repeat: Repeat) -> NewReminder {
        NewReminder {
            id: format!("id-{title}"),
            source: ReminderSource::Free,
            pupil_id: Some("p1".into()),
            title: title.into(),
            due,
            repeat,
        }
    }

    #[test]
    fn create_validates() {
        let today = d(2025, 3, 3);
        let ok = Reminder::create(new("  Check-in lezen ", today, Repeat::None), today).unwrap();
        assert_eq!(ok.title, "Check-in lezen");
        let long = "x".repeat(MAX_TITLE_CHARS + 1);
        let cases = [
            (
                NewReminder {
                    id: " ".into(),
                    ..new("a", today, Repeat::None)
                },
                CreateReminderError::EmptyId,
            ),
            (
                new(" \n ", today, Repeat::None),
                CreateReminderError::EmptyTitle,
            ),
            (
                new(&long, today, Repeat::None),
                CreateReminderError::TitleTooLong {
                    max: MAX_TITLE_CHARS,
                },
            ),
            (
                new("a", d(2025, 3, 2), Repeat::None),
                CreateReminderError::DateInPast {
                    due: d(2025, 3, 2),
                    today,
                },
            ),
            (
                new("a", today, Repeat::EverySchoolDays(0)),
                CreateReminderError::ZeroInterval,
            ),
        ];
        for (input, want) in cases {
            assert_eq!(Reminder::create(input, today), Err(want));
        }
        let mut r = ok;
        assert_eq!(r.rename(""), Err(CreateReminderError::EmptyTitle));
        assert_eq!(r.title, "Check-in lezen");
    }

    #[test]
    fn one_off_done_once() {
        let today = d(2025, 3, 3);
        let mut r = Reminder::create(new("a", today, Repeat::None), today).unwrap();
        assert_eq!(r.mark_done(today, &cal(), ""), Ok(None));
        assert_eq!(r.done_on, Some(today));
        assert_eq!(
            r.mark_done(today, &cal(), ""),
            Err(MarkDoneError::AlreadyDone)
        );
        r.undo_done();
        assert!(r.is_open());
    }

    #[test]
    fn weekly_keeps_its_weekday_around_holidays() {
        let cal = cal();
        let cases = [
            // (due, done on, next)
            (d(2025, 3, 3), d(2025, 3, 3), d(2025, 3, 10)),
            (d(2025, 3, 3), d(2025, 3, 1), d(2025, 3, 10)), // done early
            (d(2025, 3, 3), d(2025, 3, 12), d(2025, 3, 17)), // missed weeks are skipped
            (d(2025, 3, 3), d(2025, 3, 10), d(2025, 3, 17)), // done on the next occurrence day
            (d(2025, 4, 14), d(2025, 4, 14), d(2025, 4, 22)), // Easter Monday -> Tuesday
            (d(2024, 10, 21), d(2024, 10, 21), d(2024, 11, 4)), // autumn break
        ];
        for (due, done, want) in cases {
            let mut r = Reminder::create(new("w", due, Repeat::Weekly), due.min(done)).unwrap();
            let next = r.mark_done(done, &cal, "n1").unwrap().unwrap();
            assert_eq!(next.due, want, "due {due} done {done}");
            assert_eq!(next.id, "n1");
            assert!(next.is_open());
        }
        // After the Easter shift the rhythm goes back to Monday.
        let mut r =
            Reminder::create(new("w", d(2025, 4, 14), Repeat::Weekly), d(2025, 4, 14)).unwrap();
        let mut second = r.mark_done(d(2025, 4, 14), &cal, "n1").unwrap().unwrap();
        let third = second
            .mark_done(d(2025, 4, 22), &cal, "n2")
            .unwrap()
            .unwrap();
        assert_eq!(third.due, d(2025, 4, 28));
    }

    #[test]
    fn every_n_school_days() {
        let cal = cal();
        let cases = [
            (d(2024, 10, 25), d(2024, 10, 25), 5, d(2024, 11, 8)), // over the autumn break
            (d(2025, 3, 3), d(2025, 3, 5), 2, d(2025, 3, 7)),      // done late: from today
            (d(2025, 3, 7), d(2025, 3, 7), 1, d(2025, 3, 10)),     // Friday -> Monday
        ];
        for (due, done, n, want) in cases {
            let mut r = Reminder::create(new("s", due, Repeat::EverySchoolDays(n)), due).unwrap();
            assert_eq!(r.mark_done(done, &cal, "n").unwrap().unwrap().due, want);
        }
    }

    #[test]
    fn repeating_needs_a_fresh_id_and_fails_cleanly() {
        let due = d(2025, 3, 3);
        let mut r = Reminder::create(new("w", due, Repeat::Weekly), due).unwrap();
        let before = r.clone();
        assert_eq!(
            r.mark_done(due, &cal(), " "),
            Err(MarkDoneError::MissingNextId)
        );
        assert_eq!(
            r.mark_done(due, &cal(), "id-w"),
            Err(MarkDoneError::MissingNextId)
        );
        assert_eq!(r, before);
    }

    #[test]
    fn snooze_and_reschedule() {
        let cal = cal();
        let fri = d(2025, 3, 7);
        let mut r = Reminder::create(new("a", d(2025, 3, 5), Repeat::None), d(2025, 3, 5)).unwrap();
        assert_eq!(r.snooze(Snooze::SchoolDay, fri, &cal), Ok(d(2025, 3, 10)));
        assert_eq!(r.snoozed_from, Some(d(2025, 3, 5)));
        assert_eq!(r.snooze(Snooze::Week, fri, &cal), Ok(d(2025, 3, 17)));
        assert_eq!(
            r.snoozed_from,
            Some(d(2025, 3, 5)),
            "keeps the first original date"
        );
        assert_eq!(
            r.snooze(Snooze::To(d(2025, 3, 6)), fri, &cal),
            Err(SnoozeError::DateInPast {
                date: d(2025, 3, 6),
                today: fri
            })
        );
        assert_eq!(
            r.snooze(Snooze::To(d(2025, 3, 8)), fri, &cal),
            Ok(d(2025, 3, 8))
        );
        // A week from the Monday before Easter Monday lands on the Tuesday.
        let mut e =
            Reminder::create(new("e", d(2025, 4, 14), Repeat::None), d(2025, 4, 14)).unwrap();
        assert_eq!(
            e.snooze(Snooze::Week, d(2025, 4, 14), &cal),
            Ok(d(2025, 4, 22))
        );

        assert_eq!(
            r.reschedule(d(2025, 3, 6), fri),
            Err(RescheduleError::DateInPast {
                date: d(2025, 3, 6),
                today: fri
            })
        );
        r.reschedule(d(2025, 3, 20), fri).unwrap();
        assert_eq!((r.due, r.snoozed_from), (d(2025, 3, 20), None));
        r.mark_done(fri, &cal, "").unwrap();
        assert_eq!(
            r.snooze(Snooze::Week, fri, &cal),
            Err(SnoozeError::AlreadyDone)
        );
        assert_eq!(
            r.reschedule(d(2025, 3, 21), fri),
            Err(RescheduleError::AlreadyDone)
        );
    }
    #[test]
    fn serde_defaults_for_new_fields() {
        let json = r#"{"id":"a","source":"Free","title":"t","due":"2025-03-03"}"#;
        let r: Reminder = serde_json::from_str(json).unwrap();
        assert_eq!(
            (r.repeat, r.done_on, r.pupil_id.clone()),
            (Repeat::None, None, None)
        );
        let back: Reminder = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(back, r);
    }

    fn arb_date() -> impl Strategy<Value = NaiveDate> {
        (0u64..1500).prop_map(|o| d(2023, 1, 1) + Days::new(o))
    }

    proptest! {
        #[test]
        fn recurrence_moves_forward_onto_a_school_day(
            due in arb_date(),
            today in arb_date(),
            weekly in any::<bool>(),
            n in 1u16..30,
            holidays in prop::collection::vec((arb_date(), 0u64..15), 0..6),
        ) {
            let cal = SchoolCalendar {
                holidays: holidays.into_iter().map(|(s, l)| HolidayRange { start: s, end: s + Days::new(l), name: "v".into() }).collect(),
            };
            let repeat = if weekly { Repeat::Weekly } else { Repeat::EverySchoolDays(n) };
            let mut r = Reminder::create(new("p", due, repeat), due).unwrap();
            let next = r.mark_done(today, &cal, "next").unwrap().unwrap();
            prop_assert!(next.due > due && next.due > today);
            prop_assert!(cal.is_school_day(next.due));
            if weekly {
                // The first same-weekday date after both, then only non-school days up to next.
                let mut c = due + Days::new(7);
                while c <= today {
                    c = c + Days::new(7);
                }
                prop_assert!(c <= next.due);
                let mut x = c;
                while x < next.due {
                    prop_assert!(!cal.is_school_day(x));
                    x = x + Days::new(1);
                }
            }
        }
    }
}
