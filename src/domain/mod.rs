//! The pure core of Groeipad: plain data types and the rules that change them.
//!
//! Owns: classes, pupils, validation, the backup envelope and the record migrations.
//! Must not touch: the browser, Leptos, storage. Everything here runs under plain
//! `cargo test` on the host; "now" and new ids are always passed in by the caller.

pub mod backup;
pub mod backup_crypto;
pub mod book;
pub mod class_list;
pub mod edit;
pub mod feedback;
pub mod followup;
pub mod goals;
pub mod grouping;
pub mod migrations;
pub mod model;
pub mod pupilmode;
pub mod quick_actions;
pub mod records;
pub mod retention;
pub mod reports;
pub mod scope;
pub mod settings;
#[cfg(test)]
pub mod test_kit;
#[cfg(test)]
mod undo_tests;

pub use book::{Book, PasteReport};
pub use model::*;
pub use records::{Record, RecordKind};
