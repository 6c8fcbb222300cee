//! The words for the grouping domain's typed values and errors.

use crate::i18n::goals::domain_name;
use crate::domain::goals::Domain;
use crate::domain::grouping::{
    GoalProgress, GroupNaming, PlanError, PlanText, PlanWarning, Provider, SupportError, SupportMeasure, SupportPhase,
    SupportVocabulary, Tier,
};
use crate::i18n::{Lang, UserMessage};
use super::ui::*;

/// How a group of a plan spends its minutes.
pub fn group_form_name(f: crate::domain::grouping::GroupForm, lang: Lang) -> &'static str {
    use crate::domain::grouping::GroupForm::*;
    match (f, lang) {
        (Shared, Lang::Nl) => "hele klas samen",
        (Shared, Lang::En) => "whole class together",
        (Extended, Lang::Nl) => "verlengde instructie",
        (Extended, Lang::En) => "extended instruction",
        (Apart, Lang::Nl) => "apart niveaugroepje",
        (Apart, Lang::En) => "separate level group",
    }
}

/// The mirror in one or two sentences: how the minutes are shared, and what that means
/// against the class's aim.
pub fn mirror_sentence(m: &crate::domain::grouping::mirror::GroupingMirror, lang: Lang) -> String {
    use crate::domain::grouping::mirror::MirrorVerdict::*;
    let subject = domain_name(m.subject, lang);
    let total = m.minutes.total();
    if m.verdict == NoTime {
        return match lang {
            Lang::Nl => format!("{subject}: vul bij de groepen van het groepsplan de minuten per week in, dan laat de spiegel zien hoe de tijd verdeeld is."),
            Lang::En => format!("{subject}: fill in the minutes per week of the plan's groups, and the mirror shows how the time is shared."),
        };
    }
    let conv = (f64::from(m.minutes.convergent()) * 100.0 / f64::from(total)).round() as u32;
    let apart = 100 - conv;
    let minutes = match (lang, total) {
        (Lang::Nl, 1) => "1 minuut".to_string(),
        (Lang::Nl, n) => format!("{n} minuten"),
        (Lang::En, 1) => "1 minute".to_string(),
        (Lang::En, n) => format!("{n} minutes"),
    };
    let head = match lang {
        Lang::Nl => format!("{subject}: van de {minutes} per week gaat {conv}% naar gedeelde en verlengde instructie en gemengde groepjes (convergent) en {apart}% naar aparte niveaugroepjes (divergent)"),
        Lang::En => format!("{subject}: of the {minutes} a week, {conv}% goes to shared and extended instruction and mixed groups (convergent) and {apart}% to separate level groups (divergent)"),
    };
    let tail = match (m.verdict, m.compensating, lang) {
        (FitsAim, true, Lang::Nl) => ". Dat past bij het doel van deze klas: extra aandacht voor wie meer ondersteuning nodig heeft.",
        (FitsAim, true, Lang::En) => ". That fits this class's aim: extra attention for those who need more support.",
        (FitsAim, false, Lang::Nl) => ". Dat past bij het doel van deze klas: evenveel aandacht voor iedereen.",
        (FitsAim, false, Lang::En) => ". That fits this class's aim: equal attention for everyone.",
        (_, true, Lang::Nl) => ". Meer dan een derde apart past niet bij het doel van deze klas (compenserend). Houd leerlingen bij het gedeelde doel met verlengde instructie en extra tijd, of zet gemengde groepjes of tutorparen in.",
        (_, true, Lang::En) => ". More than a third apart does not fit this class's aim (compensating). Keep pupils on the shared goal with extended instruction and extra time, or use mixed groups or tutor pairs.",
        (_, false, Lang::Nl) => ". Meer dan de helft apart: vaste niveaugroepen vergroten de verschillen. Houd leerlingen bij het gedeelde doel met verlengde instructie, of zet gemengde groepjes of tutorparen in.",
        (_, false, Lang::En) => ". More than half apart: fixed level groups widen the differences. Keep pupils on the shared goal with extended instruction, or use mixed groups or tutor pairs.",
    };
    format!("{head}{tail}")
}

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

