//! Dutch and English text for everything the feedback domain returns: nudges (with the word
//! and the rewrite), ratio assessments, the no-strength signal, errors, part, domain and
//! source names.
//!
//! Owns: wording only. Must not touch: any decision (those live in the logic modules).
//! Dutch first, in neutral words that read well in the Netherlands and in Flanders.

use crate::domain::feedback::{
    Domain, FeedbackError, NoStrengthFlag, NoteValidationError, Nudge, NudgeKind, Part, RatioAssessment,
    RatioLevel, SuccessSource, SuccessValidationError, Suggestion, TemplateEditError, TemplateField,
};
use crate::i18n::{counted, Lang, UserMessage};
use crate::i18n::feedback::list_lang;
use crate::i18n::{gone, Gone};
use chrono::NaiveDate;

/// Name of a part of feedback.
pub fn part_name(part: Part, lang: Lang) -> &'static str {
    match (part, lang) {
        (Part::Top, Lang::Nl) => "Top",
        (Part::Top, Lang::En) => "Top",
        (Part::Tip, Lang::Nl) => "Tip",
        (Part::Tip, Lang::En) => "Tip",
        (Part::NextStep, Lang::Nl) => "Volgende stap",
        (Part::NextStep, Lang::En) => "Next step",
        (Part::FeedUp, Lang::Nl) => "Doel (waar werk je naartoe?)",
        (Part::FeedUp, Lang::En) => "Goal (where are you going?)",
        (Part::HomeTip, Lang::Nl) => "Tip voor thuis",
        (Part::HomeTip, Lang::En) => "Tip for home",
    }
}

/// Name of a domain.
pub fn domain_name(domain: Domain, lang: Lang) -> &'static str {
    match (domain, lang) {
        (Domain::Reading, Lang::Nl) => "Lezen",
        (Domain::Reading, Lang::En) => "Reading",
        (Domain::Maths, Lang::Nl) => "Rekenen",
        (Domain::Maths, Lang::En) => "Maths",
        (Domain::Spelling, Lang::Nl) => "Spelling",
        (Domain::Spelling, Lang::En) => "Spelling",
        (Domain::Writing, Lang::Nl) => "Schrijven",
        (Domain::Writing, Lang::En) => "Writing",
        (Domain::SocialEmotional, Lang::Nl) => "Sociaal-emotioneel",
        (Domain::SocialEmotional, Lang::En) => "Social-emotional",
        (Domain::WorkHabits, Lang::Nl) => "Werkhouding",
        (Domain::WorkHabits, Lang::En) => "Work habits",
        (Domain::General, Lang::Nl) => "Algemeen",
        (Domain::General, Lang::En) => "General",
    }
}

/// Where a success came from.
pub fn success_source_name(source: SuccessSource, lang: Lang) -> &'static str {
    match (source, lang) {
        (SuccessSource::Manual, Lang::Nl) => "Genoteerd door de leerkracht",
        (SuccessSource::Manual, Lang::En) => "Noted by the teacher",
        (SuccessSource::GoalAchieved, Lang::Nl) => "Doel behaald",
        (SuccessSource::GoalAchieved, Lang::En) => "Goal reached",
    }
}

