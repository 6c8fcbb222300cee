//! A pupil's support level per subject, dated, with its history.
//!
//! Every change of level is a `Support` record (pupil, subject or none for "general",
//! phase, measures, from-date); the current level of a subject is its newest record, and a
//! subject without records follows the general level. The pupil's single `support_level`
//! (schema v1) is the general level of a pupil without general records, and is kept equal
//! to the newest general record's phase (the attention aim reads it), written in the same
//! change. The first general record of such a pupil also stores the old level, dated the
//! pupil's start, so that the history never loses it. Changes made on the same day replace
//! that day's record instead of stacking up.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::goals::Domain;
use crate::domain::model::SupportLevel;

/// The words the school uses for support levels. All offer the same five phases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportVocabulary {
    /// Dutch instruction levels: meer / basis / intensief.
    #[default]
    InstructionLevels,
    /// Dutch instruction needs: instructieonafhankelijk / -gevoelig / -afhankelijk.
    InstructionNeeds,
    /// The Flemish zorgcontinuüm: fase 0 to fase 3.
    Zorgcontinuum,
}

impl SupportVocabulary {
    pub const ALL: [SupportVocabulary; 3] = [Self::InstructionLevels, Self::InstructionNeeds, Self::Zorgcontinuum];
}

/// How much support a pupil gets in a subject, from least to most.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportPhase {
    /// Ready for more: enrichment (meer, instructieonafhankelijk).
    Enrichment,
    /// The shared instruction (basis, instructiegevoelig, fase 0).
    Core,
    /// Extra instruction and time on the shared goal (verlengde instructie, fase 1).
    Increased,
    /// Intensive support (intensief, instructieafhankelijk, fase 2).
    Extended,
    /// An own learning line (OPP, fase 3 IAC).
    Individual,
}

impl SupportPhase {
    pub const ALL: [SupportPhase; 5] = [Self::Enrichment, Self::Core, Self::Increased, Self::Extended, Self::Individual];

    /// The level of the old single scale, which the attention aim compares minutes by.
    pub fn attention_level(self) -> SupportLevel {
        match self {
            Self::Enrichment | Self::Core => SupportLevel::Basis,
            Self::Increased => SupportLevel::Extra,
            Self::Extended | Self::Individual => SupportLevel::Intensive,
        }
    }

    /// The phase a level of the old single scale stands for.
    pub fn from_attention(level: SupportLevel) -> SupportPhase {
        match level {
            SupportLevel::Basis => Self::Core,
            SupportLevel::Extra => Self::Increased,
            SupportLevel::Intensive => Self::Extended,
        }
    }
}

/// Measures of the zorgcontinuüm's phase 1 (also used in Dutch schools).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportMeasure {
    Remediate,
    Differentiate,
    Compensate,
    Dispense,
}

impl SupportMeasure {
    pub const ALL: [SupportMeasure; 4] = [Self::Remediate, Self::Differentiate, Self::Compensate, Self::Dispense];
}

/// One dated support level of one pupil, for one subject or in general.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Support {
    pub id: String,
    pub pupil_id: String,
    /// `None`: the general level, for every subject without a level of its own.
    #[serde(default)]
    pub subject: Option<Domain>,
    pub phase: SupportPhase,
    #[serde(default)]
    pub measures: Vec<SupportMeasure>,
    /// From this day on (until the next record of the same subject).
    pub from: NaiveDate,
}

/// Why a support level could not be saved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SupportError {
    #[error("the support record has no id or no pupil")]
    MissingId,
    #[error("the pupil no longer exists")]
    PupilNotFound,
    #[error("the subject has no level of its own")]
    NothingToRemove,
}

impl Support {
    /// Trims the ids and puts the measures in one order, each once. Used for the forms
    /// and for every imported record alike.
    pub fn validated(mut self) -> Result<Support, SupportError> {
        self.id = self.id.trim().to_string();
        self.pupil_id = self.pupil_id.trim().to_string();
        if self.id.is_empty() || self.pupil_id.is_empty() {
            return Err(SupportError::MissingId);
        }
        self.measures.sort();
        self.measures.dedup();
        Ok(self)
    }
}

