//! A pupil's self-reflection: how it went (five faces), what went well, what was hard, what
//! I try next; the tap-to-use phrases offered per question; and the teacher's unread count.
//!
//! Owns: [`Reflection`], [`ReflectionDraft`] and their validation, [`Mood`], [`Question`],
//! [`Phrase`], [`UnreadCounts`].
//! Must not touch: who may write a reflection (see [`crate::domain::pupilmode::session`]), storage, the words
//! shown (see [`crate::i18n::pupilmode`]).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::pupilmode::view::PupilView;

/// Longest answer, in characters: a tweet is plenty for a child of 6–12, and it keeps the
/// timeline readable.
pub const MAX_TEXT_CHARS: usize = 280;

/// How did it go, as five faces; stored as the number 1 (worst) to 5 (best).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Mood {
    NotGood = 1,
    Hard = 2,
    Okay = 3,
    Good = 4,
    Great = 5,
}

impl Mood {
    pub const ALL: [Mood; 5] = [Mood::NotGood, Mood::Hard, Mood::Okay, Mood::Good, Mood::Great];

    pub fn value(self) -> u8 {
        self as u8
    }
}

impl From<Mood> for u8 {
    fn from(m: Mood) -> u8 {
        m.value()
    }
}

impl TryFrom<u8> for Mood {
    type Error = ReflectionError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Mood::ALL
            .iter()
            .copied()
            .find(|m| m.value() == value)
            .ok_or(ReflectionError::MoodOutOfRange { value })
    }
}

/// The three written answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReflectionField {
    WentWell,
    WasHard,
    TryNext,
}

impl ReflectionField {
    pub const ALL: [ReflectionField; 3] = [ReflectionField::WentWell, ReflectionField::WasHard, ReflectionField::TryNext];
}

/// The four questions of the reflection screen, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Question {
    HowDidItGo,
    WentWell,
    WasHard,
    TryNext,
}

impl Question {
    pub const ALL: [Question; 4] = [Question::HowDidItGo, Question::WentWell, Question::WasHard, Question::TryNext];

    /// The written answer this question fills; None for the faces.
    pub fn field(self) -> Option<ReflectionField> {
        match self {
            Question::HowDidItGo => None,
            Question::WentWell => Some(ReflectionField::WentWell),
            Question::WasHard => Some(ReflectionField::WasHard),
            Question::TryNext => Some(ReflectionField::TryNext),
        }
    }
}

/// A ready-made answer a child can tap instead of typing. Process words (attention, effort,
/// strategy, asking for help), never "I am clever": see DOMAIN.md on process praise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phrase {
    // What went well
    PaidAttention,
    AskedForHelp,
    KeptGoing,
    FinishedMyWork,
    WorkedWellTogether,
    PractisedALot,
    UsedMyStepPlan,
    // What was hard
    GettingStarted,
    KeepingAttention,
    UnderstandingTheTask,
    WorkingInNoise,
    NotGivingUp,
    AskingForHelp,
    WorkingNeatly,
    // What I try next
    WillAskForHelp,
    WillPractiseMore,
    WillReadTheTaskAgain,
    WillCheckMyWork,
    WillUseMyStepPlan,
    WillSitSomewhereQuiet,
    WillKeepTrying,
}

const WENT_WELL: [Phrase; 7] = [
    Phrase::PaidAttention,
    Phrase::AskedForHelp,
    Phrase::KeptGoing,
    Phrase::FinishedMyWork,
    Phrase::WorkedWellTogether,
    Phrase::PractisedALot,
    Phrase::UsedMyStepPlan,
];
const WAS_HARD: [Phrase; 7] = [
    Phrase::GettingStarted,
    Phrase::KeepingAttention,
    Phrase::UnderstandingTheTask,
    Phrase::WorkingInNoise,
    Phrase::NotGivingUp,
    Phrase::AskingForHelp,
    Phrase::WorkingNeatly,
];
const TRY_NEXT: [Phrase; 7] = [
    Phrase::WillAskForHelp,
    Phrase::WillPractiseMore,
    Phrase::WillReadTheTaskAgain,
    Phrase::WillCheckMyWork,
    Phrase::WillUseMyStepPlan,
    Phrase::WillSitSomewhereQuiet,
    Phrase::WillKeepTrying,
];

impl Phrase {
    pub const ALL: [Phrase; 21] = {
        let mut all = [Phrase::PaidAttention; 21];
        let mut i = 0;
        while i < 7 {
            all[i] = WENT_WELL[i];
            all[i + 7] = WAS_HARD[i];
            all[i + 14] = TRY_NEXT[i];
            i += 1;
        }
        all
    };
}

