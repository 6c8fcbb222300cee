//! Small widgets shared by pages.

pub mod followup_moment;
pub mod followup_nav;
pub mod followup_notify;
pub mod followup_panel;
pub mod followup_pupil;
pub mod followup_reminder_form;
pub mod followup_util;
pub mod toast;
pub mod update;
pub mod year_group_select;
