//! One file per screen, in its feature's folder (the shell screens: home, class, pupil,
//! settings, beside them). Pages read signals from `state` and call its intents; they
//! never call storage.

pub mod class;
pub mod feedback;
pub mod followup;
pub mod goals;
pub mod grouping;
pub mod home;
pub mod not_found;
pub mod pupil;
pub mod pupilmode;
pub mod reports;
pub mod settings;
