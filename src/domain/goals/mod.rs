//! Goals: the pure domain of Groeipad's goal-setting wizard and progress monitoring.
//!
//! Owns: goal, measure and measurement types (`model`), the wizard draft and its per-step
//! validation (`wizard`), the editable reading-norm table (`norms`), the realism check that
//! compares a goal's needed weekly growth with norms, the pupil's own growth or simple rules
//! (`realism`), the vague-verb check of the goal sentence (`vague`), sub-goal planning and the
//! active-goal warning (`plan`), and aim line, trend, decision rules, achievement and goal
//! state transitions (`progress`). Text for every enum lives in `i18n_goals`.
//!
//! Must not touch: the browser, storage, signals or the clock. "Today" is always a parameter;
//! ids are given by the caller; nothing here produces user-visible text except `i18n_goals`.
//! The figures and rules come from /work/shared/DOMAIN.md, section "Goals: measurable and
//! realistic".

pub mod book;
pub mod chart;
pub mod i18n_goals;
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

pub mod lang {
    pub use crate::domain::lang::Lang;
}

pub mod school {
    pub use crate::domain::model::{SchoolSystem, YearGroup};
}
