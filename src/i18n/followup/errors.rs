//! Dutch and English texts for every error of the follow-up and attention domain, in
//! the user's words: what went wrong and what to do now.
//!
//! Owns wording only. Must not hold rules.

use super::domain::support_level_label;
use crate::domain::followup::attention::MomentError;
use crate::domain::followup::calendar::{HolidayError, SchoolDayError};
use crate::domain::followup::distribution::{PeriodError, WeightsError};
use crate::domain::followup::ics_parse::IcsError;
use crate::domain::followup::planner::PlanError;
use crate::domain::followup::reminders::{CreateReminderError, MarkDoneError, RescheduleError, SnoozeError};
use crate::domain::followup::{FollowUpError, SettingField};
use crate::i18n::{Lang, UserMessage};
use crate::i18n::{gone, Gone};

pub fn holiday_error_text(e: &HolidayError, lang: Lang) -> String {
    match (e, lang) {
        (HolidayError::EmptyName, Lang::Nl) => "Geef de vakantie of vrije dag een naam.".into(),
        (HolidayError::EmptyName, Lang::En) => "Give the holiday or day off a name.".into(),
        (HolidayError::EndBeforeStart { start, end }, Lang::Nl) => format!(
            "De einddatum ({}) ligt vóór de begindatum ({}).",
            crate::i18n::format::date(lang, *end),
            crate::i18n::format::date(lang, *start)
        ),
        (HolidayError::EndBeforeStart { start, end }, Lang::En) => format!(
            "The end date ({}) is before the start date ({}).",
            crate::i18n::format::date(lang, *end),
            crate::i18n::format::date(lang, *start)
        ),
    }
}

pub fn school_day_error_text(e: &SchoolDayError, lang: Lang) -> String {
    match (e, lang) {
        (SchoolDayError::DateOutOfRange, Lang::Nl) => {
            "Die datum ligt te ver in de toekomst.".into()
        }
        (SchoolDayError::DateOutOfRange, Lang::En) => "That date is too far in the future.".into(),
    }
}

pub fn create_reminder_error_text(e: &CreateReminderError, lang: Lang) -> String {
    match (e, lang) {
        (CreateReminderError::EmptyId, Lang::Nl) => {
            "Er ging iets mis bij het bewaren; probeer het opnieuw.".into()
        }
        (CreateReminderError::EmptyId, Lang::En) => {
            "Something went wrong while saving; please try again.".into()
        }
        (CreateReminderError::EmptyTitle, Lang::Nl) => {
            "Schrijf kort op wat je wilt opvolgen.".into()
        }
        (CreateReminderError::EmptyTitle, Lang::En) => {
            "Write briefly what you want to follow up.".into()
        }
        (CreateReminderError::TitleTooLong { max }, Lang::Nl) => {
            format!("Houd het kort: hoogstens {max} tekens. Details passen in een notitie.")
        }
        (CreateReminderError::TitleTooLong { max }, Lang::En) => {
            format!("Keep it short: at most {max} characters. Details fit in a note.")
        }
        (CreateReminderError::DateInPast { today, .. }, Lang::Nl) => {
            format!(
                "Die datum is al voorbij. Kies vandaag ({}) of later.",
                crate::i18n::format::date(lang, *today)
            )
        }
        (CreateReminderError::DateInPast { today, .. }, Lang::En) => {
            format!(
                "That date has passed. Choose today ({}) or later.",
                crate::i18n::format::date(lang, *today)
            )
        }
        (CreateReminderError::ZeroInterval, Lang::Nl) => {
            "Herhaal om de 1 schooldag of meer.".into()
        }
        (CreateReminderError::ZeroInterval, Lang::En) => {
            "Repeat every 1 school day or more.".into()
        }
    }
}