/// "Lezen: basis met verlengde instructie (compenseren)": a subject's level with its measures.
pub fn support_line(subject: Option<Domain>, v: SupportVocabulary, phase: SupportPhase, measures: &[SupportMeasure], lang: Lang) -> String {
    let mut line = format!("{}: {}", subject_name(subject, lang), phase_name(v, phase, lang));
    if !measures.is_empty() {
        let names: Vec<&str> = measures.iter().map(|m| measure_name(*m, lang)).collect();
        line.push_str(&format!(" ({})", names.join(", ")));
    }
    line
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

/// The name of a group in a plan's naming.
pub fn tier_name(naming: GroupNaming, tier: Tier, lang: Lang) -> &'static str {
    use GroupNaming::*;
    use Tier::*;
    match (lang, naming, tier) {
        (Lang::Nl, Levels, Intensive) => "intensief",
        (Lang::Nl, Levels, Core) => "basis",
        (Lang::Nl, Levels, Enrichment) => "meer",
        (Lang::Nl, Needs, Intensive) => "instructieafhankelijk",
        (Lang::Nl, Needs, Core) => "instructiegevoelig",
        (Lang::Nl, Needs, Enrichment) => "instructieonafhankelijk",
        (Lang::Nl, Bhv, Intensive) => "herhalingsstof",
        (Lang::Nl, Bhv, Core) => "basisstof",
        (Lang::Nl, Bhv, Enrichment) => "verrijkingsstof",
        (Lang::En, Levels, Intensive) => "intensive",
        (Lang::En, Levels, Core) => "core",
        (Lang::En, Levels, Enrichment) => "more (enrichment)",
        (Lang::En, Needs, Intensive) => "instruction-dependent",
        (Lang::En, Needs, Core) => "instruction-sensitive",
        (Lang::En, Needs, Enrichment) => "instruction-independent",
        (Lang::En, Bhv, Intensive) => "repetition",
        (Lang::En, Bhv, Core) => "core material",
        (Lang::En, Bhv, Enrichment) => "enrichment",
    }
}

pub fn naming_name(naming: GroupNaming, lang: Lang) -> &'static str {
    match (naming, lang) {
        (GroupNaming::Levels, Lang::Nl) => "intensief / basis / meer",
        (GroupNaming::Levels, Lang::En) => "intensive / core / more",
        (GroupNaming::Needs, Lang::Nl) => "instructieafhankelijk / -gevoelig / -onafhankelijk",
        (GroupNaming::Needs, Lang::En) => "instruction-dependent / -sensitive / -independent",
        (GroupNaming::Bhv, Lang::Nl) => "herhalingsstof / basisstof / verrijkingsstof (BHV)",
        (GroupNaming::Bhv, Lang::En) => "repetition / core / enrichment (BHV)",
    }
}

pub fn provider_name(p: Provider, lang: Lang) -> &'static str {
    match (p, lang) {
        (Provider::Teacher, Lang::Nl) => "de leerkracht",
        (Provider::Teacher, Lang::En) => "the teacher",
        (Provider::Assistant, Lang::Nl) => "de onderwijsassistent",
        (Provider::Assistant, Lang::En) => "the teaching assistant",
        (Provider::CareTeacher, Lang::Nl) => "de zorgleerkracht / intern begeleider",
        (Provider::CareTeacher, Lang::En) => "the care teacher",
        (Provider::Volunteer, Lang::Nl) => "een vrijwilliger",
        (Provider::Volunteer, Lang::En) => "a volunteer",
    }
}

