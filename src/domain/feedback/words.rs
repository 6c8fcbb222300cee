//! The scanner that finds person praise, absolutes and labels in a text, and the typed values
//! of its word lists.
//!
//! Owns: the whole-word, case- and accent-insensitive matching, and which of the two lists a
//! word came from. Must not touch: notes as a whole (see `check`), or the lists' words and any
//! user-visible text: the Dutch and English lists (each folded word with its kind and rewrite)
//! are data in `crate::i18n::feedback`, handed to a scan as [`Lexicons`]; the rewrites are
//! [`Suggestion`] keys, worded there too.
//!
//! Both lists are always searched: teachers mix languages. Compounds are not split
//! ("superslim" is not found): matching inside words would flag "knapsack" and "knapperig",
//! which is worse than missing a rare compound.

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

/// A concrete rewrite offered with a flagged word; the text is in `crate::i18n::feedback`.
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

/// The two word lists a scan searches, both always. `first` is the list of the language the
/// teacher works in and wins for a word in both lists ("talent"); `second` is the other one.
#[derive(Clone, Copy, Debug)]
pub struct Lexicons<'a> {
    pub first: &'a [WordEntry],
    pub second: &'a [WordEntry],
}

/// Which of the two [`Lexicons`] a flagged word came from. Its rewrite is offered in that
/// list's language, because it is text for the note, which is written in that language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WordList {
    First,
    Second,
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
    /// The list the word came from, and so the language of its rewrite.
    pub suggestion_list: WordList,
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

fn lookup(folded: &str, lists: Lexicons<'_>) -> Option<(WordEntry, WordList)> {
    // The first list wins for words in both lists ("talent", "intelligent").
    [(lists.first, WordList::First), (lists.second, WordList::Second)]
        .into_iter()
        .find_map(|(list, which)| {
            list.iter()
                .find(|en| en.word == folded)
                .map(|en| (*en, which))
        })
}

/// Every word of `lists` in `text`, in order; the first list only wins ties for words in both.
pub fn scan_text(text: &str, lists: Lexicons<'_>) -> Vec<WordHit> {
    word_spans(text)
        .into_iter()
        .filter_map(|(start, end)| {
            let word = text.get(start..end)?;
            let (entry, list) = lookup(&fold(word), lists)?;
            Some(WordHit {
                word: word.to_string(),
                start,
                end,
                kind: entry.kind,
                suggestion: entry.suggestion,
                suggestion_list: list,
            })
        })
        .collect()
}

/// Two small lists for the domain's own tests (the real ones are tested with their words, in
/// `crate::i18n::feedback`): a Dutch-like first and an English-like second, with a word in both.
#[cfg(test)]
pub(crate) mod test_lists {
    use super::{Lexicons, Suggestion as S, WordEntry, WordKind};
    use WordKind::{Absolute as A, Label as L, PersonPraise as P};

    const fn e(word: &'static str, kind: WordKind, suggestion: S) -> WordEntry {
        WordEntry { word, kind, suggestion }
    }

    pub const FIRST: &[WordEntry] = &[
        e("slim", P, S::Strategy),
        e("slimme", P, S::Strategy),
        e("knap", P, S::OwnWork),
        e("genie", P, S::Persistence),
        e("genieen", P, S::Persistence),
        e("talent", P, S::Practice),
        e("altijd", A, S::NameTheMoment),
        e("nooit", A, S::NotYet),
        e("lui", L, S::StartingWork),
        e("dom", L, S::TaskNotPupil),
    ];

    pub const SECOND: &[WordEntry] = &[
        e("smart", P, S::Strategy),
        e("clever", P, S::Strategy),
        e("talent", P, S::Practice),
        e("always", A, S::NameTheMoment),
        e("lazy", L, S::StartingWork),
    ];

    /// The Dutch-like list first.
    pub fn lists() -> Lexicons<'static> {
        Lexicons { first: FIRST, second: SECOND }
    }
}

#[cfg(test)]
mod tests {
    use super::test_lists::{lists, FIRST, SECOND};
    use super::*;

    fn words(text: &str, lists: Lexicons<'_>) -> Vec<(String, WordKind, WordList)> {
        scan_text(text, lists)
            .into_iter()
            .map(|h| (h.word, h.kind, h.suggestion_list))
            .collect()
    }

    #[test]
    fn whole_words_case_and_accents() {
        use WordKind::*;
        use WordList::{First, Second};
        type Expected<'a> = Vec<(&'a str, WordKind, WordList)>;
        let cases: Vec<(&str, Expected)> = vec![
            ("Wat ben je slim!", vec![("slim", PersonPraise, First)]),
            ("Slím gedaan", vec![("Slím", PersonPraise, First)]),
            ("SLIMME aanpak", vec![("SLIMME", PersonPraise, First)]),
            ("Sli\u{0301}m", vec![("Sli\u{0301}m", PersonPraise, First)]),
            ("knapsack and knapperig koekje", vec![]),
            ("slimheid? slimmeriken", vec![]),
            ("Wat een genieën", vec![("genieën", PersonPraise, First)]),
            ("altijdje nooitgedacht", vec![]),
            (
                "lui, dom—nooit",
                vec![("lui", Label, First), ("dom", Label, First), ("nooit", Absolute, First)],
            ),
            ("Je luisterde goed in het domein rekenen", vec![]),
            (
                "smartphone clever-ish? no: cleverness",
                vec![("clever", PersonPraise, Second)],
            ),
            ("Lázy ALWAYS", vec![("Lázy", Label, Second), ("ALWAYS", Absolute, Second)]),
            ("", vec![]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, WordKind, WordList)> = want
                .into_iter()
                .map(|(w, k, l)| (w.to_string(), k, l))
                .collect();
            assert_eq!(words(text, lists()), want, "{text:?}");
        }
    }

    #[test]
    fn both_lists_are_searched_and_the_first_wins_ties() {
        let swapped = Lexicons { first: SECOND, second: FIRST };
        let text = "Je bent zo smart, you are slim";
        assert_eq!(
            words(text, lists()),
            vec![
                ("smart".to_string(), WordKind::PersonPraise, WordList::Second),
                ("slim".to_string(), WordKind::PersonPraise, WordList::First)
            ]
        );
        assert_eq!(
            words(text, swapped),
            vec![
                ("smart".to_string(), WordKind::PersonPraise, WordList::First),
                ("slim".to_string(), WordKind::PersonPraise, WordList::Second)
            ]
        );
        // "talent" is in both lists: the first one's entry and list win.
        assert_eq!(words("Talent", lists())[0].2, WordList::First);
        assert_eq!(words("Talent", swapped)[0].2, WordList::First);
        assert!(scan_text("slim smart", Lexicons { first: &[], second: &[] }).is_empty());
    }

    #[test]
    fn byte_ranges_point_at_the_word() {
        let text = "Très bien: jij bent slím.";
        let hits = scan_text(text, lists());
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].start..hits[0].end], "slím");
    }

    #[test]
    fn fold_examples() {
        assert_eq!(fold("ÉÉN Ĳs Straße"), "een ijs strasse");
        assert_eq!(fold("Ongeïnteresseerd"), "ongeinteresseerd");
    }
}
