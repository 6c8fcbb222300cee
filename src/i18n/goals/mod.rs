//! Every Dutch and English text of the goals feature; callers use one path,
//! `crate::i18n::goals::…`.
//!
//! - `ui`: the screen strings of the goal wizard, the goal page and the norm table (`GK`),
//!   with the few sentences that take values (`goal_sentence`, `step_of`).
//! - `domain`: the text for the typed values of `crate::domain::goals` (domains, units,
//!   templates, realism bands, references, suggestions, notes, advice, states, wizard steps,
//!   vague and observable verbs), a goal's title, and the error messages
//!   (`UserMessage for GoalCommandError`). The domain computes the numbers and dates;
//!   these functions only phrase them.

mod domain;
mod ui;

pub use domain::*;
pub use ui::*;
