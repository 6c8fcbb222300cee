//! Near goals and a manageable load: splitting long goals into sub-goals of one to three
//! weeks on the aim line (Bandura & Schunk 1981), and the warning for more than three active
//! goals per pupil.
//!
//! Must not touch: realism bands, goal state, text.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::goals::model::SubGoal;

/// More active goals than this per pupil gets a warning.
pub const MAX_ACTIVE_GOALS: usize = 3;
/// Goals longer than this (six weeks) are split into sub-goals.
pub const SUB_GOALS_AFTER_DAYS: i64 = 42;
/// A sub-goal spans at most three weeks.
pub const MAX_SUB_GOAL_DAYS: i64 = 21;
/// A goal spans at most a school year: beyond that it is no longer a near goal, and the
/// planner would make an unbounded number of check-ins.
pub const MAX_GOAL_DAYS: i64 = 365;

/// True when a pupil has more active goals than is good for focus (more than three).
pub fn too_many_active_goals(active_count: usize) -> bool {
    active_count > MAX_ACTIVE_GOALS
}

/// Why sub-goals could not be planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum PlanError {
    #[error("baseline or target is not a finite number")]
    NotFinite,
    #[error("the end date is not after the start date")]
    EndNotAfterStart,
    #[error("the goal spans more than a year")]
    TooLong,
}

impl PlanError {
    pub const ALL: [PlanError; 3] = [PlanError::NotFinite, PlanError::EndNotAfterStart, PlanError::TooLong];
}

/// How many sub-goals a span of `days` gets: none up to six weeks, otherwise enough pieces
/// that none is longer than three weeks.
pub fn sub_goal_count(days: i64) -> usize {
    if days <= SUB_GOALS_AFTER_DAYS {
        0
    } else {
        usize::try_from((days + MAX_SUB_GOAL_DAYS - 1) / MAX_SUB_GOAL_DAYS).unwrap_or(0)
    }
}

/// Splits a goal from (`start`, `baseline`) to (`end`, `target`) into evenly spaced sub-goals
/// of one to three weeks, each on the aim line with its check-in date; the last one is the
/// target itself on the target date. Goals of six weeks or less get none: they are near
/// enough. Values are exact aim-line values; rounding for display is up to the caller.
pub fn plan_sub_goals(
    baseline: f64,
    target: f64,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<Vec<SubGoal>, PlanError> {
    if !baseline.is_finite() || !target.is_finite() {
        return Err(PlanError::NotFinite);
    }
    let days = (end - start).num_days();
    if days <= 0 {
        return Err(PlanError::EndNotAfterStart);
    }
    if days > MAX_GOAL_DAYS {
        return Err(PlanError::TooLong);
    }
    let n = sub_goal_count(days) as i64;
    let mut out = Vec::new();
    for i in 1..=n {
        // Rounded to whole days; consecutive offsets differ by floor or ceil of days/n,
        // which stays within 1–3 weeks because days/n is in (14, 21].
        let offset = (days * i + n / 2) / n;
        let (date, value) = if i == n {
            (end, target)
        } else {
            let date = start
                .checked_add_days(Days::new(offset.unsigned_abs()))
                .unwrap_or(end);
            (date, baseline + (target - baseline) * offset as f64 / days as f64)
        };
        out.push(SubGoal {
            target: value,
            date,
            done: false,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_kit::d;

    #[test]
    fn active_goal_warning() {
        for (n, warn) in [(0, false), (1, false), (3, false), (4, true), (10, true)] {
            assert_eq!(too_many_active_goals(n), warn, "{n}");
        }
    }

    #[test]
    fn sub_goal_counts() {
        for (days, n) in [(1, 0), (42, 0), (43, 3), (63, 3), (64, 4), (84, 4), (85, 5), (365, 18)] {
            assert_eq!(sub_goal_count(days), n, "{days}");
        }
    }

    #[test]
    fn short_goals_get_no_sub_goals() {
        let s = d(2025, 1, 6);
        assert!(plan_sub_goals(40.0, 52.0, s, d(2025, 2, 17)).unwrap().is_empty()); // 42 days
    }

    #[test]
    fn long_goals_are_split_on_the_aim_line() {
        for (days, base, target) in [(43_i64, 40.0, 52.0), (56, 40.0, 56.0), (70, 8.0, 2.0), (100, 1.0, 4.0), (365, 0.0, 100.0)] {
            let s = d(2025, 1, 6);
            let e = s + chrono::Duration::days(days);
            let subs = plan_sub_goals(base, target, s, e).unwrap();
            assert_eq!(subs.len(), sub_goal_count(days));
            let last = subs.last().unwrap();
            assert_eq!((last.target, last.date), (target, e));
            let mut prev = s;
            for sg in &subs {
                let piece = (sg.date - prev).num_days();
                assert!((7..=21).contains(&piece), "{days}: piece {piece}");
                let frac = (sg.date - s).num_days() as f64 / days as f64;
                assert!((sg.target - (base + (target - base) * frac)).abs() < 1e-9);
                assert!(!sg.done);
                prev = sg.date;
            }
        }
    }

    #[test]
    fn evenly_spaced_example() {
        // 8 weeks from 6 January: 3 pieces of 18–19 days.
        let subs = plan_sub_goals(40.0, 56.0, d(2025, 1, 6), d(2025, 3, 3)).unwrap();
        let dates: Vec<_> = subs.iter().map(|s| s.date).collect();
        assert_eq!(dates, vec![d(2025, 1, 25), d(2025, 2, 12), d(2025, 3, 3)]);
    }

    #[test]
    fn invalid_inputs() {
        let s = d(2025, 1, 6);
        assert_eq!(plan_sub_goals(f64::NAN, 1.0, s, d(2025, 3, 1)), Err(PlanError::NotFinite));
        assert_eq!(plan_sub_goals(1.0, f64::INFINITY, s, d(2025, 3, 1)), Err(PlanError::NotFinite));
        assert_eq!(plan_sub_goals(1.0, 2.0, s, s), Err(PlanError::EndNotAfterStart));
        assert_eq!(plan_sub_goals(1.0, 2.0, s, d(2024, 12, 1)), Err(PlanError::EndNotAfterStart));
        assert_eq!(plan_sub_goals(1.0, 2.0, s, d(2026, 1, 7)), Err(PlanError::TooLong));
    }
}
