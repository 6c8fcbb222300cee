//! One file per screen. Pages read signals from `state` and call its intents; they
//! never call storage.

pub mod class;
pub mod goal;
pub mod goal_wizard;
pub mod home;
pub mod not_found;
pub mod pupil;
pub mod pupilmode;
pub mod settings;
