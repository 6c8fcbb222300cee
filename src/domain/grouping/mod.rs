//! Grouping and support (capability 9, handelingsgericht werken / zorgcontinuüm).
//!
//! Owns: the support level of a pupil per subject with its dated history and the school's
//! choice of words for it (`support`); the groepsplan with its three instruction groups,
//! placement, evaluation and copy-forward (`group_plan`); cooperative groups with rotating
//! roles and tutor pairs (`coop`); the grouping mirror, convergent or divergent time
//! against the class's aim (`mirror`). The commands and queries on the book for all three
//! are in `commands`, as in every feature.
//! Must not touch: storage, the browser, visible text (the i18n layer names every value).

pub mod commands;
pub mod coop;
pub mod group_plan;
pub mod mirror;
pub mod support;

pub use support::{Support, SupportError, SupportMeasure, SupportNow, SupportPhase, SupportVocabulary};
pub use group_plan::{GoalProgress, GroupFields, GroupForm, GroupNaming, GroupPlan, LongInLowest, NewPlan, PlanError, PlanGroup, PlanText, PlanWarning, Provider, Tier, Verdict};