pub fn mark_done_error_text(e: &MarkDoneError, lang: Lang) -> String {
    match (e, lang) {
        (MarkDoneError::AlreadyDone, Lang::Nl) => "Deze opvolging is al afgevinkt.".into(),
        (MarkDoneError::AlreadyDone, Lang::En) => "This follow-up is already ticked off.".into(),
        (MarkDoneError::MissingNextId, Lang::Nl) => {
            "De volgende keer kon niet gepland worden; probeer het opnieuw.".into()
        }
        (MarkDoneError::MissingNextId, Lang::En) => {
            "The next time could not be planned; please try again.".into()
        }
        (MarkDoneError::ZeroInterval, _) => {
            create_reminder_error_text(&CreateReminderError::ZeroInterval, lang)
        }
        (MarkDoneError::Calendar(inner), _) => school_day_error_text(inner, lang),
    }
}

pub fn snooze_error_text(e: &SnoozeError, lang: Lang) -> String {
    match (e, lang) {
        (SnoozeError::AlreadyDone, _) => mark_done_error_text(&MarkDoneError::AlreadyDone, lang),
        (SnoozeError::DateInPast { today, .. }, Lang::Nl) => {
            format!(
                "Uitstellen kan alleen naar vandaag ({}) of later.",
                crate::i18n::format::date(lang, *today)
            )
        }
        (SnoozeError::DateInPast { today, .. }, Lang::En) => {
            format!(
                "You can only snooze to today ({}) or later.",
                crate::i18n::format::date(lang, *today)
            )
        }
        (SnoozeError::Calendar(inner), _) => school_day_error_text(inner, lang),
    }
}

pub fn reschedule_error_text(e: &RescheduleError, lang: Lang) -> String {
    match (e, lang) {
        (RescheduleError::AlreadyDone, _) => {
            mark_done_error_text(&MarkDoneError::AlreadyDone, lang)
        }
        (RescheduleError::DateInPast { date, today }, _) => create_reminder_error_text(
            &CreateReminderError::DateInPast {
                due: *date,
                today: *today,
            },
            lang,
        ),
    }
}

pub fn moment_error_text(e: &MomentError, lang: Lang) -> String {
    match (e, lang) {
        (MomentError::EmptyId, _) => create_reminder_error_text(&CreateReminderError::EmptyId, lang),
        (MomentError::NoPupil, Lang::Nl) => "Kies de leerling.".into(),
        (MomentError::NoPupil, Lang::En) => "Choose the pupil.".into(),
        (MomentError::MinutesOutOfRange { max, .. }, Lang::Nl) => format!("Vul tussen 1 en {max} minuten in."),
        (MomentError::MinutesOutOfRange { max, .. }, Lang::En) => format!("Enter between 1 and {max} minutes."),
        (MomentError::DateInFuture { today, .. }, Lang::Nl) => format!(
            "Een moment noteer je nadat het gebeurd is: kies vandaag ({}) of eerder. Wil je het plannen? Maak dan een herinnering.",
            crate::i18n::format::date(lang, *today)
        ),
        (MomentError::DateInFuture { today, .. }, Lang::En) => format!(
            "Log a moment after it happened: choose today ({}) or earlier. Want to plan one? Make a reminder.",
            crate::i18n::format::date(lang, *today)
        ),
        (MomentError::FollowUpInPast { today, .. }, Lang::Nl) => {
            format!("De opvolgdatum is al voorbij. Kies vandaag ({}) of later.", crate::i18n::format::date(lang, *today))
        }
        (MomentError::FollowUpInPast { today, .. }, Lang::En) => {
            format!("The follow-up date has passed. Choose today ({}) or later.", crate::i18n::format::date(lang, *today))
        }
    }
}

pub fn period_error_text(e: &PeriodError, lang: Lang) -> String {
    match (e, lang) {
        (PeriodError::EndBeforeStart { start, end }, _) => holiday_error_text(
            &HolidayError::EndBeforeStart {
                start: *start,
                end: *end,
            },
            lang,
        ),
        (PeriodError::ZeroWeeks, Lang::Nl) => "Kies een periode van minstens één week.".into(),
        (PeriodError::ZeroWeeks, Lang::En) => "Choose a period of at least one week.".into(),
    }
}

