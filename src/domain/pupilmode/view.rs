//! The only data a pupil ever sees of themselves, as plain values: made by
//! [`crate::domain::pupilmode::session::pupil_view`], read by the pupil-mode screens and
//! by a reflection (which goals it may be about).
//!
//! Owns: [`PupilView`], [`PupilGoalView`]. Imports nothing of pupil mode, so the session
//! and the reflection can both use it.

use serde::{Deserialize, Serialize};

/// Everything a pupil may see of themselves, and nothing more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilView {
    pub pupil_id: String,
    /// Nickname or first name, or initials in privacy mode; never the last name.
    pub display_name: String,
    pub goals: Vec<PupilGoalView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilGoalView {
    pub goal_id: String,
    pub own_words: String,
}
