//! Pupil-mode commands on the class book: the teacher PIN and idle time in the settings
//! record, a pupil's picture PIN, saving a reflection from pupil mode, marking reflections
//! read; and the read-only views the screens need (pupil-mode sources, unread counts, the
//! learning-log rows). Each command returns the `Change` to persist; on error nothing changes.
//!
//! Must not touch: hashing or the clock (a finished [`PinHash`] and "today" come in; see
//! [`crate::domain::pupilmode::pin_job`]), storage, the app mode itself (kept by the app),
//! text (errors and log rows are worded in `crate::i18n::pupilmode`).

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use thiserror::Error;

use crate::domain::book::{Book, Change};
use crate::domain::goals::GoalState;
use crate::domain::model::Pupil;
use crate::domain::records::Record;
use crate::domain::pupilmode::access::{enter_pupil_mode, AppMode, UnlockError};
use crate::domain::pupilmode::learning_log::{GoalEvent, LogEntry, LogKind, LogSummary};
use crate::domain::pupilmode::lock::{IdleLock, IdleLockError};
use crate::domain::pupilmode::pin::{validate_pin, PinError, PinHash};
use crate::domain::pupilmode::reflection::{mark_read, Reflection, ReflectionDraft, UnreadCounts};
use crate::domain::pupilmode::session::{
    pupil_view, GoalSource, PictureKey, PicturePin, PicturePinError, PupilSession, PupilSource, PupilStep, Scope, SessionError,
};
use crate::domain::pupilmode::view::PupilView;
use crate::domain::settings::Settings;

/// Why a pupil-mode command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PupilModeError {
    #[error("the pupil no longer exists")]
    NotFound,
    #[error("{0}")]
    Pin(PinError),
    #[error("the two PINs differ")]
    PinMismatch,
    #[error("the PIN hash is not usable")]
    BadHash,
    #[error("{0}")]
    Unlock(UnlockError),
    #[error("{0}")]
    Idle(IdleLockError),
    #[error("{0}")]
    PicturePin(PicturePinError),
    #[error("{0}")]
    Session(SessionError),
}

impl From<SessionError> for PupilModeError {
    fn from(e: SessionError) -> Self {
        PupilModeError::Session(e)
    }
}

/// Checks a new PIN and its repetition before the slow hashing starts.
pub fn check_new_pin(pin: &str, repeat: &str) -> Result<(), PupilModeError> {
    validate_pin(pin).map_err(PupilModeError::Pin)?;
    if pin != repeat {
        return Err(PupilModeError::PinMismatch);
    }
    Ok(())
}

/// Splits "Noor de Vries" into first name and the rest, as pupil mode shows first names only.
fn split_name(name: &str) -> (String, String) {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default().to_owned();
    (first, words.collect::<Vec<_>>().join(" "))
}

/// The few fields of a pupil that pupil mode reads. In privacy mode only initials show.
pub fn pupil_source(p: &Pupil, privacy: bool) -> PupilSource {
    let (first_name, last_name) = split_name(&p.name);
    PupilSource {
        id: p.id.clone(),
        class_id: p.class_id.clone(),
        first_name,
        last_name,
        // The app's nickname is the privacy-mode name for the teacher's screens; on the
        // names screen privacy mode means initials, as the issue asks.
        nickname: None,
        privacy_initials: privacy,
        support_notes: String::new(),
        picture_pin: p.picture_pin,
        archived: p.is_archived(),
    }
}

impl Book {
    /// Stores a new teacher PIN (already hashed by the app). Replaces an older one.
    pub fn set_teacher_pin(&mut self, hash: PinHash) -> Result<Change, PupilModeError> {
        if !hash.is_well_formed() {
            return Err(PupilModeError::BadHash);
        }
        Ok(self.put_settings(Settings { pin: Some(hash), ..self.settings() }))
    }

    /// Removes the teacher PIN (the app asks for the current one first). Refused while
    /// nothing is set, so a stray tap changes nothing.
    pub fn remove_teacher_pin(&self) -> Result<Change, PupilModeError> {
        let settings = self.settings();
        if settings.pin.is_none() {
            return Ok(Change::default());
        }
        Ok(Change::put(Record::Settings(Settings { pin: None, ..settings })))
    }

