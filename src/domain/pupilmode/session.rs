//! Pupil mode, from the pupil's side: who may take part ([`Scope`]), the names screen, the
//! optional picture PIN, the reflection step, and the only data a pupil ever sees
//! ([`pupil_view`]).
//!
//! Owns: [`PupilSession`] (names → picture PIN → reflecting → names), [`PicturePin`],
//! [`name_tiles`], [`pupil_view`].
//! Must not touch: the teacher PIN check and route rules (see [`crate::domain::pupilmode::access`]), pupil or
//! goal records themselves (it reads the few fields in [`PupilSource`] / [`GoalSource`]),
//! storage.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

pub use crate::domain::model::{PictureKey, PicturePin};
use crate::domain::pupilmode::reflection::{Reflection, ReflectionError};
use crate::domain::pupilmode::view::{PupilGoalView, PupilView};

/// Who may use the tablet in this pupil-mode session.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scope {
    /// Every current pupil of one class passes the tablet round.
    Class(String),
    /// One pupil only (a one-on-one moment).
    Pupil(String),
}

impl PictureKey {
    pub const ALL: [PictureKey; 12] = [
        PictureKey::Cat,
        PictureKey::Dog,
        PictureKey::Sun,
        PictureKey::Moon,
        PictureKey::Star,
        PictureKey::Tree,
        PictureKey::Flower,
        PictureKey::Fish,
        PictureKey::Bird,
        PictureKey::Ball,
        PictureKey::Car,
        PictureKey::Apple,
    ];
}

/// Why a picture PIN was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PicturePinError {
    #[error("the three pictures must all be different")]
    NotDistinct,
}

impl PicturePin {
    pub fn new(pictures: [PictureKey; 3]) -> Result<Self, PicturePinError> {
        let [a, b, c] = pictures;
        if a == b || b == c || a == c {
            return Err(PicturePinError::NotDistinct);
        }
        Ok(Self(pictures))
    }

    pub fn pictures(&self) -> [PictureKey; 3] {
        self.0
    }
}

impl TryFrom<[PictureKey; 3]> for PicturePin {
    type Error = PicturePinError;
    fn try_from(p: [PictureKey; 3]) -> Result<Self, Self::Error> {
        Self::new(p)
    }
}

impl From<PicturePin> for [PictureKey; 3] {
    fn from(p: PicturePin) -> Self {
        p.0
    }
}

/// The fields of a pupil record this module reads. The app fills it from its own pupil
/// type; support notes are here only so that tests prove they never come out again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilSource {
    pub id: String,
    pub class_id: String,
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub nickname: Option<String>,
    /// Privacy mode: show initials instead of names.
    #[serde(default)]
    pub privacy_initials: bool,
    #[serde(default)]
    pub support_notes: String,
    #[serde(default)]
    pub picture_pin: Option<PicturePin>,
    #[serde(default)]
    pub archived: bool,
}

/// The fields of a goal this module reads.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalSource {
    pub id: String,
    pub pupil_id: String,
    /// The pupil's own "Ik kan …" sentence; the only goal text a pupil sees.
    #[serde(default)]
    pub own_words: String,
    /// The teacher's measurable wording: never shown in pupil mode.
    #[serde(default)]
    pub teacher_text: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub active: bool,
}

/// One button on the names screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameTile {
    pub pupil_id: String,
    pub display_name: String,
    pub has_picture_pin: bool,
}

/// Why a pupil-mode step was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("set a teacher PIN before starting pupil mode")]
    NoTeacherPin,
    #[error("no current pupils in this scope")]
    EmptyScope,
    #[error("pupil {pupil_id} is not part of this pupil-mode session")]
    NotInScope { pupil_id: String },
    #[error("this action does not fit the current pupil-mode screen")]
    WrongStep,
    #[error("this belongs to another pupil than the one on screen")]
    WrongPupil,
    #[error(transparent)]
    Reflection(#[from] ReflectionError),
}

/// Fixed child-language texts of the pupil-mode screens (see
/// [`crate::i18n::pupilmode::pupil_prompt`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PupilPrompt {
    TapYourName,
    TapYourPictures,
    NotMe,
    MyGoals,
    NoGoalsYet,
    WhichGoal,
    Done,
    ThankYouPassOn,
    TeacherOnly,
}

impl PupilPrompt {
    pub const ALL: [PupilPrompt; 9] = [
        PupilPrompt::TapYourName,
        PupilPrompt::TapYourPictures,
        PupilPrompt::NotMe,
        PupilPrompt::MyGoals,
        PupilPrompt::NoGoalsYet,
        PupilPrompt::WhichGoal,
        PupilPrompt::Done,
        PupilPrompt::ThankYouPassOn,
        PupilPrompt::TeacherOnly,
    ];
}

