//! Strength-balanced feedback and the success log: the pure domain.
//!
//! Owns: feedback notes (tops, tips, next step) and their validation; the built-in and the
//! teacher's own sentence starters/templates; the gentle balance checks on a draft note
//! (tops vs tips, a next step, person praise, absolutes and labels); the positive-to-corrective
//! ratio per pupil; the "no strength noted" fairness signal per class; the success log and the
//! class-board view of this week's successes.
//!
//! Must not touch: storage, the browser, the UI, the clock ("today" is always a parameter),
//! goals themselves (only their ids), and it must never create points, scores or rankings
//! (they shame and label, see DOMAIN.md "Feedback"). No user-visible text here: the logic
//! returns typed values, and every text the user sees lives in `crate::i18n::feedback`,
//! including the built-in templates' wording and the word lists the checks search (handed in
//! as [`Lexicons`]).

mod balance;
mod check;
mod commands;
mod rewrite;
mod success;
mod templates;
mod words;

pub use balance::{
    pupil_ratio, pupils_without_strength, BalanceSettings, NoStrengthFlag, RatioAssessment,
    RatioLevel,
};
pub use check::{check_note, Nudge, NudgeKind, TextSpot};
pub use commands::{BoardEntry, FeedbackError};
pub use rewrite::{apply_suggestion, sentence_bounds, suggestion_sentence};
pub use success::{
    board_names, display_name_for_board, successes_this_week, PupilWeekSuccesses, Success,
    SuccessSource, SuccessValidationError, MAX_SUCCESS_CHARS,
};
pub use templates::{
    add_template, builtin_templates, copy_template, delete_template, edit_template, templates_for,
    Template, TemplateEditError, TemplateField, MAX_TEMPLATE_CHARS,
};
pub use words::{scan_text, Lexicons, Suggestion, WordEntry, WordHit, WordKind, WordList};
#[cfg(test)]
pub(crate) use words::{fold, word_spans};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Subject area of a template (and of the goal a note may be linked to).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Domain {
    Reading,
    Maths,
    Spelling,
    Writing,
    SocialEmotional,
    WorkHabits,
    General,
}

impl Domain {
    pub const ALL: [Domain; 7] = [
        Domain::Reading,
        Domain::Maths,
        Domain::Spelling,
        Domain::Writing,
        Domain::SocialEmotional,
        Domain::WorkHabits,
        Domain::General,
    ];
}

/// The parts of feedback (Hattie & Timperley 2007): feed-up (where am I going), tops and tips
/// (feed-back: how am I going), next step (feed-forward: where to next).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Part {
    Top,
    Tip,
    NextStep,
    FeedUp,
    /// What parents can do at home (the parent report's last section); never offered
    /// while writing feedback to the pupil.
    HomeTip,
}

impl Part {
    pub const ALL: [Part; 5] = [Part::Top, Part::Tip, Part::NextStep, Part::FeedUp, Part::HomeTip];
}

/// Longest top, tip or next step in characters: a note is read aloud to a child, not an essay.
pub const MAX_ITEM_CHARS: usize = 400;
/// Most tops (or tips) per note: "two stars and a wish" is the classroom norm; ten is generous.
pub const MAX_ITEMS_PER_PART: usize = 10;

/// One feedback note for one pupil. Feed-up is the linked goal (`goal_id`); feed-up templates
/// are sentence starters the teacher may put in front of a top or the next step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackNote {
    pub id: String,
    pub pupil_id: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    pub date: NaiveDate,
    /// What went well; a saved note has at least one.
    #[serde(default)]
    pub tops: Vec<String>,
    /// What to work on.
    #[serde(default)]
    pub tips: Vec<String>,
    /// Feed-forward; may be empty (a nudge, never a block).
    #[serde(default)]
    pub next_step: String,
    #[serde(default)]
    pub follow_up: Option<NaiveDate>,
}