pub fn progress_name(p: GoalProgress, lang: Lang) -> &'static str {
    match p {
        GoalProgress::NoGoal => GroupK::NoGoalInSubject.t(lang),
        GoalProgress::NotMeasured => GroupK::NotMeasured.t(lang),
        GoalProgress::OnTrack => GroupK::OnTrack.t(lang),
        GoalProgress::Behind => GroupK::Behind.t(lang),
    }
}

/// "Groepsplan Lezen" (title and print heading).
pub fn plan_title(subject: Domain, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Groepsplan {}", domain_name(subject, lang).to_lowercase()),
        Lang::En => format!("Group plan {}", domain_name(subject, lang).to_lowercase()),
    }
}

/// The evaluation reminder's title.
pub fn evaluation_reminder(subject: Domain, class: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Groepsplan {} van {} evalueren", domain_name(subject, lang).to_lowercase(), class),
        Lang::En => format!("Evaluate the {} group plan of {}", domain_name(subject, lang).to_lowercase(), class),
    }
}

/// "30 november 2026 – 24 januari 2027"
pub fn period(start: chrono::NaiveDate, end: chrono::NaiveDate, lang: Lang) -> String {
    format!("{} – {}", crate::i18n::format::date(lang, start), crate::i18n::format::date(lang, end))
}

pub fn warning(w: &PlanWarning, naming: GroupNaming, lang: Lang) -> String {
    match (w, lang) {
        (PlanWarning::EmptyGroup(t), Lang::Nl) => format!("De groep {} heeft nog geen leerlingen.", tier_name(naming, *t, lang)),
        (PlanWarning::EmptyGroup(t), Lang::En) => format!("The group {} has no pupils yet.", tier_name(naming, *t, lang)),
        (PlanWarning::Unplaced(1), Lang::Nl) => "1 leerling staat nog in geen enkele groep: kies hieronder een groep.".into(),
        (PlanWarning::Unplaced(n), Lang::Nl) => format!("{n} leerlingen staan nog in geen enkele groep: kies hieronder een groep."),
        (PlanWarning::Unplaced(1), Lang::En) => "1 pupil is not in any group yet: choose a group below.".into(),
        (PlanWarning::Unplaced(n), Lang::En) => format!("{n} pupils are not in any group yet: choose a group below."),
    }
}

/// The flag for a pupil long in the group with the most instruction, with the advice.
pub fn long_in_lowest(name: &str, group: &str, days: i64, periods: usize, lang: Lang) -> String {
    let weeks = (days + 6) / 7;
    match lang {
        Lang::Nl => {
            let weeks = crate::i18n::counted(weeks, "week", "weken");
            let time = if periods >= 2 { format!("{weeks} ({periods} perioden na elkaar)") } else { weeks };
            format!("{name} zit al {time} in de groep {group}. Lang in de laagste groep vergroot de verschillen: laat {name} ook in gemengde groepen werken, of geef een rol als tutor.")
        }
        Lang::En => {
            let weeks = crate::i18n::counted(weeks, "week", "weeks");
            let time = if periods >= 2 { format!("{weeks} ({periods} periods in a row)") } else { weeks };
            format!("{name} has been in the {group} group for {time}. A long time in the lowest group widens the differences: let {name} also work in mixed groups, or give a tutor role.")
        }
    }
}

pub fn role_name(r: &crate::domain::grouping::coop::Role, lang: Lang) -> String {
    use crate::domain::grouping::coop::Role::*;
    match (r, lang) {
        (Chair, Lang::Nl) => "voorzitter".into(),
        (Chair, Lang::En) => "chair".into(),
        (Reporter, Lang::Nl) => "verslaggever".into(),
        (Reporter, Lang::En) => "reporter".into(),
        (Materials, Lang::Nl) => "materiaalmeester".into(),
        (Materials, Lang::En) => "materials manager".into(),
        (Timekeeper, Lang::Nl) => "tijdbewaker".into(),
        (Timekeeper, Lang::En) => "timekeeper".into(),
        (Tutor, _) => "tutor".into(),
        (Tutee, _) => "tutee".into(),
        (Own(name), _) => name.clone(),
    }
}

