//! Follow-up parts of other screens: moments, reminders (form and list item), the
//! attention chart, planned sessions, the navigation count, notifications and the
//! follow-up settings.

pub mod chart;
pub mod moment;
pub mod nav;
pub mod notify;
pub mod panel;
pub mod planned;
pub mod pupil;
pub mod reminder_form;
pub mod reminder_item;
pub mod settings;