    /// The idle-lock time in minutes (1–60).
    pub fn set_idle_minutes(&mut self, minutes: u8) -> Result<Change, PupilModeError> {
        let idle = IdleLock::new(minutes).map_err(PupilModeError::Idle)?;
        Ok(self.put_settings(Settings { idle_minutes: idle.idle_minutes(), ..self.settings() }))
    }

    /// The idle-lock setting as the rules read it (a stored value out of range is clamped).
    pub fn idle_lock(&self) -> IdleLock {
        let minutes = self.settings().idle_minutes;
        IdleLock::new(minutes).unwrap_or_else(|_| {
            IdleLock::new(minutes.clamp(1, 60)).unwrap_or_default()
        })
    }

    /// Sets (or with None removes) a pupil's picture PIN: three different pictures in order.
    pub fn set_picture_pin(&self, pupil_id: &str, pictures: Option<[PictureKey; 3]>) -> Result<Change, PupilModeError> {
        let pin = pictures.map(PicturePin::new).transpose().map_err(PupilModeError::PicturePin)?;
        let mut pupil = self.pupil(pupil_id).ok_or(PupilModeError::NotFound)?.clone();
        pupil.picture_pin = pin;
        Ok(Change::put(Record::Pupil(pupil)))
    }

    /// Every pupil as pupil mode reads them.
    pub fn pupil_sources(&self, privacy: bool) -> Vec<PupilSource> {
        self.pupils.iter().map(|p| pupil_source(p, privacy)).collect()
    }

    /// The goals of one pupil as pupil mode reads them (own words and whether active).
    pub fn goal_sources(&self, pupil_id: &str) -> Vec<GoalSource> {
        self.goals
            .iter()
            .filter(|g| g.pupil_id == pupil_id)
            .map(|g| GoalSource {
                id: g.id.clone(),
                pupil_id: g.pupil_id.clone(),
                own_words: g.own_words.clone(),
                teacher_text: String::new(),
                notes: String::new(),
                active: g.is_active(),
            })
            .collect()
    }

    /// What the pupil on screen may see of themselves.
    pub fn pupil_view_of(&self, pupil_id: &str, privacy: bool) -> Option<PupilView> {
        let p = self.pupil(pupil_id)?;
        Some(pupil_view(&pupil_source(p, privacy), &self.goal_sources(pupil_id)))
    }

    /// Starts pupil mode for a class or one pupil (needs a teacher PIN).
    pub fn start_pupil_mode(&self, scope: Scope) -> Result<AppMode, PupilModeError> {
        let settings = self.settings();
        Ok(enter_pupil_mode(scope, &self.pupil_sources(false), settings.pin.as_ref())?)
    }

    /// Saves the reflection of the pupil on screen and hands the tablet on (the session
    /// goes back to the names screen). Only the pupil whose turn it is can be written for,
    /// and only about one of their own active goals.
    pub fn save_reflection(
        &mut self,
        session: &mut PupilSession,
        id: &str,
        draft: ReflectionDraft,
        today: NaiveDate,
    ) -> Result<Change, PupilModeError> {
        let PupilStep::Reflecting { pupil_id } = session.step() else {
            return Err(SessionError::WrongStep.into());
        };
        let view = self.pupil_view_of(pupil_id, false).ok_or(PupilModeError::NotFound)?;
        let reflection = draft.finish(id, &view, today).map_err(SessionError::Reflection)?;
        session.save(&reflection)?;
        self.reflections.push(reflection.clone());
        Ok(Change::put(Record::Reflection(reflection)))
    }

    /// Marks one pupil's reflections as read by the teacher (opening the learning log).
    pub fn mark_reflections_read(&mut self, pupil_id: &str) -> Result<Change, PupilModeError> {
        if mark_read(&mut self.reflections, pupil_id) == 0 {
            return Ok(Change::default());
        }
        let puts = self
            .reflections
            .iter()
            .filter(|r| r.pupil_id == pupil_id)
            .cloned()
            .map(Record::Reflection)
            .collect();
        Ok(Change { puts, deletes: vec![] })
    }