/// The pairs that could not be kept apart in a lesson.
pub fn unhonoured(pairs: &[(String, String)], lang: Lang) -> String {
    let list = pairs.iter().map(|(a, b)| format!("{a} en {b}")).collect::<Vec<_>>().join(", ");
    match lang {
        Lang::Nl => format!("Niet gelukt om apart te zetten: {list}. Pas de groepjes zo nodig zelf aan of maak nieuwe."),
        Lang::En => format!("Could not be kept apart: {}. Adjust the groups yourself if needed, or make new ones.", list.replace(" en ", " and ")),
    }
}

/// "Anna staat nu in basis."
pub fn moved(name: &str, group: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{name} staat nu in {group}."),
        Lang::En => format!("{name} is now in {group}."),
    }
}

/// "Algemeen" or the subject's name.
pub fn subject_name(s: Option<Domain>, lang: Lang) -> &'static str {
    match s {
        None => GroupK::General.t(lang),
        Some(d) => domain_name(d, lang),
    }
}

use crate::i18n::Text;

impl UserMessage for SupportError {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SupportError::MissingId, Lang::Nl) => "Dit niveau kon niet worden opgeslagen: er ontbreekt een leerling.",
            (SupportError::MissingId, Lang::En) => "This level could not be saved: a pupil is missing.",
            (SupportError::PupilNotFound, lang) => return crate::i18n::gone(lang, crate::i18n::Gone::Pupil),
            (SupportError::NothingToRemove, Lang::Nl) => "Dit vak heeft geen eigen niveau meer.",
            (SupportError::NothingToRemove, Lang::En) => "This subject no longer has its own level.",
        }
        .to_string()
    }
}

impl UserMessage for crate::domain::grouping::coop::CoopError {
    fn message(&self, lang: Lang) -> String {
        use crate::domain::grouping::coop::{CoopError::*, MAX_ROLES, MAX_ROLE_CHARS};
        match (self, lang) {
            (ClassNotFound, lang) => crate::i18n::gone(lang, crate::i18n::Gone::Class),
            (TooFewPupils, Lang::Nl) => "Voor groepjes zijn minstens twee leerlingen nodig. Voeg eerst leerlingen toe.".into(),
            (TooFewPupils, Lang::En) => "Groups need at least two pupils. Add pupils first.".into(),
            (SizeOutOfRange, Lang::Nl) => "Kies een groepsgrootte van 2 tot 5.".into(),
            (SizeOutOfRange, Lang::En) => "Choose a group size from 2 to 5.".into(),
            (PairWithSelf, Lang::Nl) => "Kies twee verschillende leerlingen.".into(),
            (PairWithSelf, Lang::En) => "Choose two different pupils.".into(),
            (PupilNotInClass, Lang::Nl) => "Deze leerling zit niet (meer) in deze klas.".into(),
            (PupilNotInClass, Lang::En) => "This pupil is not (or no longer) in this class.".into(),
            (PairExists, Lang::Nl) => "Die twee staan al bij ‘niet samen’.".into(),
            (PairExists, Lang::En) => "Those two are already kept apart.".into(),
            (BadRole, Lang::Nl) => format!("Geef de rol een naam van 1 tot {MAX_ROLE_CHARS} tekens."),
            (BadRole, Lang::En) => format!("Give the role a name of 1 to {MAX_ROLE_CHARS} characters."),
            (TooManyRoles, Lang::Nl) => format!("Hoogstens {MAX_ROLES} rollen: haal er eerst een weg."),
            (TooManyRoles, Lang::En) => format!("At most {MAX_ROLES} roles: remove one first."),
            (RoleExists, Lang::Nl) => "Die rol is er al.".into(),
            (RoleExists, Lang::En) => "That role exists already.".into(),
            (LessonNotFound, lang) => crate::i18n::gone(lang, crate::i18n::Gone::Groups),
            (MinutesOutOfRange { max }, Lang::Nl) => format!("Geef de les een duur van 1 tot {max} minuten."),
            (MinutesOutOfRange { max }, Lang::En) => format!("Give the lesson a length of 1 to {max} minutes."),
            (BadLesson, Lang::Nl) => "Deze groepjes zijn beschadigd opgeslagen en kunnen niet worden gebruikt.".into(),
            (BadLesson, Lang::En) => "These groups were stored damaged and cannot be used.".into(),
        }
    }
}