/// The current level of one row of the overview (general or one subject).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportNow {
    pub subject: Option<Domain>,
    pub phase: SupportPhase,
    pub measures: Vec<SupportMeasure>,
    /// The day the current level started; `None` for the old single level never changed.
    pub since: Option<NaiveDate>,
    /// Earlier levels of this row, newest first.
    pub earlier: Vec<Support>,
}

/// The position of a subject in the fixed order of subjects (general first).
pub(super) fn subject_rank(s: Option<Domain>) -> usize {
    s.map_or(0, |d| 1 + Domain::ALL.iter().position(|x| *x == d).unwrap_or(Domain::ALL.len()))
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::book::Book;
    use crate::domain::book::PupilFields;
    use crate::domain::model::{SchoolSystem, YearGroup};

    use crate::domain::test_kit::d;

    fn book(level: SupportLevel) -> Book {
        let mut b = Book::default();
        b.add_class("c1".into(), "Groep 5", "2026-2027", YearGroup { system: SchoolSystem::Nl, n: 5 }, d(2026, 9, 1))
            .unwrap();
        let f = PupilFields { name: "Anna".into(), support_level: level, ..Default::default() };
        b.add_pupil("p1".into(), "c1", &f, d(2026, 9, 1)).unwrap();
        b
    }

    #[test]
    fn the_old_single_level_is_the_general_level_until_changed_and_then_the_start_of_its_history() {
        let mut b = book(SupportLevel::Extra);
        let rows = b.support_overview("p1").unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].subject, rows[0].phase, rows[0].since), (None, SupportPhase::Increased, None));
        assert_eq!(b.support_in("p1", Some(Domain::Reading)), Some(SupportPhase::Increased));

        let (change, _) = b.run_undoable(|b| b.set_support("s1".into(), "p1", None, SupportPhase::Extended, vec![], d(2026, 10, 5))).unwrap();
        // The old level (dated the pupil's start), the pupil's attention level, the new level.
        assert_eq!(change.puts.len(), 3);
        assert_eq!(b.pupil("p1").unwrap().support_level, SupportLevel::Intensive);
        let rows = b.support_overview("p1").unwrap();
        assert_eq!((rows[0].phase, rows[0].since), (SupportPhase::Extended, Some(d(2026, 10, 5))));
        assert_eq!(rows[0].earlier.len(), 1);
        assert_eq!((rows[0].earlier[0].phase, rows[0].earlier[0].from), (SupportPhase::Increased, d(2026, 9, 1)));
    }

    #[test]
    fn a_subject_gets_its_own_level_with_history_and_the_others_follow_the_general_one() {
        let mut b = book(SupportLevel::Basis);
        b.run_undoable(|b| b.set_support("s1".into(), "p1", Some(Domain::Reading), SupportPhase::Extended, vec![SupportMeasure::Compensate], d(2026, 9, 14)))
            .unwrap();
        b.run_undoable(|b| b.set_support("s2".into(), "p1", Some(Domain::Reading), SupportPhase::Increased, vec![], d(2026, 11, 2))).unwrap();
        b.run_undoable(|b| b.set_support("s3".into(), "p1", Some(Domain::Maths), SupportPhase::Enrichment, vec![], d(2026, 11, 2))).unwrap();
        assert_eq!(b.support_in("p1", Some(Domain::Reading)), Some(SupportPhase::Increased));
        assert_eq!(b.support_in("p1", Some(Domain::Spelling)), Some(SupportPhase::Core));
        let rows = b.support_overview("p1").unwrap();
        let subjects: Vec<Option<Domain>> = rows.iter().map(|r| r.subject).collect();
        assert_eq!(subjects, vec![None, Some(Domain::Reading), Some(Domain::Maths)]);
        assert_eq!(rows[1].earlier[0].measures, vec![SupportMeasure::Compensate]);
        // A subject level never touches the pupil's general (attention) level.
        assert_eq!(b.pupil("p1").unwrap().support_level, SupportLevel::Basis);
    }

    #[test]
    fn changes_on_one_day_replace_that_days_record_and_an_unchanged_level_writes_nothing() {
        let mut b = book(SupportLevel::Basis);
        let day = d(2026, 10, 1);
        b.run_undoable(|b| b.set_support("s1".into(), "p1", Some(Domain::Reading), SupportPhase::Extended, vec![], day)).unwrap();
        let (c, _) = b
            .run_undoable(|b| b.set_support("s2".into(), "p1", Some(Domain::Reading), SupportPhase::Extended, vec![SupportMeasure::Dispense, SupportMeasure::Remediate, SupportMeasure::Dispense], day))
            .unwrap();
        assert_eq!(c.puts.len(), 1);
        assert_eq!(b.support_history("p1", Some(Domain::Reading)).len(), 1);
        assert_eq!(b.supports[0].id, "s1");
        assert_eq!(b.supports[0].measures, vec![SupportMeasure::Remediate, SupportMeasure::Dispense]);
        let (c, u) = b
            .run_undoable(|b| b.set_support("s3".into(), "p1", Some(Domain::Reading), SupportPhase::Extended, vec![SupportMeasure::Remediate, SupportMeasure::Dispense], day))
            .unwrap();
        assert!(c.is_empty() && u.is_empty());
        // General: choosing the level it already has changes nothing either.
        let (c, _) = b.run_undoable(|b| b.set_support("s4".into(), "p1", None, SupportPhase::Core, vec![], day)).unwrap();
        assert!(c.is_empty());
    }

    #[test]
    fn undo_brings_back_exactly_what_was_there() {
        let mut b = book(SupportLevel::Extra);
        let before = b.clone();
        let (_, undo) = b.run_undoable(|b| b.set_support("s1".into(), "p1", None, SupportPhase::Core, vec![], d(2026, 10, 5))).unwrap();
        b.apply(&undo);
        assert_eq!(b, before);

        b.run_undoable(|b| b.set_support("s2".into(), "p1", Some(Domain::Maths), SupportPhase::Extended, vec![], d(2026, 10, 5))).unwrap();
        let with_maths = b.clone();
        let (_, undo) = b.run_undoable(|b| b.remove_subject_support("p1", Domain::Maths)).unwrap();
        assert_eq!(b.support_in("p1", Some(Domain::Maths)), Some(SupportPhase::Increased));
        b.apply(&undo);
        assert_eq!(b, with_maths);
        assert_eq!(b.run_undoable(|b| b.remove_subject_support("p1", Domain::Writing)), Err(SupportError::NothingToRemove));
    }

    #[test]
    fn the_vocabulary_is_a_setting_that_defaults_to_the_dutch_instruction_levels() {
        let mut b = book(SupportLevel::Basis);
        assert_eq!(b.settings().support_vocabulary, SupportVocabulary::InstructionLevels);
        let c = b.set_support_vocabulary(SupportVocabulary::Zorgcontinuum);
        assert_eq!(c.puts.len(), 1);
        b.apply(&c);
        assert_eq!(b.settings().support_vocabulary, SupportVocabulary::Zorgcontinuum);
        assert!(b.set_support_vocabulary(SupportVocabulary::Zorgcontinuum).is_empty());
        let json = serde_json::to_value(b.settings()).unwrap();
        assert_eq!(json["support_vocabulary"], "zorgcontinuum");
    }

    #[test]
    fn bad_input_is_refused() {
        let mut b = book(SupportLevel::Basis);
        assert_eq!(
            b.run_undoable(|b| b.set_support("s1".into(), "nobody", None, SupportPhase::Core, vec![], d(2026, 10, 5))),
            Err(SupportError::PupilNotFound)
        );
        assert_eq!(
            b.run_undoable(|b| b.set_support("  ".into(), "p1", None, SupportPhase::Extended, vec![], d(2026, 10, 5))),
            Err(SupportError::MissingId)
        );
        let s = Support { id: "x".into(), pupil_id: " ".into(), subject: None, phase: SupportPhase::Core, measures: vec![], from: d(2026, 1, 1) };
        assert_eq!(s.validated(), Err(SupportError::MissingId));
    }

    #[test]
    fn every_phase_maps_to_an_attention_level_and_back_for_the_old_levels() {
        for l in SupportLevel::ALL {
            assert_eq!(SupportPhase::from_attention(l).attention_level(), l);
        }
        let json = serde_json::to_string(&SupportPhase::Individual).unwrap();
        assert_eq!(json, "\"individual\"");
    }
}
