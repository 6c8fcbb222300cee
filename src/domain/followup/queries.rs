//! Read-only views of the class book for follow-up and attention: the one reminder list
//! (stored reminders plus the check-ins derived from goals' sub-goals), the badge count,
//! the pupils of a class as the attention code sees them, and the planner's week.
//!
//! Must not change the book or know about the browser; "today" is a parameter.

use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDate};

use super::attention::{class_stats, pupil_stats, AttentionMoment, AttentionPupil, PupilStats};
use super::distribution::{distribution, AttentionAim, Distribution, Period, PeriodError};
use super::planner::{propose, PlanError, PlannerSettings, Proposal};
use super::commands::{checkin_id, CheckInTitles, CHECKIN_PREFIX};
use super::calendar::SchoolCalendar;
use super::reminder_list::{end_of_iso_week, list_page, ListPage, PageCut, ReminderGroup};
use super::reminders::{Reminder, ReminderSource};
use crate::domain::book::Book;
use crate::domain::goals::{Goal, GoalState};

/// The derived check-in reminder of sub-goal `index` of `goal`, due on the sub-goal's
/// date: the one builder for the list and for acting on a single check-in.
fn checkin_reminder(goal: &Goal, index: usize, due: NaiveDate, id: String, titles: &dyn CheckInTitles) -> Reminder {
    let index = u32::try_from(index).unwrap_or(u32::MAX);
    let source = ReminderSource::SubGoalCheckIn { goal_id: goal.id.clone(), index };
    Reminder::open(id, source, Some(goal.pupil_id.clone()), titles.checkin_title(goal, index), due)
}

/// Monday of the ISO week that holds `date`.
pub fn start_of_iso_week(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back)).unwrap_or(NaiveDate::MIN)
}

/// The school days the planner plans on: the rest of this week from today, or, when no
/// school day is left this week (weekend, holiday), the school days of the next week
/// that has one (looking at most a year ahead).
pub fn plan_days(today: NaiveDate, calendar: &SchoolCalendar) -> Vec<NaiveDate> {
    let days_from = |from: NaiveDate| -> Vec<NaiveDate> {
        from.iter_days().take_while(|d| *d <= end_of_iso_week(from)).filter(|d| calendar.is_school_day(*d)).collect()
    };
    let mut from = today;
    for _ in 0..53 {
        let days = days_from(from);
        if !days.is_empty() {
            return days;
        }
        match end_of_iso_week(from).succ_opt() {
            Some(next) => from = next,
            None => break,
        }
    }
    Vec::new()
}

/// Spreads `n` sessions evenly over the planning days (in order).
pub fn spread(n: usize, days: &[NaiveDate]) -> Vec<NaiveDate> {
    if days.is_empty() {
        return Vec::new();
    }
    (0..n).filter_map(|i| days.get(i * days.len() / n.max(1))).copied().collect()
}

impl Book {
    /// Check-in reminders derived from the sub-goals of active goals of pupils who are
    /// still in class: not stored until the teacher acts on one (then the stored one with
    /// the same id replaces it). Ids are stable (`checkin:<goal>:<index>`); `titles`
    /// words their titles.
    pub fn derived_checkins(&self, titles: impl CheckInTitles) -> Vec<Reminder> {
        self.open_checkins(|_| true).into_iter().map(|(g, i, date, id)| checkin_reminder(g, i, date, id, &titles)).collect()
    }

    /// The open reminders of the pupils `asked` about, stored and derived, unsorted (the
    /// stored ones of pupils who left are kept: the callers decide about those).
    fn open_reminders_where(&self, asked: impl Fn(&str) -> bool, titles: &dyn CheckInTitles) -> Vec<Reminder> {
        let stored = self.reminders.iter().filter(|r| r.is_open() && r.pupil_id.as_deref().is_some_and(&asked));
        let checkins = self.open_checkins(&asked).into_iter();
        stored.cloned().chain(checkins.map(|(g, i, due, id)| checkin_reminder(g, i, due, id, titles))).collect()
    }

    /// The derived check-in with this id, if it is open (only its title is worded).
    pub(super) fn derived_checkin(&self, id: &str, titles: &dyn CheckInTitles) -> Option<Reminder> {
        let (g, i, date, id) = self.open_checkins(|_| true).into_iter().find(|(_, _, _, c)| c == id)?;
        Some(checkin_reminder(g, i, date, id, titles))
    }

