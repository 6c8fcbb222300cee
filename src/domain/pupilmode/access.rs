//! Who may see which screen: the app mode (teacher / locked / pupil mode), the route access
//! table, going idle, and unlocking with the teacher PIN.
//!
//! Owns: [`AppMode`], [`Route`], [`allowed`], [`fallback_route`], [`on_idle`],
//! [`apply_idle`], [`unlock`].
//! Must not touch: the router itself (the app maps its URLs to [`Route`] and back), the
//! clock, storage. The app stores the mode, so a reload cannot escape the lock or pupil mode.

use serde::{Deserialize, Serialize};

use crate::domain::pupilmode::lock::{IdleLock, Throttle, ThrottleError};
use crate::domain::pupilmode::pin::{validate_pin, verify_pin, PinError, PinHash};
use crate::domain::pupilmode::session::{PupilSession, PupilStep};

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

/// A screen the app can show, as the router asks for it. The app maps its URLs onto these.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Route {
    ClassOverview,
    /// A class (class id).
    Class(String),
    /// A pupil's page with support notes (pupil id).
    Pupil(String),
    /// A pupil's goals (pupil id).
    PupilGoals(String),
    /// The goal-setting wizard for a pupil (pupil id).
    GoalWizard(String),
    /// One goal with its measurements and chart (goal id).
    Goal(String),
    /// Feedback notes for a pupil (pupil id).
    Feedback(String),
    /// A pupil's learning log (pupil id).
    LearningLog(String),
    /// A printable parent report (pupil id).
    ParentReport(String),
    FollowUps,
    Attention,
    /// Groups of a class (class id).
    Grouping(String),
    Backup,
    Settings,
    /// The teacher-PIN screen: unlocking after idle, and leaving pupil mode.
    Unlock,
    /// Pupil mode: "tap your name".
    PupilModeNames,
    /// Pupil mode: the picture PIN of one pupil (pupil id).
    PupilModePicturePin(String),
    /// Pupil mode: the reflection of one pupil (pupil id).
    PupilModeReflect(String),
}

impl Route {
    /// True for the teacher's screens. The match names every route on purpose: a new
    /// route does not compile until someone decides whether it is a teacher screen.
    pub fn is_teacher_route(&self) -> bool {
        match self {
            Route::ClassOverview
            | Route::Class(_)
            | Route::Pupil(_)
            | Route::PupilGoals(_)
            | Route::GoalWizard(_)
            | Route::Goal(_)
            | Route::Feedback(_)
            | Route::LearningLog(_)
            | Route::ParentReport(_)
            | Route::FollowUps
            | Route::Attention
            | Route::Grouping(_)
            | Route::Backup
            | Route::Settings => true,
            Route::Unlock | Route::PupilModeNames | Route::PupilModePicturePin(_) | Route::PupilModeReflect(_) => false,
        }
    }
}

/// May `route` be shown in `mode`?
///
/// - Teacher: every teacher screen; not the lock screen nor the pupil-mode screens (pupil
///   mode is entered through [`crate::domain::pupilmode::session::enter_pupil_mode`], never by URL).
/// - Locked: only [`Route::Unlock`].
/// - Pupil mode: the names screen, the PIN screen to leave, and the picture-PIN or
///   reflection screen only of a pupil inside the scope *who is on that step now* — so
///   typing another pupil's URL cannot skip their picture PIN.
pub fn allowed(mode: &AppMode, route: &Route) -> bool {
    match mode {
        AppMode::Teacher => route.is_teacher_route(),
        AppMode::Locked => *route == Route::Unlock,
        AppMode::Pupil(session) => match route {
            Route::Unlock | Route::PupilModeNames => true,
            Route::PupilModePicturePin(id) => {
                session.is_member(id) && matches!(session.step(), PupilStep::PicturePin { pupil_id, .. } if pupil_id == id)
            }
            Route::PupilModeReflect(id) => {
                session.is_member(id) && matches!(session.step(), PupilStep::Reflecting { pupil_id } if pupil_id == id)
            }
            _ => false,
        },
    }
}

/// Where to send the router when [`allowed`] says no.
pub fn fallback_route(mode: &AppMode) -> Route {
    match mode {
        AppMode::Teacher => Route::ClassOverview,
        AppMode::Locked => Route::Unlock,
        AppMode::Pupil(session) => session.route(),
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
