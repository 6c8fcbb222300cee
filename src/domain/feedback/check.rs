//! Balance checks on a draft feedback note: gentle nudges, never a block.
//!
//! Owns: which nudges a draft gets and where they point (part, item, sentence, word).
//! Must not touch: validation (a note with nudges can still be saved), the word lists
//! themselves (the caller hands them over as [`Lexicons`]), or any user-visible text (see
//! `crate::i18n::feedback`).

use super::words::{scan_text, Lexicons, Suggestion, WordKind, WordList};
use super::{FeedbackNote, Part};
use serde::{Deserialize, Serialize};

/// What a nudge is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NudgeKind {
    /// "Two stars and a wish": at least as many tops as tips.
    FewerTopsThanTips { tops: usize, tips: usize },
    /// Feed-forward missing: the rarest and most useful part.
    NoNextStep,
    /// Praise of the person; `suggestion` is a process-praise rewrite, offered in the
    /// language of `suggestion_list` (the list the word came from).
    PersonPraise {
        word: String,
        suggestion: Suggestion,
        suggestion_list: WordList,
    },
    /// An absolute ("altijd", "never"); `suggestion` is a concrete wording.
    Absolute {
        word: String,
        suggestion: Suggestion,
        suggestion_list: WordList,
    },
    /// A label ("lui", "sloppy"); `suggestion` is a behavioural description.
    Label {
        word: String,
        suggestion: Suggestion,
        suggestion_list: WordList,
    },
}

/// Where in a part a flagged word sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpot {
    /// Index in `tops`/`tips` as the draft holds them (empty rows included); 0 for the next step.
    pub item: usize,
    /// 0-based sentence within that item.
    pub sentence: usize,
    /// Byte range of the word within that item's text.
    pub start: usize,
    pub end: usize,
}

/// One gentle nudge on a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nudge {
    pub kind: NudgeKind,
    /// The part the nudge is about (tops for the balance nudge).
    pub part: Part,
    /// Set for word nudges.
    pub spot: Option<TextSpot>,
}

/// Checks a draft note. Both word lists are always used (teachers mix languages); the first
/// only wins for words that exist in both.
pub fn check_note(draft: &FeedbackNote, lists: Lexicons<'_>) -> Vec<Nudge> {
    let mut nudges = Vec::new();
    let (tops, tips) = (draft.top_count(), draft.tip_count());
    if tops < tips {
        nudges.push(Nudge {
            kind: NudgeKind::FewerTopsThanTips { tops, tips },
            part: Part::Top,
            spot: None,
        });
    }
    if draft.next_step.trim().is_empty() {
        nudges.push(Nudge {
            kind: NudgeKind::NoNextStep,
            part: Part::NextStep,
            spot: None,
        });
    }
    let parts = draft
        .tops
        .iter()
        .enumerate()
        .map(|(i, t)| (Part::Top, i, t.as_str()))
        .chain(
            draft
                .tips
                .iter()
                .enumerate()
                .map(|(i, t)| (Part::Tip, i, t.as_str())),
        )
        .chain(std::iter::once((
            Part::NextStep,
            0,
            draft.next_step.as_str(),
        )));
    for (part, item, text) in parts {
        nudges.extend(word_nudges(text, lists, part, item));
    }
    nudges
}

/// Word nudges for one piece of text (also used for the teacher's own templates).
pub(crate) fn word_nudges(text: &str, lists: Lexicons<'_>, part: Part, item: usize) -> Vec<Nudge> {
    scan_text(text, lists)
        .into_iter()
        .map(|h| {
            let spot = TextSpot {
                item,
                sentence: sentence_index(text, h.start),
                start: h.start,
                end: h.end,
            };
            let (word, suggestion, suggestion_list) = (h.word, h.suggestion, h.suggestion_list);
            let kind = match h.kind {
                WordKind::PersonPraise => NudgeKind::PersonPraise {
                    word,
                    suggestion,
                    suggestion_list,
                },
                WordKind::Absolute => NudgeKind::Absolute {
                    word,
                    suggestion,
                    suggestion_list,
                },
                WordKind::Label => NudgeKind::Label {
                    word,
                    suggestion,
                    suggestion_list,
                },
            };
            Nudge {
                kind,
                part,
                spot: Some(spot),
            }
        })
        .collect()
}

/// A sentence ends at `.`, `!` or `?`.
pub(crate) fn is_end_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

/// What the sentence rules see before byte `pos`: a sentence ends at an end mark followed
/// by white space, or at a line break, so "3.5" and "..." inside a sentence do not split it.
pub(crate) struct SentenceScan {
    /// Sentences begun after the first one.
    pub started: usize,
    /// Byte where the last of them begins (0: the first sentence).
    pub last_start: usize,
    /// The text before `pos` ends a sentence: the next word starts a new one.
    pub pending: bool,
}

/// The one scan behind `sentence_index` and `rewrite::sentence_bounds`.
pub(crate) fn scan_sentences(text: &str, pos: usize) -> SentenceScan {
    let mut scan = SentenceScan { started: 0, last_start: 0, pending: false };
    let mut after_end = false; // saw an end mark
    for (i, c) in text.char_indices() {
        if i >= pos {
            break;
        }
        if c == '\n' {
            scan.pending = true;
            after_end = false;
        } else if is_end_mark(c) {
            after_end = true;
        } else if c.is_whitespace() {
            scan.pending |= after_end;
            after_end = false;
        } else {
            if scan.pending {
                scan.started += 1;
                scan.last_start = i;
            }
            scan.pending = false;
            after_end = false;
        }
    }
    scan
}

