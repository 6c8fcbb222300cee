//! The reports feature's widgets: one parent report as a printable article, the report
//! choices shared by the pupil's and the class's report page, and the dossier import on
//! the class page; the dossier file, saved from the dossier page and the retention list.

pub mod dossier_file;
pub mod dossier_import;
pub mod parent_report;
pub mod report_options;
