//! The schema version and the chain of pure record migrations.
//!
//! A stored or exported record is a JSON value `{kind, data}`. When the format
//! changes, `CURRENT_SCHEMA` goes up by one and a function `v{n}_to_v{n+1}` is added to
//! `MIGRATIONS`; a fixture of the old version goes into `tests/fixtures` of this module
//! (see the tests below, which refuse a version without fixture or migration).
//! Migrations never drop data: a field they cannot place is kept under `legacy`.
//! A version that only adds record kinds has the step `None`: its records were already
//! valid, so nothing is rewritten (stored entries keep their stamps), yet an older app
//! meets the newer version number and says so instead of finding records it cannot read.
//!
//! - v1: the first format.
//! - v2: adds `support` (a pupil's support level per subject, with history).
//! - v3: adds `group_plan` (the groepsplan) and the reminder source `GroupPlan`.
//! - v4: adds `coop_setup` and `coop_lesson` (cooperative groups with roles).
//! - v5: adds values only: a plan group's `form` (shared / extended / apart), a lesson's
//!   `kind` (groups / tutor pairs) and `minutes`, and the roles `tutor` and `tutee`. Older
//!   records read as before (no form: the usual one for the tier; no kind: groups; no
//!   length: 30 minutes), but an older app could not read a tutor pair.
//! - v6: adds the template part `home_tip` (tips for home in the parent report).
//! - v7: adds a goal's `approach_changes` and a reminder's `owner` (agreements of a
//!   support meeting); an older app would drop both when it rewrote the record.

use serde_json::Value;
use thiserror::Error;

/// The record format this build reads and writes.
pub const CURRENT_SCHEMA: u32 = 7;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MigrationError {
    #[error("schema version {found} is newer than this app understands ({supported})")]
    NewerVersion { found: u32, supported: u32 },
    #[error("schema version {0} is not a version Groeipad ever wrote")]
    UnknownVersion(u32),
    #[error("a record could not be migrated: {0}")]
    BadRecord(String),
}

/// One step: migrates a record from version `from` to `from + 1`.
pub type Step = fn(Value) -> Result<Value, MigrationError>;

/// `MIGRATIONS[i]` migrates from version `i + 1` to `i + 2`; `None`: only kinds were added.
pub const MIGRATIONS: &[Option<Step>] = &[
    // v1 → v2: the `support` kind is new; every v1 record is a valid v2 record.
    None,
    // v2 → v3: the `group_plan` kind and a reminder source are new.
    None,
    // v3 → v4: the `coop_setup` and `coop_lesson` kinds are new.
    None,
    // v4 → v5: new fields with defaults and new enum values; every v4 record is a v5 record.
    None,
    // v5 → v6: a new template part; every v5 record is a v6 record.
    None,
    // v6 → v7: new fields with defaults; every v6 record is a v7 record.
    None,
];

/// Whether records stored at version `from` must be rewritten to reach the current one.
pub fn rewrites_records(from: u32) -> bool {
    MIGRATIONS.iter().skip(from.saturating_sub(1) as usize).any(Option::is_some)
}

/// Migrates one record from `from` to `CURRENT_SCHEMA`.
pub fn migrate_record(from: u32, mut record: Value) -> Result<Value, MigrationError> {
    if from == 0 {
        return Err(MigrationError::UnknownVersion(0));
    }
    if from > CURRENT_SCHEMA {
        return Err(MigrationError::NewerVersion { found: from, supported: CURRENT_SCHEMA });
    }
    for step in MIGRATIONS.iter().skip((from - 1) as usize).flatten() {
        record = step(record)?;
    }
    Ok(record)
}

/// Migrates every record; all or nothing.
pub fn migrate_all(from: u32, records: Vec<Value>) -> Result<Vec<Value>, MigrationError> {
    records.into_iter().map(|r| migrate_record(from, r)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Record;

    /// One fixture per schema version ever written: records as that version stored them.
    fn fixture(version: u32) -> Option<Vec<Value>> {
        let text = match version {
            1 => include_str!("fixtures/records_v1.json"),
            2 => include_str!("fixtures/records_v2.json"),
            3 => include_str!("fixtures/records_v3.json"),
            4 => include_str!("fixtures/records_v4.json"),
            5 => include_str!("fixtures/records_v5.json"),
            6 => include_str!("fixtures/records_v6.json"),
            7 => include_str!("fixtures/records_v7.json"),
            _ => return None,
        };
        serde_json::from_str(text).ok()
    }

    #[test]
    fn every_version_has_a_migration_and_a_fixture() {
        assert_eq!(MIGRATIONS.len() as u32, CURRENT_SCHEMA - 1, "one migration per version step");
        for v in 1..=CURRENT_SCHEMA {
            assert!(fixture(v).is_some(), "fixture for schema v{v} missing");
        }
    }

    #[test]
    fn fixtures_of_every_version_migrate_to_current_records() {
        for v in 1..=CURRENT_SCHEMA {
            let migrated = migrate_all(v, fixture(v).unwrap()).unwrap();
            assert!(!migrated.is_empty());
            for r in migrated {
                let rec = Record::from_value(&r).unwrap_or_else(|e| panic!("v{v}: {e}: {r}"));
                assert!(!rec.id().is_empty());
            }
        }
    }

    #[test]
    fn v1_records_are_v2_records_and_need_no_rewrite() {
        let v1 = fixture(1).unwrap();
        assert_eq!(migrate_all(1, v1.clone()).unwrap(), v1);
        assert!(!rewrites_records(1) && !rewrites_records(2) && !rewrites_records(3));
        assert!(fixture(4).unwrap().iter().any(|r| r["kind"] == "coop_lesson"), "the v4 fixture holds a lesson");
        assert!(fixture(5).unwrap().iter().any(|r| r["data"]["kind"] == "tutor_pairs"), "the v5 fixture holds tutor pairs");
        assert!(!rewrites_records(4));
        assert!(fixture(3).unwrap().iter().any(|r| r["kind"] == "group_plan"), "the v3 fixture holds the group plan");
        assert!(!rewrites_records(CURRENT_SCHEMA));
        let v2 = fixture(2).unwrap();
        assert!(v2.iter().any(|r| r["kind"] == "support"), "the v2 fixture holds the new kind");
    }

    #[test]
    fn newer_and_unknown_versions_are_refused() {
        assert_eq!(
            migrate_record(CURRENT_SCHEMA + 1, Value::Null),
            Err(MigrationError::NewerVersion { found: CURRENT_SCHEMA + 1, supported: CURRENT_SCHEMA })
        );
        assert_eq!(migrate_record(0, Value::Null), Err(MigrationError::UnknownVersion(0)));
    }
}
