//! The school calendar: which dates are school days, and counting in school days.
//!
//! Owns the teacher-entered holidays (vakanties, studiedagen) and school-day arithmetic.
//! Must not touch time zones or system time: everything is a local `NaiveDate`, so the
//! DST switch (last Sunday of March/October) cannot move a date.
//!
//! Counting works on day numbers with a closed formula for weekdays and merged holiday
//! ranges, so it is fast and cannot loop however large `n` is or however the holidays
//! overlap.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Why a holiday range could not be accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum HolidayError {
    #[error("holiday name is empty")]
    EmptyName,
    #[error("holiday ends ({end}) before it starts ({start})")]
    EndBeforeStart { start: NaiveDate, end: NaiveDate },
}

/// Why school-day arithmetic could not give a date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum SchoolDayError {
    /// The answer lies beyond the last date chrono can represent.
    #[error("date out of range")]
    DateOutOfRange,
}

/// A holiday or other day(s) without school, both ends inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayRange {
    pub start: NaiveDate,
    pub end: NaiveDate,
    #[serde(default)]
    pub name: String,
}

impl HolidayRange {
    /// A validated range: the name is trimmed and must not be empty; `start <= end`
    /// (a single day off has `start == end`).
    pub fn new(start: NaiveDate, end: NaiveDate, name: &str) -> Result<Self, HolidayError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(HolidayError::EmptyName);
        }
        if start > end {
            return Err(HolidayError::EndBeforeStart { start, end });
        }
        Ok(Self {
            start,
            end,
            name: name.to_string(),
        })
    }

    /// Checks a range that came from storage or a backup.
    pub fn validate(&self) -> Result<(), HolidayError> {
        Self::new(self.start, self.end, &self.name).map(|_| ())
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// The teacher's school calendar: Monday–Friday are school days except during holidays.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolCalendar {
    #[serde(default)]
    pub holidays: Vec<HolidayRange>,
}

/// Day number with 0 = Monday 0001-01-01 (proleptic Gregorian), so `m.rem_euclid(7)`
/// is the weekday counted from Monday.
fn day_no(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - 1
}