    /// One stored reflection.
    pub fn reflection(&self, id: &str) -> Option<&Reflection> {
        crate::domain::records::by_id(&self.reflections, id, |r| r.id.as_str())
    }

    /// The ids of one pupil's reflections the teacher has not read yet.
    pub fn unread_reflection_ids(&self, pupil_id: &str) -> HashSet<String> {
        self.reflections.iter().filter(|r| r.pupil_id == pupil_id && !r.read_by_teacher).map(|r| r.id.clone()).collect()
    }

    /// The unread reflections per pupil, for the teacher's badges.
    pub fn unread(&self) -> UnreadCounts {
        UnreadCounts::count(&self.reflections)
    }

    /// The unread reflections of the pupils still in one class, from `unread`'s counts.
    pub fn unread_in_class(&self, counts: &UnreadCounts, class_id: &str) -> usize {
        self.current_pupils(class_id).map(|p| counts.of_pupil(&p.id)).sum()
    }

    /// Every row of one pupil's learning log, unordered (see `timeline`), as typed facts
    /// (worded by `crate::i18n::pupilmode::log_text`).
    pub fn log_entries(&self, pupil_id: &str) -> Vec<LogEntry> {
        let mut out = Vec::new();
        let row = |date, kind, goal_id: Option<&String>, ref_id: &str, summary| LogEntry {
            date,
            kind,
            goal_id: goal_id.cloned(),
            ref_id: ref_id.to_owned(),
            summary,
        };
        let mut goal_units = BTreeMap::new();
        for g in self.goals.iter().filter(|g| g.pupil_id == pupil_id) {
            let with = |event: GoalEvent| LogSummary::Goal { event };
            out.push(row(g.created_on, LogKind::Goal, Some(&g.id), &g.id, with(GoalEvent::Created)));
            match &g.state {
                GoalState::Active => {}
                GoalState::Achieved { date } => out.push(row(*date, LogKind::Goal, Some(&g.id), &g.id, with(GoalEvent::Achieved))),
                GoalState::Stopped { date, .. } => out.push(row(*date, LogKind::Goal, Some(&g.id), &g.id, with(GoalEvent::Stopped))),
            }
            goal_units.insert(g.id.as_str(), g.measure.unit);
        }
        for m in &self.measurements {
            let Some(unit) = goal_units.get(m.goal_id.as_str()) else { continue };
            let summary = LogSummary::Measurement { value: m.value, unit: *unit, note: m.note.trim().to_owned() };
            out.push(row(m.date, LogKind::Measurement, Some(&m.goal_id), &m.id, summary));
        }
        for n in self.notes.iter().filter(|n| n.pupil_id == pupil_id) {
            let summary = LogSummary::Feedback { tops: n.tops.clone(), tips: n.tips.clone(), next_step: n.next_step.clone() };
            out.push(row(n.date, LogKind::Feedback, n.goal_id.as_ref(), &n.id, summary));
        }
        for r in self.reflections.iter().filter(|r| r.pupil_id == pupil_id) {
            let answers = [&r.went_well, &r.was_hard, &r.try_next].into_iter().map(|s| s.trim()).filter(|s| !s.is_empty()).map(str::to_owned).collect();
            let summary = LogSummary::Reflection { mood: r.mood, answers };
            out.push(row(r.date, LogKind::Reflection, r.goal_id.as_ref(), &r.id, summary));
        }
        for m in self.moments.iter().filter(|m| m.pupil_id == pupil_id) {
            let summary = LogSummary::Attention { kind: m.kind, minutes: u32::from(m.minutes), note: m.note.trim().to_owned() };
            out.push(row(m.date, LogKind::Attention, None, &m.id, summary));
        }
        for s in self.successes.iter().filter(|s| s.pupil_id == pupil_id) {
            let summary = LogSummary::Success { text: s.text.trim().to_owned(), source: s.source, template: s.template };
            out.push(row(s.date, LogKind::Success, s.goal_id.as_ref(), &s.id, summary));
        }
        out
    }
}

#[cfg(test)]
mod tests;
