//! Visible strings of the grouping feature: support levels per subject (the pupil page's
//! "Ondersteuning" section and the school's vocabulary in settings), and the words for the
//! domain's typed values (vocabularies, phases, measures, errors).

use crate::domain::goals::i18n_goals::domain_name;
use crate::domain::goals::Domain;
use crate::domain::grouping::{SupportError, SupportMeasure, SupportPhase, SupportVocabulary};
use crate::domain::lang::{Lang, UserMessage};

crate::strings! { GK {
    // Pupil page: support levels
    SupportTitle => "Ondersteuning", "Support";
    SupportIntro => "Het niveau per vak, met de datum waarop het inging. Een vak zonder eigen niveau volgt het algemene.", "The level per subject, with the day it started. A subject without its own level follows the general one.";
    General => "Algemeen", "General";
    LevelFor => "Niveau", "Level";
    Measures => "Maatregelen", "Measures";
    Since => "sinds", "since";
    FromStart => "vanaf de start", "from the start";
    History => "Eerder", "Earlier";
    AddSubject => "Eigen niveau voor een vak", "Own level for a subject";
    Subject => "Vak", "Subject";
    AddSubjectButton => "Vak toevoegen", "Add subject";
    NoSubjectLeft => "Elk vak heeft al een eigen niveau.", "Every subject already has its own level.";
    RemoveSubject => "Eigen niveau weghalen", "Remove own level";
    SupportSaved => "Ondersteuning opgeslagen.", "Support saved.";
    SubjectRemoved => "Eigen niveau weggehaald: het vak volgt weer het algemene niveau.", "Own level removed: the subject follows the general level again.";
    // Settings
    VocabularyTitle => "Woorden voor ondersteuningsniveaus", "Words for support levels";
    VocabularyHelp => "Kies de woorden die je school gebruikt. Eerder vastgelegde niveaus blijven staan; alleen hun naam verandert.", "Choose the words your school uses. Levels recorded earlier stay; only their names change.";
    VocabularySaved => "Woorden voor ondersteuning opgeslagen.", "Words for support saved.";
}}

/// The name of a vocabulary in the settings choice.
pub fn vocabulary_name(v: SupportVocabulary, lang: Lang) -> &'static str {
    use SupportVocabulary::*;
    match (v, lang) {
        (InstructionLevels, Lang::Nl) => "Instructieniveaus: meer / basis / intensief",
        (InstructionLevels, Lang::En) => "Instruction levels: meer / basis / intensief (NL)",
        (InstructionNeeds, Lang::Nl) => "Instructiebehoefte: instructieonafhankelijk / instructiegevoelig / instructieafhankelijk",
        (InstructionNeeds, Lang::En) => "Instruction needs: independent / sensitive / dependent (NL)",
        (Zorgcontinuum, Lang::Nl) => "Zorgcontinuüm: fase 0 tot fase 3 (Vlaanderen)",
        (Zorgcontinuum, Lang::En) => "Care continuum: phase 0 to phase 3 (Flanders)",
    }
}

