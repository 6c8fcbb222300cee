//! Book commands of follow-up and fair attention: one method per teacher intent on the
//! class book, each returning the `Change` to persist or a `FollowUpError`. Those the
//! teacher can undo only plan (`&self`); `Book::run_undoable` makes their undo.
//!
//! Owns: reminders (free ones and those of other features through `add_reminder`),
//! check-in reminders derived from goals' sub-goals (materialised only when the teacher
//! acts on one, so they are never stored twice), attention moments, planned sessions,
//! the class's attention aim, and the follow-up settings (holidays, threshold, budget).
//! Must not touch storage, the browser or system time: `today` and ids are parameters.

use chrono::NaiveDate;

use super::attention::{AttentionMoment, MomentError, MomentKind, NewMoment, MAX_MOMENT_MINUTES};
use super::calendar::HolidayRange;
use super::distribution::AttentionAim;
use super::reminders::{CreateReminderError, NewReminder, Owner, Reminder, ReminderSource, Repeat, Snooze};
use crate::domain::book::{Book, Change};
use crate::domain::goals::Goal;
use crate::domain::model::record_key;
use crate::domain::records::Record;

use super::errors::{FollowUpError, SettingField};

/// Allowed range of the "not seen for N school days" threshold.
pub const NOT_SEEN_RANGE: (u32, u32) = (1, 60);
/// Allowed weekly budget for individual sessions, in minutes (up to 20 hours).
pub const BUDGET_RANGE: (u32, u32) = (5, 1200);

/// A session the planner puts in the reminder list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedSession {
    pub reminder_id: String,
    pub pupil_id: String,
    pub due: NaiveDate,
    pub minutes: u16,
    pub title: String,
}

/// The reminder a logged moment asks for (its date is the moment's `follow_up`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MomentFollowUp {
    pub reminder_id: String,
    pub title: String,
}

/// How every check-in reminder's id starts.
pub(super) const CHECKIN_PREFIX: &str = "checkin:";

/// The stable id of the check-in reminder of a goal's sub-goal (0-based index).
pub fn checkin_id(goal_id: &str, index: usize) -> String {
    format!("{CHECKIN_PREFIX}{goal_id}:{index}")
}

/// Words the title of a derived check-in from its goal and the sub-goal's 0-based index.
/// The title is made when the check-in is listed and kept as it is when acting on it
/// stores it, like a title the teacher typed. The i18n layer implements this for the
/// teacher's language (`crate::i18n::followup::checkin_title`); any
/// `Fn(&Goal, u32) -> String` does too.
pub trait CheckInTitles {
    fn checkin_title(&self, goal: &Goal, index: u32) -> String;
}

impl<F: Fn(&Goal, u32) -> String> CheckInTitles for F {
    fn checkin_title(&self, goal: &Goal, index: u32) -> String {
        self(goal, index)
    }
}

fn reminder_key(id: &str) -> String {
    record_key("reminder", id)
}

impl Book {
    /// A reminder to act on: the stored one, or a derived sub-goal check-in (acting on
    /// it stores it for the first time, with the title `titles` gives it).
    fn reminder_to_edit(&self, id: &str, titles: &dyn CheckInTitles) -> Result<Reminder, FollowUpError> {
        if let Some(r) = self.reminders.iter().find(|r| r.id == id) {
            return Ok(r.clone());
        }
        self.derived_checkin(id, titles).ok_or(FollowUpError::NotFound)
    }

    fn check_pupil(&self, pupil_id: Option<&str>) -> Result<(), FollowUpError> {
        match pupil_id.map(str::trim).filter(|p| !p.is_empty()) {
            Some(p) if self.pupil(p).is_none() => Err(FollowUpError::NotFound),
            _ => Ok(()),
        }
    }

    /// Creates a reminder of any kind for an optional pupil: the reusable way for every
    /// feature to ask for a follow-up (goal, feedback note, measurement, session, free).
    pub fn add_reminder(&mut self, new: NewReminder, today: NaiveDate) -> Result<Change, FollowUpError> {
        self.insert_reminder(new, None, today)
    }

    /// Records an agreement of a support meeting: a reminder for the pupil with who
    /// carries it out.
    pub fn add_agreement(&mut self, new: NewReminder, owner: Owner, today: NaiveDate) -> Result<Change, FollowUpError> {
        self.insert_reminder(new, Some(owner), today)
    }

    fn insert_reminder(&mut self, new: NewReminder, owner: Option<Owner>, today: NaiveDate) -> Result<Change, FollowUpError> {
        self.check_pupil(new.pupil_id.as_deref())?;
        if self.reminders.iter().any(|r| r.id == new.id.trim()) {
            return Err(FollowUpError::Create(CreateReminderError::EmptyId));
        }
        let r = Reminder { owner, ..Reminder::create(new, today)? };
        let change = Change::put(Record::Reminder(r));
        self.apply(&change);
        Ok(change)
    }

