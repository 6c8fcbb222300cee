//! The vague-verb check for a goal sentence ("Ik kan ..."): finds verbs that cannot be
//! observed (beter worden, begrijpen, weten, leren, snappen, je best doen; improve,
//! understand, know, learn, try harder) and offers observable verbs instead.
//!
//! Matching is on whole words, case- and accent-insensitive ("Begrijp", "wéét"), with the
//! usual inflections; "begrijpend lezen" (a subject name) and words that merely contain a
//! form ("lerenaar") are not flagged. Must not touch: text (see `crate::i18n::goals`), goal state.

use serde::{Deserialize, Serialize};

use crate::domain::goals::model::Domain;

/// A vague verb or phrase, by its dictionary form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VagueVerb {
    BeterWorden,
    Verbeteren,
    Begrijpen,
    Weten,
    Leren,
    Snappen,
    /// "(meer) zijn best doen", "ik doe mijn best".
    BestDoen,
    Improve,
    /// "get better", "do better".
    GetBetter,
    Understand,
    Know,
    Learn,
    TryHarder,
}

impl VagueVerb {
    pub const ALL: [VagueVerb; 13] = [
        VagueVerb::BeterWorden,
        VagueVerb::Verbeteren,
        VagueVerb::Begrijpen,
        VagueVerb::Weten,
        VagueVerb::Leren,
        VagueVerb::Snappen,
        VagueVerb::BestDoen,
        VagueVerb::Improve,
        VagueVerb::GetBetter,
        VagueVerb::Understand,
        VagueVerb::Know,
        VagueVerb::Learn,
        VagueVerb::TryHarder,
    ];
}

/// An observable verb to offer instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ObservableVerb {
    ReadAloud,
    Name,
    Calculate,
    Write,
    Recite,
    Sort,
    Tell,
    Finish,
    Ask,
    Count,
}

impl ObservableVerb {
    pub const ALL: [ObservableVerb; 10] = [
        ObservableVerb::ReadAloud,
        ObservableVerb::Name,
        ObservableVerb::Calculate,
        ObservableVerb::Count,
        ObservableVerb::Write,
        ObservableVerb::Recite,
        ObservableVerb::Sort,
        ObservableVerb::Tell,
        ObservableVerb::Finish,
        ObservableVerb::Ask,
    ];

    /// The verbs to offer for a goal in this domain, the most fitting first: a maths goal
    /// gets "uitrekenen, tellen" before anything else and never "lezen". Without a domain
    /// (or "other") every verb, in the general order.
    pub fn for_domain(domain: Option<Domain>) -> Vec<ObservableVerb> {
        use ObservableVerb::*;
        match domain {
            Some(Domain::Reading) => vec![ReadAloud, Name, Tell, Recite],
            Some(Domain::Maths) => vec![Calculate, Count, Name, Write, Sort],
            Some(Domain::Spelling) => vec![Write, Recite, Name, Sort],
            Some(Domain::Writing) => vec![Write, Finish, Tell, Ask],
            Some(Domain::SocialEmotional) => vec![Ask, Tell, Name, Finish],
            Some(Domain::WorkHabits) => vec![Finish, Ask, Sort, Tell],
            Some(Domain::Other) | None => Self::ALL.to_vec(),
        }
    }
}

/// One vague verb found, with the byte range of the matched words in the original text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VagueHit {
    pub verb: VagueVerb,
    pub start: usize,
    pub end: usize,
    /// The matched words as written.
    pub found: String,
}

/// The result of the check: hits in text order, and alternatives when there is a hit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct VagueCheck {
    pub hits: Vec<VagueHit>,
    pub alternatives: Vec<ObservableVerb>,
}

impl VagueCheck {
    pub fn is_vague(&self) -> bool {
        !self.hits.is_empty()
    }
}

