//! Dutch and English text of the teacher lock, pupil mode and the learning log.
//!
//! - `ui`: the strings of the screens (the `PK` table and the counted labels around it).
//! - `domain`: the words for what `crate::domain::pupilmode` returns: its errors, the
//!   child-language faces, questions, phrases, prompts and pictures, throttle waits and
//!   the learning log's kinds and rows.
//!
//! Callers use one path for both: `crate::i18n::pupilmode::name`.

mod domain;
mod ui;

pub use domain::*;
pub use ui::*;
