//! The reports feature's widgets: one parent report as a printable article, the report
//! choices shared by the pupil's and the class's report page, and the dossier import on
//! the class page.

pub mod dossier_import;
pub mod parent_report;
pub mod report_options;
