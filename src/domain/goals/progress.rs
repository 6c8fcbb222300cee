//! Progress monitoring: recording a measurement, the aim line, the trend, the decision rules
//! of curriculum-based measurement, achievement, and the goal's state transitions (achieve,
//! adjust with history kept, stop).
//!
//! Decision rules (DOMAIN.md): with at least 6 data points, the last 4 in a row behind the
//! aim line → adjust the approach (after checking the plan was carried out); the last 4 in a
//! row ahead of it → raise the goal. "Behind" respects the direction: for a decreasing
//! measure a value above the line is behind.
//! Must not touch: storage, the clock, text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::goals::model::{ApproachChange, Baseline, Goal, GoalRevision, GoalState, Measurement, StopReason, ValueError, ValueField, MAX_APPROACH_CHARS};
use crate::domain::goals::plan::MAX_GOAL_DAYS;
use crate::domain::goals::stats::{eps, fit, Trend};
use crate::domain::goals::wizard::{planned_sub_goals, GoalError};

/// Decision rules need at least this many points.
pub const MIN_POINTS_FOR_DECISION: usize = 6;
/// ... and look at this many consecutive latest points.
pub const CONSECUTIVE_POINTS: usize = 4;

/// What the data says to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Advice {
    /// Four points in a row behind the aim line: first check the plan was carried out, then
    /// change the approach (more time, other material, verlengde instructie ...).
    AdjustApproach,
    /// Four points in a row ahead of the aim line: set a more ambitious target.
    RaiseGoal,
}

impl Advice {
    pub const ALL: [Advice; 2] = [Advice::AdjustApproach, Advice::RaiseGoal];
}

/// Why a progress computation could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum ProgressError {
    #[error("the goal has no baseline, so no aim line")]
    NoBaseline,
    #[error("a trend needs at least two measurements, got {got}")]
    TooFewPoints { got: usize },
    #[error("all measurements are on one date")]
    NoDateSpread,
    #[error("measurement: {0}")]
    Value(ValueError),
    #[error("the measurement date is in the future")]
    MeasurementInFuture,
}

impl ProgressError {
    pub const ALL: [ProgressError; 5] = [
        ProgressError::NoBaseline,
        ProgressError::TooFewPoints { got: 1 },
        ProgressError::NoDateSpread,
        ProgressError::Value(ValueError::Negative),
        ProgressError::MeasurementInFuture,
    ];
}

/// Why a goal cannot change state this way.
#[derive(Clone, Debug, PartialEq, Error, Serialize, Deserialize)]
pub enum TransitionError {
    #[error("the goal was already achieved")]
    AlreadyAchieved,
    #[error("the goal was already stopped")]
    AlreadyStopped,
    #[error("the date is before the goal was made")]
    DateBeforeStart,
    #[error("no reason given")]
    EmptyReason,
    #[error("the adjustment changes nothing")]
    NothingChanged,
    #[error("adjustment: {0}")]
    Invalid(GoalError),
    #[error("the new approach has no name")]
    EmptyApproach,
    #[error("the name of the approach is longer than {max} characters")]
    ApproachTooLong { max: usize },
    #[error("the date lies in the future")]
    DateInFuture,
    #[error("that approach change is not on this goal")]
    NoSuchApproach,
}

/// A new target and date for an active goal; `restart_from` moves the start of the aim line
/// to the pupil's current level (e.g. the latest measurement), so the decision rules judge
/// the new plan from where the pupil is now.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Adjustment {
    pub target: f64,
    pub target_date: NaiveDate,
    #[serde(default)]
    pub restart_from: Option<Baseline>,
}

/// Checks and builds a measurement for a goal.
pub fn record_measurement(
    goal: &Goal,
    id: String,
    value: f64,
    date: NaiveDate,
    note: String,
    today: NaiveDate,
) -> Result<Measurement, ProgressError> {
    goal.measure.unit.check(value).map_err(ProgressError::Value)?;
    if date > today {
        return Err(ProgressError::MeasurementInFuture);
    }
    Ok(Measurement {
        id,
        goal_id: goal.id.clone(),
        value,
        date,
        note: note.trim().to_string(),
    })
}

