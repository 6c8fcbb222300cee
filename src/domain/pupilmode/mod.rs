//! Teacher lock, pupil mode and learning log: the pure rules behind Groeipad's privacy
//! promises in the classroom.
//!
//! Owns: the teacher PIN (validation, salted PBKDF2 hash, constant-time check), the
//! throttle on wrong PINs, the idle lock, the app mode (teacher / locked / pupil mode)
//! with its route access rules, the pupil-mode session (names → picture PIN → reflection),
//! the one view of data a pupil may see, pupil reflections, and the per-pupil learning-log
//! timeline (filter, order, paging).
//!
//! Must not touch: the browser (no clock, no random numbers, no storage, no DOM: "now",
//! salts and ids are parameters), nor the pupil, goal, feedback or measurement records of
//! other modules — it takes the few fields it needs as plain inputs. No user-visible text
//! here: `crate::i18n::pupilmode` words what these rules return.

pub mod access;
pub mod commands;
pub mod learning_log;
pub mod lock;
pub mod pin;
pub mod pin_job;
pub mod reflection;
pub mod session;
pub mod view;

pub use access::{apply_idle, enter_pupil_mode, on_idle, opening_mode, unlock, AppMode, ModeKind, UnlockError};
pub use learning_log::{kind_counts, timeline, GoalEvent, LogEntry, LogError, LogFilter, LogKind, LogSummary, Page};
pub use lock::{IdleLock, IdleLockError, Throttle, ThrottleError};
pub use pin_job::{finish_unlock, start_unlock, HashJob, Pbkdf2Job, VerifyJob};
pub use pin::{hash_pin, validate_pin, verify_pin, PinError, PinHash, DEFAULT_ITERATIONS};
pub use reflection::{
    mark_read, suggested_phrases, KeptReflection, Mood, Phrase, Question, Reflection, ReflectionDraft, ReflectionError,
    ReflectionField, UnreadCounts,
};
pub use session::{
    name_tiles, pupil_view, GoalSource, NameTile, PictureKey, PictureOutcome, PicturePin, PicturePinError, PupilPrompt,
    PupilSession, PupilSource, PupilStep, Scope, SessionError,
};
pub use view::{PupilGoalView, PupilView};

pub mod school {
    pub use crate::domain::model::{SchoolSystem, YearGroup};
}
