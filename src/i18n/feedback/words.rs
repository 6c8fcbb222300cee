//! The word lists of the balance checks: person praise, absolutes and labels in Dutch and
//! English, each folded word (lower case, no accents) with its kind and the rewrite it gets
//! (a `Suggestion`, worded by `suggestion_text`). The domain's scanner
//! (`crate::domain::feedback::scan_text`) gets them as `Lexicons` and holds no words itself.

use crate::domain::feedback::{Lexicons, Suggestion, WordEntry, WordKind, WordList};
use crate::i18n::Lang;

const fn e(word: &'static str, kind: WordKind, suggestion: Suggestion) -> WordEntry {
    WordEntry {
        word,
        kind,
        suggestion,
    }
}

use Suggestion as S;
use WordKind::{Absolute as A, Label as L, PersonPraise as P};

/// Dutch list, folded. Inflections are listed because matching is on whole words.
#[rustfmt::skip]
const NL: &[WordEntry] = &[
    e("slim", P, S::Strategy),
    e("slimme", P, S::Strategy),
    e("slimmer", P, S::Strategy),
    e("slimst", P, S::Strategy),
    e("slimste", P, S::Strategy),
    e("slimmerik", P, S::Strategy),
    e("slimmerd", P, S::Strategy),
    e("knap", P, S::OwnWork),
    e("knappe", P, S::OwnWork),
    e("knapper", P, S::OwnWork),
    e("knapst", P, S::OwnWork),
    e("knapste", P, S::OwnWork),
    e("talent", P, S::Practice),
    e("talenten", P, S::Practice),
    e("talentje", P, S::Practice),
    e("talentvol", P, S::Practice),
    e("talentvolle", P, S::Practice),
    e("natuurtalent", P, S::Practice),
    e("getalenteerd", P, S::Practice),
    e("getalenteerde", P, S::Practice),
    e("begaafd", P, S::Practice),
    e("begaafde", P, S::Practice),
    e("hoogbegaafd", P, S::Practice),
    e("hoogbegaafde", P, S::Practice),
    e("knobbel", P, S::Practice),
    e("rekenknobbel", P, S::Practice),
    e("taalknobbel", P, S::Practice),
    e("intelligent", P, S::Checking),
    e("intelligente", P, S::Checking),
    e("intelligentie", P, S::Checking),
    e("genie", P, S::Persistence),
    e("genieen", P, S::Persistence),
    e("geniaal", P, S::Persistence),
    e("geniale", P, S::Persistence),
    e("briljant", P, S::Persistence),
    e("briljante", P, S::Persistence),
    e("bolleboos", P, S::Persistence),
    e("wonderkind", P, S::Persistence),
    e("rekenwonder", P, S::Persistence),
    e("altijd", A, S::NameTheMoment),
    e("nooit", A, S::NotYet),
    e("nimmer", A, S::NotYet),
    e("lui", L, S::StartingWork),
    e("luie", L, S::StartingWork),
    e("luier", L, S::StartingWork),
    e("luiheid", L, S::StartingWork),
    e("luiaard", L, S::StartingWork),
    e("treuzelaar", L, S::StartingWork),
    e("slordig", L, S::Neatness),
    e("slordige", L, S::Neatness),
    e("slordiger", L, S::Neatness),
    e("slordigheid", L, S::Neatness),
    e("dom", L, S::TaskNotPupil),
    e("domme", L, S::TaskNotPupil),
    e("dommer", L, S::TaskNotPupil),
    e("domste", L, S::TaskNotPupil),
    e("dommerik", L, S::TaskNotPupil),
    e("dombo", L, S::TaskNotPupil),
    e("stom", L, S::TaskNotPupil),
    e("stomme", L, S::TaskNotPupil),
    e("waardeloos", L, S::TaskNotPupil),
    e("waardeloze", L, S::TaskNotPupil),
    e("hopeloos", L, S::TaskNotPupil),
    e("hopeloze", L, S::TaskNotPupil),
    e("ongeinteresseerd", L, S::StartingWork),
    e("brutaal", L, S::Behaviour),
    e("brutale", L, S::Behaviour),
    e("stout", L, S::Behaviour),
    e("stoute", L, S::Behaviour),
];

