//! Word lists for person praise, absolutes and labels (Dutch and English), and the scanner
//! that finds them in a text.
//!
//! Owns: the lists, the whole-word, case- and accent-insensitive matching, and which rewrite
//! each word gets. Must not touch: notes as a whole (see `check`), or any user-visible text
//! (the rewrites are [`Suggestion`] keys, rendered by `i18n_feedback`).
//!
//! Both lists are always searched whatever the UI language: teachers mix languages.
//! Compounds are not split ("superslim" is not found): matching inside words would flag
//! "knapsack" and "knapperig", which is worse than missing a rare compound.

use super::lang::Lang;
use serde::{Deserialize, Serialize};

/// Why a word gets a nudge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WordKind {
    /// Praise of the person, not the process (Mueller & Dweck 1998).
    PersonPraise,
    /// An absolute ("always", "never"): it turns one moment into who the pupil is.
    Absolute,
    /// A label ("lazy", "sloppy"): it sticks to the pupil and says nothing to do.
    Label,
}

/// A concrete rewrite offered with a flagged word; the text is in `i18n_feedback`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Suggestion {
    /// Process praise: name the perseverance.
    Persistence,
    /// Process praise: name the strategy that worked.
    Strategy,
    /// Process praise: name the checking plan ("your plan of checking each sum worked").
    Checking,
    /// Process praise: name the practice behind the result.
    Practice,
    /// Process praise: name what the pupil worked out themselves.
    OwnWork,
    /// Absolute → one concrete moment.
    NameTheMoment,
    /// Absolute "never" → "not yet" plus what we try next.
    NotYet,
    /// Label about starting/finishing work → what was seen, plus a plan.
    StartingWork,
    /// Label about neatness → what was seen, plus a checklist.
    Neatness,
    /// Label about ability → describe the task, not the pupil.
    TaskNotPupil,
    /// Label about behaviour → describe the behaviour.
    Behaviour,
}

impl Suggestion {
    pub const ALL: [Suggestion; 11] = [
        Suggestion::Persistence,
        Suggestion::Strategy,
        Suggestion::Checking,
        Suggestion::Practice,
        Suggestion::OwnWork,
        Suggestion::NameTheMoment,
        Suggestion::NotYet,
        Suggestion::StartingWork,
        Suggestion::Neatness,
        Suggestion::TaskNotPupil,
        Suggestion::Behaviour,
    ];
}

/// One entry of a word list: the folded form (lower case, no accents), its kind and rewrite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct WordEntry {
    pub word: &'static str,
    pub kind: WordKind,
    pub suggestion: Suggestion,
}

/// A flagged word found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordHit {
    /// The word exactly as written (original case and accents).
    pub word: String,
    /// Byte range of the word in the scanned text.
    pub start: usize,
    pub end: usize,
    pub kind: WordKind,
    pub suggestion: Suggestion,
    /// The language of the list the word came from: the rewrite is offered in that language,
    /// because it is text for the note, which is written in that language.
    pub suggestion_lang: Lang,
}

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

/// The default word list of one language, for showing in the app.
pub fn word_list(lang: Lang) -> &'static [WordEntry] {
    match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    }
}

/// Lower-cases and strips accents, so "Slím" and "SLIM" both fold to "slim". Combining marks
/// (decomposed input) are dropped too.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for l in c.to_lowercase() {
            match l {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
                'ç' | 'ć' | 'č' => out.push('c'),
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => out.push('i'),
                'ñ' | 'ń' | 'ň' => out.push('n'),
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
                'ý' | 'ÿ' => out.push('y'),
                'ś' | 'š' | 'ş' => out.push('s'),
                'ź' | 'ż' | 'ž' => out.push('z'),
                'ł' => out.push('l'),
                'ğ' => out.push('g'),
                'ĳ' => out.push_str("ij"),
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                '\u{0300}'..='\u{036F}' => {}
                other => out.push(other),
            }
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Byte ranges of the words in `text` (letters, digits and combining marks).
pub(crate) fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

fn lookup(folded: &str, lang: Lang) -> Option<(WordEntry, Lang)> {
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    // The UI language wins for words in both lists ("talent", "intelligent").
    [lang, other].into_iter().find_map(|l| {
        word_list(l)
            .iter()
            .find(|en| en.word == folded)
            .map(|en| (*en, l))
    })
}

/// Every flagged word in `text`, in order. `lang` only breaks ties for words in both lists.
pub fn scan_text(text: &str, lang: Lang) -> Vec<WordHit> {
    word_spans(text)
        .into_iter()
        .filter_map(|(start, end)| {
            let word = text.get(start..end)?;
            let (entry, list_lang) = lookup(&fold(word), lang)?;
            Some(WordHit {
                word: word.to_string(),
                start,
                end,
                kind: entry.kind,
                suggestion: entry.suggestion,
                suggestion_lang: list_lang,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, lang: Lang) -> Vec<(String, WordKind, Lang)> {
        scan_text(text, lang)
            .into_iter()
            .map(|h| (h.word, h.kind, h.suggestion_lang))
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
    }

    #[test]
    fn byte_ranges_point_at_the_word() {
        let text = "Très bien: jij bent slím.";
        let hits = scan_text(text, Lang::Nl);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].start..hits[0].end], "slím");
    }

    #[test]
    fn fold_examples() {
        assert_eq!(fold("ÉÉN Ĳs Straße"), "een ijs strasse");
        assert_eq!(fold("Ongeïnteresseerd"), "ongeinteresseerd");
    }
}
