//! The grouping feature's widgets: support levels per subject (pupil page, settings, the
//! class page's card) and the grouping mirror.

pub mod mirror;
pub mod support_levels;
