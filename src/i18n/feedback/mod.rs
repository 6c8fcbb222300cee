//! Every visible text of the feedback feature, in Dutch and English; callers use one path,
//! `crate::i18n::feedback::name`.
//!
//! - `ui`: the screens' strings (`FK`) and small formatted labels: the composer, the pupil's
//!   feedback and successes, the class signals, the success board, the own-templates page.
//! - `domain`: the text of everything `crate::domain::feedback` returns: nudges (with the
//!   flagged word and its rewrite), ratio assessments, the no-strength signal, errors, and
//!   the names of parts, subjects and success sources.
//! - `templates`: the wording of the built-in sentence starters (by the domain's ids) and
//!   which text of a template to show in a language.
//! - `words`: the Dutch and English word lists of the balance checks (person praise,
//!   absolutes, labels), handed to the domain's scanner as `Lexicons`.

mod domain;
mod templates;
mod ui;
mod words;

pub use domain::*;
pub use templates::*;
pub use ui::*;
pub use words::*;
