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
//! - v8: a reached goal's success stores what was reached, not a sentence in the language
//!   of the day: "Doel gehaald: Ik lees vlot" becomes "Ik lees vlot" (the screens add the
//!   words in their language), and it may name the measure's `template`.

use serde_json::Value;
use thiserror::Error;

/// The record format this build reads and writes.
pub const CURRENT_SCHEMA: u32 = 8;

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
    // v7 → v8: a reached goal's success loses the app's words before what was reached.
    Some(v7_to_v8),
];

/// The words the app wrote before a reached goal's success up to v7, in both languages.
const V7_GOAL_REACHED: [&str; 2] = ["Doel gehaald: ", "Goal achieved: "];

/// A reached goal's success keeps only what was reached; every other record is unchanged.
fn v7_to_v8(mut record: Value) -> Result<Value, MigrationError> {
    if record["kind"] != "success" || record["data"]["source"] != "GoalAchieved" {
        return Ok(record);
    }
    let Some(text) = record["data"]["text"].as_str() else {
        return Err(MigrationError::BadRecord("a success without text".into()));
    };
    let rest = V7_GOAL_REACHED.iter().find_map(|p| text.strip_prefix(p)).map(str::trim).filter(|r| !r.is_empty());
    if let Some(rest) = rest {
        record["data"]["text"] = Value::String(rest.to_string());
    }
    Ok(record)
}

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
    use crate::domain::records::Record;

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
            8 => include_str!("fixtures/records_v8.json"),
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
        assert!(MIGRATIONS[..6].iter().all(Option::is_none), "v1 to v7 only added kinds and fields");
        assert!(fixture(4).unwrap().iter().any(|r| r["kind"] == "coop_lesson"), "the v4 fixture holds a lesson");
        assert!(fixture(5).unwrap().iter().any(|r| r["data"]["kind"] == "tutor_pairs"), "the v5 fixture holds tutor pairs");
        assert!(fixture(3).unwrap().iter().any(|r| r["kind"] == "group_plan"), "the v3 fixture holds the group plan");
        assert!(!rewrites_records(CURRENT_SCHEMA));
        let v2 = fixture(2).unwrap();
        assert!(v2.iter().any(|r| r["kind"] == "support"), "the v2 fixture holds the new kind");
    }

    #[test]
    fn v8_keeps_what_a_reached_goal_reached_and_leaves_the_rest() {
        assert!(rewrites_records(7) && rewrites_records(1) && !rewrites_records(8));
        let migrated = migrate_all(7, fixture(7).unwrap()).unwrap();
        assert_eq!(migrated, fixture(8).unwrap(), "the v8 fixture is the v7 one migrated");
        let text = |id: &str| migrated.iter().find(|r| r["data"]["id"] == id).unwrap()["data"]["text"].clone();
        assert_eq!(text("s7a"), "Ik lees vlot");
        assert_eq!(text("s7b"), "DMT-kaart 2");
        assert_eq!(text("s7c"), "Doel gehaald: zelf de tafel van 7 geoefend", "a teacher's own success keeps her words");
        let untouched: Vec<Value> = fixture(7).unwrap().into_iter().filter(|r| r["kind"] != "success").collect();
        assert!(untouched.iter().all(|r| migrated.contains(r)));
        // Only the prefix goes: nothing else would be left, so the text stays as it was.
        let bare = serde_json::json!({"kind": "success", "data": {"id": "s", "pupil_id": "p", "date": "2026-11-20",
            "text": "Doel gehaald: ", "goal_id": "g", "source": "GoalAchieved"}});
        assert_eq!(v7_to_v8(bare.clone()).unwrap(), bare);
        let no_text = serde_json::json!({"kind": "success", "data": {"source": "GoalAchieved"}});
        assert!(v7_to_v8(no_text).is_err());
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
