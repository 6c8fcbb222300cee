//! One file per screen. Pages read signals from `state` and call its intents; they
//! never call storage.

pub mod class;
pub mod feedback_board;
pub mod feedback_compose;
pub mod feedback_templates;
pub mod followup_attention;
pub mod followup_chart;
pub mod followup_planned;
pub mod followup_planner;
pub mod followup_reminder_item;
pub mod followup_reminders;
pub mod followup_settings;
pub mod goal;
pub mod goal_wizard;
pub mod grouping;
pub mod home;
pub mod not_found;
pub mod pupil;
pub mod pupilmode;
pub mod reports;
pub mod settings;