/// Single words and their inflections.
const SINGLE: &[(VagueVerb, &[&str])] = &[
    (VagueVerb::Begrijpen, &["begrijpen", "begrijp", "begrijpt", "begreep", "begrepen"]),
    (VagueVerb::Weten, &["weten", "weet", "wist", "wisten", "geweten"]),
    (VagueVerb::Leren, &["leren", "leer", "leert", "leerde", "leerden", "geleerd"]),
    (VagueVerb::Snappen, &["snappen", "snap", "snapt", "snapte", "snapten", "gesnapt"]),
    (VagueVerb::Verbeteren, &["verbeteren", "verbeter", "verbetert", "verbeterde", "verbeterden", "verbeterd"]),
    (VagueVerb::Improve, &["improve", "improves", "improved", "improving"]),
    (VagueVerb::Understand, &["understand", "understands", "understood", "understanding"]),
    (VagueVerb::Know, &["know", "knows", "knew", "known", "knowing"]),
    (VagueVerb::Learn, &["learn", "learns", "learned", "learnt", "learning"]),
];

/// Two words close together (at most one word between): the first list, then the second;
/// `either_order` also accepts the second list first.
struct Pair {
    verb: VagueVerb,
    first: &'static [&'static str],
    second: &'static [&'static str],
    either_order: bool,
}

const WORDEN: &[&str] = &["worden", "word", "wordt", "werd", "werden", "geworden"];
const DOEN: &[&str] = &["doen", "doe", "doet", "deed", "deden", "gedaan"];

const PAIRS: &[Pair] = &[
    Pair { verb: VagueVerb::BeterWorden, first: &["beter"], second: WORDEN, either_order: true },
    Pair { verb: VagueVerb::BestDoen, first: &["best"], second: DOEN, either_order: true },
    Pair {
        verb: VagueVerb::GetBetter,
        first: &["get", "gets", "got", "getting", "become", "becomes", "became", "becoming", "do", "does", "did", "doing"],
        second: &["better"],
        either_order: false,
    },
    Pair {
        verb: VagueVerb::TryHarder,
        first: &["try", "tries", "tried", "trying", "work", "works", "worked", "working"],
        second: &["harder"],
        either_order: false,
    },
];

/// Lower-case and strip the accents Dutch and English texts use, so "Wéét" matches "weet".
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        out.push(match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        });
    }
    out
}