impl UserMessage for PlanError {
    fn message(&self, lang: Lang) -> String {
        use PlanError::*;
        let field = |f: &PlanText| match (f, lang) {
            (PlanText::Goal, Lang::Nl) => "Het doel",
            (PlanText::Goal, Lang::En) => "The goal",
            (PlanText::Approach, Lang::Nl) => "De aanpak",
            (PlanText::Approach, Lang::En) => "The approach",
            (PlanText::Materials, Lang::Nl) => "De materialen",
            (PlanText::Materials, Lang::En) => "The materials",
        };
        match (self, lang) {
            (ClassNotFound, lang) => crate::i18n::gone(lang, crate::i18n::Gone::Class),
            (PlanNotFound, lang) => crate::i18n::gone(lang, crate::i18n::Gone::GroupPlan),
            (PupilNotInClass, Lang::Nl) => "Deze leerling zit niet (meer) in deze klas.".into(),
            (PupilNotInClass, Lang::En) => "This pupil is not (or no longer) in this class.".into(),
            (EmptyClass, Lang::Nl) => GroupK::NoPupilsForPlan.t(lang).into(),
            (EmptyClass, Lang::En) => GroupK::NoPupilsForPlan.t(lang).into(),
            (MissingId, Lang::Nl) => "Dit groepsplan kon niet worden opgeslagen. Probeer het opnieuw.".into(),
            (MissingId, Lang::En) => "This group plan could not be saved. Please try again.".into(),
            (EndBeforeStart, Lang::Nl) => "Het einde van de periode ligt vóór het begin. Kies een latere einddatum.".into(),
            (EndBeforeStart, Lang::En) => "The period ends before it starts. Choose a later end date.".into(),
            (EvaluationBeforeStart, Lang::Nl) => "De evaluatie ligt vóór het begin van de periode. Kies een datum in de periode of erna.".into(),
            (EvaluationBeforeStart, Lang::En) => "The evaluation is before the period starts. Choose a date in the period or after it.".into(),
            (EvaluationInPast, Lang::Nl) => "Die evaluatiedatum is al voorbij. Kies vandaag of een datum in de toekomst.".into(),
            (EvaluationInPast, Lang::En) => "That evaluation date has passed. Choose today or a date in the future.".into(),
            (TooLong { field: f, max }, Lang::Nl) => format!("{} mag hoogstens {max} tekens hebben.", field(f)),
            (TooLong { field: f, max }, Lang::En) => format!("{} can have at most {max} characters.", field(f)),
            (TooManyMinutes { max }, Lang::Nl) => format!("Kies hoogstens {max} minuten per week."),
            (TooManyMinutes { max }, Lang::En) => format!("Choose at most {max} minutes per week."),
            (BadGroups, Lang::Nl) => "Dit groepsplan is beschadigd: er ontbreekt een groep.".into(),
            (BadGroups, Lang::En) => "This group plan is damaged: a group is missing.".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_and_value_has_both_languages_and_phases_differ_within_a_vocabulary() {
        crate::i18n::assert_complete(GroupK::ALL, 0);
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
        for lang in [Lang::Nl, Lang::En] {
            for n in GroupNaming::ALL {
                let names: std::collections::HashSet<&str> = Tier::ALL.iter().map(|t| tier_name(n, *t, lang)).collect();
                assert_eq!(names.len(), 3);
                assert!(!naming_name(n, lang).is_empty());
            }
            for p in Provider::ALL {
                assert!(!provider_name(p, lang).is_empty());
            }
            use PlanError::*;
            for e in [ClassNotFound, PlanNotFound, PupilNotInClass, EmptyClass, MissingId, EndBeforeStart, EvaluationBeforeStart, EvaluationInPast, TooLong { field: PlanText::Goal, max: 3 }, TooManyMinutes { max: 600 }, BadGroups] {
                assert!(e.message(lang).len() > 10, "{e:?}");
            }
            assert_ne!(warning(&PlanWarning::Unplaced(1), GroupNaming::Levels, lang), warning(&PlanWarning::Unplaced(2), GroupNaming::Levels, lang).replace('2', "1"));
        }
        assert_eq!(plan_title(Domain::Reading, Lang::Nl), "Groepsplan lezen");
        use crate::domain::grouping::coop::{CoopError, Role};
        for lang in [Lang::Nl, Lang::En] {
            let names: std::collections::HashSet<String> = Role::COMMON.iter().map(|r| role_name(r, lang)).collect();
            assert_eq!(names.len(), 4);
            use CoopError::*;
            for e in [ClassNotFound, TooFewPupils, SizeOutOfRange, PairWithSelf, PupilNotInClass, PairExists, BadRole, TooManyRoles, RoleExists, LessonNotFound, MinutesOutOfRange { max: 240 }, BadLesson] {
                assert!(e.message(lang).len() > 10, "{e:?}");
            }
        }
        assert_eq!(role_name(&Role::Own("Stiltebewaker".into()), Lang::En), "Stiltebewaker");
        for lang in [Lang::Nl, Lang::En] {
            let forms: std::collections::HashSet<&str> = crate::domain::grouping::GroupForm::ALL.iter().map(|f| group_form_name(*f, lang)).collect();
            assert_eq!(forms.len(), 3);
        }
    }

    #[test]
    fn the_mirror_sentence_gives_the_shares_and_what_they_mean_for_the_aim() {
        use crate::domain::grouping::mirror::{GroupingMirror, MirrorVerdict, TimeShare, COMPENSATING_APART_MAX};
        let m = |apart: u32, verdict, compensating| GroupingMirror {
            plan_id: "gp".into(),
            subject: Domain::Reading,
            minutes: TimeShare { shared: 100, extended: 50, mixed: 0, apart },
            compensating,
            apart_max: COMPENSATING_APART_MAX,
            verdict,
        };
        assert_eq!(
            mirror_sentence(&m(50, MirrorVerdict::FitsAim, true), Lang::Nl),
            "Lezen: van de 200 minuten per week gaat 75% naar gedeelde en verlengde instructie en gemengde groepjes (convergent) en 25% naar aparte niveaugroepjes (divergent). Dat past bij het doel van deze klas: extra aandacht voor wie meer ondersteuning nodig heeft."
        );
        assert!(mirror_sentence(&m(150, MirrorVerdict::TooMuchApart, true), Lang::En).contains("50% to separate level groups (divergent). More than a third apart does not fit"));
        assert!(mirror_sentence(&m(200, MirrorVerdict::TooMuchApart, false), Lang::Nl).contains("Meer dan de helft apart"));
        let none = GroupingMirror { minutes: TimeShare::default(), ..m(0, MirrorVerdict::NoTime, false) };
        assert!(mirror_sentence(&none, Lang::En).starts_with("Reading: fill in the minutes per week"));
        let one = GroupingMirror { minutes: TimeShare { shared: 1, ..TimeShare::default() }, ..m(0, MirrorVerdict::FitsAim, false) };
        assert!(mirror_sentence(&one, Lang::Nl).contains("van de 1 minuut per week gaat 100%"));
        assert_eq!(unhonoured(&[("Anna".into(), "Bram".into())], Lang::En), "Could not be kept apart: Anna and Bram. Adjust the groups yourself if needed, or make new ones.");
    }
}
