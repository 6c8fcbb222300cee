//! Small widgets shared by pages.

pub mod feedback_class;
pub mod feedback_draft;
pub mod feedback_nudges;
pub mod feedback_parts;
pub mod feedback_pupil;
pub mod toast;
pub mod update;
pub mod year_group_select;
