//! Follow-up and fair attention: the pure domain behind Groeipad's reminder list
//! (opvolgen), the attention tracker (wie heb ik al lang niet gezien?), the class's
//! attention aim (gelijke of compenserende aandacht, convergent vs divergent) and the
//! weekly planner with its time budget (tegen overbelasting).
//!
//! Owns: the school calendar (holidays, school-day arithmetic), reminders, their
//! recurrence and the grouped list, the .ics export and a small .ics reader, attention
//! moments and their statistics, the attention distribution and the weekly proposal.
//! Typed values only: their Dutch and English texts, the errors' included, are in
//! `crate::i18n::followup`, which also words the titles of derived check-ins
//! (`CheckInTitles`) and the .ics DESCRIPTION (`to_ics` takes it from the caller).
//!
//! Must not touch: storage, the browser, system time or the UI. "Today" is always a
//! parameter and every date is a local `NaiveDate`, so a DST switch can never move a
//! reminder to another day. Ids are given by the caller, never generated here.
//!
//! Submodules refer to each other through `super::` only, so this file can be copied
//! to `src/domain/followup.rs` with the submodules in `src/domain/followup/`.

pub mod attention;
pub mod calendar;
pub mod commands;
pub mod distribution;
pub mod errors;
pub mod ics;
pub mod ics_parse;
pub mod planner;
pub mod queries;
pub mod reminder_list;
#[cfg(test)]
pub mod test_kit;
pub mod reminders;

pub use attention::{
    class_stats, longest_not_seen_order, not_seen, pupil_stats, sort_longest_not_seen,
    AttentionMoment, AttentionPupil, MomentError, MomentKind, NewMoment, PupilStats, SupportLevel,
    DEFAULT_NOT_SEEN_THRESHOLD,
};
pub use commands::{checkin_id, CheckInTitles, MomentFollowUp, PlannedSession, BUDGET_RANGE, NOT_SEEN_RANGE};
pub use errors::{FollowUpError, SettingField};
pub use queries::{plan_days, spread, start_of_iso_week};
pub use calendar::{HolidayError, HolidayRange, SchoolCalendar, SchoolDayError};
pub use distribution::{
    distribution, AttentionAim, Distribution, LevelShare, Period, PeriodError, SupportWeights,
    Verdict, WeightsError,
};
pub use ics::{escape_text, fold_line, normalize_text, to_ics, unescape_text, unfold};
pub use ics_parse::{parse_ics, IcsError, IcsEvent};
pub use planner::{
    check_plan, propose, PlanCheck, PlanError, PlanItem, PlannerSettings, Proposal, Reason,
};
pub use reminder_list::{end_of_iso_week, list_order, GroupPage, ListPage, Listed, ReminderGroup};
#[cfg(test)]
pub use reminder_list::{due_count, group, Grouped};
pub use reminders::{
    CreateReminderError, MarkDoneError, NewReminder, Owner, Reminder, ReminderSource, Repeat,
    RescheduleError, Snooze, SnoozeError,
};