/// The rewrite itself, to put into the note (in the language of the note's word).
pub fn suggestion_text(s: Suggestion, lang: Lang) -> &'static str {
    use Suggestion as S;
    match (s, lang) {
        (S::Persistence, Lang::Nl) => "je hebt goed doorgezet, ook toen het lastig werd",
        (S::Persistence, Lang::En) => "you kept going, even when it got hard",
        (S::Strategy, Lang::Nl) => "je koos een aanpak die werkte: eerst …, daarna …",
        (S::Strategy, Lang::En) => "you chose a strategy that worked: first …, then …",
        (S::Checking, Lang::Nl) => "je plan om elke som na te rekenen werkte",
        (S::Checking, Lang::En) => "your plan of checking each sum worked",
        (S::Practice, Lang::Nl) => "je hebt veel geoefend, en dat zie je terug in …",
        (S::Practice, Lang::En) => "all your practice shows in …",
        (S::OwnWork, Lang::Nl) => "je hebt … zelf uitgezocht, stap voor stap",
        (S::OwnWork, Lang::En) => "you worked out … yourself, step by step",
        (S::NameTheMoment, Lang::Nl) => "noem één moment: ‘vandaag bij rekenen zag ik dat …’",
        (S::NameTheMoment, Lang::En) => "name one moment: ‘in maths today I noticed that …’",
        (S::NotYet, Lang::Nl) => "‘het lukt nog niet om …; morgen proberen we …’",
        (S::NotYet, Lang::En) => "‘… isn't working yet; tomorrow we'll try …’",
        (S::StartingWork, Lang::Nl) => {
            "‘je begon na tien minuten aan je taak; morgen zetten we samen de timer’"
        }
        (S::StartingWork, Lang::En) => {
            "‘you started your task after ten minutes; tomorrow we'll set the timer together’"
        }
        (S::Neatness, Lang::Nl) => {
            "‘een paar letters staan buiten de lijn; kijk je werk na met de checklist’"
        }
        (S::Neatness, Lang::En) => {
            "‘a few letters go over the line; check your work with the checklist’"
        }
        (S::TaskNotPupil, Lang::Nl) => "‘deze sommen gingen nog mis; we oefenen ze samen’",
        (S::TaskNotPupil, Lang::En) => {
            "‘these sums didn't work out yet; we'll practise them together’"
        }
        (S::Behaviour, Lang::Nl) => "‘je praatte door terwijl … aan het woord was’",
        (S::Behaviour, Lang::En) => "‘you kept talking while … was speaking’",
    }
}

/// The message of a nudge, with the word and the rewrite. The rewrite stays in the language
/// the word was written in, since it is meant to be pasted into the note. `lang` is also the
/// language the check ran in (`check_note(draft, lexicons(lang))`), which tells which
/// language each word list is (`list_lang`).
pub fn nudge_text(nudge: &Nudge, lang: Lang) -> String {
    match (&nudge.kind, lang) {
        (NudgeKind::FewerTopsThanTips { tops, tips }, Lang::Nl) => format!(
            "Deze feedback heeft {} en {}. Begin bij wat goed ging: met minstens evenveel tops als tips blijft de leerling gemotiveerd.",
            counted(*tops, "top", "tops"),
            counted(*tips, "tip", "tips")
        ),
        (NudgeKind::FewerTopsThanTips { tops, tips }, Lang::En) => format!(
            "This feedback has {} and {}. Start from what went well: at least as many tops as tips keeps the pupil motivated.",
            counted(*tops, "top", "tops"),
            counted(*tips, "tip", "tips")
        ),
        (NudgeKind::NoNextStep, Lang::Nl) => {
            "Er staat nog geen volgende stap. Wat gaat de leerling nu proberen? Met een concrete volgende stap is de feedback af.".into()
        }
        (NudgeKind::NoNextStep, Lang::En) => {
            "There is no next step yet. What will the pupil try next? A concrete next step completes the feedback.".into()
        }
        (NudgeKind::PersonPraise { word, suggestion, suggestion_list }, Lang::Nl) => format!(
            "‘{word}’ prijst de leerling zelf, niet wat de leerling deed. Benoem liever de aanpak of de inzet, bijvoorbeeld: ‘{}’.",
            suggestion_text(*suggestion, list_lang(*suggestion_list, lang))
        ),
        (NudgeKind::PersonPraise { word, suggestion, suggestion_list }, Lang::En) => format!(
            "‘{word}’ praises the pupil, not what the pupil did. Name the strategy or the effort instead, for example: ‘{}’.",
            suggestion_text(*suggestion, list_lang(*suggestion_list, lang))
        ),
        (NudgeKind::Absolute { word, suggestion, suggestion_list }, Lang::Nl) => format!(
            "‘{word}’ maakt van één moment een vast oordeel. Maak het concreet, bijvoorbeeld: {}.",
            suggestion_text(*suggestion, list_lang(*suggestion_list, lang))
        ),
        (NudgeKind::Absolute { word, suggestion, suggestion_list }, Lang::En) => format!(
            "‘{word}’ turns one moment into a fixed judgement. Make it concrete, for example: {}.",
            suggestion_text(*suggestion, list_lang(*suggestion_list, lang))
        ),
        (NudgeKind::Label { word, suggestion, suggestion_list }, Lang::Nl) => format!(
            "‘{word}’ is een etiket dat aan de leerling blijft plakken. Beschrijf liever wat je zag, bijvoorbeeld: {}.",
            suggestion_text(*suggestion, list_lang(*suggestion_list, lang))
        ),
        (NudgeKind::Label { word, suggestion, suggestion_list }, Lang::En) => format!(
            "‘{word}’ is a label that sticks to the pupil. Describe what you saw instead, for example: {}.",
            suggestion_text(*suggestion, list_lang(*suggestion_list, lang))
        ),
    }
}

