//! Reports for parents and colleagues: what goes in, in which order, from the book and
//! the teacher's choices. Pure: the pages lay out what these functions return and the
//! i18n layer (`i18n/reports.rs`) gives the words, in the language chosen per report.
//!
//! Owns: the parent report (successes first, then goals in the pupil's own words, what
//! went well, the next step and tips for home) and the class report built from it; the
//! pupil's dossier (everything about one pupil, exported in the backup envelope and
//! imported into a class of the teacher's choosing). Must not touch: storage, the
//! browser, visible text.

pub mod dossier;
pub mod parent;
pub mod profile;

pub use dossier::{dossier_export, dossier_parse, DossierContents, DossierError};
pub use profile::{AttentionSummary, ProfileGoal, PupilProfile, PROFILE_REFLECTIONS};
pub use parent::{
    DatedText, GoalPart, HomeLine, ParentChoices, ParentReport, Period, PeriodError, DEFAULT_PERIOD_WEEKS,
};