/// The phrases offered under a question, in display order (none for the faces).
pub fn suggested_phrases(question: Question) -> &'static [Phrase] {
    match question {
        Question::HowDidItGo => &[],
        Question::WentWell => &WENT_WELL,
        Question::WasHard => &WAS_HARD,
        Question::TryNext => &TRY_NEXT,
    }
}

/// Why a reflection could not be saved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ReflectionError {
    #[error("choose a face first")]
    MoodMissing,
    #[error("mood {value} is not one of the five faces (1..=5)")]
    MoodOutOfRange { value: u8 },
    #[error("{field:?} has {len} characters, at most {max} fit")]
    TooLong { field: ReflectionField, len: usize, max: usize },
    #[error("the reflection has no id")]
    MissingId,
    #[error("the reflection belongs to no pupil")]
    MissingPupil,
    #[error("goal {goal_id} is not one of this pupil's active goals")]
    UnknownGoal { goal_id: String },
}

/// A saved reflection, as stored and shown in the learning log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    pub id: String,
    pub pupil_id: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub goal_id: Option<String>,
    pub mood: Mood,
    #[serde(default)]
    pub went_well: String,
    #[serde(default)]
    pub was_hard: String,
    #[serde(default)]
    pub try_next: String,
    /// Set when the teacher has seen it; drives the unread badge.
    #[serde(default)]
    pub read_by_teacher: bool,
}

impl Reflection {
    /// Checks a stored or imported reflection (ids present, texts short enough).
    pub fn validate(&self) -> Result<(), ReflectionError> {
        if self.id.trim().is_empty() {
            return Err(ReflectionError::MissingId);
        }
        if self.pupil_id.trim().is_empty() {
            return Err(ReflectionError::MissingPupil);
        }
        for (field, text) in [
            (ReflectionField::WentWell, &self.went_well),
            (ReflectionField::WasHard, &self.was_hard),
            (ReflectionField::TryNext, &self.try_next),
        ] {
            check_len(field, text)?;
        }
        Ok(())
    }

    pub fn text(&self, field: ReflectionField) -> &str {
        match field {
            ReflectionField::WentWell => &self.went_well,
            ReflectionField::WasHard => &self.was_hard,
            ReflectionField::TryNext => &self.try_next,
        }
    }
}

fn check_len(field: ReflectionField, text: &str) -> Result<(), ReflectionError> {
    let len = text.chars().count();
    if len > MAX_TEXT_CHARS {
        return Err(ReflectionError::TooLong { field, len, max: MAX_TEXT_CHARS });
    }
    Ok(())
}

/// A half-typed reflection kept across a reload of the class tablet, for the pupil who
/// typed it and nobody else: it is given back only while that same pupil's reflection is
/// on screen, and dropped as soon as the tablet is handed back (saved, "not me", the idle
/// time, the teacher's PIN).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptReflection {
    pub pupil_id: String,
    pub draft: ReflectionDraft,
}

impl KeptReflection {
    /// The draft for the reflection of `reflecting` (the pupil on screen, if any).
    pub fn for_pupil(&self, reflecting: Option<&str>) -> Option<&ReflectionDraft> {
        self.fits(reflecting).then_some(&self.draft)
    }

    /// Whether the draft may stay while `reflecting` is on screen.
    pub fn fits(&self, reflecting: Option<&str>) -> bool {
        reflecting == Some(self.pupil_id.as_str())
    }
}

/// What the reflection screen holds while a pupil answers. Only the face is required: a
/// six-year-old who taps a face and hands back has reflected.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReflectionDraft {
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub mood: Option<Mood>,
    #[serde(default)]
    pub went_well: String,
    #[serde(default)]
    pub was_hard: String,
    #[serde(default)]
    pub try_next: String,
}

impl ReflectionDraft {
    /// Turns the draft into a reflection of the pupil shown in `view`, on `date` (today,
    /// from the app). Texts are trimmed; a goal must be one of the pupil's own active goals.
    pub fn finish(self, id: &str, view: &PupilView, date: NaiveDate) -> Result<Reflection, ReflectionError> {
        let mood = self.mood.ok_or(ReflectionError::MoodMissing)?;
        if let Some(goal_id) = &self.goal_id {
            if !view.goals.iter().any(|g| &g.goal_id == goal_id) {
                return Err(ReflectionError::UnknownGoal { goal_id: goal_id.clone() });
            }
        }
        let reflection = Reflection {
            id: id.trim().to_owned(),
            pupil_id: view.pupil_id.clone(),
            date,
            goal_id: self.goal_id,
            mood,
            went_well: self.went_well.trim().to_owned(),
            was_hard: self.was_hard.trim().to_owned(),
            try_next: self.try_next.trim().to_owned(),
            read_by_teacher: false,
        };
        reflection.validate()?;
        Ok(reflection)
    }
}