/// Where a nudge points: "bij top 2, zin 1" / "in top 2, sentence 1" (1-based for people).
pub fn nudge_place_text(nudge: &Nudge, lang: Lang) -> String {
    let part = part_name(nudge.part, lang).to_lowercase();
    let many_items = matches!(nudge.part, Part::Top | Part::Tip);
    match (nudge.spot, lang) {
        (None, Lang::Nl) => format!("bij {part}"),
        (None, Lang::En) => format!("in {part}"),
        (Some(s), Lang::Nl) if many_items => format!(
            "bij {part} {}, zin {}",
            s.item.saturating_add(1),
            s.sentence.saturating_add(1)
        ),
        (Some(s), Lang::En) if many_items => format!(
            "in {part} {}, sentence {}",
            s.item.saturating_add(1),
            s.sentence.saturating_add(1)
        ),
        (Some(s), Lang::Nl) => format!("bij {part}, zin {}", s.sentence.saturating_add(1)),
        (Some(s), Lang::En) => format!("in {part}, sentence {}", s.sentence.saturating_add(1)),
    }
}

/// Short label of a ratio level (for a badge).
pub fn ratio_level_name(level: RatioLevel, lang: Lang) -> &'static str {
    match (level, lang) {
        (RatioLevel::NoData, Lang::Nl) => "Nog geen feedback",
        (RatioLevel::NoData, Lang::En) => "No feedback yet",
        (RatioLevel::Warning, Lang::Nl) => "Let op",
        (RatioLevel::Warning, Lang::En) => "Take a look",
        (RatioLevel::Ok, Lang::Nl) => "Op weg",
        (RatioLevel::Ok, Lang::En) => "On the way",
        (RatioLevel::Good, Lang::Nl) => "Mooi in balans",
        (RatioLevel::Good, Lang::En) => "Well balanced",
    }
}

fn period(days: u32, lang: Lang) -> String {
    match (days.is_multiple_of(7) && days > 0, days / 7, lang) {
        (true, 1, Lang::Nl) => "de afgelopen week".into(),
        (true, 1, Lang::En) => "the last week".into(),
        (true, w, Lang::Nl) => format!("de afgelopen {w} weken"),
        (true, w, Lang::En) => format!("the last {w} weeks"),
        (false, _, Lang::Nl) if days == 1 => "de afgelopen dag".into(),
        (false, _, Lang::En) if days == 1 => "the last day".into(),
        (false, _, Lang::Nl) => format!("de afgelopen {days} dagen"),
        (false, _, Lang::En) => format!("the last {days} days"),
    }
}

/// The ratio of one pupil, with the aim shown.
pub fn ratio_text(r: &RatioAssessment, lang: Lang) -> String {
    let when = period(r.window_days, lang);
    let (p, c, aim) = (r.positive, r.corrective, r.aim);
    match (r.level, lang) {
        (RatioLevel::NoData, Lang::Nl) => {
            format!("In {when} zijn nog geen tops, tips of successen genoteerd. Het doel is {aim} positieve opmerkingen per tip.")
        }
        (RatioLevel::NoData, Lang::En) => {
            format!("No tops, tips or successes were noted in {when}. The aim is {aim} positive remarks per tip.")
        }
        (RatioLevel::Warning, Lang::Nl) => format!(
            "In {when}: {p} positief (tops en successen) tegenover {c} tips, minder dan 1 op 1. Zoek bewust wat goed gaat en noteer het. Doel: {aim} op 1."
        ),
        (RatioLevel::Warning, Lang::En) => format!(
            "In {when}: {p} positive (tops and successes) to {c} tips, below 1 to 1. Look out for what goes well and note it. Aim: {aim} to 1."
        ),
        (RatioLevel::Ok, Lang::Nl) => {
            format!("In {when}: {p} positief (tops en successen) tegenover {c} tips. Goed op weg; doel: {aim} op 1.")
        }
        (RatioLevel::Ok, Lang::En) => {
            format!("In {when}: {p} positive (tops and successes) to {c} tips. On the way; aim: {aim} to 1.")
        }
        (RatioLevel::Good, Lang::Nl) => {
            format!("In {when}: {p} positief (tops en successen) tegenover {c} tips. Mooi in balans (doel: {aim} op 1).")
        }
        (RatioLevel::Good, Lang::En) => {
            format!("In {when}: {p} positive (tops and successes) to {c} tips. Well balanced (aim: {aim} to 1).")
        }
    }
}

