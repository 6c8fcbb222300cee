//! Visible strings of the reports feature: the parent report (options and the report
//! itself, which is written in the language chosen per report), the class report, the
//! pupil's dossier (document, file, import) and the words for the domain's report errors.
//!
//! `ui.rs` holds the screen strings, `domain.rs` the words for the domain's typed values
//! and errors; both are re-exported here.

mod domain;
mod ui;

pub use domain::*;
pub use ui::*;