/// English list, folded.
#[rustfmt::skip]
const EN: &[WordEntry] = &[
    e("smart", P, S::Strategy),
    e("smarter", P, S::Strategy),
    e("smartest", P, S::Strategy),
    e("clever", P, S::Strategy),
    e("cleverer", P, S::Strategy),
    e("cleverest", P, S::Strategy),
    e("talent", P, S::Practice),
    e("talents", P, S::Practice),
    e("talented", P, S::Practice),
    e("gifted", P, S::Practice),
    e("intelligent", P, S::Checking),
    e("intelligence", P, S::Checking),
    e("genius", P, S::Persistence),
    e("geniuses", P, S::Persistence),
    e("brilliant", P, S::Persistence),
    e("prodigy", P, S::Persistence),
    e("whiz", P, S::Persistence),
    e("whizz", P, S::Persistence),
    e("always", A, S::NameTheMoment),
    e("constantly", A, S::NameTheMoment),
    e("never", A, S::NotYet),
    e("lazy", L, S::StartingWork),
    e("lazier", L, S::StartingWork),
    e("laziness", L, S::StartingWork),
    e("lazybones", L, S::StartingWork),
    e("slowpoke", L, S::StartingWork),
    e("sloppy", L, S::Neatness),
    e("sloppiness", L, S::Neatness),
    e("careless", L, S::Neatness),
    e("messy", L, S::Neatness),
    e("stupid", L, S::TaskNotPupil),
    e("dumb", L, S::TaskNotPupil),
    e("hopeless", L, S::TaskNotPupil),
    e("useless", L, S::TaskNotPupil),
    e("naughty", L, S::Behaviour),
    e("rude", L, S::Behaviour),
];


/// The word list of one language, for showing in the app.
pub fn word_list(lang: Lang) -> &'static [WordEntry] {
    match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    }
}

/// The lists a check in `lang` (the UI language) searches: both, always (teachers mix
/// languages), that language's first, so it wins for words in both ("talent").
pub fn lexicons(lang: Lang) -> Lexicons<'static> {
    Lexicons { first: word_list(lang), second: word_list(other(lang)) }
}

