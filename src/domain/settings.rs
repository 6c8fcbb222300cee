//! The teacher's settings that travel with the data (and the backup): norm tables,
//! school holidays, attention thresholds and budget, the PIN hash, the idle lock.
//! Stored as one record with the fixed id `settings`; every field has a default so
//! an older backup without it still loads. Preferences of the device (language,
//! privacy mode) live in localStorage instead.

use serde::{Deserialize, Serialize};

use super::followup::{SchoolCalendar, DEFAULT_NOT_SEEN_THRESHOLD};
use super::goals::NormTable;
use super::grouping::SupportVocabulary;
use super::pupilmode::PinHash;

pub const SETTINGS_ID: &str = "settings";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub id: String,
    /// Weekly growth norms for the realism check (source kept in the table).
    #[serde(default)]
    pub norms: NormTable,
    /// Holidays: school-day arithmetic skips them.
    #[serde(default)]
    pub calendar: SchoolCalendar,
    /// Warn when a pupil had no individual moment for this many school days.
    #[serde(default = "default_not_seen")]
    pub not_seen_school_days: u32,
    /// The teacher's weekly time budget for individual sessions, in minutes.
    #[serde(default = "default_budget")]
    pub weekly_budget_minutes: u32,
    /// Length of a planned individual session, in minutes.
    #[serde(default = "default_session")]
    pub session_minutes: u16,
    /// The teacher PIN, only as a salted slow hash.
    #[serde(default)]
    pub pin: Option<PinHash>,
    /// Lock the app after this many idle minutes (with a PIN set).
    #[serde(default = "default_idle")]
    pub idle_minutes: u8,
    /// The school's words for support levels (instruction levels, needs, zorgcontinuüm).
    #[serde(default)]
    pub support_vocabulary: SupportVocabulary,
}

fn default_not_seen() -> u32 {
    DEFAULT_NOT_SEEN_THRESHOLD
}
/// Two short sessions a day over a school week.
fn default_budget() -> u32 {
    100
}
fn default_session() -> u16 {
    10
}
fn default_idle() -> u8 {
    5
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            id: SETTINGS_ID.to_string(),
            norms: NormTable::default(),
            calendar: SchoolCalendar::default(),
            not_seen_school_days: default_not_seen(),
            weekly_budget_minutes: default_budget(),
            session_minutes: default_session(),
            pin: None,
            idle_minutes: default_idle(),
            support_vocabulary: SupportVocabulary::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_settings_record_loads_with_defaults() {
        let s: Settings = serde_json::from_str(r#"{"id":"settings"}"#).unwrap();
        assert_eq!(s, Settings::default());
        assert_eq!(s.not_seen_school_days, 10);
        assert!(s.norms.validate().is_ok());
    }
}