/// Heading above the list of pupils with no strength noted.
pub fn no_strength_heading(window_days: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Nog geen top of succes genoteerd in {}",
            period(window_days, lang)
        ),
        Lang::En => format!("No top or success noted in {}", period(window_days, lang)),
    }
}

/// One line of that list, next to the pupil's name.
pub fn no_strength_text(flag: &NoStrengthFlag, today: NaiveDate, lang: Lang) -> String {
    match (flag.last_strength, flag.looked_since, lang) {
        (None, Some(since), Lang::Nl) => {
            format!("Geen sterkte genoteerd sinds {}. Wat gaat er goed bij deze leerling?", crate::i18n::format::date(lang, since))
        }
        (None, Some(since), Lang::En) => {
            format!("No strength noted since {}. What goes well for this pupil?", crate::i18n::format::date(lang, since))
        }
        (None, None, Lang::Nl) => {
            "Nog geen sterkte genoteerd. Wat gaat er goed bij deze leerling?".into()
        }
        (None, None, Lang::En) => "No strength noted yet. What goes well for this pupil?".into(),
        (Some(d), _, Lang::Nl) => format!(
            "Laatste sterkte {} geleden. Wat gaat er goed bij deze leerling?",
            counted(today.signed_duration_since(d).num_days(), "dag", "dagen")
        ),
        (Some(d), _, Lang::En) => format!(
            "Last strength {} ago. What goes well for this pupil?",
            counted(today.signed_duration_since(d).num_days(), "day", "days")
        ),
    }
}

/// Why a note could not be saved.
pub fn note_error_text(e: &NoteValidationError, lang: Lang) -> String {
    use NoteValidationError as E;
    match (e, lang) {
        (E::MissingId, Lang::Nl) => "Deze feedback kan niet bewaard worden: er ontbreekt een id. Probeer het opnieuw.".into(),
        (E::MissingId, Lang::En) => "This feedback can't be saved: it has no id. Please try again.".into(),
        (E::MissingPupil, Lang::Nl) => "Kies eerst de leerling voor wie deze feedback is.".into(),
        (E::MissingPupil, Lang::En) => "First choose the pupil this feedback is for.".into(),
        (E::NoTop, Lang::Nl) => "Schrijf minstens één top: wat ging er goed?".into(),
        (E::NoTop, Lang::En) => "Write at least one top: what went well?".into(),
        (E::TooManyItems { part, max }, Lang::Nl) => {
            format!("Te veel regels bij {}: hoogstens {max}. Kies de belangrijkste.", part_name(*part, lang).to_lowercase())
        }
        (E::TooManyItems { part, max }, Lang::En) => {
            format!("Too many lines in {}: at most {max}. Choose the most important ones.", part_name(*part, lang).to_lowercase())
        }
        (E::TooLong { part, index, len, max }, Lang::Nl) => format!(
            "{} {} is te lang ({len} tekens, hoogstens {max}). Maak het korter, zodat de leerling het onthoudt.",
            part_name(*part, lang),
            index.saturating_add(1)
        ),
        (E::TooLong { part, index, len, max }, Lang::En) => format!(
            "{} {} is too long ({len} characters, at most {max}). Keep it short so the pupil remembers it.",
            part_name(*part, lang),
            index.saturating_add(1)
        ),
        (E::FollowUpBeforeNote { date, follow_up }, Lang::Nl) => format!(
            "De opvolgdatum ({}) ligt vóór de datum van de feedback ({}). Kies een latere datum.",
            crate::i18n::format::date(lang, *follow_up),
            crate::i18n::format::date(lang, *date)
        ),
        (E::FollowUpBeforeNote { date, follow_up }, Lang::En) => format!(
            "The follow-up date ({}) is before the date of the feedback ({}). Choose a later date.",
            crate::i18n::format::date(lang, *follow_up),
            crate::i18n::format::date(lang, *date)
        ),
    }
}

