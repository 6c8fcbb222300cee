//! The goal screens: one goal (progress, measurements, approach) and the goal wizard.

pub mod goal;
pub mod wizard;