/// The language of the list a flagged word came from, in a check with `lexicons(lang)`: the
/// language its rewrite is offered in.
pub fn list_lang(list: WordList, lang: Lang) -> Lang {
    match list {
        WordList::First => lang,
        WordList::Second => other(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feedback::{apply_suggestion, check_note, fold, scan_text, word_spans, FeedbackNote, NudgeKind};
    use crate::i18n::feedback::suggestion_text;

    /// The flagged words with the language of their list, for a check in `lang`.
    fn words(text: &str, lang: Lang) -> Vec<(String, WordKind, Lang)> {
        scan_text(text, lexicons(lang))
            .into_iter()
            .map(|h| (h.word, h.kind, list_lang(h.suggestion_list, lang)))
            .collect()
    }

    #[test]
    fn lists_are_folded_single_words_without_duplicates() {
        for lang in [Lang::Nl, Lang::En] {
            let list = word_list(lang);
            for (i, en) in list.iter().enumerate() {
                assert_eq!(fold(en.word), en.word, "{} not folded", en.word);
                assert_eq!(
                    word_spans(en.word),
                    vec![(0, en.word.len())],
                    "{} not one word",
                    en.word
                );
                assert!(
                    list.iter().skip(i + 1).all(|o| o.word != en.word),
                    "duplicate {}",
                    en.word
                );
            }
        }
    }

    #[test]
    fn required_words_are_present() {
        let nl_praise = [
            "slim",
            "knap",
            "talent",
            "getalenteerd",
            "intelligent",
            "genie",
        ];
        let en_praise = [
            "smart",
            "clever",
            "talented",
            "gifted",
            "genius",
            "brilliant",
            "intelligent",
            "talent",
        ];
        let nl_abs = ["altijd", "nooit"];
        let en_abs = ["always", "never"];
        let nl_label = ["lui", "slordig", "dom"];
        let en_label = ["lazy", "sloppy", "stupid"];
        let check = |lang: Lang, ws: &[&str], kind: WordKind| {
            for w in ws {
                assert!(
                    word_list(lang)
                        .iter()
                        .any(|e| e.word == *w && e.kind == kind),
                    "{w} missing"
                );
            }
        };
        check(Lang::Nl, &nl_praise, WordKind::PersonPraise);
        check(Lang::En, &en_praise, WordKind::PersonPraise);
        check(Lang::Nl, &nl_abs, WordKind::Absolute);
        check(Lang::En, &en_abs, WordKind::Absolute);
        check(Lang::Nl, &nl_label, WordKind::Label);
        check(Lang::En, &en_label, WordKind::Label);
    }

    #[test]
    fn whole_words_case_and_accents() {
        use WordKind::*;
        type Expected<'a> = Vec<(&'a str, WordKind, Lang)>;
        let cases: Vec<(&str, Expected)> = vec![
            ("Wat ben je slim!", vec![("slim", PersonPraise, Lang::Nl)]),
            ("Slím gedaan", vec![("Slím", PersonPraise, Lang::Nl)]),
            ("SLIMME aanpak", vec![("SLIMME", PersonPraise, Lang::Nl)]),
            (
                "Sli\u{0301}m",
                vec![("Sli\u{0301}m", PersonPraise, Lang::Nl)],
            ),
            ("Je bent knap.", vec![("knap", PersonPraise, Lang::Nl)]),
            ("knapsack and knapperig koekje", vec![]),
            ("slimheid? slimmeriken", vec![]),
            ("Je bent een génie", vec![("génie", PersonPraise, Lang::Nl)]),
            ("Wat een genieën", vec![("genieën", PersonPraise, Lang::Nl)]),
            (
                "echt getalenteerd",
                vec![("getalenteerd", PersonPraise, Lang::Nl)],
            ),
            (
                "Je doet het altijd zo en nooit anders",
                vec![
                    ("altijd", Absolute, Lang::Nl),
                    ("nooit", Absolute, Lang::Nl),
                ],
            ),
            ("ALTIJD", vec![("ALTIJD", Absolute, Lang::Nl)]),
            ("altijdje nooitgedacht", vec![]),
            (
                "lui, slordig en dom",
                vec![
                    ("lui", Label, Lang::Nl),
                    ("slordig", Label, Lang::Nl),
                    ("dom", Label, Lang::Nl),
                ],
            ),
            ("Je luisterde goed in het domein rekenen", vec![]),
            ("You're so smart", vec![("smart", PersonPraise, Lang::En)]),
            ("Clever!", vec![("Clever", PersonPraise, Lang::En)]),
            (
                "a gifted, brilliant GENIUS",
                vec![
                    ("gifted", PersonPraise, Lang::En),
                    ("brilliant", PersonPraise, Lang::En),
                    ("GENIUS", PersonPraise, Lang::En),
                ],
            ),
            (
                "you always forget and never check",
                vec![
                    ("always", Absolute, Lang::En),
                    ("never", Absolute, Lang::En),
                ],
            ),
            (
                "lazy/sloppy—stupid",
                vec![
                    ("lazy", Label, Lang::En),
                    ("sloppy", Label, Lang::En),
                    ("stupid", Label, Lang::En),
                ],
            ),
            (
                "smartphone clever-ish? no: cleverness",
                vec![("clever", PersonPraise, Lang::En)],
            ),
            ("Lázy", vec![("Lázy", Label, Lang::En)]),
            ("Goed doorgezet, je las elke zin opnieuw.", vec![]),
            ("", vec![]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, WordKind, Lang)> = want
                .into_iter()
                .map(|(w, k, l)| (w.to_string(), k, l))
                .collect();
            assert_eq!(words(text, Lang::Nl), want, "{text:?}");
        }
    }

    #[test]
    fn mixed_language_is_found_in_either_ui_language() {
        let text = "Je bent zo smart, you are slim";
        for ui in [Lang::Nl, Lang::En] {
            let hits = words(text, ui);
            assert_eq!(
                hits,
                vec![
                    ("smart".to_string(), WordKind::PersonPraise, Lang::En),
                    ("slim".to_string(), WordKind::PersonPraise, Lang::Nl)
                ]
            );
        }
    }

    #[test]
    fn words_in_both_lists_follow_the_ui_language() {
        assert_eq!(words("talent", Lang::Nl)[0].2, Lang::Nl);
        assert_eq!(words("talent", Lang::En)[0].2, Lang::En);
        assert_eq!(words("Intelligent", Lang::En)[0].2, Lang::En);
        // A check in a language searches that language's list first, then the other.
        assert_eq!(lexicons(Lang::Nl).first, word_list(Lang::Nl));
        assert_eq!(lexicons(Lang::Nl).second, word_list(Lang::En));
        assert_eq!(lexicons(Lang::En).first, word_list(Lang::En));
        assert_eq!(lexicons(Lang::En).second, word_list(Lang::Nl));
        assert_eq!(list_lang(WordList::First, Lang::En), Lang::En);
        assert_eq!(list_lang(WordList::Second, Lang::En), Lang::Nl);
        assert_eq!(list_lang(WordList::Second, Lang::Nl), Lang::En);
    }

    fn draft(tops: &[&str], tips: &[&str], next: &str) -> FeedbackNote {
        FeedbackNote {
            id: "n".into(),
            pupil_id: "p".into(),
            goal_id: None,
            date: chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap(),
            tops: tops.iter().map(|s| s.to_string()).collect(),
            tips: tips.iter().map(|s| s.to_string()).collect(),
            next_step: next.into(),
            follow_up: None,
        }
    }

    #[test]
    fn clean_note_has_no_nudges() {
        let n = draft(
            &[
                "Je hebt goed doorgezet, ook toen het lastig werd.",
                "Your plan of checking each sum worked.",
            ],
            &["Lees de vraag nog een keer voor je begint."],
            "Morgen oefen je vijf minuten met je leesmaatje.",
        );
        assert_eq!(check_note(&n, lexicons(Lang::Nl)), vec![]);
    }


    #[test]
    fn every_word_nudge_disappears_after_using_its_suggestion() {
        let cases = [
            "Je bent zo slim.",
            "Knap gedaan!",
            "Je bent altijd te laat.",
            "Je vergeet nooit je boek, echt waar.",
            "Je was lui vandaag.",
            "Je werk is slordig.",
            "You are so smart.",
            "You never listen.",
            "Your work is sloppy.",
        ];
        for lang in [Lang::Nl, Lang::En] {
            for text in cases {
                let mut draft = FeedbackNote {
                    id: "n".into(),
                    pupil_id: "p".into(),
                    goal_id: None,
                    date: chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
                    tops: vec![text.into()],
                    tips: vec![],
                    next_step: "Morgen oefenen.".into(),
                    follow_up: None,
                };
                let nudges = check_note(&draft, lexicons(lang));
                let word = nudges.iter().find(|n| n.spot.is_some()).expect(text);
                let (s, l) = match &word.kind {
                    NudgeKind::PersonPraise { suggestion, suggestion_list, .. }
                    | NudgeKind::Absolute { suggestion, suggestion_list, .. }
                    | NudgeKind::Label { suggestion, suggestion_list, .. } => (*suggestion, list_lang(*suggestion_list, lang)),
                    _ => unreachable!(),
                };
                let spot = word.spot.unwrap();
                draft.tops[0] = apply_suggestion(&draft.tops[0], &spot, suggestion_text(s, l));
                let left: Vec<_> = check_note(&draft, lexicons(lang)).into_iter().filter(|n| n.spot.is_some()).collect();
                assert!(left.is_empty(), "{text} → {} still has {left:?}", draft.tops[0]);
            }
        }
    }
}
