//! The app mode, the wrong-PIN throttle and the last activity time, in localStorage.
//!
//! Why localStorage and not IndexedDB: these are read synchronously before the first
//! render, so a reload in pupil mode or at the lock screen never flashes a teacher screen
//! while the database opens. They hold no pupil data beyond ids (the pupil-mode session
//! keeps its member ids and whose turn it is; tapped pictures are dropped before storing).
//! The kind of mode is also kept in IndexedDB (`meta::MODE_KIND`), and a missing,
//! unreadable or inconsistent mode opens at the lock screen when a PIN exists
//! (`domain::pupilmode::opening_mode`): a cleared or full localStorage never opens the
//! teacher screens. The PIN hash itself lives with the data, in the settings record.

use gloo_storage::{LocalStorage, Storage};

use crate::domain::pupilmode::{AppMode, KeptReflection, PupilStep, Throttle};

pub const MODE: &str = "groeipad.mode";
pub const THROTTLE: &str = "groeipad.pin-throttle";
pub const LAST_ACTIVITY: &str = "groeipad.last-activity";
/// A pupil's half-typed reflection, so a reload of the tablet does not lose it.
pub const REFLECTION_DRAFT: &str = "groeipad.reflection-draft";

/// The stored mode; None when it is missing or unreadable (the app then fails closed).
pub fn stored_mode() -> Option<AppMode> {
    LocalStorage::get::<AppMode>(MODE).ok()
}

/// Stores the mode; an error when localStorage refuses it (full, or switched off).
pub fn set_mode(mode: &AppMode) -> Result<(), gloo_storage::errors::StorageError> {
    let mut stored = mode.clone();
    if let AppMode::Pupil(session) = &mut stored {
        // The pictures tapped so far are half a secret: don't keep them.
        while matches!(session.step(), PupilStep::PicturePin { entered, .. } if !entered.is_empty()) {
            if session.undo_picture().is_err() {
                break;
            }
        }
    }
    LocalStorage::set(MODE, stored)
}

pub fn throttle() -> Throttle {
    LocalStorage::get::<Throttle>(THROTTLE).unwrap_or_default()
}

pub fn set_throttle(t: &Throttle) {
    let _ = LocalStorage::set(THROTTLE, t);
}

pub fn last_activity() -> Option<u64> {
    LocalStorage::get::<u64>(LAST_ACTIVITY).ok()
}

pub fn set_last_activity(ms: u64) {
    let _ = LocalStorage::set(LAST_ACTIVITY, ms);
}

pub fn reflection_draft() -> Option<KeptReflection> {
    LocalStorage::get::<KeptReflection>(REFLECTION_DRAFT).ok()
}

/// Best effort: a full localStorage only means the draft does not survive a reload.
pub fn set_reflection_draft(kept: &KeptReflection) {
    let _ = LocalStorage::set(REFLECTION_DRAFT, kept);
}

pub fn clear_reflection_draft() {
    LocalStorage::delete(REFLECTION_DRAFT);
}