fn from_day_no(m: i64) -> Option<NaiveDate> {
    i32::try_from(m + 1)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// Number of weekdays (Mon–Fri) in day numbers `[0, m]`, extended to negative `m` so
/// that `cum(b) - cum(a)` counts weekdays in `(a, b]` for any `a <= b`.
fn cum_weekdays(m: i64) -> i64 {
    5 * m.div_euclid(7) + (m.rem_euclid(7) + 1).min(5)
}

impl SchoolCalendar {
    /// A calendar whose holidays are all valid.
    pub fn new(holidays: Vec<HolidayRange>) -> Result<Self, HolidayError> {
        holidays.iter().try_for_each(HolidayRange::validate)?;
        Ok(Self { holidays })
    }

    /// Adds a holiday after validating it.
    pub fn add_holiday(&mut self, holiday: HolidayRange) -> Result<(), HolidayError> {
        holiday.validate()?;
        self.holidays.push(holiday);
        Ok(())
    }

    /// Monday to Friday and not inside any holiday. A stored range with start > end
    /// (only possible from a hand-edited backup) counts as empty.
    pub fn is_school_day(&self, date: NaiveDate) -> bool {
        date.weekday().num_days_from_monday() < 5 && !self.holidays.iter().any(|h| h.contains(date))
    }

    /// Holidays as sorted, non-overlapping, non-adjacent day-number ranges.
    fn merged(&self) -> Vec<(i64, i64)> {
        let mut ranges: Vec<(i64, i64)> = self
            .holidays
            .iter()
            .filter(|h| h.start <= h.end)
            .map(|h| (day_no(h.start), day_no(h.end)))
            .collect();
        ranges.sort_unstable();
        let mut out: Vec<(i64, i64)> = Vec::with_capacity(ranges.len());
        for (s, e) in ranges {
            match out.last_mut() {
                Some(last) if s <= last.1 + 1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        out
    }

    /// School days in `(a, b]` for day numbers `a <= b`.
    fn count_after(merged: &[(i64, i64)], a: i64, b: i64) -> i64 {
        let holiday_weekdays: i64 = merged
            .iter()
            .map(|&(s, e)| {
                let lo = s.max(a + 1);
                let hi = e.min(b);
                if lo <= hi {
                    cum_weekdays(hi) - cum_weekdays(lo - 1)
                } else {
                    0
                }
            })
            .sum();
        cum_weekdays(b) - cum_weekdays(a) - holiday_weekdays
    }

    /// School days after `a` up to and including `b`; negative when `b` is before `a`.
    /// So a moment last Friday seen from Monday is 1 school day ago, and
    /// `school_days_between(d, add_school_days(d, n)) == n`.
    pub fn school_days_between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let merged = self.merged();
        let (x, y) = (day_no(a), day_no(b));
        if x <= y {
            Self::count_after(&merged, x, y)
        } else {
            -Self::count_after(&merged, y, x)
        }
    }

    /// The `n`-th school day after `date` (`n = 0` gives `date` itself, school day or not).
    /// For `n >= 1` the result is always a school day strictly after `date`.
    pub fn add_school_days(&self, date: NaiveDate, n: u32) -> Result<NaiveDate, SchoolDayError> {
        if n == 0 {
            return Ok(date);
        }
        let merged = self.merged();
        let start = day_no(date);
        let need = i64::from(n);
        let max = day_no(NaiveDate::MAX);
        // Upper bound: every full week holds 5 weekdays, and holidays can take away at
        // most as many weekdays as they have days.
        let holiday_days: i64 = merged
            .iter()
            .filter(|r| r.1 > start)
            .map(|r| r.1 - r.0 + 1)
            .sum();
        let mut hi = (start + ((need + holiday_days) / 5 + 2) * 7).min(max);
        if Self::count_after(&merged, start, hi) < need {
            return Err(SchoolDayError::DateOutOfRange);
        }
        // Smallest day with `need` school days in (start, day]: the count rises exactly
        // on school days, so that day is a school day.
        let mut lo = start + 1;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if Self::count_after(&merged, start, mid) >= need {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        from_day_no(lo).ok_or(SchoolDayError::DateOutOfRange)
    }

    /// The next school day strictly after `date`.
    pub fn next_school_day(&self, date: NaiveDate) -> Result<NaiveDate, SchoolDayError> {
        self.add_school_days(date, 1)
    }

    /// `date` itself when it is a school day, else the next school day.
    pub fn school_day_on_or_after(&self, date: NaiveDate) -> Result<NaiveDate, SchoolDayError> {
        if self.is_school_day(date) {
            Ok(date)
        } else {
            self.next_school_day(date)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;
    use proptest::prelude::*;

    use crate::domain::test_kit::d;

    fn autumn() -> SchoolCalendar {
        SchoolCalendar::new(vec![
            HolidayRange::new(d(2024, 10, 28), d(2024, 11, 1), "Herfstvakantie").unwrap(),
            HolidayRange::new(d(2024, 12, 23), d(2025, 1, 3), "Kerstvakantie").unwrap(),
            HolidayRange::new(d(2025, 4, 21), d(2025, 4, 21), "Paasmaandag").unwrap(),
        ])
        .unwrap()
    }

    #[test]
    fn day_numbers_agree_with_chrono_weekdays() {
        for date in [
            d(1, 1, 1),
            d(2024, 2, 29),
            d(2025, 3, 30),
            d(-44, 3, 15),
            d(9999, 12, 31),
        ] {
            assert_eq!(
                day_no(date).rem_euclid(7),
                i64::from(date.weekday().num_days_from_monday())
            );
            assert_eq!(from_day_no(day_no(date)), Some(date));
        }
    }

    #[test]
    fn holiday_validation() {
        assert_eq!(
            HolidayRange::new(d(2025, 1, 2), d(2025, 1, 1), "x"),
            Err(HolidayError::EndBeforeStart {
                start: d(2025, 1, 2),
                end: d(2025, 1, 1)
            })
        );
        assert_eq!(
            HolidayRange::new(d(2025, 1, 1), d(2025, 1, 1), "  "),
            Err(HolidayError::EmptyName)
        );
        let h = HolidayRange::new(d(2025, 1, 1), d(2025, 1, 1), " Nieuwjaar ").unwrap();
        assert_eq!(h.name, "Nieuwjaar");
        let mut cal = SchoolCalendar::default();
        let bad = HolidayRange {
            start: d(2025, 2, 2),
            end: d(2025, 2, 1),
            name: "x".into(),
        };
        assert!(cal.add_holiday(bad.clone()).is_err());
        assert!(SchoolCalendar::new(vec![bad]).is_err());
        assert!(cal.holidays.is_empty());
    }

    #[test]
    fn school_days_table() {
        let cal = autumn();
        let cases = [
            (d(2024, 10, 25), true),  // Friday before the autumn break
            (d(2024, 10, 26), false), // Saturday
            (d(2024, 10, 28), false), // Monday in the break
            (d(2024, 11, 1), false),  // last day of the break
            (d(2024, 11, 4), true),
            (d(2025, 4, 21), false), // Easter Monday
            (d(2025, 4, 22), true),
            (d(2025, 3, 30), false), // DST Sunday (spring)
            (d(2025, 3, 31), true),  // Monday after the spring DST switch
            (d(2025, 10, 27), true), // Monday after the autumn DST switch
        ];
        for (date, want) in cases {
            assert_eq!(cal.is_school_day(date), want, "{date}");
        }
    }

    #[test]
    fn add_and_count_table() {
        let cal = autumn();
        let cases = [
            (d(2024, 10, 25), 1, d(2024, 11, 4)), // Friday + 1 skips weekend and break
            (d(2024, 10, 23), 5, d(2024, 11, 6)), // Wed + 5: Thu, Fri, Mon, Tue, Wed after break
            (d(2024, 12, 20), 1, d(2025, 1, 6)),  // over Christmas and the year end
            (d(2025, 4, 18), 1, d(2025, 4, 22)),  // Friday before Easter Monday
            (d(2025, 3, 28), 1, d(2025, 3, 31)),  // over the spring DST weekend
            (d(2025, 10, 24), 1, d(2025, 10, 27)), // over the autumn DST weekend
            (d(2025, 10, 25), 0, d(2025, 10, 25)), // n = 0 is the date itself
        ];
        for (from, n, want) in cases {
            assert_eq!(cal.add_school_days(from, n), Ok(want), "{from} + {n}");
            assert_eq!(cal.school_days_between(from, want), i64::from(n));
            assert_eq!(cal.school_days_between(want, from), -i64::from(n));
        }
        assert_eq!(cal.school_days_between(d(2025, 3, 29), d(2025, 3, 30)), 0);
        assert_eq!(cal.next_school_day(d(2025, 3, 29)), Ok(d(2025, 3, 31)));
        assert_eq!(
            cal.school_day_on_or_after(d(2025, 3, 31)),
            Ok(d(2025, 3, 31))
        );
    }

    #[test]
    fn overlapping_and_inverted_holidays_are_handled() {
        let cal = SchoolCalendar {
            holidays: vec![
                HolidayRange {
                    start: d(2025, 5, 5),
                    end: d(2025, 5, 9),
                    name: "a".into(),
                },
                HolidayRange {
                    start: d(2025, 5, 7),
                    end: d(2025, 5, 14),
                    name: "b".into(),
                },
                HolidayRange {
                    start: d(2025, 5, 30),
                    end: d(2025, 5, 1),
                    name: "inverted".into(),
                },
            ],
        };
        assert_eq!(cal.add_school_days(d(2025, 5, 2), 1), Ok(d(2025, 5, 15)));
        assert_eq!(cal.school_days_between(d(2025, 5, 2), d(2025, 5, 16)), 2);
    }

    #[test]
    fn huge_counts_do_not_hang_or_panic() {
        let cal = autumn();
        assert_eq!(
            cal.add_school_days(d(2025, 1, 1), u32::MAX),
            Err(SchoolDayError::DateOutOfRange)
        );
        assert_eq!(
            cal.add_school_days(NaiveDate::MAX, 1),
            Err(SchoolDayError::DateOutOfRange)
        );
        let all = SchoolCalendar {
            holidays: vec![HolidayRange {
                start: NaiveDate::MIN,
                end: NaiveDate::MAX,
                name: "x".into(),
            }],
        };
        assert_eq!(
            all.add_school_days(d(2025, 1, 1), 1),
            Err(SchoolDayError::DateOutOfRange)
        );
        let far = cal.add_school_days(d(2025, 1, 1), 1_000_000).unwrap();
        assert_eq!(cal.school_days_between(d(2025, 1, 1), far), 1_000_000);
    }

    fn arb_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..3650).prop_map(|o| d(2020, 1, 1) + chrono::Duration::days(o))
    }

    fn arb_calendar() -> impl Strategy<Value = SchoolCalendar> {
        prop::collection::vec((arb_date(), 0i64..20), 0..8).prop_map(|v| SchoolCalendar {
            holidays: v
                .into_iter()
                .map(|(s, len)| HolidayRange {
                    start: s,
                    end: s + chrono::Duration::days(len),
                    name: "v".into(),
                })
                .collect(),
        })
    }

    fn naive_add(cal: &SchoolCalendar, mut date: NaiveDate, mut n: u32) -> NaiveDate {
        while n > 0 {
            date = date.succ_opt().unwrap();
            if cal.is_school_day(date) {
                n -= 1;
            }
        }
        date
    }

    proptest! {
        #[test]
        fn add_lands_on_school_day_and_counts_back(cal in arb_calendar(), date in arb_date(), n in 1u32..400) {
            let got = cal.add_school_days(date, n).unwrap();
            prop_assert!(got > date);
            prop_assert!(cal.is_school_day(got));
            prop_assert!(got.weekday() != Weekday::Sat && got.weekday() != Weekday::Sun);
            prop_assert!(!cal.holidays.iter().any(|h| h.contains(got)));
            prop_assert_eq!(cal.school_days_between(date, got), i64::from(n));
            prop_assert_eq!(got, naive_add(&cal, date, n));
        }

        #[test]
        fn between_is_antisymmetric(cal in arb_calendar(), a in arb_date(), b in arb_date()) {
            prop_assert_eq!(cal.school_days_between(a, b), -cal.school_days_between(b, a));
        }
    }
}
