//! The goal-setting wizard's draft: every field optional while the teacher and pupil fill it
//! in step by step, a check per step, and `finish` that turns a complete draft into a goal
//! (with sub-goals for goals over six weeks).
//!
//! Refuses vague goals: no measure, no baseline, no conditions, vague verbs in the pupil's
//! own words. Realism is advice, not a gate: see `realism::assess`.
//! Must not touch: storage, the clock ("today" is a parameter), text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::goals::model::{Baseline, Direction, Domain, Goal, GoalState, Measure, SubGoal, Unit, ValueError, ValueField};
use crate::domain::goals::plan::{plan_sub_goals, PlanError, MAX_GOAL_DAYS};
use crate::domain::goals::vague::{check_vague, ObservableVerb, VagueHit};

/// More confirming measurements than this is no longer a near goal.
pub const MAX_CONFIRMATIONS: u8 = 10;

/// The wizard's steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WizardStep {
    Domain,
    Measure,
    Baseline,
    Target,
    Date,
    /// Conditions and how many measurements confirm the goal.
    Conditions,
    /// What the pupil, the teacher and the parents do.
    Actions,
    /// The goal in the pupil's own words ("Ik kan ...").
    OwnWords,
}

impl WizardStep {
    pub const ALL: [WizardStep; 8] = [
        WizardStep::Domain,
        WizardStep::Measure,
        WizardStep::Baseline,
        WizardStep::Target,
        WizardStep::Date,
        WizardStep::Conditions,
        WizardStep::Actions,
        WizardStep::OwnWords,
    ];
}

/// A goal being made. Stored as is (autosave), so every field may be missing.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalDraft {
    pub pupil_id: Option<String>,
    pub domain: Option<Domain>,
    pub measure: Option<Measure>,
    pub baseline: Option<Baseline>,
    pub target: Option<f64>,
    pub target_date: Option<NaiveDate>,
    pub conditions: Option<String>,
    pub confirmations: Option<u8>,
    pub pupil_actions: Option<Vec<String>>,
    pub teacher_actions: Option<Vec<String>>,
    pub home_actions: Option<Vec<String>>,
    pub own_words: Option<String>,
}

/// Why a step (or the whole draft) is not complete.
#[derive(Clone, Debug, PartialEq, Error, Serialize, Deserialize)]
pub enum GoalError {
    #[error("no pupil chosen")]
    MissingPupil,
    #[error("no domain chosen")]
    MissingDomain,
    #[error("no measure chosen")]
    MissingMeasure,
    #[error("the measure has no name")]
    EmptyMeasureName,
    #[error("a test of zero items")]
    ItemCountZero,
    #[error("a milestone can only go from not yet to reached")]
    MilestoneMustIncrease,
    #[error("no baseline measurement")]
    MissingBaseline,
    #[error("no target")]
    MissingTarget,
    #[error("no target date")]
    MissingTargetDate,
    #[error("no conditions")]
    MissingConditions,
    #[error("no number of confirming measurements")]
    MissingConfirmations,
    #[error("confirming measurements must be 1-10, not {value}")]
    ConfirmationsOutOfRange { value: u8 },
    #[error("no steps for pupil, teacher or home")]
    NoActions,
    #[error("no goal in the pupil's own words")]
    MissingOwnWords,
    #[error("vague verbs in the goal sentence")]
    VagueWords { hits: Vec<VagueHit>, alternatives: Vec<ObservableVerb> },
    #[error("{field:?}: {problem}")]
    Value { field: ValueField, problem: ValueError },
    #[error("the target equals the baseline")]
    TargetEqualsBaseline,
    #[error("the target lies on the wrong side of the baseline for {direction:?}")]
    TargetWrongSide { direction: Direction },
    #[error("the baseline date is in the future")]
    BaselineInFuture,
    #[error("the target date is not after today")]
    TargetDateNotAfterToday,
    #[error("the target date is not after the baseline date")]
    TargetDateNotAfterBaseline,
    #[error("the target date is more than a year away")]
    TargetDateTooFar,
}