    /// The sub-goals that give a derived check-in (goal, index, date, check-in id) for the
    /// pupils `asked` about: not done, of an active goal of a pupil still in class, and not
    /// stored as a reminder.
    fn open_checkins(&self, asked: impl Fn(&str) -> bool) -> Vec<(&Goal, usize, NaiveDate, String)> {
        // Sets, so a school with thousands of reminders and sub-goals stays quick: of the
        // pupils only those asked about, of the reminders only the check-ins acted on.
        let in_class: HashSet<&str> =
            self.pupils.iter().filter(|p| !p.is_archived() && asked(&p.id)).map(|p| p.id.as_str()).collect();
        let stored: HashSet<&str> =
            self.reminders.iter().filter(|r| r.id.starts_with(CHECKIN_PREFIX)).map(|r| r.id.as_str()).collect();
        let mut out = Vec::new();
        for g in self.goals.iter().filter(|g| g.state == GoalState::Active && asked(&g.pupil_id) && in_class.contains(g.pupil_id.as_str())) {
            for (i, sg) in g.sub_goals.iter().enumerate().filter(|(_, sg)| !sg.done) {
                let id = checkin_id(&g.id, i);
                if !stored.contains(id.as_str()) {
                    out.push((g, i, sg.date, id));
                }
            }
        }
        out
    }

    /// The stored reminders the list shows: all but those of pupils who left (archived).
    fn listed_reminders(&self) -> impl Iterator<Item = &Reminder> {
        let left: HashSet<&str> = self.pupils.iter().filter(|p| p.is_archived()).map(|p| p.id.as_str()).collect();
        self.reminders.iter().filter(move |r| !r.pupil_id.as_deref().is_some_and(|p| left.contains(p)))
    }

    /// Every reminder the list shows (open and done): the stored ones and the derived
    /// check-ins, without those of pupils who left (archived).
    pub fn reminder_list(&self, titles: impl CheckInTitles) -> Vec<Reminder> {
        let mut all: Vec<Reminder> = self.listed_reminders().cloned().collect();
        all.extend(self.derived_checkins(titles));
        all
    }

    /// The reminder list as the screen shows it: per group how many are open and the
    /// first `shown(group)` in list order. Only those are copied (a school's list holds
    /// thousands of open and done reminders).
    pub fn open_reminders_page(&self, titles: impl CheckInTitles, today: NaiveDate, shown: impl Fn(ReminderGroup) -> usize) -> ListPage {
        let stored: Vec<&Reminder> = self.listed_reminders().filter(|r| r.is_open()).collect();
        let checkins = self.open_checkins(|_| true);
        let cut = PageCut::new(stored.iter().map(|r| r.due).chain(checkins.iter().map(|c| c.2)), today, shown);
        // Only the check-ins that can be on the page get their title worded.
        let derived: Vec<Reminder> = checkins
            .into_iter()
            .filter(|(_, _, due, _)| cut.may_show(*due))
            .map(|(g, i, due, id)| checkin_reminder(g, i, due, id, &titles))
            .collect();
        let listed = stored.into_iter().filter(|r| cut.may_show(r.due)).map(|r| (r, true));
        list_page(listed.chain(derived.iter().map(|r| (r, false))), &cut)
    }

    /// The open reminders of one pupil, in list order: costs what that pupil has, not
    /// what the school has.
    pub fn open_reminders_of(&self, pupil_id: &str, titles: impl CheckInTitles) -> Vec<Reminder> {
        if self.pupil(pupil_id).is_some_and(|p| p.is_archived()) {
            return Vec::new();
        }
        let mut v = self.open_reminders_where(|p| p == pupil_id, &titles);
        super::reminder_list::sort_in_list_order(&mut v);
        v
    }

    /// One stored reminder.
    pub fn reminder(&self, id: &str) -> Option<&Reminder> {
        crate::domain::records::by_id(&self.reminders, id, |r| r.id.as_str())
    }

    /// The badge: open reminders that are overdue or due today.
    pub fn due_reminder_count(&self, today: NaiveDate) -> usize {
        // Counted without building the list's texts: it runs on every reminder change.
        let stored = self.listed_reminders().filter(|r| r.is_open() && r.due <= today).count();
        stored + self.open_checkins(|_| true).iter().filter(|(_, _, date, _)| *date <= today).count()
    }

    /// The active pupils of a class as the attention code needs them; `name` is what the
    /// screen shows (initials or nickname in privacy mode).
    pub fn attention_pupils(&self, class_id: &str, privacy: bool) -> Vec<AttentionPupil> {
        self.pupils_of(class_id, false)
            .into_iter()
            .map(|p| AttentionPupil { id: p.id.clone(), name: p.display_name(privacy), support: p.support_level })
            .collect()
    }

