//! Small widgets shared by pages.

pub mod toast;
pub mod update;
pub mod year_group_select;