    /// Marks a reminder done. A repeating one gets its next occurrence (id `next_id`).
    /// A derived check-in is stored for the first time (its undo takes it out again);
    /// `titles` words its title, as in the list.
    pub fn complete_reminder(&self, id: &str, next_id: &str, today: NaiveDate, titles: impl CheckInTitles) -> Result<Change, FollowUpError> {
        let mut r = self.reminder_to_edit(id, &titles)?;
        let calendar = self.settings().calendar;
        let next = r.mark_done(today, &calendar, next_id)?;
        let mut change = Change::put(Record::Reminder(r));
        change.puts.extend(next.map(Record::Reminder));
        Ok(change)
    }

    /// Snoozes an open reminder (a school day, a week, or to a date); returns the change
    /// and the new due date.
    pub fn snooze_reminder(
        &self,
        id: &str,
        snooze: Snooze,
        today: NaiveDate,
        titles: impl CheckInTitles,
    ) -> Result<(Change, NaiveDate), FollowUpError> {
        let mut r = self.reminder_to_edit(id, &titles)?;
        let calendar = self.settings().calendar;
        let due = r.snooze(snooze, today, &calendar)?;
        Ok((Change::put(Record::Reminder(r)), due))
    }

    /// Moves an open reminder to a new date as a new plan.
    pub fn reschedule_reminder(&self, id: &str, date: NaiveDate, today: NaiveDate, titles: impl CheckInTitles) -> Result<Change, FollowUpError> {
        let mut r = self.reminder_to_edit(id, &titles)?;
        r.reschedule(date, today)?;
        Ok(Change::put(Record::Reminder(r)))
    }

    /// Sets how an open reminder repeats; a weekly rhythm starts from its due date.
    pub fn set_reminder_repeat(&self, id: &str, repeat: Repeat, titles: impl CheckInTitles) -> Result<Change, FollowUpError> {
        let mut r = self.reminder_to_edit(id, &titles)?;
        if !r.is_open() {
            return Err(FollowUpError::AlreadyDone);
        }
        if repeat == Repeat::EverySchoolDays(0) {
            return Err(FollowUpError::Create(CreateReminderError::ZeroInterval));
        }
        r.repeat = repeat;
        r.anchor = None;
        Ok(Change::put(Record::Reminder(r)))
    }

    /// Deletes a stored reminder.
    pub fn delete_reminder(&self, id: &str) -> Result<Change, FollowUpError> {
        self.reminders.iter().find(|r| r.id == id).ok_or(FollowUpError::NotFound)?;
        Ok(Change::delete(reminder_key(id)))
    }

    /// Logs an individual moment, with a follow-up reminder (source `Session`) when the
    /// moment has a follow-up date.
    pub fn log_moment(&self, new: NewMoment, follow_up: Option<MomentFollowUp>, today: NaiveDate) -> Result<Change, FollowUpError> {
        if self.pupil(new.pupil_id.trim()).is_none() {
            return Err(FollowUpError::Moment(MomentError::NoPupil));
        }
        let moment = AttentionMoment::create(new, today)?;
        if self.moments.iter().any(|m| m.id == moment.id) {
            return Err(FollowUpError::Moment(MomentError::EmptyId));
        }
        let mut change = Change::put(Record::AttentionMoment(moment.clone()));
        if let (Some(date), Some(f)) = (moment.follow_up, follow_up) {
            let r = Reminder::create(
                NewReminder {
                    id: f.reminder_id,
                    source: ReminderSource::Session { session_id: moment.id.clone() },
                    pupil_id: Some(moment.pupil_id.clone()),
                    title: f.title,
                    due: date,
                    repeat: Repeat::None,
                },
                today,
            )?;
            change.puts.push(Record::Reminder(r));
        }
        Ok(change)
    }

    /// A planned session was held: logs it as a one-on-one moment today (the planned
    /// minutes, else the default session length) and ticks the reminder off.
    pub fn hold_session(
        &self,
        reminder_id: &str,
        moment_id: &str,
        next_id: &str,
        today: NaiveDate,
        titles: impl CheckInTitles,
    ) -> Result<Change, FollowUpError> {
        let r = self.reminders.iter().find(|r| r.id == reminder_id).cloned().ok_or(FollowUpError::NotFound)?;
        let (ReminderSource::Session { .. }, Some(pupil_id)) = (&r.source, r.pupil_id.clone()) else {
            return Err(FollowUpError::NotASession);
        };
        if !r.is_open() {
            return Err(FollowUpError::AlreadyDone);
        }
        let minutes = r.minutes.unwrap_or(self.settings().session_minutes);
        let new = NewMoment {
            id: moment_id.to_string(),
            pupil_id,
            date: today,
            kind: MomentKind::OneOnOne,
            minutes,
            note: String::new(),
            follow_up: None,
        };
        // A moment without a follow-up touches no reminder: both plan on the book as it is.
        let logged = self.log_moment(new, None, today)?;
        let done = self.complete_reminder(reminder_id, next_id, today, titles)?;
        Ok(logged.and(done))
    }