    /// The attention figures of every active pupil of a class (names as the screen shows
    /// them), in class order, from the moments since `since` (the class page's window, see
    /// `class_page_scope`; none: all of them). A pupil not seen since then, added before
    /// it, gets `looked_since`: not seen since that day (the not-seen line needs no more).
    pub fn class_attention(&self, class_id: &str, privacy: bool, today: NaiveDate, since: Option<NaiveDate>) -> Vec<PupilStats> {
        let pupils = self.attention_pupils(class_id, privacy);
        let calendar = &self.settings().calendar;
        let Some(since) = since else {
            return class_stats(&pupils, &self.moments, today, calendar);
        };
        let recent: Vec<AttentionMoment> = self.moments.iter().filter(|m| m.date >= since).cloned().collect();
        let mut stats = class_stats(&pupils, &recent, today, calendar);
        for s in stats.iter_mut().filter(|s| s.last_date.is_none()) {
            s.looked_since = self.looked_since(&s.pupil_id, Some(since));
        }
        stats
    }

    /// One pupil's attention figures.
    pub fn pupil_attention(&self, pupil_id: &str, today: NaiveDate) -> Option<PupilStats> {
        let p = self.pupil(pupil_id)?;
        let pupil = AttentionPupil { id: p.id.clone(), name: p.name.clone(), support: p.support_level };
        Some(pupil_stats(&pupil, &self.moments, today, &self.settings().calendar))
    }

    /// How a class's minutes in `period` were shared over its support levels, against `aim`.
    pub fn class_distribution(&self, class_id: &str, period: Period, aim: AttentionAim) -> Result<Distribution, PeriodError> {
        distribution(&self.attention_pupils(class_id, false), &self.moments, period, aim)
    }

    /// The planner's proposal for a class within `budget_minutes`, and the same without a
    /// budget (every pupil's reasons): the class's pupils without a session planned in the
    /// week of `day`, with the class's aim and the app's session settings.
    pub fn propose_sessions(
        &self,
        class_id: &str,
        day: NaiveDate,
        budget_minutes: u32,
        titles: impl CheckInTitles,
        today: NaiveDate,
    ) -> Result<(Proposal, Proposal), PlanError> {
        let aim = self.class(class_id).map(|c| c.attention_aim).unwrap_or_default();
        let planned: HashSet<&str> = self.planned_sessions(Some(class_id), day).iter().filter_map(|r| r.pupil_id.as_deref()).collect();
        let pupils: Vec<AttentionPupil> =
            self.attention_pupils(class_id, false).into_iter().filter(|p| !planned.contains(p.id.as_str())).collect();
        let s = self.settings();
        let settings = PlannerSettings {
            aim,
            budget_minutes,
            default_minutes_per_session: s.session_minutes,
            not_seen_threshold: s.not_seen_school_days,
        };
        // The open reminders of the class's own pupils: what the proposal counts per pupil.
        let own: HashSet<&str> = self.current_pupils(class_id).map(|p| p.id.as_str()).collect();
        let reminders = self.open_reminders_where(|p| own.contains(p), &titles);
        let unlimited = PlannerSettings { budget_minutes: u32::MAX, ..settings };
        let everyone = propose(&pupils, &self.moments, &reminders, &unlimited, today, &s.calendar)?;
        Ok((propose(&pupils, &self.moments, &reminders, &settings, today, &s.calendar)?, everyone))
    }

    /// Planned sessions (session reminders with minutes) due in the ISO week of `day`,
    /// open or held, of pupils of `class_id` (or of every class with `None`).
    pub fn planned_sessions(&self, class_id: Option<&str>, day: NaiveDate) -> Vec<&Reminder> {
        let (start, end) = (start_of_iso_week(day), end_of_iso_week(day));
        let mut v: Vec<&Reminder> = self
            .reminders
            .iter()
            .filter(|r| matches!(r.source, ReminderSource::Session { .. }) && r.minutes.is_some())
            .filter(|r| start <= r.due && r.due <= end)
            .filter(|r| {
                let pupil = r.pupil_id.as_deref().and_then(|p| self.pupil(p));
                pupil.is_some_and(|p| !p.is_archived() && class_id.is_none_or(|c| p.class_id == c))
            })
            .collect();
        v.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
        v
    }
}

#[cfg(test)]
mod query_tests {
    use crate::domain::book::Book;
    use crate::domain::followup::reminders::NewReminder;
    use crate::domain::followup::{Reminder, ReminderSource};
    use crate::domain::test_kit::d;

    fn reminder(id: &str) -> Reminder {
        let new = NewReminder { id: id.into(), source: ReminderSource::Free, pupil_id: None, title: "Bellen met ouders".into(), due: d(2026, 3, 2), repeat: Default::default() };
        Reminder::create(new, d(2026, 2, 20)).unwrap()
    }

    #[test]
    fn a_reminder_is_found_by_id() {
        let b = Book { reminders: vec![reminder("r1"), reminder("r2")], ..Book::default() };
        assert_eq!(b.reminder("r2").map(|r| r.id.as_str()), Some("r2"));
        assert!(b.reminder("r3").is_none());
    }
}
