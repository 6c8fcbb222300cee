//! The error of the follow-up book commands: typed, wrapping the domain errors. No
//! user-visible text here: `crate::i18n::followup` words it (`UserMessage`).

use super::attention::MomentError;
use super::calendar::HolidayError;
use super::reminders::{CreateReminderError, MarkDoneError, RescheduleError, SnoozeError};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FollowUpError {
    #[error("the reminder, pupil, class or holiday no longer exists")]
    NotFound,
    #[error("the reminder is already done")]
    AlreadyDone,
    #[error("only a planned session can be held")]
    NotASession,
    #[error("no pupil is planned")]
    NothingPlanned,
    #[error("{field:?} must be between {min} and {max}")]
    SettingOutOfRange { field: SettingField, min: u32, max: u32 },
    #[error(transparent)]
    Create(CreateReminderError),
    #[error(transparent)]
    MarkDone(MarkDoneError),
    #[error(transparent)]
    Snooze(SnoozeError),
    #[error(transparent)]
    Reschedule(RescheduleError),
    #[error(transparent)]
    Moment(MomentError),
    #[error(transparent)]
    Holiday(HolidayError),
}

/// Which follow-up setting was out of range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingField {
    NotSeen,
    Budget,
    Session,
}

impl From<HolidayError> for FollowUpError {
    fn from(e: HolidayError) -> Self {
        FollowUpError::Holiday(e)
    }
}
impl From<CreateReminderError> for FollowUpError {
    fn from(e: CreateReminderError) -> Self {
        FollowUpError::Create(e)
    }
}
impl From<MarkDoneError> for FollowUpError {
    fn from(e: MarkDoneError) -> Self {
        FollowUpError::MarkDone(e)
    }
}
impl From<SnoozeError> for FollowUpError {
    fn from(e: SnoozeError) -> Self {
        FollowUpError::Snooze(e)
    }
}
impl From<RescheduleError> for FollowUpError {
    fn from(e: RescheduleError) -> Self {
        FollowUpError::Reschedule(e)
    }
}
impl From<MomentError> for FollowUpError {
    fn from(e: MomentError) -> Self {
        FollowUpError::Moment(e)
    }
}
