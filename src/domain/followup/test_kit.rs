//! The test kit of follow-up and attention: a pupil and a moment with defaults.

use chrono::NaiveDate;

use super::attention::{AttentionMoment, AttentionPupil, MomentKind, SupportLevel};

pub fn pupil(id: &str, name: &str, support: SupportLevel) -> AttentionPupil {
    AttentionPupil { id: id.into(), name: name.into(), support }
}

/// A moment of `minutes` with `pupil_id` on `date`: a one-on-one with no note or follow-up.
pub fn moment(pupil_id: &str, date: NaiveDate, minutes: u16) -> AttentionMoment {
    AttentionMoment {
        id: format!("{pupil_id}-{date}"),
        pupil_id: pupil_id.into(),
        date,
        kind: MomentKind::OneOnOne,
        minutes,
        note: String::new(),
        follow_up: None,
    }
}