/// Why a template could not be added, changed or deleted.
pub fn template_error_text(e: &TemplateEditError, lang: Lang) -> String {
    use TemplateEditError as E;
    let field_name = |f: TemplateField| match (f, lang) {
        (TemplateField::Nl, Lang::Nl) => "Nederlandse",
        (TemplateField::En, Lang::Nl) => "Engelse",
        (TemplateField::Nl, Lang::En) => "Dutch",
        (TemplateField::En, Lang::En) => "English",
    };
    match (e, lang) {
        (E::MissingId, Lang::Nl) => "Dit sjabloon kan niet bewaard worden: er ontbreekt een id. Probeer het opnieuw.".into(),
        (E::MissingId, Lang::En) => "This template can't be saved: it has no id. Please try again.".into(),
        (E::NoText, Lang::Nl) => "Schrijf de zin in het Nederlands, in het Engels of in allebei.".into(),
        (E::NoText, Lang::En) => "Write the sentence in Dutch, in English or in both.".into(),
        (E::TooLong { field, len, max }, Lang::Nl) => {
            format!("De {} tekst is te lang ({len} tekens, hoogstens {max}).", field_name(*field))
        }
        (E::TooLong { field, len, max }, Lang::En) => {
            format!("The {} text is too long ({len} characters, at most {max}).", field_name(*field))
        }
        (E::DuplicateId, Lang::Nl) => "Dit sjabloon bestaat al.".into(),
        (E::DuplicateId, Lang::En) => "This template already exists.".into(),
        (E::NotFound, _) => gone(lang, Gone::Template),
        (E::BuiltinReadOnly, Lang::Nl) => {
            "Ingebouwde sjablonen blijven zoals ze zijn. Maak een kopie om er je eigen versie van te maken.".into()
        }
        (E::BuiltinReadOnly, Lang::En) => "Built-in templates stay as they are. Make a copy to create your own version.".into(),
    }
}

/// Why a success could not be saved.
pub fn success_error_text(e: &SuccessValidationError, lang: Lang) -> String {
    use SuccessValidationError as E;
    match (e, lang) {
        (E::MissingId, Lang::Nl) => {
            "Dit succes kan niet bewaard worden: er ontbreekt een id. Probeer het opnieuw.".into()
        }
        (E::MissingId, Lang::En) => {
            "This success can't be saved: it has no id. Please try again.".into()
        }
        (E::MissingPupil, Lang::Nl) => "Kies eerst de leerling van wie dit succes is.".into(),
        (E::MissingPupil, Lang::En) => "First choose the pupil whose success this is.".into(),
        (E::EmptyText, Lang::Nl) => "Schrijf kort wat er gelukt is.".into(),
        (E::EmptyText, Lang::En) => "Write briefly what went well.".into(),
        (E::TooLong { len, max }, Lang::Nl) => {
            format!("Dit succes is te lang ({len} tekens, hoogstens {max}). Houd het kort.")
        }
        (E::TooLong { len, max }, Lang::En) => {
            format!("This success is too long ({len} characters, at most {max}). Keep it short.")
        }
        (E::GoalMissing, Lang::Nl) => {
            "Bij een behaald doel hoort het doel zelf: kies het doel.".into()
        }
        (E::GoalMissing, Lang::En) => {
            "A reached goal needs the goal itself: choose the goal.".into()
        }
    }
}

/// Why a feedback command changed nothing.
pub fn feedback_error_text(e: &FeedbackError, lang: Lang) -> String {
    use FeedbackError as E;
    match (e, lang) {
        (E::Note(e), _) => note_error_text(e, lang),
        (E::Success(e), _) => success_error_text(e, lang),
        (E::Template(e), _) => template_error_text(e, lang),
        (E::PupilNotFound, _) => gone(lang, Gone::Pupil),
        (E::GoalNotOfPupil, Lang::Nl) => {
            "Dit doel hoort niet (meer) bij deze leerling. Kies een ander doel of geen doel.".into()
        }
        (E::GoalNotOfPupil, Lang::En) => {
            "This goal does not belong to this pupil (any more). Choose another goal or none.".into()
        }
        (E::NoteNotFound, _) => gone(lang, Gone::Feedback),
        (E::SuccessNotFound, _) => gone(lang, Gone::Success),
        (E::DuplicateId, Lang::Nl) => "Dit is al bewaard.".into(),
        (E::DuplicateId, Lang::En) => "This has already been saved.".into(),
    }
}

impl UserMessage for FeedbackError {
    fn message(&self, lang: Lang) -> String {
        feedback_error_text(self, lang)
    }
}