/// Wrong picture PINs in a row before the tablet goes back to the names screen (the pupil
/// then asks the teacher).
pub const MAX_PICTURE_TRIES: u8 = 3;

/// Where the pupil is in pupil mode.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PupilStep {
    Names,
    PicturePin {
        pupil_id: String,
        #[serde(default)]
        entered: Vec<PictureKey>,
        #[serde(default)]
        wrong_tries: u8,
    },
    Reflecting { pupil_id: String },
}

/// What a tapped picture led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PictureOutcome {
    /// `entered` of three pictures are in.
    NeedMore { entered: usize },
    /// Right: on to the reflection.
    Accepted,
    /// Wrong: start again; `tries_left` more before the names screen.
    Wrong { tries_left: u8 },
    /// Wrong too often: back to the names screen.
    TooManyTries,
}

/// One pupil-mode session: the scope and its members fixed at the start (the teacher is
/// locked out, so the class cannot change underneath), and the current step. Stored with
/// the app mode, so a reload lands back in pupil mode instead of in the teacher screens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilSession {
    scope: Scope,
    members: BTreeSet<String>,
    step: PupilStep,
}

impl PupilSession {
    /// A session for the current (non-archived) pupils of `scope`, on the names screen;
    /// refused when there are none. Pupil mode starts through
    /// [`crate::domain::pupilmode::access::enter_pupil_mode`], which first asks for a
    /// teacher PIN.
    pub fn start(scope: Scope, pupils: &[PupilSource]) -> Result<PupilSession, SessionError> {
        let members: BTreeSet<String> = pupils
            .iter()
            .filter(|p| !p.archived)
            .filter(|p| match &scope {
                Scope::Class(class_id) => &p.class_id == class_id,
                Scope::Pupil(pupil_id) => &p.id == pupil_id,
            })
            .map(|p| p.id.clone())
            .collect();
        if members.is_empty() {
            return Err(SessionError::EmptyScope);
        }
        Ok(PupilSession { scope, members, step: PupilStep::Names })
    }

    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    pub fn step(&self) -> &PupilStep {
        &self.step
    }

    pub fn is_member(&self, pupil_id: &str) -> bool {
        self.members.contains(pupil_id)
    }

    /// The pupil whose turn it is, once a name was tapped.
    pub fn current_pupil(&self) -> Option<&str> {
        match &self.step {
            PupilStep::Names => None,
            PupilStep::PicturePin { pupil_id, .. } | PupilStep::Reflecting { pupil_id } => Some(pupil_id),
        }
    }

    /// A name was tapped: to the picture PIN if the pupil has one, else to the reflection.
    pub fn tap_name(&mut self, pupil: &PupilSource) -> Result<(), SessionError> {
        if self.step != PupilStep::Names {
            return Err(SessionError::WrongStep);
        }
        if !self.is_member(&pupil.id) || pupil.archived {
            return Err(SessionError::NotInScope { pupil_id: pupil.id.clone() });
        }
        self.step = match pupil.picture_pin {
            Some(_) => PupilStep::PicturePin { pupil_id: pupil.id.clone(), entered: Vec::new(), wrong_tries: 0 },
            None => PupilStep::Reflecting { pupil_id: pupil.id.clone() },
        };
        Ok(())
    }

    /// A picture was tapped on the picture-PIN screen of `pupil`.
    pub fn tap_picture(&mut self, key: PictureKey, pupil: &PupilSource) -> Result<PictureOutcome, SessionError> {
        let PupilStep::PicturePin { pupil_id, entered, wrong_tries } = &mut self.step else {
            return Err(SessionError::WrongStep);
        };
        if *pupil_id != pupil.id {
            return Err(SessionError::WrongPupil);
        }
        let Some(pin) = pupil.picture_pin else {
            // The teacher removed the picture PIN meanwhile: nothing left to check.
            self.step = PupilStep::Reflecting { pupil_id: pupil.id.clone() };
            return Ok(PictureOutcome::Accepted);
        };
        entered.push(key);
        if entered.len() < 3 {
            return Ok(PictureOutcome::NeedMore { entered: entered.len() });
        }
        if entered.as_slice() == pin.pictures().as_slice() {
            self.step = PupilStep::Reflecting { pupil_id: pupil.id.clone() };
            return Ok(PictureOutcome::Accepted);
        }
        *wrong_tries = wrong_tries.saturating_add(1);
        if *wrong_tries >= MAX_PICTURE_TRIES {
            self.step = PupilStep::Names;
            return Ok(PictureOutcome::TooManyTries);
        }
        entered.clear();
        Ok(PictureOutcome::Wrong { tries_left: MAX_PICTURE_TRIES - *wrong_tries })
    }