    /// Puts planned sessions in the reminder list (source `Session`, with their minutes).
    pub fn plan_sessions(&self, sessions: Vec<PlannedSession>, today: NaiveDate) -> Result<Change, FollowUpError> {
        if sessions.is_empty() {
            return Err(FollowUpError::NothingPlanned);
        }
        let mut change = Change::default();
        for s in sessions {
            self.check_pupil(Some(&s.pupil_id))?;
            if !(1..=MAX_MOMENT_MINUTES).contains(&s.minutes) {
                return Err(FollowUpError::Moment(MomentError::MinutesOutOfRange { got: s.minutes, max: MAX_MOMENT_MINUTES }));
            }
            let mut r = Reminder::create(
                NewReminder {
                    id: s.reminder_id.clone(),
                    source: ReminderSource::Session { session_id: s.reminder_id },
                    pupil_id: Some(s.pupil_id),
                    title: s.title,
                    due: s.due,
                    repeat: Repeat::None,
                },
                today,
            )?;
            r.minutes = Some(s.minutes);
            change.puts.push(Record::Reminder(r));
        }
        Ok(change)
    }

    /// Changes the minutes of a planned session.
    pub fn set_session_minutes(&mut self, reminder_id: &str, minutes: u16) -> Result<Change, FollowUpError> {
        if !(1..=MAX_MOMENT_MINUTES).contains(&minutes) {
            return Err(FollowUpError::Moment(MomentError::MinutesOutOfRange { got: minutes, max: MAX_MOMENT_MINUTES }));
        }
        let r = self.reminders.iter_mut().find(|r| r.id == reminder_id).ok_or(FollowUpError::NotFound)?;
        r.minutes = Some(minutes);
        Ok(Change::put(Record::Reminder(r.clone())))
    }

    /// The class's attention aim: equal for all, or compensating.
    pub fn set_attention_aim(&mut self, class_id: &str, aim: AttentionAim) -> Result<Change, FollowUpError> {
        let class = self.classes.iter_mut().find(|c| c.id == class_id).ok_or(FollowUpError::NotFound)?;
        class.attention_aim = aim;
        Ok(Change::put(Record::Class(class.clone())))
    }

    /// The "not seen" threshold (school days), the weekly budget and the session length.
    pub fn set_attention_settings(
        &mut self,
        not_seen_school_days: u32,
        weekly_budget_minutes: u32,
        session_minutes: u16,
    ) -> Result<Change, FollowUpError> {
        let within = |v: u32, (min, max): (u32, u32), field| {
            if (min..=max).contains(&v) {
                Ok(())
            } else {
                Err(FollowUpError::SettingOutOfRange { field, min, max })
            }
        };
        within(not_seen_school_days, NOT_SEEN_RANGE, SettingField::NotSeen)?;
        within(weekly_budget_minutes, BUDGET_RANGE, SettingField::Budget)?;
        within(u32::from(session_minutes), (1, u32::from(MAX_MOMENT_MINUTES)), SettingField::Session)?;
        let mut s = self.settings();
        s.not_seen_school_days = not_seen_school_days;
        s.weekly_budget_minutes = weekly_budget_minutes;
        s.session_minutes = session_minutes;
        Ok(self.put_settings(s))
    }

    /// Adds a holiday or day(s) off to the school calendar.
    pub fn add_holiday(&mut self, start: NaiveDate, end: NaiveDate, name: &str) -> Result<Change, FollowUpError> {
        let holiday = HolidayRange::new(start, end, name)?;
        let mut s = self.settings();
        s.calendar.add_holiday(holiday)?;
        s.calendar.holidays.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.end.cmp(&b.end)));
        Ok(self.put_settings(s))
    }

    /// Removes the holiday at `index` (in the stored order).
    pub fn remove_holiday(&self, index: usize) -> Result<Change, FollowUpError> {
        let mut s = self.settings();
        if index >= s.calendar.holidays.len() {
            return Err(FollowUpError::NotFound);
        }
        s.calendar.holidays.remove(index);
        Ok(Change::put(Record::Settings(s)))
    }
}

#[cfg(test)]
#[path = "commands_tests.rs"]
mod tests;