/// Words with their byte ranges; anything not alphanumeric separates words.
fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, fold(text.get(s..i).unwrap_or_default())));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Finds the vague verbs in a goal sentence and, if any, offers observable verbs that fit
/// the goal's domain.
pub fn check_vague(text: &str, domain: Option<Domain>) -> VagueCheck {
    let ws = words(text);
    let mut hits: Vec<VagueHit> = Vec::new();
    let mut push = |verb, start: usize, end: usize| {
        if !hits.iter().any(|h| h.start == start && h.end == end) {
            let found = text.get(start..end).unwrap_or_default().to_string();
            hits.push(VagueHit { verb, start, end, found });
        }
    };
    for (i, (s, e, w)) in ws.iter().enumerate() {
        for (verb, forms) in SINGLE {
            if forms.contains(&w.as_str()) {
                push(*verb, *s, *e);
            }
        }
        for pair in PAIRS {
            for (s2, e2, w2) in ws.iter().skip(i + 1).take(2) {
                let forward = pair.first.contains(&w.as_str()) && pair.second.contains(&w2.as_str());
                let backward = pair.either_order
                    && pair.second.contains(&w.as_str())
                    && pair.first.contains(&w2.as_str());
                if forward || backward {
                    push(pair.verb, (*s).min(*s2), (*e).max(*e2));
                }
            }
        }
    }
    hits.sort_by_key(|h| h.start);
    let alternatives = if hits.is_empty() {
        Vec::new()
    } else {
        ObservableVerb::for_domain(domain)
    };
    VagueCheck { hits, alternatives }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verbs(text: &str) -> Vec<VagueVerb> {
        check_vague(text, None).hits.into_iter().map(|h| h.verb).collect()
    }

    #[test]
    fn flags_dutch_and_english_vague_verbs() {
        use VagueVerb::*;
        let cases: &[(&str, &[VagueVerb])] = &[
            ("Ik wil beter worden in rekenen", &[BeterWorden]),
            ("Ik word steeds beter in lezen", &[BeterWorden]),
            ("Hij wordt beter", &[BeterWorden]),
            ("Ik kan mijn spelling verbeteren", &[Verbeteren]),
            ("Ik begrijp breuken", &[Begrijpen]),
            ("Ik kan de som begrijpen", &[Begrijpen]),
            ("Ze begreep het", &[Begrijpen]),
            ("Ik weet de tafels", &[Weten]),
            ("Ik wist het antwoord", &[Weten]),
            ("Ik leer de tafels", &[Leren]),
            ("Ik kan leren lezen", &[Leren]),
            ("Ik snap deelsommen", &[Snappen]),
            ("Ik heb het gesnapt", &[Snappen]),
            ("Ik ga meer mijn best doen", &[BestDoen]),
            ("Ik doe mijn best", &[BestDoen]),
            ("Hij moet meer zijn best doen", &[BestDoen]),
            ("I will improve my reading", &[Improve]),
            ("I understand fractions", &[Understand]),
            ("I know my times tables", &[Know]),
            ("I will learn to spell", &[Learn]),
            ("I will try harder", &[TryHarder]),
            ("She is trying even harder", &[TryHarder]),
            ("I want to get better at maths", &[GetBetter]),
            ("Ik begrijp het en ik weet het", &[Begrijpen, Weten]),
        ];
        for (text, want) in cases {
            assert_eq!(verbs(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn case_and_accents_do_not_matter() {
        for text in ["BEGRIJPEN", "Begrijp", "Ik wéét het", "ik WEET het", "Léren", "Beter Wórden", "UNDERSTAND"] {
            assert!(check_vague(text, None).is_vague(), "{text}");
        }
    }

    #[test]
    fn only_whole_words() {
        for text in [
            "Ik kan 60 woorden per minuut lezen",
            "Ik kan begrijpend lezen op AVI E4",
            "lerenaar",
            "geleerde",
            "Ik kan de weetjes opzeggen",
            "bestdoen",
            "beter lezen",
            "Ik word kampioen",
            "I can name the knowledge words",
            "I can read 60 words aloud",
            "",
            "!!!",
        ] {
            assert_eq!(check_vague(text, None), VagueCheck::default(), "{text}");
        }
    }

    #[test]
    fn hits_carry_ranges_and_alternatives() {
        let text = "Ik wil béter wórden, echt.";
        let c = check_vague(text, None);
        assert_eq!(c.hits.len(), 1);
        let h = &c.hits[0];
        assert_eq!(h.found, "béter wórden");
        assert_eq!(&text[h.start..h.end], "béter wórden");
        assert_eq!(c.alternatives, ObservableVerb::ALL.to_vec());
    }

    #[test]
    fn the_offered_verbs_follow_the_goal_domain() {
        use ObservableVerb::*;
        let maths = check_vague("Ik snap breuken", Some(Domain::Maths)).alternatives;
        assert_eq!(&maths[..2], &[Calculate, Count]);
        assert!(!maths.contains(&ReadAloud), "{maths:?}");
        let reading = check_vague("Ik wil beter lezen worden", Some(Domain::Reading)).alternatives;
        assert_eq!(reading.first(), Some(&ReadAloud));
        assert!(!reading.contains(&Calculate), "{reading:?}");
        for d in Domain::ALL {
            let verbs = ObservableVerb::for_domain(Some(d));
            assert!(verbs.len() >= 4, "{d:?} offers too few verbs");
            assert!(verbs.iter().all(|v| ObservableVerb::ALL.contains(v)));
        }
        // Nothing vague: nothing offered, whatever the domain.
        assert!(check_vague("Ik kan 20 sommen uitrekenen", Some(Domain::Maths)).alternatives.is_empty());
    }

    #[test]
    fn fold_strips_accents() {
        assert_eq!(fold("Één ÇÀ"), "een ca");
    }
}