/// 0-based sentence number of byte `pos` (a word right after a sentence's end counts as
/// the next sentence's).
pub(crate) fn sentence_index(text: &str, pos: usize) -> usize {
    let scan = scan_sentences(text, pos);
    scan.started + usize::from(scan.pending)
}

#[cfg(test)]
mod tests {
    use super::super::words::test_lists::lists;
    use super::*;
    use chrono::NaiveDate;

    fn draft(tops: &[&str], tips: &[&str], next: &str) -> FeedbackNote {
        FeedbackNote {
            id: "n".into(),
            pupil_id: "p".into(),
            goal_id: None,
            date: NaiveDate::from_ymd_opt(2025, 3, 10).unwrap(),
            tops: tops.iter().map(|s| s.to_string()).collect(),
            tips: tips.iter().map(|s| s.to_string()).collect(),
            next_step: next.into(),
            follow_up: None,
        }
    }

    fn balance(n: &FeedbackNote) -> Vec<NudgeKind> {
        check_note(n, lists())
            .into_iter()
            .filter(|n| n.spot.is_none())
            .map(|n| n.kind)
            .collect()
    }

    #[test]
    fn tops_versus_tips() {
        let cases: Vec<(Vec<&str>, Vec<&str>, bool)> = vec![
            (vec!["a"], vec![], false),
            (vec!["a"], vec!["b"], false),
            (vec!["a", "b"], vec!["c"], false),
            (vec!["a"], vec!["b", "c"], true),
            (vec![], vec!["b"], true),
            (vec!["a", " ", ""], vec!["b", "c"], true),
            (vec!["a"], vec!["b", "  "], false),
            (vec![], vec![], false),
        ];
        for (tops, tips, nudged) in cases {
            let n = draft(&tops, &tips, "stap");
            let got = balance(&n)
                .iter()
                .any(|k| matches!(k, NudgeKind::FewerTopsThanTips { .. }));
            assert_eq!(got, nudged, "{tops:?} {tips:?}");
        }
        let n = draft(&["a"], &["b", "c", "d"], "stap");
        assert_eq!(
            balance(&n),
            vec![NudgeKind::FewerTopsThanTips { tops: 1, tips: 3 }]
        );
    }

    #[test]
    fn next_step_missing() {
        for (next, nudged) in [
            ("", true),
            ("   \n", true),
            ("Morgen lees je de tekst nog eens.", false),
        ] {
            let n = draft(&["a"], &[], next);
            let got = check_note(&n, lists());
            assert_eq!(
                got.iter().any(|k| k.kind == NudgeKind::NoNextStep),
                nudged,
                "{next:?}"
            );
            if nudged {
                assert!(got
                    .iter()
                    .any(|k| k.part == Part::NextStep && k.spot.is_none()));
            }
        }
    }

    #[test]
    fn word_nudges_say_part_item_sentence_and_word() {
        let n = draft(
            &["", "Goed gelezen. Wat ben je slim!"],
            &["You are always late."],
            "Niet meer zo lui zijn. Echt nooit!",
        );
        let got: Vec<_> = check_note(&n, lists())
            .into_iter()
            .filter(|n| n.spot.is_some())
            .collect();
        assert_eq!(got.len(), 4);
        let (k, part, spot) = (&got[0].kind, got[0].part, got[0].spot.unwrap());
        assert_eq!(
            k,
            &NudgeKind::PersonPraise {
                word: "slim".into(),
                suggestion: Suggestion::Strategy,
                suggestion_list: WordList::First
            }
        );
        assert_eq!(part, Part::Top);
        assert_eq!((spot.item, spot.sentence), (1, 1));
        assert_eq!(&n.tops[1][spot.start..spot.end], "slim");

        assert!(
            matches!(&got[1].kind, NudgeKind::Absolute { word, suggestion_list: WordList::Second, .. } if word == "always")
        );
        assert_eq!(
            (
                got[1].part,
                got[1].spot.unwrap().item,
                got[1].spot.unwrap().sentence
            ),
            (Part::Tip, 0, 0)
        );
        assert!(
            matches!(&got[2].kind, NudgeKind::Label { word, suggestion: Suggestion::StartingWork, .. } if word == "lui")
        );
        assert_eq!(
            (got[2].part, got[2].spot.unwrap().sentence),
            (Part::NextStep, 0)
        );
        assert!(
            matches!(&got[3].kind, NudgeKind::Absolute { word, suggestion: Suggestion::NotYet, .. } if word == "nooit")
        );
        assert_eq!(got[3].spot.unwrap().sentence, 1);
    }

    #[test]
    fn every_occurrence_is_reported() {
        let n = draft(&["Slim, slim, SLIM"], &[], "x");
        assert_eq!(check_note(&n, lists()).len(), 3);
    }

    #[test]
    fn sentence_boundaries() {
        let cases = [
            ("Een. Twee", "Twee", 1),
            ("Een.Twee", "Twee", 0),
            ("Je had 3.5 punten. Nu", "Nu", 1),
            ("Wat?! Ja... echt", "echt", 2),
            ("Regel een\nregel twee", "twee", 1),
            ("Een.   \n  Twee", "Twee", 1),
            ("Eerste zin", "zin", 0),
        ];
        for (text, word, want) in cases {
            let pos = text.find(word).unwrap();
            assert_eq!(sentence_index(text, pos), want, "{text:?}");
        }
    }
}