/// Why a note could not be saved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum NoteValidationError {
    #[error("the note has no id")]
    MissingId,
    #[error("the note has no pupil")]
    MissingPupil,
    #[error("a feedback note needs at least one top")]
    NoTop,
    #[error("too many items in {part:?}: at most {max}")]
    TooManyItems { part: Part, max: usize },
    /// `index` is the position in the list as the teacher entered it (0 for the next step).
    #[error("item {index} of {part:?} has {len} characters, at most {max}")]
    TooLong {
        part: Part,
        index: usize,
        len: usize,
        max: usize,
    },
    #[error("follow-up date {follow_up} lies before the note date {date}")]
    FollowUpBeforeNote {
        date: NaiveDate,
        follow_up: NaiveDate,
    },
}

impl FeedbackNote {
    /// Trims every text, drops empty tops/tips and an empty goal id, and checks the limits.
    /// Balance problems are not errors here: they are nudges from [`check_note`].
    pub fn validated(self) -> Result<FeedbackNote, NoteValidationError> {
        let id = self.id.trim().to_string();
        if id.is_empty() {
            return Err(NoteValidationError::MissingId);
        }
        let pupil_id = self.pupil_id.trim().to_string();
        if pupil_id.is_empty() {
            return Err(NoteValidationError::MissingPupil);
        }
        let tops = clean_items(&self.tops, Part::Top)?;
        let tips = clean_items(&self.tips, Part::Tip)?;
        if tops.is_empty() {
            return Err(NoteValidationError::NoTop);
        }
        let next_step = self.next_step.trim().to_string();
        let len = next_step.chars().count();
        if len > MAX_ITEM_CHARS {
            return Err(NoteValidationError::TooLong {
                part: Part::NextStep,
                index: 0,
                len,
                max: MAX_ITEM_CHARS,
            });
        }
        if let Some(follow_up) = self.follow_up {
            if follow_up < self.date {
                return Err(NoteValidationError::FollowUpBeforeNote {
                    date: self.date,
                    follow_up,
                });
            }
        }
        let goal_id = self
            .goal_id
            .map(|g| g.trim().to_string())
            .filter(|g| !g.is_empty());
        Ok(FeedbackNote {
            id,
            pupil_id,
            goal_id,
            date: self.date,
            tops,
            tips,
            next_step,
            follow_up: self.follow_up,
        })
    }

    /// Tops that hold text (a draft may carry empty input rows).
    pub fn top_count(&self) -> usize {
        self.tops.iter().filter(|t| !t.trim().is_empty()).count()
    }

    /// Tips that hold text.
    pub fn tip_count(&self) -> usize {
        self.tips.iter().filter(|t| !t.trim().is_empty()).count()
    }
}

