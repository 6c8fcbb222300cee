//! Small widgets shared by pages.

pub mod goal_actions;
pub mod goal_chart;
pub mod goals_section;
pub mod norms_editor;
pub mod pupilmode;
pub mod realism_panel;
pub mod toast;
pub mod update;
pub mod wizard_steps;
pub mod year_group_select;