/// The teacher's unread reflections per pupil, counted in one pass for every badge on a
/// screen (the class page draws one per pupil tile, the overview one per class). Pupils
/// with none are left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnreadCounts {
    by_pupil: BTreeMap<String, usize>,
}

impl UnreadCounts {
    pub fn count(reflections: &[Reflection]) -> UnreadCounts {
        let mut by_pupil = BTreeMap::new();
        for r in reflections.iter().filter(|r| !r.read_by_teacher) {
            *by_pupil.entry(r.pupil_id.clone()).or_insert(0) += 1;
        }
        UnreadCounts { by_pupil }
    }

    /// Unread reflections of one pupil (also of one who left the class).
    pub fn of_pupil(&self, pupil_id: &str) -> usize {
        self.by_pupil.get(pupil_id).copied().unwrap_or(0)
    }
}

/// Marks all of one pupil's reflections as read; returns how many changed.
pub fn mark_read(reflections: &mut [Reflection], pupil_id: &str) -> usize {
    let mut changed = 0;
    for r in reflections.iter_mut().filter(|r| r.pupil_id == pupil_id && !r.read_by_teacher) {
        r.read_by_teacher = true;
        changed += 1;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pupilmode::view::PupilGoalView;

    fn view() -> PupilView {
        PupilView {
            pupil_id: "p1".into(),
            display_name: "Noor".into(),
            goals: vec![PupilGoalView { goal_id: "g1".into(), own_words: "Ik kan 60 woorden per minuut lezen".into() }],
        }
    }

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 14).unwrap()
    }

    #[test]
    fn mood_numbers_round_trip() {
        for (n, m) in (1u8..=5).zip(Mood::ALL) {
            assert_eq!(Mood::try_from(n), Ok(m));
            assert_eq!(serde_json::to_string(&m).unwrap(), n.to_string());
            assert_eq!(serde_json::from_str::<Mood>(&n.to_string()).unwrap(), m);
        }
        for bad in [0u8, 6, 255] {
            assert_eq!(Mood::try_from(bad), Err(ReflectionError::MoodOutOfRange { value: bad }));
            assert!(serde_json::from_str::<Mood>(&bad.to_string()).is_err());
        }
    }

    #[test]
    fn draft_validation_table() {
        let long = "a".repeat(MAX_TEXT_CHARS + 1);
        let exact = "é".repeat(MAX_TEXT_CHARS); // counted in characters, not bytes
        let base = ReflectionDraft { mood: Some(Mood::Good), ..Default::default() };
        let cases: Vec<(&str, ReflectionDraft, Result<(), ReflectionError>)> = vec![
            ("only a face", base.clone(), Ok(())),
            ("no face", ReflectionDraft { went_well: "Ik heb goed opgelet".into(), ..Default::default() }, Err(ReflectionError::MoodMissing)),
            ("empty", ReflectionDraft::default(), Err(ReflectionError::MoodMissing)),
            ("all filled", ReflectionDraft {
                goal_id: Some("g1".into()),
                went_well: "Ik vroeg om hulp".into(),
                was_hard: "Beginnen".into(),
                try_next: "Ik oefen nog meer".into(),
                ..base.clone()
            }, Ok(())),
            ("exactly max", ReflectionDraft { was_hard: exact.clone(), ..base.clone() }, Ok(())),
            ("too long went_well", ReflectionDraft { went_well: long.clone(), ..base.clone() },
                Err(ReflectionError::TooLong { field: ReflectionField::WentWell, len: MAX_TEXT_CHARS + 1, max: MAX_TEXT_CHARS })),
            ("too long try_next", ReflectionDraft { try_next: long.clone(), ..base.clone() },
                Err(ReflectionError::TooLong { field: ReflectionField::TryNext, len: MAX_TEXT_CHARS + 1, max: MAX_TEXT_CHARS })),
            ("spaces trimmed before counting", ReflectionDraft { went_well: format!("  {exact}  "), ..base.clone() }, Ok(())),
            ("someone else's goal", ReflectionDraft { goal_id: Some("g-other".into()), ..base.clone() },
                Err(ReflectionError::UnknownGoal { goal_id: "g-other".into() })),
        ];
        for (name, draft, want) in cases {
            let got = draft.finish("r1", &view(), date()).map(|_| ());
            assert_eq!(got, want, "{name}");
        }
        assert_eq!(base.finish("  ", &view(), date()), Err(ReflectionError::MissingId));
    }

    #[test]
    fn finished_reflection_is_trimmed_unread_and_owned_by_the_viewer() {
        let r = ReflectionDraft { mood: Some(Mood::Great), went_well: "  Ik ging door \n".into(), ..Default::default() }
            .finish("r9", &view(), date())
            .unwrap();
        assert_eq!(r.pupil_id, "p1");
        assert_eq!(r.went_well, "Ik ging door");
        assert!(!r.read_by_teacher);
        assert_eq!(r.date, date());
        let json = serde_json::to_string(&r).unwrap();
        assert!(json.contains("\"mood\":5"));
        assert_eq!(serde_json::from_str::<Reflection>(&json).unwrap(), r);
        let minimal: Reflection =
            serde_json::from_str(r#"{"id":"x","pupil_id":"p","date":"2025-01-02","mood":3}"#).unwrap();
        assert_eq!(minimal.validate(), Ok(()));
        assert_eq!(minimal.text(ReflectionField::WasHard), "");
        let mut orphan = minimal.clone();
        orphan.pupil_id = String::new();
        assert_eq!(orphan.validate(), Err(ReflectionError::MissingPupil));
    }

    #[test]
    fn phrases_per_question() {
        assert!(suggested_phrases(Question::HowDidItGo).is_empty());
        for q in [Question::WentWell, Question::WasHard, Question::TryNext] {
            assert!(suggested_phrases(q).len() >= 6, "{q:?}");
            assert!(q.field().is_some());
        }
        // Every phrase belongs to exactly one question.
        for p in Phrase::ALL {
            let n = Question::ALL.iter().filter(|q| suggested_phrases(**q).contains(&p)).count();
            assert_eq!(n, 1, "{p:?}");
        }
    }

    #[test]
    fn unread_counts_and_marking() {
        let mk = |id: &str, pupil: &str, read: bool| Reflection {
            id: id.into(),
            pupil_id: pupil.into(),
            date: date(),
            goal_id: None,
            mood: Mood::Okay,
            went_well: String::new(),
            was_hard: String::new(),
            try_next: String::new(),
            read_by_teacher: read,
        };
        let pupil = |id: &str, class: &str, left: bool| crate::domain::model::Pupil {
            id: id.into(),
            class_id: class.into(),
            name: id.into(),
            nickname: String::new(),
            year_group: None,
            support_notes: String::new(),
            support_level: crate::domain::model::SupportLevel::Basis,
            archived_on: left.then(date),
            created_on: date(),
            picture_pin: None,
        };
        // a and b in class x, c in class y, d left class y.
        let pupils = vec![pupil("a", "x", false), pupil("b", "x", false), pupil("c", "y", false), pupil("d", "y", true)];
        let in_class = |rs: &[Reflection], class: &str| {
            let b = crate::domain::records::Book { pupils: pupils.clone(), reflections: rs.to_vec(), ..Default::default() };
            b.unread_in_class(&b.unread(), class)
        };
        let mut rs = vec![
            mk("1", "a", false),
            mk("2", "a", false),
            mk("3", "a", true),
            mk("4", "b", false),
            mk("5", "c", true),
            mk("6", "d", false),
        ];
        let counts = UnreadCounts::count(&rs);
        assert_eq!((counts.of_pupil("a"), counts.of_pupil("b"), counts.of_pupil("c")), (2, 1, 0));
        assert_eq!(counts.of_pupil("d"), 1, "a pupil who left keeps their own count");
        assert_eq!((in_class(&rs, "x"), in_class(&rs, "y")), (3, 0), "a class counts the pupils still in it");
        assert_eq!(mark_read(&mut rs, "a"), 2);
        assert_eq!(mark_read(&mut rs, "a"), 0);
        let counts = UnreadCounts::count(&rs);
        assert_eq!((counts.of_pupil("a"), in_class(&rs, "x")), (0, 1));
        assert_eq!(UnreadCounts::count(&[]), UnreadCounts::default());
    }
}

#[cfg(test)]
mod kept_tests {
    use super::*;

    #[test]
    fn a_kept_draft_is_only_for_the_pupil_who_typed_it() {
        let kept = KeptReflection { pupil_id: "p1".into(), draft: ReflectionDraft { went_well: "Ik las het hele boek".into(), ..Default::default() } };
        assert_eq!(kept.for_pupil(Some("p1")).map(|d| d.went_well.as_str()), Some("Ik las het hele boek"));
        assert_eq!(kept.for_pupil(Some("p2")), None);
        assert_eq!(kept.for_pupil(None), None);
        assert!(kept.fits(Some("p1")) && !kept.fits(Some("p2")) && !kept.fits(None));
    }
}