fn clean_items(items: &[String], part: Part) -> Result<Vec<String>, NoteValidationError> {
    let mut out = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let t = item.trim();
        if t.is_empty() {
            continue;
        }
        let len = t.chars().count();
        if len > MAX_ITEM_CHARS {
            return Err(NoteValidationError::TooLong {
                part,
                index,
                len,
                max: MAX_ITEM_CHARS,
            });
        }
        out.push(t.to_string());
    }
    if out.len() > MAX_ITEMS_PER_PART {
        return Err(NoteValidationError::TooManyItems {
            part,
            max: MAX_ITEMS_PER_PART,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_kit::d;

    fn note(tops: &[&str], tips: &[&str], next: &str) -> FeedbackNote {
        FeedbackNote {
            id: " n1 ".into(),
            pupil_id: "p1".into(),
            goal_id: Some("  ".into()),
            date: d(2025, 3, 10),
            tops: tops.iter().map(|s| s.to_string()).collect(),
            tips: tips.iter().map(|s| s.to_string()).collect(),
            next_step: next.into(),
            follow_up: None,
        }
    }

    #[test]
    fn validation_trims_and_drops_empty_items() {
        let n = note(
            &["  Je las vlot. ", "", "   "],
            &[" ", "Let op de punt."],
            "  Morgen oefenen. ",
        )
        .validated()
        .unwrap();
        assert_eq!(n.id, "n1");
        assert_eq!(n.tops, vec!["Je las vlot."]);
        assert_eq!(n.tips, vec!["Let op de punt."]);
        assert_eq!(n.next_step, "Morgen oefenen.");
        assert_eq!(n.goal_id, None);
    }

    #[test]
    fn validation_errors() {
        let long = "a".repeat(MAX_ITEM_CHARS + 1);
        let exact = "é".repeat(MAX_ITEM_CHARS);
        let many: Vec<&str> = vec!["x"; MAX_ITEMS_PER_PART + 1];
        let cases: Vec<(FeedbackNote, Result<(), NoteValidationError>)> = vec![
            (note(&[], &["tip"], ""), Err(NoteValidationError::NoTop)),
            (
                note(&["  ", ""], &[], "stap"),
                Err(NoteValidationError::NoTop),
            ),
            (note(&["top"], &[], ""), Ok(())),
            (note(&[&exact], &[], ""), Ok(())),
            (
                note(&["", &long], &[], ""),
                Err(NoteValidationError::TooLong {
                    part: Part::Top,
                    index: 1,
                    len: MAX_ITEM_CHARS + 1,
                    max: MAX_ITEM_CHARS,
                }),
            ),
            (
                note(&["top"], &[&long], ""),
                Err(NoteValidationError::TooLong {
                    part: Part::Tip,
                    index: 0,
                    len: MAX_ITEM_CHARS + 1,
                    max: MAX_ITEM_CHARS,
                }),
            ),
            (
                note(&["top"], &[], &long),
                Err(NoteValidationError::TooLong {
                    part: Part::NextStep,
                    index: 0,
                    len: MAX_ITEM_CHARS + 1,
                    max: MAX_ITEM_CHARS,
                }),
            ),
            (
                note(&many, &[], ""),
                Err(NoteValidationError::TooManyItems {
                    part: Part::Top,
                    max: MAX_ITEMS_PER_PART,
                }),
            ),
            (
                note(&["top"], &many, ""),
                Err(NoteValidationError::TooManyItems {
                    part: Part::Tip,
                    max: MAX_ITEMS_PER_PART,
                }),
            ),
            (note(&many[..MAX_ITEMS_PER_PART], &[], ""), Ok(())),
        ];
        for (i, (n, want)) in cases.into_iter().enumerate() {
            assert_eq!(n.validated().map(|_| ()), want, "case {i}");
        }
        let mut n = note(&["top"], &[], "");
        n.id = "  ".into();
        assert_eq!(n.validated(), Err(NoteValidationError::MissingId));
        let mut n = note(&["top"], &[], "");
        n.pupil_id = "".into();
        assert_eq!(n.validated(), Err(NoteValidationError::MissingPupil));
    }

    #[test]
    fn follow_up_boundaries() {
        let mut n = note(&["top"], &[], "");
        n.follow_up = Some(d(2025, 3, 9));
        assert_eq!(
            n.clone().validated(),
            Err(NoteValidationError::FollowUpBeforeNote {
                date: d(2025, 3, 10),
                follow_up: d(2025, 3, 9)
            })
        );
        n.follow_up = Some(d(2025, 3, 10));
        assert!(n.validated().is_ok());
    }

    #[test]
    fn note_roundtrips_and_old_json_gets_defaults() {
        let n = note(&["top"], &["tip"], "stap").validated().unwrap();
        let json = serde_json::to_string(&n).unwrap();
        let back: FeedbackNote = serde_json::from_str(&json).unwrap();
        assert_eq!(back, n);
        let minimal: FeedbackNote =
            serde_json::from_str(r#"{"id":"a","pupil_id":"p","date":"2025-01-02","tops":["x"]}"#)
                .unwrap();
        assert_eq!(minimal.tips.len(), 0);
        assert_eq!(minimal.follow_up, None);
        assert_eq!(minimal.next_step, "");
    }
}

pub mod school {
    pub use crate::domain::model::{SchoolSystem, YearGroup};
}