pub fn weights_error_text(e: &WeightsError, lang: Lang) -> String {
    match (e, lang) {
        (WeightsError::OutOfRange(level), Lang::Nl) => format!(
            "Het gewicht voor {} moet groter dan 0 en hoogstens 10 zijn.",
            support_level_label(*level, lang).to_lowercase()
        ),
        (WeightsError::OutOfRange(level), Lang::En) => format!(
            "The weight for {} must be above 0 and at most 10.",
            support_level_label(*level, lang).to_lowercase()
        ),
        (WeightsError::Decreasing, Lang::Nl) => {
            "Wie meer ondersteuning nodig heeft, krijgt minstens evenveel gewicht.".into()
        }
        (WeightsError::Decreasing, Lang::En) => {
            "Pupils who need more support get at least the same weight.".into()
        }
    }
}

pub fn plan_error_text(e: &PlanError, lang: Lang) -> String {
    match (e, lang) {
        (PlanError::SessionMinutesOutOfRange { max, .. }, Lang::Nl) => {
            format!("Een moment duurt tussen 1 en {max} minuten.")
        }
        (PlanError::SessionMinutesOutOfRange { max, .. }, Lang::En) => {
            format!("A moment lasts between 1 and {max} minutes.")
        }
    }
}

pub fn ics_error_text(e: &IcsError, lang: Lang) -> String {
    match (e, lang) {
        (IcsError::NotACalendar, Lang::Nl) => "Dit is geen agendabestand (.ics).".into(),
        (IcsError::NotACalendar, Lang::En) => "This is not a calendar file (.ics).".into(),
        (IcsError::MalformedLine { line }, Lang::Nl) => {
            format!("Regel {line} van het agendabestand is onleesbaar.")
        }
        (IcsError::MalformedLine { line }, Lang::En) => {
            format!("Line {line} of the calendar file cannot be read.")
        }
        (IcsError::MismatchedEnd { line, .. }, Lang::Nl) => {
            format!("Het agendabestand is beschadigd (regel {line}).")
        }
        (IcsError::MismatchedEnd { line, .. }, Lang::En) => {
            format!("The calendar file is damaged (line {line}).")
        }
        (IcsError::Unclosed { .. }, Lang::Nl) => "Het agendabestand is onvolledig.".into(),
        (IcsError::Unclosed { .. }, Lang::En) => "The calendar file is incomplete.".into(),
        (IcsError::BadDate { line, value }, Lang::Nl) => {
            format!("Onleesbare datum \"{value}\" op regel {line}.")
        }
        (IcsError::BadDate { line, value }, Lang::En) => {
            format!("Unreadable date \"{value}\" on line {line}.")
        }
        (IcsError::MissingProperty { line, property }, Lang::Nl) => {
            format!("Een afspraak (regel {line}) mist {property}.")
        }
        (IcsError::MissingProperty { line, property }, Lang::En) => {
            format!("An event (line {line}) is missing {property}.")
        }
    }
}

