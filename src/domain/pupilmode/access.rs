//! The app mode (teacher / locked / pupil mode), how the app opens, going idle, and
//! unlocking with the teacher PIN. Which screen shows follows from the mode: pupil mode
//! shows the screen of its session's step ([`PupilSession::step`]), never one by address.
//!
//! Owns: [`AppMode`], [`enter_pupil_mode`], [`opening_mode`], [`on_idle`], [`apply_idle`],
//! [`unlock`].
//! Must not touch: the router, the clock, storage. The app stores the mode, so a reload
//! cannot escape the lock or pupil mode.

use serde::{Deserialize, Serialize};

use crate::domain::pupilmode::lock::{IdleLock, Throttle, ThrottleError};
use crate::domain::pupilmode::pin::{validate_pin, verify_pin, PinError, PinHash};
use crate::domain::pupilmode::session::{PupilSession, PupilSource, Scope, SessionError};

/// The mode the app is in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppMode {
    /// The teacher's screens are open.
    #[default]
    Teacher,
    /// The idle lock is on: only the PIN screen.
    Locked,
    /// The tablet is with the pupils: only the pupil-mode screens of this session.
    Pupil(PupilSession),
}

impl AppMode {
    /// Which of the three it is, without the session: what is kept beside the full mode.
    pub fn kind(&self) -> ModeKind {
        match self {
            AppMode::Teacher => ModeKind::Teacher,
            AppMode::Locked => ModeKind::Locked,
            AppMode::Pupil(_) => ModeKind::Pupil,
        }
    }
}

/// The kind of mode, kept in IndexedDB beside the full mode in localStorage, so a cleared
/// or edited localStorage cannot open the teacher screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModeKind {
    Teacher,
    Locked,
    Pupil,
}

/// Starts pupil mode for `scope`. Refused without a usable teacher PIN, since leaving pupil
/// mode needs it, and for a scope with no current (non-archived) pupils.
pub fn enter_pupil_mode(scope: Scope, pupils: &[PupilSource], teacher_pin: Option<&PinHash>) -> Result<AppMode, SessionError> {
    if !teacher_pin.is_some_and(PinHash::is_well_formed) {
        return Err(SessionError::NoTeacherPin);
    }
    Ok(AppMode::Pupil(PupilSession::start(scope, pupils)?))
}

/// The mode the app opens in, failing closed. `stored` is the mode in localStorage (None
/// when it is missing or unreadable), `copy` the kind kept in IndexedDB (None when there
/// is none), `has_pin` whether a usable teacher PIN exists.
/// - Without a PIN nobody could open a lock: the teacher screens, always.
/// - With a PIN, a missing or unreadable mode, or a teacher mode that the copy says was
///   not a teacher mode, opens at the lock screen; never at a teacher screen.
pub fn opening_mode(stored: Option<AppMode>, copy: Option<ModeKind>, has_pin: bool) -> AppMode {
    if !has_pin {
        return AppMode::Teacher;
    }
    match stored {
        None => AppMode::Locked,
        Some(AppMode::Teacher) if matches!(copy, Some(ModeKind::Locked | ModeKind::Pupil)) => AppMode::Locked,
        Some(mode) => mode,
    }
}

/// The idle time ran out. Teacher screens lock (only when a usable PIN exists: a lock
/// nobody can open would cost the teacher their data); in pupil mode the half-done
/// reflection is dropped and the names screen comes back for the next child.
pub fn on_idle(mode: AppMode, teacher_pin: Option<&PinHash>) -> AppMode {
    match mode {
        AppMode::Teacher if teacher_pin.is_some_and(PinHash::is_well_formed) => AppMode::Locked,
        AppMode::Teacher => AppMode::Teacher,
        AppMode::Locked => AppMode::Locked,
        AppMode::Pupil(mut session) => {
            session.back_to_names();
            AppMode::Pupil(session)
        }
    }
}

/// [`on_idle`] when the idle time has passed since `last_activity_ms`, else `mode` as is.
/// The app calls this on start (with the stored last activity) and from its timer.
pub fn apply_idle(mode: AppMode, teacher_pin: Option<&PinHash>, idle: &IdleLock, last_activity_ms: u64, now_ms: u64) -> AppMode {
    if idle.should_lock(last_activity_ms, now_ms) {
        on_idle(mode, teacher_pin)
    } else {
        mode
    }
}

/// Why unlocking (after idle, or to leave pupil mode) failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum UnlockError {
    #[error("too many wrong PINs: wait {ms} ms")]
    Wait { ms: u64 },
    /// Not a PIN at all (e.g. three digits): not counted as a wrong try, it can't be right.
    #[error("not a valid PIN: {0}")]
    Pin(PinError),
    #[error("wrong PIN")]
    WrongPin { free_attempts_left: u32, wait_ms: u64 },
    #[error("the stored teacher PIN is unreadable")]
    NoUsablePin,
}

/// Checks the teacher PIN against the throttle and the stored hash; on success the app
/// returns to the teacher screens (from the idle lock or from pupil mode). Wrong PINs are
/// recorded in `throttle`, which the app stores afterwards.
pub fn unlock(pin: &str, stored: &PinHash, throttle: &mut Throttle, now_ms: u64) -> Result<AppMode, UnlockError> {
    throttle.check(now_ms).map_err(|ThrottleError::Wait { ms }| UnlockError::Wait { ms })?;
    if !stored.is_well_formed() {
        return Err(UnlockError::NoUsablePin);
    }
    validate_pin(pin).map_err(UnlockError::Pin)?;
    if verify_pin(pin, stored) {
        throttle.record_success();
        return Ok(AppMode::Teacher);
    }
    throttle.record_failure(now_ms);
    let wait_ms = match throttle.check(now_ms) {
        Err(ThrottleError::Wait { ms }) => ms,
        Ok(()) => 0,
    };
    Err(UnlockError::WrongPin { free_attempts_left: throttle.free_attempts_left(), wait_ms })
}

#[cfg(test)]
mod tests;
