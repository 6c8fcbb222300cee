//! The grouping feature's screens: a class's group plans, one plan (placement, evaluation,
//! print) and the cooperative groups with tutor pairs.

pub mod coop_groups;
pub mod group_plan;
pub mod group_plans;
