//! Goal parts of other screens: the pupil's goal list, a goal's chart, record and
//! actions, the approach, the realism panel, the wizard's steps and the norms editor.

pub mod actions;
pub mod approach;
pub mod chart;
pub mod norms_editor;
pub mod realism_panel;
pub mod record;
pub mod section;
pub mod wizard_steps;
