//! Visible strings of the grouping feature: support levels per subject (the pupil page's
//! "Ondersteuning" section and the school's vocabulary in settings), the group plans (list,
//! one plan, placement, evaluation, print), and the words for the domain's typed values
//! (vocabularies, phases, measures, group names, providers, warnings, errors).
//!
//! `ui.rs` holds the screen strings, `domain.rs` the words for the domain's typed values
//! and errors; both are re-exported here.

mod domain;
mod ui;

pub use domain::*;
pub use ui::*;
