//! Goals: the pure domain of Groeipad's goal-setting wizard and progress monitoring.
//!
//! Owns: goal, measure and measurement types (`model`), the wizard draft and its per-step
//! validation (`wizard`), the editable reading-norm table (`norms`), the realism check that
//! compares a goal's needed weekly growth with norms, the pupil's own growth or simple rules
//! (`realism`), the vague-verb check of the goal sentence (`vague`), sub-goal planning and the
//! active-goal warning (`plan`), and aim line, trend, decision rules, achievement and goal
//! state transitions (`progress`). Their Dutch and English text lives in `crate::i18n::goals`.
//!
//! Must not touch: the browser, storage, signals or the clock. "Today" is always a parameter;
//! ids are given by the caller. No user-visible text here: a reached goal's success holds
//! what was reached in the teacher's words (`commands::success_words`); thiserror's `#[error]`
//! strings are developer messages.
//! The figures and rules come from /work/shared/DOMAIN.md, section "Goals: measurable and
//! realistic".

pub mod chart;
pub mod commands;
mod model;
mod norms;
mod plan;
mod progress;
mod realism;
mod stats;
mod vague;
mod wizard;

pub use model::*;
pub use norms::*;
pub use plan::*;
pub use progress::*;
pub use realism::*;
pub use vague::*;
pub use stats::Trend;
pub use wizard::*;

/// The test kit of goals: one builder, changed with struct update where a test needs it.
#[cfg(test)]
pub mod test_kit {
    use chrono::NaiveDate;

    use super::{Baseline, Direction, Domain, Goal, GoalState, Measure, Unit};

    /// An active reading goal of `pupil_id` (DMT, words correct per minute, 40 → 50 between
    /// 1 October and 26 November 2026), confirmed by one measurement.
    pub fn goal(id: &str, pupil_id: &str) -> Goal {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        Goal {
            id: id.into(),
            pupil_id: pupil_id.into(),
            domain: Domain::Reading,
            measure: Measure { name: "DMT".into(), unit: Unit::WordsCorrectPerMinute, direction: Direction::Increasing, template: None },
            baseline: Some(Baseline { value: 40.0, date: day(10, 1) }),
            target: 50.0,
            target_date: day(11, 26),
            conditions: String::new(),
            confirmations: 1,
            pupil_actions: vec![],
            teacher_actions: vec![],
            home_actions: vec![],
            own_words: String::new(),
            state: GoalState::Active,
            revisions: vec![],
            approach_changes: vec![],
            sub_goals: vec![],
            created_on: day(10, 1),
        }
    }

    /// One extreme case for the realism check: unit, direction, baseline, target and the
    /// class benchmark.
    pub type Extreme = (Unit, Direction, f64, f64, Option<f64>);

    /// Huge, tiny and decreasing values, and an own history that jumps from 0 to the
    /// largest float: the check and its texts must take them without panicking.
    pub fn extreme_inputs() -> (Vec<Extreme>, [(NaiveDate, f64); 3]) {
        let big = f64::MAX;
        let day = |d| NaiveDate::from_ymd_opt(2025, 1, d).unwrap_or_default();
        let cases = vec![
            (Unit::WordsCorrectPerMinute, Direction::Increasing, 0.0, big, Some(big)),
            (Unit::Minutes, Direction::Decreasing, big, 0.0, Some(0.0)),
            (Unit::TimesPerDay, Direction::Increasing, 0.0, 1e-12, None),
            (Unit::ItemsCorrectOutOf(u32::MAX), Direction::Increasing, 0.0, f64::from(u32::MAX), Some(1.0)),
        ];
        (cases, [(day(1), 0.0), (day(8), 1e-300), (day(15), big)])
    }
}

pub mod school {
    pub use crate::domain::model::{SchoolSystem, YearGroup};
}
