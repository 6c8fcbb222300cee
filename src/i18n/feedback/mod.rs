//! Every visible text of the feedback feature, in Dutch and English; callers use one path,
//! `crate::i18n::feedback::name`.
//!
//! - `ui`: the screens' strings (`FK`) and small formatted labels: the composer, the pupil's
//!   feedback and successes, the class signals, the success board, the own-templates page.
//! - `domain`: the text of everything `crate::domain::feedback` returns: nudges (with the
//!   flagged word and its rewrite), ratio assessments, the no-strength signal, errors, and
//!   the names of parts, subjects and success sources.

mod domain;
mod ui;

pub use domain::*;
pub use ui::*;
