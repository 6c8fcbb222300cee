//! Every Dutch and English text of follow-up and fair attention, Dutch first. One path
//! for every caller: `crate::i18n::followup::name`.
//!
//! - `ui`: the strings of the follow-up screens (reminder list, attention view, weekly
//!   planner, follow-up settings): the `FollowK` table and the messages with values.
//! - `domain`: the words for the domain's typed values (list groups, repeat kinds,
//!   sources, snooze choices, moment kinds, support levels, aims, planner reasons,
//!   verdicts, the overload warning, the .ics description, check-in titles).
//! - `errors`: the texts of every follow-up error, `FollowUpError`'s `UserMessage`
//!   included.
//!
//! Wording only: the rules live in `domain::followup`, which holds no visible text.

mod domain;
mod errors;
mod ui;

pub use domain::*;
pub use errors::*;
pub use ui::*;
