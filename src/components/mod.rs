//! The parts of screens, in their feature's folder (goals/, feedback/, followup/, pupilmode/,
//! grouping/, reports/, quick_actions/), and the widgets shared by every screen beside them.

pub mod after_paint;
pub mod backup_crypto;
pub mod class_details;
pub mod class_list_import;
pub mod damaged;
pub mod disclosure;
pub mod feedback;
pub mod field_sync;
pub mod file_picker;
pub mod followup;
pub mod goals;
pub mod grouping;
pub mod pupil_details;
pub mod pupil_options;
pub mod pupilmode;
pub mod quick_actions;
pub mod record_frame;
pub mod reports;
pub mod retention;
pub mod toast;
pub mod update;
pub mod util;
pub mod year_group_select;