/// A phase in the school's words.
pub fn phase_name(v: SupportVocabulary, p: SupportPhase, lang: Lang) -> &'static str {
    use SupportPhase::*;
    use SupportVocabulary::*;
    match (lang, v, p) {
        (Lang::Nl, InstructionLevels, Enrichment) => "meer",
        (Lang::Nl, InstructionLevels, Core) => "basis",
        (Lang::Nl, InstructionLevels, Increased) => "basis met verlengde instructie",
        (Lang::Nl, InstructionLevels, Extended) => "intensief",
        (Lang::Nl, InstructionNeeds, Enrichment) => "instructieonafhankelijk",
        (Lang::Nl, InstructionNeeds, Core) => "instructiegevoelig",
        (Lang::Nl, InstructionNeeds, Increased) => "instructiegevoelig met verlengde instructie",
        (Lang::Nl, InstructionNeeds, Extended) => "instructieafhankelijk",
        (Lang::Nl, InstructionLevels | InstructionNeeds, Individual) => "eigen leerlijn (OPP)",
        (Lang::Nl, Zorgcontinuum, Enrichment) => "fase 0, met verrijking",
        (Lang::Nl, Zorgcontinuum, Core) => "fase 0: brede basiszorg",
        (Lang::Nl, Zorgcontinuum, Increased) => "fase 1: verhoogde zorg",
        (Lang::Nl, Zorgcontinuum, Extended) => "fase 2: uitbreiding van zorg",
        (Lang::Nl, Zorgcontinuum, Individual) => "fase 3: individueel aangepast curriculum (IAC)",
        (Lang::En, InstructionLevels, Enrichment) => "more (enrichment)",
        (Lang::En, InstructionLevels, Core) => "core",
        (Lang::En, InstructionLevels, Increased) => "core with extended instruction",
        (Lang::En, InstructionLevels, Extended) => "intensive",
        (Lang::En, InstructionNeeds, Enrichment) => "instruction-independent",
        (Lang::En, InstructionNeeds, Core) => "instruction-sensitive",
        (Lang::En, InstructionNeeds, Increased) => "instruction-sensitive with extended instruction",
        (Lang::En, InstructionNeeds, Extended) => "instruction-dependent",
        (Lang::En, InstructionLevels | InstructionNeeds, Individual) => "own learning line (OPP)",
        (Lang::En, Zorgcontinuum, Enrichment) => "phase 0, with enrichment",
        (Lang::En, Zorgcontinuum, Core) => "phase 0: broad basic care",
        (Lang::En, Zorgcontinuum, Increased) => "phase 1: increased care",
        (Lang::En, Zorgcontinuum, Extended) => "phase 2: extended care",
        (Lang::En, Zorgcontinuum, Individual) => "phase 3: individually adapted curriculum (IAC)",
    }
}

pub fn measure_name(m: SupportMeasure, lang: Lang) -> &'static str {
    use SupportMeasure::*;
    match (m, lang) {
        (Remediate, Lang::Nl) => "remediëren",
        (Remediate, Lang::En) => "remediate",
        (Differentiate, Lang::Nl) => "differentiëren",
        (Differentiate, Lang::En) => "differentiate",
        (Compensate, Lang::Nl) => "compenseren",
        (Compensate, Lang::En) => "compensate",
        (Dispense, Lang::Nl) => "dispenseren",
        (Dispense, Lang::En) => "dispense",
    }
}

/// "Algemeen" or the subject's name.
pub fn subject_name(s: Option<Domain>, lang: Lang) -> &'static str {
    match s {
        None => GK::General.t(lang),
        Some(d) => domain_name(d, lang),
    }
}

use crate::i18n::Text;

impl UserMessage for SupportError {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SupportError::MissingId, Lang::Nl) => "Dit niveau kon niet worden opgeslagen: er ontbreekt een leerling.",
            (SupportError::MissingId, Lang::En) => "This level could not be saved: a pupil is missing.",
            (SupportError::PupilNotFound, Lang::Nl) => "Deze leerling bestaat niet meer.",
            (SupportError::PupilNotFound, Lang::En) => "This pupil no longer exists.",
            (SupportError::NothingToRemove, Lang::Nl) => "Dit vak heeft geen eigen niveau meer.",
            (SupportError::NothingToRemove, Lang::En) => "This subject no longer has its own level.",
        }
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_and_value_has_both_languages_and_phases_differ_within_a_vocabulary() {
        crate::i18n::assert_complete(GK::ALL, 0);
        for lang in [Lang::Nl, Lang::En] {
            for v in SupportVocabulary::ALL {
                assert!(!vocabulary_name(v, lang).is_empty());
                let names: std::collections::HashSet<&str> =
                    SupportPhase::ALL.iter().map(|p| phase_name(v, *p, lang)).collect();
                assert_eq!(names.len(), SupportPhase::ALL.len(), "{v:?} {lang:?}");
            }
            for m in SupportMeasure::ALL {
                assert!(!measure_name(m, lang).is_empty());
            }
            for e in [SupportError::MissingId, SupportError::PupilNotFound, SupportError::NothingToRemove] {
                assert!(!e.message(lang).is_empty());
            }
        }
        assert_eq!(phase_name(SupportVocabulary::Zorgcontinuum, SupportPhase::Increased, Lang::Nl), "fase 1: verhoogde zorg");
    }
}