/// The follow-up book commands' error in the user's words; the wrapped domain errors
/// reuse the texts above.
impl UserMessage for FollowUpError {
    fn message(&self, lang: Lang) -> String {
        use FollowUpError::*;
        match (self, lang) {
            (NotFound, _) => gone(lang, Gone::Item),
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

#[cfg(test)]
mod tests {
    use crate::domain::followup::attention::SupportLevel;
    use super::*;

    use crate::domain::test_kit::d;

    fn check(texts: impl Fn(Lang) -> String) {
        let (nl, en) = (texts(Lang::Nl), texts(Lang::En));
        assert!(
            !nl.trim().is_empty() && !en.trim().is_empty(),
            "{nl:?} / {en:?}"
        );
        assert_ne!(nl, en);
    }

    #[test]
    fn errors_cover_every_variant() {
        let date = d(2025, 3, 3);
        let today = d(2025, 3, 4);
        check(|l| holiday_error_text(&HolidayError::EmptyName, l));
        check(|l| {
            holiday_error_text(
                &HolidayError::EndBeforeStart {
                    start: today,
                    end: date,
                },
                l,
            )
        });
        check(|l| school_day_error_text(&SchoolDayError::DateOutOfRange, l));
        for e in [
            CreateReminderError::EmptyId,
            CreateReminderError::EmptyTitle,
            CreateReminderError::TitleTooLong { max: 200 },
            CreateReminderError::DateInPast { due: date, today },
            CreateReminderError::ZeroInterval,
        ] {
            check(|l| create_reminder_error_text(&e, l));
        }
        for e in [
            MarkDoneError::AlreadyDone,
            MarkDoneError::MissingNextId,
            MarkDoneError::ZeroInterval,
            MarkDoneError::Calendar(SchoolDayError::DateOutOfRange),
        ] {
            check(|l| mark_done_error_text(&e, l));
        }
        for e in [
            SnoozeError::AlreadyDone,
            SnoozeError::DateInPast { date, today },
            SnoozeError::Calendar(SchoolDayError::DateOutOfRange),
        ] {
            check(|l| snooze_error_text(&e, l));
        }
        for e in [
            RescheduleError::AlreadyDone,
            RescheduleError::DateInPast { date, today },
        ] {
            check(|l| reschedule_error_text(&e, l));
        }
        for e in [
            MomentError::EmptyId,
            MomentError::NoPupil,
            MomentError::MinutesOutOfRange { got: 0, max: 240 },
            MomentError::DateInFuture {
                date: today,
                today: date,
            },
            MomentError::FollowUpInPast { date, today },
        ] {
            check(|l| moment_error_text(&e, l));
        }
        for e in [
            PeriodError::EndBeforeStart {
                start: today,
                end: date,
            },
            PeriodError::ZeroWeeks,
        ] {
            check(|l| period_error_text(&e, l));
        }
        for e in [
            WeightsError::OutOfRange(SupportLevel::Extra),
            WeightsError::Decreasing,
        ] {
            check(|l| weights_error_text(&e, l));
        }
        check(|l| plan_error_text(&PlanError::SessionMinutesOutOfRange { got: 0, max: 240 }, l));
        for e in [
            IcsError::NotACalendar,
            IcsError::MalformedLine { line: 2 },
            IcsError::MismatchedEnd {
                line: 3,
                expected: "VEVENT".into(),
                found: "VCALENDAR".into(),
            },
            IcsError::Unclosed {
                component: "VEVENT".into(),
            },
            IcsError::BadDate {
                line: 4,
                value: "x".into(),
            },
            IcsError::MissingProperty {
                line: 2,
                property: "UID".into(),
            },
        ] {
            check(|l| ics_error_text(&e, l));
        }
        assert!(create_reminder_error_text(
            &CreateReminderError::DateInPast { due: date, today },
            Lang::Nl
        )
        .contains("4 maart 2025"));
    }

    #[test]
    fn every_error_reads_in_both_languages() {
        let errors = [
            FollowUpError::NotFound,
            FollowUpError::AlreadyDone,
            FollowUpError::NotASession,
            FollowUpError::NothingPlanned,
            FollowUpError::SettingOutOfRange { field: SettingField::NotSeen, min: 1, max: 60 },
            FollowUpError::SettingOutOfRange { field: SettingField::Budget, min: 5, max: 1200 },
            FollowUpError::SettingOutOfRange { field: SettingField::Session, min: 1, max: 240 },
            FollowUpError::Create(CreateReminderError::EmptyTitle),
            FollowUpError::MarkDone(MarkDoneError::AlreadyDone),
            FollowUpError::Snooze(SnoozeError::AlreadyDone),
            FollowUpError::Reschedule(RescheduleError::AlreadyDone),
            FollowUpError::Moment(MomentError::NoPupil),
            FollowUpError::Holiday(HolidayError::EmptyName),
        ];
        for e in errors {
            let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
            assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{e:?}");
        }
        // The "not seen" threshold out of range names its range (settings screen).
        let e = FollowUpError::SettingOutOfRange { field: SettingField::NotSeen, min: 1, max: 60 };
        assert!(e.message(Lang::Nl).contains("1 tot 60"), "{}", e.message(Lang::Nl));
    }
}