    /// Takes back the last tapped picture.
    pub fn undo_picture(&mut self) -> Result<(), SessionError> {
        match &mut self.step {
            PupilStep::PicturePin { entered, .. } => {
                entered.pop();
                Ok(())
            }
            _ => Err(SessionError::WrongStep),
        }
    }

    /// The reflection was saved: check it belongs to the pupil on screen, then hand the
    /// tablet on (back to the names screen).
    pub fn save(&mut self, reflection: &Reflection) -> Result<(), SessionError> {
        let PupilStep::Reflecting { pupil_id } = &self.step else {
            return Err(SessionError::WrongStep);
        };
        if *pupil_id != reflection.pupil_id {
            return Err(SessionError::WrongPupil);
        }
        reflection.validate()?;
        self.step = PupilStep::Names;
        Ok(())
    }

    /// "Not me" / idle: back to the names screen, dropping whatever was on screen, so the
    /// next child never sees the previous one's answers.
    pub fn back_to_names(&mut self) {
        self.step = PupilStep::Names;
    }
}

/// The buttons of the names screen: the session's members, sorted by name. Two pupils with
/// the same name get their last-name initial added ("Sem B.", "Sem V.").
pub fn name_tiles(session: &PupilSession, pupils: &[PupilSource]) -> Vec<NameTile> {
    let shown: Vec<&PupilSource> = pupils.iter().filter(|p| session.is_member(&p.id) && !p.archived).collect();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for p in &shown {
        *seen.entry(display_name(p).to_lowercase()).or_insert(0) += 1;
    }
    let mut tiles: Vec<NameTile> = shown
        .iter()
        .map(|p| {
            let mut name = display_name(p);
            let clash = seen.get(&name.to_lowercase()).is_some_and(|n| *n > 1);
            if clash && !p.privacy_initials {
                if let Some(initial) = last_name_initial(&p.last_name) {
                    name = format!("{name} {initial}.");
                }
            }
            NameTile { pupil_id: p.id.clone(), display_name: name, has_picture_pin: p.picture_pin.is_some() }
        })
        .collect();
    tiles.sort_by(|a, b| {
        a.display_name.to_lowercase().cmp(&b.display_name.to_lowercase()).then_with(|| a.pupil_id.cmp(&b.pupil_id))
    });
    tiles
}

/// What the pupil sees of themselves: a first name (or nickname, or initials) and their own
/// active goals in their own words. Support notes, the teacher's goal wording and notes,
/// feedback and other pupils' goals cannot get in: they are not fields of the result.
pub fn pupil_view(pupil: &PupilSource, goals: &[GoalSource]) -> PupilView {
    let goals = goals
        .iter()
        .filter(|g| g.pupil_id == pupil.id && g.active && !g.own_words.trim().is_empty())
        .map(|g| PupilGoalView { goal_id: g.id.clone(), own_words: g.own_words.trim().to_owned() })
        .collect();
    PupilView { pupil_id: pupil.id.clone(), display_name: display_name(pupil), goals }
}

fn display_name(p: &PupilSource) -> String {
    if p.privacy_initials {
        return initials(p);
    }
    let nick = p.nickname.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let first = p.first_name.trim();
    match nick {
        Some(n) => n.to_owned(),
        None if !first.is_empty() => first.to_owned(),
        None => initials(p),
    }
}

/// "N.V." for Noor de Vries: the Dutch lower-case prefixes (de, van, van der…) are skipped
/// by taking the first capital of the last name.
fn initials(p: &PupilSource) -> String {
    let first = p.first_name.trim().chars().next().map(|c| c.to_uppercase().collect::<String>());
    let last = last_name_initial(&p.last_name);
    match (first, last) {
        (Some(f), Some(l)) => format!("{f}.{l}."),
        (Some(f), None) => format!("{f}."),
        (None, Some(l)) => format!("{l}."),
        (None, None) => "?".to_owned(),
    }
}

fn last_name_initial(last_name: &str) -> Option<String> {
    let last = last_name.trim();
    let c = last.chars().find(|c| c.is_uppercase()).or_else(|| last.chars().next())?;
    Some(c.to_uppercase().collect())
}

#[cfg(test)]
pub(crate) mod tests;