/// The aim line's value at `date`: a straight line from the start (baseline) to the target
/// on the target date; flat before the start and after the target date.
pub fn aim_line(goal: &Goal, date: NaiveDate) -> Result<f64, ProgressError> {
    let start = goal.start_point().ok_or(ProgressError::NoBaseline)?;
    let span = (goal.target_date - start.date).num_days();
    let at = (date - start.date).num_days();
    if span <= 0 || at >= span {
        return Ok(goal.target);
    }
    if at <= 0 {
        return Ok(start.value);
    }
    Ok(start.value + (goal.target - start.value) * at as f64 / span as f64)
}

/// The least-squares trend line through the measurements.
pub fn trend(measurements: &[Measurement]) -> Result<Trend, ProgressError> {
    if measurements.iter().any(|m| !m.value.is_finite()) {
        return Err(ProgressError::Value(ValueError::NotFinite));
    }
    if measurements.len() < 2 {
        return Err(ProgressError::TooFewPoints { got: measurements.len() });
    }
    let pts: Vec<(NaiveDate, f64)> = measurements.iter().map(|m| (m.date, m.value)).collect();
    fit(&pts).ok_or(ProgressError::NoDateSpread)
}

/// This goal's usable measurements from the start of its aim line on, oldest first.
/// Measurements of other goals and non-finite values are ignored.
fn series(goal: &Goal, measurements: &[Measurement], start: NaiveDate) -> Vec<(NaiveDate, f64)> {
    let mut pts: Vec<(NaiveDate, f64)> = measurements
        .iter()
        .filter(|m| m.goal_id == goal.id && m.value.is_finite() && m.date >= start)
        .map(|m| (m.date, m.value))
        .collect();
    pts.sort_by_key(|p| p.0);
    pts
}

/// The decision rule's advice for an active goal, if any.
pub fn decision(goal: &Goal, measurements: &[Measurement]) -> Result<Option<Advice>, ProgressError> {
    let start = goal.start_point().ok_or(ProgressError::NoBaseline)?;
    if !goal.is_active() {
        return Ok(None);
    }
    let pts = series(goal, measurements, start.date);
    if pts.len() < MIN_POINTS_FOR_DECISION {
        return Ok(None);
    }
    // After a change of approach only the points since then count: the new approach
    // gets its own four points before the rule speaks again.
    if let Some(since) = goal.approach_changes.iter().map(|a| a.on).max() {
        if pts.iter().filter(|p| p.0 > since).count() < CONSECUTIVE_POINTS {
            return Ok(None);
        }
    }
    let dir = goal.measure.direction;
    let mut ahead = 0;
    let mut behind = 0;
    for (date, value) in pts.iter().rev().take(CONSECUTIVE_POINTS) {
        let aim = aim_line(goal, *date)?;
        let g = dir.growth(aim, *value);
        if g > eps(aim) {
            ahead += 1;
        } else if g < -eps(aim) {
            behind += 1;
        }
    }
    Ok(if behind == CONSECUTIVE_POINTS {
        Some(Advice::AdjustApproach)
    } else if ahead == CONSECUTIVE_POINTS {
        Some(Advice::RaiseGoal)
    } else {
        None
    })
}

/// True when the latest `confirmations` measurements (at least one) all meet the target.
pub fn is_achieved(goal: &Goal, measurements: &[Measurement]) -> bool {
    let start = goal.start_point().map_or(goal.created_on, |b| b.date);
    let pts = series(goal, measurements, start);
    let n = usize::from(goal.confirmations.max(1));
    pts.len() >= n
        && pts
            .iter()
            .rev()
            .take(n)
            .all(|(_, v)| goal.measure.direction.meets(*v, goal.target))
}

impl Goal {
    fn ensure_active(&self) -> Result<(), TransitionError> {
        match self.state {
            GoalState::Active => Ok(()),
            GoalState::Achieved { .. } => Err(TransitionError::AlreadyAchieved),
            GoalState::Stopped { .. } => Err(TransitionError::AlreadyStopped),
        }
    }

    /// Marks the goal achieved (a success to celebrate). The teacher decides; `is_achieved`
    /// only suggests it.
    pub fn achieve(&mut self, date: NaiveDate) -> Result<(), TransitionError> {
        self.ensure_active()?;
        if date < self.created_on {
            return Err(TransitionError::DateBeforeStart);
        }
        self.state = GoalState::Achieved { date };
        Ok(())
    }

