//! Record types that are stored and backed up: classes and pupils.
//!
//! Field additions must carry `#[serde(default)]` so older records still load;
//! anything else is a schema change with a migration in `migrations.rs`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};


/// Longest name we accept: long enough for double surnames, short enough for a name button.
pub const MAX_NAME_LEN: usize = 80;
/// Support notes are free text but not a dossier; this keeps backups and screens sane.
pub const MAX_NOTES_LEN: usize = 4000;
/// Longest nickname or initials shown in privacy mode.
pub const MAX_NICKNAME_LEN: usize = 20;

/// The school system: Dutch "groep 1-8" or Flemish "leerjaar 1-6".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum SchoolSystem {
    #[default]
    Nl,
    Vl,
}

/// A year group in either school system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct YearGroup {
    pub system: SchoolSystem,
    pub n: u8,
}

impl YearGroup {
    /// Every valid year group of a system, in order (groep 1–8, leerjaar 1–6).
    pub fn all(system: SchoolSystem) -> Vec<YearGroup> {
        let max = match system {
            SchoolSystem::Nl => 8,
            SchoolSystem::Vl => 6,
        };
        (1..=max).map(|n| YearGroup { system, n }).collect()
    }

    pub fn is_valid(self) -> bool {
        match self.system {
            SchoolSystem::Nl => (1..=8).contains(&self.n),
            SchoolSystem::Vl => (1..=6).contains(&self.n),
        }
    }

    /// US grade used by the research norms: groep g ≈ grade g-2, leerjaar g ≈ grade g.
    /// None for the kindergarten years (groep 1-2).
    pub fn us_grade(self) -> Option<u8> {
        match self.system {
            SchoolSystem::Nl if (3..=8).contains(&self.n) => Some(self.n - 2),
            SchoolSystem::Vl if (1..=6).contains(&self.n) => Some(self.n),
            _ => None,
        }
    }

    /// A compact, language-neutral code for forms: "nl-5", "vl-3".
    pub fn code(self) -> String {
        match self.system {
            SchoolSystem::Nl => format!("nl-{}", self.n),
            SchoolSystem::Vl => format!("vl-{}", self.n),
        }
    }

    pub fn from_code(code: &str) -> Option<YearGroup> {
        let (sys, n) = code.split_once('-')?;
        let system = match sys {
            "nl" => SchoolSystem::Nl,
            "vl" => SchoolSystem::Vl,
            _ => return None,
        };
        let yg = YearGroup { system, n: n.parse().ok()? };
        yg.is_valid().then_some(yg)
    }
}

/// How much support a pupil needs, ordered from least to most; used by the attention
/// aim (compensating attention).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub enum SupportLevel {
    #[default]
    Basis,
    Extra,
    Intensive,
}

impl SupportLevel {
    pub const ALL: [SupportLevel; 3] = [Self::Basis, Self::Extra, Self::Intensive];
}

/// A class (groep / klas).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Class {
    pub id: String,
    pub name: String,
    /// e.g. "2026-2027"
    #[serde(default)]
    pub school_year: String,
    pub year_group: YearGroup,
    pub created_on: NaiveDate,
    /// Equal attention for all, or extra for pupils who need more support.
    #[serde(default)]
    pub attention_aim: AttentionAim,
}

/// A pupil in a class.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pupil {
    pub id: String,
    pub class_id: String,
    pub name: String,
    /// Nickname or initials, shown instead of the name in privacy mode.
    #[serde(default)]
    pub nickname: String,
    /// Overrides the class's year group (a pupil who skipped or repeats a year).
    #[serde(default)]
    pub year_group: Option<YearGroup>,
    /// Can hold health data (dyslexia, ADHD): never shown in pupil mode or parent reports.
    #[serde(default)]
    pub support_notes: String,
    #[serde(default)]
    pub support_level: SupportLevel,
    /// Set when the pupil left; archived pupils keep their data but leave the class list.
    #[serde(default)]
    pub archived_on: Option<NaiveDate>,
    pub created_on: NaiveDate,
    /// Three pictures the pupil taps to confirm it is them in pupil mode (optional).
    #[serde(default)]
    pub picture_pin: Option<PicturePin>,
}

impl Pupil {
    pub fn is_archived(&self) -> bool {
        self.archived_on.is_some()
    }

