//! The error of the follow-up book commands and its Dutch/English texts (the wrapped
//! domain errors reuse the texts of `i18n_followup_errors`).

use super::attention::MomentError;
use super::calendar::HolidayError;
use crate::i18n::followup::{
    create_reminder_error_text, holiday_error_text, mark_done_error_text, moment_error_text,
    reschedule_error_text, snooze_error_text,
};
use super::lang::Lang;
use super::reminders::{CreateReminderError, MarkDoneError, RescheduleError, SnoozeError};
use crate::domain::lang::UserMessage;

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


impl UserMessage for FollowUpError {
    fn message(&self, lang: Lang) -> String {
        use FollowUpError::*;
        match (self, lang) {
            (NotFound, Lang::Nl) => "Dit bestaat niet meer (misschien verwijderd in een ander tabblad).".into(),
            (NotFound, Lang::En) => "This no longer exists (perhaps deleted in another tab).".into(),
            (AlreadyDone, Lang::Nl) => "Deze herinnering is al afgevinkt.".into(),
            (AlreadyDone, Lang::En) => "This reminder is already ticked off.".into(),
            (NotASession, Lang::Nl) => "Alleen een gepland individueel moment kun je als gehouden noteren.".into(),
            (NotASession, Lang::En) => "Only a planned individual session can be marked as held.".into(),
            (NothingPlanned, Lang::Nl) => "Er staat nog niemand in je planning: voeg een leerling toe.".into(),
            (NothingPlanned, Lang::En) => "Nobody is in your plan yet: add a pupil.".into(),
            (SettingOutOfRange { field, min, max }, _) => setting_text(*field, *min, *max, lang),
            (Create(e), _) => create_reminder_error_text(e, lang),
            (MarkDone(e), _) => mark_done_error_text(e, lang),
            (Snooze(e), _) => snooze_error_text(e, lang),
            (Reschedule(e), _) => reschedule_error_text(e, lang),
            (Moment(e), _) => moment_error_text(e, lang),
            (Holiday(e), _) => holiday_error_text(e, lang),
        }
    }
}

fn setting_text(field: SettingField, min: u32, max: u32, lang: Lang) -> String {
    match (field, lang) {
        (SettingField::NotSeen, Lang::Nl) => format!("Kies een aantal schooldagen van {min} tot {max}."),
        (SettingField::NotSeen, Lang::En) => format!("Choose a number of school days from {min} to {max}."),
        (SettingField::Budget, Lang::Nl) => format!("Kies een tijd per week van {min} tot {max} minuten."),
        (SettingField::Budget, Lang::En) => format!("Choose a time per week from {min} to {max} minutes."),
        (SettingField::Session, Lang::Nl) => format!("Kies een lengte van {min} tot {max} minuten."),
        (SettingField::Session, Lang::En) => format!("Choose a length from {min} to {max} minutes."),
    }
}