    /// Stops the goal without reaching it.
    /// Marks the day a new approach started; kept in date order.
    pub fn mark_approach_change(&mut self, on: NaiveDate, label: &str, today: NaiveDate) -> Result<(), TransitionError> {
        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
        if label.is_empty() {
            return Err(TransitionError::EmptyApproach);
        }
        if label.chars().count() > MAX_APPROACH_CHARS {
            return Err(TransitionError::ApproachTooLong { max: MAX_APPROACH_CHARS });
        }
        if on > today {
            return Err(TransitionError::DateInFuture);
        }
        if on < self.created_on {
            return Err(TransitionError::DateBeforeStart);
        }
        self.approach_changes.push(ApproachChange { on, label });
        self.approach_changes.sort_by_key(|a| a.on);
        Ok(())
    }

    /// Removes the approach change at `index` (its undo puts the goal back as it was).
    pub fn unmark_approach_change(&mut self, index: usize) -> Result<(), TransitionError> {
        if index >= self.approach_changes.len() {
            return Err(TransitionError::NoSuchApproach);
        }
        self.approach_changes.remove(index);
        Ok(())
    }

    pub fn stop(&mut self, reason: StopReason, date: NaiveDate) -> Result<(), TransitionError> {
        self.ensure_active()?;
        if date < self.created_on {
            return Err(TransitionError::DateBeforeStart);
        }
        let reason = match reason {
            StopReason::Other(text) if text.trim().is_empty() => return Err(TransitionError::EmptyReason),
            StopReason::Other(text) => StopReason::Other(text.trim().to_string()),
            other => other,
        };
        self.state = GoalState::Stopped { date, reason };
        Ok(())
    }

    /// Sets a new target and date, keeping the old ones in `revisions`, and re-plans the
    /// sub-goals. On error nothing changes.
    pub fn adjust(&mut self, adj: Adjustment, today: NaiveDate) -> Result<(), TransitionError> {
        self.ensure_active()?;
        let invalid = TransitionError::Invalid;
        let unit = self.measure.unit;
        let field_err = |field| move |problem| invalid(GoalError::Value { field, problem });
        if let Some(r) = adj.restart_from {
            unit.check(r.value).map_err(field_err(ValueField::Baseline))?;
            if r.date > today {
                return Err(invalid(GoalError::BaselineInFuture));
            }
        }
        unit.check(adj.target).map_err(field_err(ValueField::Target))?;
        let start = adj
            .restart_from
            .or_else(|| self.start_point())
            .ok_or(invalid(GoalError::MissingBaseline))?;
        let growth = self.measure.direction.growth(start.value, adj.target);
        if growth == 0.0 {
            return Err(invalid(GoalError::TargetEqualsBaseline));
        }
        if growth < 0.0 {
            return Err(invalid(GoalError::TargetWrongSide { direction: self.measure.direction }));
        }
        // A date in the past is said to be in the past (it may be before the baseline too).
        if adj.target_date <= today {
            return Err(invalid(GoalError::TargetDateNotAfterToday));
        }
        if adj.target_date <= start.date {
            return Err(invalid(GoalError::TargetDateNotAfterBaseline));
        }
        if (adj.target_date - start.date).num_days() > MAX_GOAL_DAYS {
            return Err(invalid(GoalError::TargetDateTooFar));
        }
        if adj.restart_from.is_none() && adj.target == self.target && adj.target_date == self.target_date {
            return Err(TransitionError::NothingChanged);
        }
        let sub_goals = planned_sub_goals(&self.measure, start, adj.target, adj.target_date).map_err(invalid)?;
        self.revisions.push(GoalRevision {
            on: today,
            previous_baseline: self.baseline,
            previous_target: self.target,
            previous_target_date: self.target_date,
            previous_sub_goals: std::mem::take(&mut self.sub_goals),
        });
        if adj.restart_from.is_some() {
            self.baseline = adj.restart_from;
        }
        self.target = adj.target;
        self.target_date = adj.target_date;
        self.sub_goals = sub_goals;
        Ok(())
    }

    /// Ticks off sub-goals that a measurement (from the aim line's start on) has met.
    /// Returns how many were newly ticked, so the app can celebrate them.
    pub fn mark_sub_goals(&mut self, measurements: &[Measurement]) -> usize {
        let start = self.start_point().map_or(self.created_on, |b| b.date);
        let pts = series(self, measurements, start);
        let dir = self.measure.direction;
        let mut newly = 0;
        for sg in self.sub_goals.iter_mut().filter(|s| !s.done) {
            if pts.iter().any(|(_, v)| dir.meets(*v, sg.target)) {
                sg.done = true;
                newly += 1;
            }
        }
        newly
    }
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
