//! Individual attention moments and who has (not) been seen: the fair-attention tracker
//! against the pitfall "ongelijke aandacht" (unequal attention).
//!
//! Owns `AttentionMoment`, its validation, per-pupil statistics and the "not seen"
//! list. Must not touch pupil records (it gets `AttentionPupil`, a small view made by
//! the caller), storage or texts.
//!
//! Definitions: "days since" counts calendar days and school days after the last moment
//! up to and including today (seen last Friday, today Monday: 3 days, 1 school day).
//! "The last 4 weeks" are the 28 calendar days ending today. A pupil counts as not seen
//! when they never had a moment or when at least `threshold` school days passed since
//! the last one (DOMAIN.md: warn after a teacher-set number of school days, default 10).
//! Moments dated after today are ignored here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::HashMap;

use super::calendar::SchoolCalendar;

/// Default number of school days without an individual moment before a pupil is
/// flagged (DOMAIN.md "Attention and grouping"; the teacher can change it).
pub const DEFAULT_NOT_SEEN_THRESHOLD: u32 = 10;
/// Minutes of one moment: at least 1, at most a half school day (4 hours).
pub const MAX_MOMENT_MINUTES: u16 = 240;
/// Length of the "recent minutes" window, in calendar days.
pub const RECENT_WINDOW_DAYS: i64 = 28;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MomentKind {
    /// Één-op-één-moment.
    OneOnOne,
    /// Verlengde instructie.
    ExtendedInstruction,
    /// Kort check-in-moment.
    ShortCheckIn,
}

impl MomentKind {
    pub const ALL: [MomentKind; 3] = [
        Self::OneOnOne,
        Self::ExtendedInstruction,
        Self::ShortCheckIn,
    ];
}

pub use crate::domain::model::SupportLevel;



/// The little the attention code needs to know of a pupil.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttentionPupil {
    pub id: String,
    /// The name as the UI shows it (may be initials in privacy mode); used for sorting.
    pub name: String,
    #[serde(default)]
    pub support: SupportLevel,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttentionMoment {
    pub id: String,
    pub pupil_id: String,
    pub date: NaiveDate,
    pub kind: MomentKind,
    pub minutes: u16,
    #[serde(default)]
    pub note: String,
    /// When to follow this moment up; the app makes a `Reminder` with
    /// `ReminderSource::Session` for it.
    #[serde(default)]
    pub follow_up: Option<NaiveDate>,
}

/// What the caller provides to log a moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewMoment {
    pub id: String,
    pub pupil_id: String,
    pub date: NaiveDate,
    pub kind: MomentKind,
    pub minutes: u16,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub follow_up: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum MomentError {
    #[error("moment id is empty")]
    EmptyId,
    #[error("no pupil chosen")]
    NoPupil,
    #[error("minutes must be between 1 and {max}, got {got}")]
    MinutesOutOfRange { got: u16, max: u16 },
    #[error("moment date {date} is after today ({today})")]
    DateInFuture { date: NaiveDate, today: NaiveDate },
    #[error("follow-up date {date} is before today ({today})")]
    FollowUpInPast { date: NaiveDate, today: NaiveDate },
}

impl AttentionMoment {
    /// Validates and logs a moment: it happened today or earlier, lasted 1–240 minutes,
    /// and a follow-up date (if any) is today or later.
    pub fn create(new: NewMoment, today: NaiveDate) -> Result<Self, MomentError> {
        let id = new.id.trim();
        if id.is_empty() {
            return Err(MomentError::EmptyId);
        }
        let pupil_id = new.pupil_id.trim();
        if pupil_id.is_empty() {
            return Err(MomentError::NoPupil);
        }
        if !(1..=MAX_MOMENT_MINUTES).contains(&new.minutes) {
            return Err(MomentError::MinutesOutOfRange {
                got: new.minutes,
                max: MAX_MOMENT_MINUTES,
            });
        }
        if new.date > today {
            return Err(MomentError::DateInFuture {
                date: new.date,
                today,
            });
        }
        if let Some(date) = new.follow_up.filter(|f| *f < today) {
            return Err(MomentError::FollowUpInPast { date, today });
        }
        Ok(Self {
            id: id.to_string(),
            pupil_id: pupil_id.to_string(),
            date: new.date,
            kind: new.kind,
            minutes: new.minutes,
            note: new.note.trim().to_string(),
            follow_up: new.follow_up,
        })
    }
}

