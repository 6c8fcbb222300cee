//! Small widgets shared by pages.

pub mod class_details;
pub mod feedback_class;
pub mod feedback_draft;
pub mod feedback_nudges;
pub mod feedback_parts;
pub mod feedback_pupil;
pub mod field_sync;
pub mod followup_moment;
pub mod followup_nav;
pub mod followup_notify;
pub mod followup_panel;
pub mod followup_pupil;
pub mod followup_reminder_form;
pub mod util;
pub mod goal_actions;
pub mod goal_chart;
pub mod goals_section;
pub mod norms_editor;
pub mod pupil_details;
pub mod pupilmode;
pub mod record_route;
pub mod realism_panel;
pub mod toast;
pub mod update;
pub mod wizard_steps;
pub mod year_group_select;
