//! The reports feature's screens: the parent report of one pupil (`/pupil/:id/report`),
//! the class report (`/class/:id/report`, one parent report per pupil in one print job)
//! the pupil profile for the support meeting (`/pupil/:id/profile`, with its agreements)
//! and the pupil's dossier (`/pupil/:id/dossier`, readable, printable, saved as a file).

pub mod class_report;
pub mod dossier;
pub mod parent_report;
pub mod pupil_profile;