/// Attention figures for one pupil as of today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilStats {
    pub pupil_id: String,
    pub name: String,
    pub support: SupportLevel,
    pub last_date: Option<NaiveDate>,
    /// Calendar days since the last moment (0 = seen today).
    pub days_since: Option<i64>,
    /// School days after the last moment up to and including today.
    pub school_days_since: Option<i64>,
    pub minutes_last_4_weeks: u32,
    pub moments_last_4_weeks: u32,
    /// How far back was looked (a screen that read only recent moments): no `last_date`
    /// then means "not since this day", not "never". None: every moment was looked at.
    #[serde(default)]
    pub looked_since: Option<NaiveDate>,
}

impl PupilStats {
    /// Never seen, or at least `threshold` school days ago.
    pub fn is_not_seen(&self, threshold_school_days: u32) -> bool {
        self.school_days_since
            .is_none_or(|d| d >= i64::from(threshold_school_days))
    }
}

/// Moments per pupil, ignoring those after today.
fn by_pupil(moments: &[AttentionMoment], today: NaiveDate) -> HashMap<&str, Vec<&AttentionMoment>> {
    let mut map: HashMap<&str, Vec<&AttentionMoment>> = HashMap::new();
    for m in moments.iter().filter(|m| m.date <= today) {
        map.entry(m.pupil_id.as_str()).or_default().push(m);
    }
    map
}

fn stats_from(
    pupil: &AttentionPupil,
    own: &[&AttentionMoment],
    today: NaiveDate,
    calendar: &SchoolCalendar,
) -> PupilStats {
    let last_date = own.iter().map(|m| m.date).max();
    let recent: Vec<&&AttentionMoment> = own
        .iter()
        .filter(|m| (today - m.date).num_days() < RECENT_WINDOW_DAYS)
        .collect();
    PupilStats {
        pupil_id: pupil.id.clone(),
        name: pupil.name.clone(),
        support: pupil.support,
        last_date,
        days_since: last_date.map(|d| (today - d).num_days()),
        school_days_since: last_date.map(|d| calendar.school_days_between(d, today)),
        minutes_last_4_weeks: recent.iter().map(|m| u32::from(m.minutes)).sum(),
        moments_last_4_weeks: u32::try_from(recent.len()).unwrap_or(u32::MAX),
        looked_since: None,
    }
}

/// Statistics for one pupil.
pub fn pupil_stats(
    pupil: &AttentionPupil,
    moments: &[AttentionMoment],
    today: NaiveDate,
    calendar: &SchoolCalendar,
) -> PupilStats {
    let own: Vec<&AttentionMoment> = moments
        .iter()
        .filter(|m| m.pupil_id == pupil.id && m.date <= today)
        .collect();
    stats_from(pupil, &own, today, calendar)
}

/// Statistics for every pupil, in the order given.
pub fn class_stats(
    pupils: &[AttentionPupil],
    moments: &[AttentionMoment],
    today: NaiveDate,
    calendar: &SchoolCalendar,
) -> Vec<PupilStats> {
    let map = by_pupil(moments, today);
    pupils
        .iter()
        .map(|p| {
            stats_from(
                p,
                map.get(p.id.as_str())
                    .map(Vec::as_slice)
                    .unwrap_or_default(),
                today,
                calendar,
            )
        })
        .collect()
}

/// "Longest not seen first": never seen first, then the oldest last moment, then name
/// (ignoring case), then id so the order is stable.
pub fn longest_not_seen_order(a: &PupilStats, b: &PupilStats) -> Ordering {
    let seen = |s: &PupilStats| s.last_date.is_some();
    seen(a)
        .cmp(&seen(b))
        .then_with(|| a.last_date.cmp(&b.last_date))
        .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        .then_with(|| a.pupil_id.cmp(&b.pupil_id))
}

pub fn sort_longest_not_seen(stats: &mut [PupilStats]) {
    stats.sort_by(longest_not_seen_order);
}

/// The pupils who need a moment, longest not seen first.
pub fn not_seen(
    pupils: &[AttentionPupil],
    moments: &[AttentionMoment],
    today: NaiveDate,
    calendar: &SchoolCalendar,
    threshold_school_days: u32,
) -> Vec<String> {
    let mut stats: Vec<PupilStats> = class_stats(pupils, moments, today, calendar)
        .into_iter()
        .filter(|s| s.is_not_seen(threshold_school_days))
        .collect();
    sort_longest_not_seen(&mut stats);
    stats.into_iter().map(|s| s.pupil_id).collect()
}

#[cfg(test)]
mod tests {
    use super::super::calendar::HolidayRange;
    use super::*;

    use crate::domain::test_kit::d;

    use super::super::test_kit::{moment, pupil};

    fn new(minutes: u16, date: NaiveDate, follow_up: Option<NaiveDate>) -> NewMoment {
        NewMoment {
            id: "m1".into(),
            pupil_id: "p1".into(),
            date,
            kind: MomentKind::ShortCheckIn,
            minutes,
            note: " fijn gesprek ".into(),
            follow_up,
        }
    }

