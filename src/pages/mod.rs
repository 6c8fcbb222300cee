//! One file per screen. Pages read signals from `state` and call its intents; they
//! never call storage.

pub mod class;
pub mod followup_attention;
pub mod followup_chart;
pub mod followup_planned;
pub mod followup_planner;
pub mod followup_reminder_item;
pub mod followup_reminders;
pub mod followup_settings;
pub mod home;
pub mod not_found;
pub mod pupil;
pub mod settings;