/// A success as every screen shows it: the teacher's words, or for a reached goal "Doel
/// gehaald: Ik lees vlot" in the screen's language (with a measure template's name in that
/// language too). The stored success holds no words of the app.
pub fn success_text(lang: Lang, s: &crate::domain::feedback::Success) -> String {
    success_line(lang, &s.text, s.source, s.template)
}

/// `success_text` from a success's parts (the learning log keeps only these).
pub fn success_line(
    lang: Lang,
    text: &str,
    source: crate::domain::feedback::SuccessSource,
    template: Option<crate::domain::goals::TemplateKey>,
) -> String {
    use crate::domain::feedback::SuccessSource;
    use crate::i18n::goals::{goal_achieved, measure_name_in};
    match source {
        SuccessSource::Manual => text.trim().to_string(),
        SuccessSource::GoalAchieved => goal_achieved(measure_name_in(text, template, lang), lang),
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::feedback::{scan_text, TextSpot, WordList};
    use crate::i18n::feedback::lexicons;
    use super::*;

    const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

    use crate::domain::test_kit::d;

    fn both_non_empty_and_distinct(f: impl Fn(Lang) -> String, what: &str, may_equal: bool) {
        let (nl, en) = (f(Lang::Nl), f(Lang::En));
        assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{what}");
        if !may_equal {
            assert_ne!(nl, en, "{what} is not translated");
        }
    }

    #[test]
    fn names_are_complete() {
        for p in Part::ALL {
            both_non_empty_and_distinct(
                |l| part_name(p, l).into(),
                &format!("{p:?}"),
                matches!(p, Part::Top | Part::Tip),
            );
        }
        for dm in Domain::ALL {
            both_non_empty_and_distinct(
                |l| domain_name(dm, l).into(),
                &format!("{dm:?}"),
                dm == Domain::Spelling,
            );
        }
        for s in [SuccessSource::Manual, SuccessSource::GoalAchieved] {
            both_non_empty_and_distinct(
                |l| success_source_name(s, l).into(),
                &format!("{s:?}"),
                false,
            );
        }
        for lv in [
            RatioLevel::NoData,
            RatioLevel::Warning,
            RatioLevel::Ok,
            RatioLevel::Good,
        ] {
            both_non_empty_and_distinct(
                |l| ratio_level_name(lv, l).into(),
                &format!("{lv:?}"),
                false,
            );
        }
    }

    #[test]
    fn suggestions_are_complete_and_pass_their_own_check() {
        for s in Suggestion::ALL {
            both_non_empty_and_distinct(|l| suggestion_text(s, l).into(), &format!("{s:?}"), false);
            for l in LANGS {
                assert!(
                    scan_text(suggestion_text(s, l), lexicons(l)).is_empty(),
                    "{s:?} {l:?} triggers a nudge"
                );
            }
        }
    }

    #[test]
    fn every_nudge_kind_has_text_with_word_and_suggestion() {
        let spot = Some(TextSpot {
            item: 1,
            sentence: 2,
            start: 0,
            end: 4,
        });
        for s in Suggestion::ALL {
            for list in [WordList::First, WordList::Second] {
                let kinds = [
                    NudgeKind::PersonPraise {
                        word: "Slím".into(),
                        suggestion: s,
                        suggestion_list: list,
                    },
                    NudgeKind::Absolute {
                        word: "Slím".into(),
                        suggestion: s,
                        suggestion_list: list,
                    },
                    NudgeKind::Label {
                        word: "Slím".into(),
                        suggestion: s,
                        suggestion_list: list,
                    },
                ];
                for kind in kinds {
                    let n = Nudge {
                        kind,
                        part: Part::Tip,
                        spot,
                    };
                    for l in LANGS {
                        let t = nudge_text(&n, l);
                        assert!(t.contains("‘Slím’"), "{t}");
                        assert!(t.contains(suggestion_text(s, list_lang(list, l))), "{t}");
                    }
                    both_non_empty_and_distinct(|l| nudge_text(&n, l), "word nudge", false);
                }
            }
        }
        let balance = Nudge {
            kind: NudgeKind::FewerTopsThanTips { tops: 1, tips: 2 },
            part: Part::Top,
            spot: None,
        };
        assert!(nudge_text(&balance, Lang::Nl).contains("1 top en 2 tips"));
        assert!(nudge_text(&balance, Lang::En).contains("1 top and 2 tips"));
        let none = Nudge {
            kind: NudgeKind::NoNextStep,
            part: Part::NextStep,
            spot: None,
        };
        both_non_empty_and_distinct(|l| nudge_text(&none, l), "no next step", false);
    }

    #[test]
    fn nudge_places() {
        let spot = Some(TextSpot {
            item: 1,
            sentence: 0,
            start: 0,
            end: 1,
        });
        let tip = Nudge {
            kind: NudgeKind::NoNextStep,
            part: Part::Tip,
            spot,
        };
        assert_eq!(nudge_place_text(&tip, Lang::Nl), "bij tip 2, zin 1");
        assert_eq!(nudge_place_text(&tip, Lang::En), "in tip 2, sentence 1");
        let next = Nudge {
            kind: NudgeKind::NoNextStep,
            part: Part::NextStep,
            spot,
        };
        assert_eq!(
            nudge_place_text(&next, Lang::Nl),
            "bij volgende stap, zin 1"
        );
        let none = Nudge {
            kind: NudgeKind::NoNextStep,
            part: Part::NextStep,
            spot: None,
        };
        assert_eq!(nudge_place_text(&none, Lang::En), "in next step");
    }

    #[test]
    fn ratio_texts_show_counts_and_aim() {
        for level in [
            RatioLevel::NoData,
            RatioLevel::Warning,
            RatioLevel::Ok,
            RatioLevel::Good,
        ] {
            let r = RatioAssessment {
                positive: 7,
                corrective: 5,
                aim: 3,
                window_days: 28,
                level,
            };
            both_non_empty_and_distinct(|l| ratio_text(&r, l), &format!("{level:?}"), false);
            assert!(ratio_text(&r, Lang::Nl).contains("4 weken"));
            assert!(ratio_text(&r, Lang::En).contains("3"));
            if level != RatioLevel::NoData {
                assert!(ratio_text(&r, Lang::Nl).contains("3 op 1"));
                assert!(ratio_text(&r, Lang::En).contains("7 positive"));
            }
        }
        let r = RatioAssessment {
            positive: 1,
            corrective: 0,
            aim: 3,
            window_days: 10,
            level: RatioLevel::Good,
        };
        assert!(ratio_text(&r, Lang::En).contains("the last 10 days"));
    }

    #[test]
    fn no_strength_texts() {
        let today = d(2025, 3, 28);
        let flag = |last_strength, looked_since| NoStrengthFlag { pupil_id: "p".into(), last_strength, window_days: 21, looked_since };
        for (last, since) in [(None, None), (Some(d(2025, 3, 1)), None), (None, Some(d(2025, 2, 1)))] {
            both_non_empty_and_distinct(|l| no_strength_text(&flag(last, since), today, l), "flag", false);
        }
        assert!(no_strength_text(&flag(Some(d(2025, 3, 1)), None), today, Lang::Nl).contains("27 dagen"));
        assert!(no_strength_text(&flag(Some(d(2025, 3, 1)), Some(d(2025, 2, 1))), today, Lang::Nl).contains("27 dagen"));
        let none_since = no_strength_text(&flag(None, Some(d(2025, 2, 1))), today, Lang::Nl);
        assert!(none_since.contains("sinds 1 februari 2025"), "{none_since}");
        assert!(no_strength_text(&flag(None, None), today, Lang::En).contains("yet"));
        assert!(no_strength_heading(21, Lang::Nl).contains("3 weken"));
        assert!(no_strength_heading(7, Lang::En).contains("the last week"));
    }

    #[test]
    fn every_error_has_text() {
        let notes = [
            NoteValidationError::MissingId,
            NoteValidationError::MissingPupil,
            NoteValidationError::NoTop,
            NoteValidationError::TooManyItems {
                part: Part::Tip,
                max: 10,
            },
            NoteValidationError::TooLong {
                part: Part::Top,
                index: 0,
                len: 401,
                max: 400,
            },
            NoteValidationError::FollowUpBeforeNote {
                date: d(2025, 3, 10),
                follow_up: d(2025, 3, 9),
            },
        ];
        for e in &notes {
            both_non_empty_and_distinct(|l| note_error_text(e, l), &format!("{e:?}"), false);
        }
        assert_eq!(
            note_error_text(&notes[5], Lang::Nl),
            "De opvolgdatum (9 maart 2025) ligt vóór de datum van de feedback (10 maart 2025). Kies een latere datum."
        );
        assert!(note_error_text(&notes[5], Lang::En).contains("(9 March 2025) is before the date of the feedback (10 March 2025)"));
        let templates = [
            TemplateEditError::MissingId,
            TemplateEditError::NoText,
            TemplateEditError::TooLong {
                field: TemplateField::En,
                len: 301,
                max: 300,
            },
            TemplateEditError::DuplicateId,
            TemplateEditError::NotFound,
            TemplateEditError::BuiltinReadOnly,
        ];
        for e in &templates {
            both_non_empty_and_distinct(|l| template_error_text(e, l), &format!("{e:?}"), false);
        }
        assert!(template_error_text(&templates[2], Lang::Nl).contains("Engelse"));
        let successes = [
            SuccessValidationError::MissingId,
            SuccessValidationError::MissingPupil,
            SuccessValidationError::EmptyText,
            SuccessValidationError::TooLong { len: 301, max: 300 },
            SuccessValidationError::GoalMissing,
        ];
        for e in &successes {
            both_non_empty_and_distinct(|l| success_error_text(e, l), &format!("{e:?}"), false);
        }
        let commands = [
            FeedbackError::Note(NoteValidationError::NoTop),
            FeedbackError::Success(SuccessValidationError::EmptyText),
            FeedbackError::Template(TemplateEditError::NoText),
            FeedbackError::PupilNotFound,
            FeedbackError::GoalNotOfPupil,
            FeedbackError::NoteNotFound,
            FeedbackError::SuccessNotFound,
            FeedbackError::DuplicateId,
        ];
        for e in &commands {
            both_non_empty_and_distinct(|l| feedback_error_text(e, l), &format!("{e:?}"), false);
        }
        assert_eq!(
            feedback_error_text(&commands[0], Lang::Nl),
            note_error_text(&NoteValidationError::NoTop, Lang::Nl)
        );
        // Records deleted meanwhile (here or in another tab) get the app's one text for it.
        assert_eq!(feedback_error_text(&FeedbackError::PupilNotFound, Lang::Nl), gone(Lang::Nl, Gone::Pupil));
        assert_eq!(FeedbackError::NoteNotFound.message(Lang::En), gone(Lang::En, Gone::Feedback));
        assert_eq!(FeedbackError::SuccessNotFound.message(Lang::Nl), gone(Lang::Nl, Gone::Success));
        assert_eq!(
            FeedbackError::Template(TemplateEditError::NotFound).message(Lang::En),
            "This template no longer exists (perhaps deleted in another tab)."
        );
    }
}

#[cfg(test)]
mod success_text_tests {
    use super::*;
    use crate::domain::feedback::{Success, SuccessSource};
    use crate::domain::goals::TemplateKey;

    fn success(text: &str, source: SuccessSource, template: Option<TemplateKey>) -> Success {
        let date = crate::domain::test_kit::d(2026, 11, 20);
        let goal_id = (source == SuccessSource::GoalAchieved).then(|| "g".to_string());
        Success { id: "s".into(), pupil_id: "p".into(), date, text: text.into(), goal_id, source, template }
    }

    #[test]
    fn a_reached_goal_is_worded_in_the_screens_language() {
        let s = success("Ik lees vlot", SuccessSource::GoalAchieved, None);
        assert_eq!(success_text(Lang::Nl, &s), "Doel gehaald: Ik lees vlot");
        assert_eq!(success_text(Lang::En, &s), "Goal achieved: Ik lees vlot");
    }

    #[test]
    fn a_template_measure_is_named_in_the_screens_language_and_an_own_name_as_typed() {
        let k = TemplateKey::OralReadingFluency;
        let nl = crate::i18n::goals::template_name(k, Lang::Nl);
        let en = crate::i18n::goals::template_name(k, Lang::En);
        for stored in [nl, en] {
            let s = success(stored, SuccessSource::GoalAchieved, Some(k));
            assert_eq!(success_text(Lang::Nl, &s), format!("Doel gehaald: {nl}"));
            assert_eq!(success_text(Lang::En, &s), format!("Goal achieved: {en}"));
        }
        let own = success("DMT-kaart 2", SuccessSource::GoalAchieved, Some(k));
        assert_eq!(success_text(Lang::En, &own), "Goal achieved: DMT-kaart 2");
    }

    #[test]
    fn a_teachers_own_success_is_shown_as_she_wrote_it() {
        let s = success("Doel gehaald: zelf bedacht", SuccessSource::Manual, None);
        assert_eq!(success_text(Lang::En, &s), "Doel gehaald: zelf bedacht");
    }
}