    #[test]
    fn create_validates() {
        let today = d(2025, 3, 10);
        let ok = AttentionMoment::create(new(1, today, Some(today)), today).unwrap();
        assert_eq!(ok.note, "fijn gesprek");
        assert!(AttentionMoment::create(new(240, d(2025, 3, 1), None), today).is_ok());
        let cases = [
            (
                NewMoment {
                    id: "".into(),
                    ..new(5, today, None)
                },
                MomentError::EmptyId,
            ),
            (
                NewMoment {
                    pupil_id: " ".into(),
                    ..new(5, today, None)
                },
                MomentError::NoPupil,
            ),
            (
                new(0, today, None),
                MomentError::MinutesOutOfRange { got: 0, max: 240 },
            ),
            (
                new(241, today, None),
                MomentError::MinutesOutOfRange { got: 241, max: 240 },
            ),
            (
                new(5, d(2025, 3, 11), None),
                MomentError::DateInFuture {
                    date: d(2025, 3, 11),
                    today,
                },
            ),
            (
                new(5, today, Some(d(2025, 3, 9))),
                MomentError::FollowUpInPast {
                    date: d(2025, 3, 9),
                    today,
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(AttentionMoment::create(input, today), Err(want));
        }
    }

    #[test]
    fn stats_count_days_school_days_and_window() {
        let cal = SchoolCalendar::new(vec![HolidayRange::new(
            d(2025, 2, 24),
            d(2025, 2, 28),
            "Krokus",
        )
        .unwrap()])
        .unwrap();
        let today = d(2025, 3, 10); // Monday
        let moments = vec![
            moment("a", d(2025, 3, 7), 10),  // Friday
            moment("a", d(2025, 2, 11), 20), // 27 days ago: inside the window
            moment("a", d(2025, 2, 10), 30), // 28 days ago: outside
            moment("a", d(2025, 3, 11), 99), // tomorrow: ignored
            moment("b", d(2025, 2, 21), 15), // Friday before the break
        ];
        let a = pupil_stats(
            &pupil("a", "Anna", SupportLevel::Basis),
            &moments,
            today,
            &cal,
        );
        assert_eq!(a.last_date, Some(d(2025, 3, 7)));
        assert_eq!((a.days_since, a.school_days_since), (Some(3), Some(1)));
        assert_eq!((a.minutes_last_4_weeks, a.moments_last_4_weeks), (30, 2));
        let b = pupil_stats(
            &pupil("b", "Bram", SupportLevel::Basis),
            &moments,
            today,
            &cal,
        );
        assert_eq!((b.days_since, b.school_days_since), (Some(17), Some(6)));
        let c = pupil_stats(
            &pupil("c", "Cas", SupportLevel::Basis),
            &moments,
            today,
            &cal,
        );
        assert_eq!(
            (c.last_date, c.school_days_since, c.minutes_last_4_weeks),
            (None, None, 0)
        );
    }

    #[test]
    fn not_seen_threshold_and_order() {
        let cal = SchoolCalendar::default();
        let today = d(2025, 3, 28); // Friday before the spring DST weekend
        let pupils = vec![
            pupil("1", "emma", SupportLevel::Basis),
            pupil("2", "Daan", SupportLevel::Extra),
            pupil("3", "Sem", SupportLevel::Basis),
            pupil("4", "Anouk", SupportLevel::Basis),
            pupil("5", "Zoë", SupportLevel::Basis),
            pupil("6", "Bo", SupportLevel::Basis),
        ];
        let moments = vec![
            moment("3", d(2025, 3, 14), 5), // exactly 10 school days ago: flagged
            moment("4", d(2025, 3, 17), 5), // 9 school days: fine
            moment("5", d(2025, 3, 3), 5),  // 19 school days
            moment("6", d(2025, 3, 14), 5), // same date as Sem: by name
        ];
        let got = not_seen(&pupils, &moments, today, &cal, DEFAULT_NOT_SEEN_THRESHOLD);
        assert_eq!(got, ["2", "1", "5", "6", "3"]);
        assert_eq!(not_seen(&pupils, &moments, today, &cal, 20), ["2", "1"]);
        // The DST Sunday and the Monday after: plain date arithmetic.
        let sunday = d(2025, 3, 30);
        let s = pupil_stats(&pupils[3], &moments, sunday, &cal);
        assert_eq!((s.days_since, s.school_days_since), (Some(13), Some(9)));
        let s = pupil_stats(&pupils[3], &moments, d(2025, 10, 27), &cal);
        assert_eq!(
            s.days_since,
            Some((d(2025, 10, 27) - d(2025, 3, 17)).num_days())
        );
    }
}
