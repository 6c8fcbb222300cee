//! The follow-up screens: the class's attention view, the weekly planner and the
//! reminder list.

pub mod attention;
pub mod planner;
pub mod reminders;