impl GoalError {
    /// The step the wizard should go back to.
    pub fn step(&self) -> WizardStep {
        use GoalError::*;
        match self {
            MissingPupil | MissingDomain => WizardStep::Domain,
            MissingMeasure | EmptyMeasureName | ItemCountZero | MilestoneMustIncrease => WizardStep::Measure,
            MissingBaseline | BaselineInFuture => WizardStep::Baseline,
            Value { field: ValueField::Baseline, .. } => WizardStep::Baseline,
            Value { .. } | MissingTarget | TargetEqualsBaseline | TargetWrongSide { .. } => WizardStep::Target,
            MissingTargetDate | TargetDateNotAfterToday | TargetDateNotAfterBaseline | TargetDateTooFar => WizardStep::Date,
            MissingConditions | MissingConfirmations | ConfirmationsOutOfRange { .. } => WizardStep::Conditions,
            NoActions => WizardStep::Actions,
            MissingOwnWords | VagueWords { .. } => WizardStep::OwnWords,
        }
    }
}

fn filled(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn clean(list: &Option<Vec<String>>) -> Vec<String> {
    list.iter()
        .flatten()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

impl GoalDraft {
    fn measure_checked(&self) -> Result<&Measure, GoalError> {
        let m = self.measure.as_ref().ok_or(GoalError::MissingMeasure)?;
        if m.name.trim().is_empty() {
            return Err(GoalError::EmptyMeasureName);
        }
        if m.unit.check_unit().is_err() {
            return Err(GoalError::ItemCountZero);
        }
        if m.unit == Unit::Milestone && m.direction == Direction::Decreasing {
            return Err(GoalError::MilestoneMustIncrease);
        }
        Ok(m)
    }

    /// The start of the aim line: the baseline, or "not yet" today for a milestone.
    fn start(&self, unit: Unit, today: NaiveDate) -> Result<Baseline, GoalError> {
        match (self.baseline, unit) {
            (Some(b), _) => Ok(b),
            (None, Unit::Milestone) => Ok(Baseline { value: 0.0, date: today }),
            (None, _) => Err(GoalError::MissingBaseline),
        }
    }

    /// Checks one step. Steps that depend on earlier ones (the target needs the unit) report
    /// the earlier problem, whose `step()` points back to it.
    pub fn validate_step(&self, step: WizardStep, today: NaiveDate) -> Result<(), GoalError> {
        match step {
            WizardStep::Domain => {
                filled(&self.pupil_id).ok_or(GoalError::MissingPupil)?;
                self.domain.ok_or(GoalError::MissingDomain).map(|_| ())
            }
            WizardStep::Measure => self.measure_checked().map(|_| ()),
            WizardStep::Baseline => {
                let unit = self.measure_checked()?.unit;
                let b = self.start(unit, today)?;
                unit.check(b.value).map_err(|problem| GoalError::Value { field: ValueField::Baseline, problem })?;
                if b.date > today {
                    return Err(GoalError::BaselineInFuture);
                }
                Ok(())
            }
            WizardStep::Target => {
                let m = self.measure_checked()?;
                let target = self.target.ok_or(GoalError::MissingTarget)?;
                m.unit.check(target).map_err(|problem| GoalError::Value { field: ValueField::Target, problem })?;
                let start = self.start(m.unit, today)?;
                let growth = m.direction.growth(start.value, target);
                if growth == 0.0 {
                    return Err(GoalError::TargetEqualsBaseline);
                }
                if growth < 0.0 {
                    return Err(GoalError::TargetWrongSide { direction: m.direction });
                }
                Ok(())
            }
            WizardStep::Date => {
                let date = self.target_date.ok_or(GoalError::MissingTargetDate)?;
                let start = self.baseline.map_or(today, |b| b.date);
                // A date in the past is said to be in the past (it is before the baseline too).
                if date <= today {
                    return Err(GoalError::TargetDateNotAfterToday);
                }
                if self.baseline.is_some_and(|b| date <= b.date) {
                    return Err(GoalError::TargetDateNotAfterBaseline);
                }
                if (date - start).num_days() > MAX_GOAL_DAYS {
                    return Err(GoalError::TargetDateTooFar);
                }
                Ok(())
            }
            WizardStep::Conditions => {
                filled(&self.conditions).ok_or(GoalError::MissingConditions)?;
                match self.confirmations {
                    None => Err(GoalError::MissingConfirmations),
                    Some(value) if value == 0 || value > MAX_CONFIRMATIONS => {
                        Err(GoalError::ConfirmationsOutOfRange { value })
                    }
                    Some(_) => Ok(()),
                }
            }
            WizardStep::Actions => {
                let any = [&self.pupil_actions, &self.teacher_actions, &self.home_actions]
                    .iter()
                    .any(|l| !clean(l).is_empty());
                if any {
                    Ok(())
                } else {
                    Err(GoalError::NoActions)
                }
            }
            WizardStep::OwnWords => {
                let words = filled(&self.own_words).ok_or(GoalError::MissingOwnWords)?;
                let check = check_vague(words, self.domain);
                if check.is_vague() {
                    return Err(GoalError::VagueWords { hits: check.hits, alternatives: check.alternatives });
                }
                Ok(())
            }
        }
    }

    /// Every step in order; the first problem found.
    pub fn validate_all(&self, today: NaiveDate) -> Result<(), GoalError> {
        WizardStep::ALL.iter().try_for_each(|s| self.validate_step(*s, today))
    }
}

/// Sub-goals for a goal from `start` to (`target_date`, `target`), rounded to whole units
/// away from the start (so reaching one keeps the pupil on or past the aim line); the last is
/// the target itself. None for milestones, which have no in-between values.
pub(crate) fn planned_sub_goals(
    measure: &Measure,
    start: Baseline,
    target: f64,
    target_date: NaiveDate,
) -> Result<Vec<SubGoal>, GoalError> {
    if measure.unit == Unit::Milestone {
        return Ok(Vec::new());
    }
    let mut subs = plan_sub_goals(start.value, target, start.date, target_date).map_err(|e| match e {
        PlanError::NotFinite => GoalError::Value { field: ValueField::Target, problem: ValueError::NotFinite },
        PlanError::EndNotAfterStart => GoalError::TargetDateNotAfterBaseline,
        PlanError::TooLong => GoalError::TargetDateTooFar,
    })?;
    let last = subs.len().saturating_sub(1);
    let (lo, hi) = (start.value.min(target), start.value.max(target));
    for sg in subs.iter_mut().take(last) {
        // Never past the final target, even with a fractional target.
        sg.target = measure.unit.round_clamped(sg.target, measure.direction == Direction::Increasing).clamp(lo, hi);
    }
    Ok(subs)
}

/// Turns a complete draft into an active goal made today. Goals over six weeks get sub-goals
/// of one to three weeks on the aim line (see `planned_sub_goals`).
pub fn finish(draft: &GoalDraft, id: String, today: NaiveDate) -> Result<Goal, GoalError> {
    draft.validate_all(today)?;
    let measure = draft.measure.clone().ok_or(GoalError::MissingMeasure)?;
    let target = draft.target.ok_or(GoalError::MissingTarget)?;
    let target_date = draft.target_date.ok_or(GoalError::MissingTargetDate)?;
    let sub_goals = match draft.baseline {
        Some(b) => planned_sub_goals(&measure, b, target, target_date)?,
        None => Vec::new(),
    };
    Ok(Goal {
        id,
        pupil_id: filled(&draft.pupil_id).ok_or(GoalError::MissingPupil)?.to_string(),
        domain: draft.domain.ok_or(GoalError::MissingDomain)?,
        measure: Measure { name: measure.name.trim().to_string(), ..measure },
        baseline: draft.baseline,
        target,
        target_date,
        conditions: filled(&draft.conditions).unwrap_or_default().to_string(),
        confirmations: draft.confirmations.unwrap_or(1),
        pupil_actions: clean(&draft.pupil_actions),
        teacher_actions: clean(&draft.teacher_actions),
        home_actions: clean(&draft.home_actions),
        own_words: filled(&draft.own_words).unwrap_or_default().to_string(),
        state: GoalState::Active,
        revisions: Vec::new(),
        approach_changes: vec![],
        sub_goals,
        created_on: today,
    })
}

#[cfg(test)]
#[path = "wizard_tests.rs"]
mod tests;