    /// What to show on screen: the nickname in privacy mode (or initials when none is set).
    pub fn display_name(&self, privacy: bool) -> String {
        if !privacy {
            return self.name.clone();
        }
        if !self.nickname.trim().is_empty() {
            return self.nickname.trim().to_string();
        }
        initials(&self.name)
    }
}

/// "Anna de Vries" → "A.d.V."; keeps particles lower-case as Dutch initials do.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect()
}


pub fn record_key(kind: &str, id: &str) -> String {
    format!("{kind}:{id}")
}

// Parts of the class and pupil records that a feature gives meaning to. Their stored shape
// lives here with the records; their rules live with the feature (`followup::distribution`
// for the attention aim, `pupilmode::session` for the picture PIN), which re-exports them.

/// What the teacher wants the attention to look like.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, Default)]
pub enum AttentionAim {
    /// Evenveel aandacht voor elke leerling.
    #[default]
    Equal,
    /// Extra aandacht voor wie meer ondersteuning nodig heeft (compenseren).
    Compensating {
        #[serde(default)]
        weights: SupportWeights,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupportWeights {
    pub basis: f64,
    pub extra: f64,
    pub intensive: f64,
}

impl Default for SupportWeights {
    /// Extra support counts 1.5×, intensive 2× (a practical default, adjustable).
    fn default() -> Self {
        Self {
            basis: 1.0,
            extra: 1.5,
            intensive: 2.0,
        }
    }
}

/// The pictures a teacher can pick a picture PIN from. A fixed set, so the keys are stable
/// in storage; the app shows [`crate::i18n::pupilmode::picture_emoji`] and the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PictureKey {
    Cat,
    Dog,
    Sun,
    Moon,
    Star,
    Tree,
    Flower,
    Fish,
    Bird,
    Ball,
    Car,
    Apple,
}

/// Three different pictures, tapped in order. Not a secret in the security sense
/// (12 × 11 × 10 = 1 320 orders, stored as is): it keeps classmates from answering for one
/// another by accident or for fun, at a level a six-year-old can remember.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "[PictureKey; 3]", into = "[PictureKey; 3]")]
pub struct PicturePin(pub(in crate::domain) [PictureKey; 3]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::Record;

    #[test]
    fn us_grade_maps_groep_and_leerjaar() {
        let nl = |n| YearGroup { system: SchoolSystem::Nl, n };
        let vl = |n| YearGroup { system: SchoolSystem::Vl, n };
        assert_eq!(nl(1).us_grade(), None);
        assert_eq!(nl(2).us_grade(), None);
        assert_eq!(nl(3).us_grade(), Some(1));
        assert_eq!(nl(8).us_grade(), Some(6));
        assert_eq!(vl(1).us_grade(), Some(1));
        assert_eq!(vl(6).us_grade(), Some(6));
        assert_eq!(vl(7).us_grade(), None);
    }

    #[test]
    fn year_group_codes_round_trip_and_reject_nonsense() {
        for sys in [SchoolSystem::Nl, SchoolSystem::Vl] {
            for yg in YearGroup::all(sys) {
                assert_eq!(YearGroup::from_code(&yg.code()), Some(yg));
            }
        }
        for bad in ["", "nl", "nl-0", "nl-9", "vl-7", "xx-3", "nl-a"] {
            assert_eq!(YearGroup::from_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn privacy_mode_shows_nickname_or_initials() {
        let mut p = Pupil {
            id: "1".into(),
            class_id: "c".into(),
            name: "Anna de Vries".into(),
            nickname: String::new(),
            year_group: None,
            support_notes: "dyslexie".into(),
            support_level: SupportLevel::Basis,
            archived_on: None,
            created_on: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            picture_pin: None,
        };
        assert_eq!(p.display_name(false), "Anna de Vries");
        assert_eq!(p.display_name(true), "A.d.V.");
        p.nickname = " Annie ".into();
        assert_eq!(p.display_name(true), "Annie");
    }

    #[test]
    fn record_keys_separate_kinds() {
        let c = Record::Class(Class {
            id: "x".into(),
            name: "Groep 5".into(),
            school_year: String::new(),
            year_group: YearGroup { system: SchoolSystem::Nl, n: 5 },
            created_on: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            attention_aim: AttentionAim::default(),
        });
        assert_eq!(c.key(), "class:x");
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["kind"], "class");
        assert_eq!(json["data"]["name"], "Groep 5");
    }
}

