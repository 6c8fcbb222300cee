//! Every enum variant has a non-empty text in both languages.

use super::*;

const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// Non-empty in both languages, and (unless the word is the same in both) different.
fn check(what: &str, f: impl Fn(Lang) -> String, may_be_equal: bool) {
    let nl = f(Lang::Nl);
    let en = f(Lang::En);
    assert!(!nl.trim().is_empty(), "{what}: empty Dutch");
    assert!(!en.trim().is_empty(), "{what}: empty English");
    if !may_be_equal {
        assert_ne!(nl, en, "{what}: not translated");
    }
}

#[test]
fn every_error_has_text() {
    let pins = [
        PinError::Empty,
        PinError::NotDigitsOnly,
        PinError::TooShort { len: 3, min: 4 },
        PinError::TooLong { len: 9, max: 8 },
        PinError::IterationsOutOfRange { iterations: 1, min: 1000, max: 5_000_000 },
    ];
    for e in &pins {
        check(&format!("{e:?}"), |l| pin_error(e, l), false);
    }
    assert!(pin_error(&pins[2], Lang::Nl).contains('3') && pin_error(&pins[2], Lang::Nl).contains('4'));
    let unlocks = [
        UnlockError::Wait { ms: 4_200 },
        UnlockError::Pin(PinError::Empty),
        UnlockError::WrongPin { free_attempts_left: 2, wait_ms: 0 },
        UnlockError::WrongPin { free_attempts_left: 1, wait_ms: 0 },
        UnlockError::WrongPin { free_attempts_left: 0, wait_ms: 0 },
        UnlockError::WrongPin { free_attempts_left: 0, wait_ms: 15_000 },
        UnlockError::NoUsablePin,
    ];
    for e in &unlocks {
        check(&format!("{e:?}"), |l| unlock_error(e, l), false);
    }
    assert!(unlock_error(&unlocks[5], Lang::Nl).contains("15 seconden"));
    check("throttle", |l| throttle_error(&ThrottleError::Wait { ms: 1 }, l), false);
    check("idle", |l| idle_lock_error(&IdleLockError::MinutesOutOfRange { minutes: 0 }, l), false);
    check("picture pin", |l| picture_pin_error(&PicturePinError::NotDistinct, l), false);
    let reflections = [
        ReflectionError::MoodMissing,
        ReflectionError::MoodOutOfRange { value: 7 },
        ReflectionError::TooLong { field: ReflectionField::WasHard, len: 300, max: 280 },
        ReflectionError::MissingId,
        ReflectionError::MissingPupil,
        ReflectionError::UnknownGoal { goal_id: "g".into() },
    ];
    for e in &reflections {
        check(&format!("{e:?}"), |l| reflection_error(e, l), false);
    }
    assert!(reflection_error(&reflections[2], Lang::Nl).contains("Wat was moeilijk?"));
    let sessions = [
        SessionError::NoTeacherPin,
        SessionError::EmptyScope,
        SessionError::NotInScope { pupil_id: "p".into() },
        SessionError::WrongStep,
        SessionError::WrongPupil,
        SessionError::Reflection(ReflectionError::MoodMissing),
    ];
    for e in &sessions {
        check(&format!("{e:?}"), |l| session_error(e, l), false);
    }
    check("log", |l| log_error(&LogError::PageSizeZero, l), false);
    let commands = [
        PupilModeError::NotFound,
        PupilModeError::Pin(PinError::Empty),
        PupilModeError::PinMismatch,
        PupilModeError::BadHash,
        PupilModeError::Unlock(UnlockError::NoUsablePin),
        PupilModeError::Idle(IdleLockError::MinutesOutOfRange { minutes: 0 }),
        PupilModeError::PicturePin(PicturePinError::NotDistinct),
        PupilModeError::Session(SessionError::NoTeacherPin),
    ];
    for e in &commands {
        check(&format!("{e:?}"), |l| e.message(l), false);
    }
    assert_eq!(
        PupilModeError::NotFound.message(Lang::Nl),
        "Deze leerling bestaat niet meer (misschien verwijderd in een ander tabblad)."
    );
    assert_eq!(PupilModeError::NotFound.message(Lang::En), "This pupil no longer exists (perhaps deleted in another tab).");
    assert!(PupilModeError::PinMismatch.message(Lang::Nl).contains("twee keer"));
    assert!(PupilModeError::PinMismatch.message(Lang::En).contains("twice"));
    // Starting pupil mode without a teacher PIN says where to set one.
    assert!(PupilModeError::Session(SessionError::NoTeacherPin).message(Lang::Nl).contains("Instellingen"));
}

#[test]
fn throttle_waits_in_seconds_then_minutes() {
    let cases = [
        (1, "1 seconde", "1 second"),
        (999, "1 seconde", "1 second"),
        (1_001, "2 seconden", "2 seconds"),
        (5_000, "5 seconden", "5 seconds"),
        (60_000, "60 seconden", "60 seconds"),
        (119_000, "119 seconden", "119 seconds"),
        (120_000, "2 minuten", "2 minutes"),
        (121_000, "3 minuten", "3 minutes"),
        (300_000, "5 minuten", "5 minutes"),
    ];
    for (ms, nl, en) in cases {
        assert_eq!(duration(ms, Lang::Nl), nl, "{ms}");
        assert_eq!(duration(ms, Lang::En), en, "{ms}");
    }
    assert_eq!(wait_message(5_000, Lang::Nl), "Te vaak een verkeerde pincode. Probeer het over 5 seconden opnieuw.");
    assert_eq!(wait_message(5_000, Lang::En), "Too many wrong PINs. Try again in 5 seconds.");
}

#[test]
fn every_child_text_has_both_languages() {
    for m in Mood::ALL {
        check(&format!("{m:?}"), |l| mood_word(m, l).to_owned(), false);
        assert!(!mood_emoji(m).is_empty());
    }
    let emoji: std::collections::BTreeSet<&str> = Mood::ALL.iter().map(|m| mood_emoji(*m)).collect();
    assert_eq!(emoji.len(), 5, "five different faces");
    for q in Question::ALL {
        check(&format!("{q:?}"), |l| question(q, l).to_owned(), false);
        assert!(question(q, Lang::Nl).ends_with('?'));
    }
    assert_eq!(question(Question::HowDidItGo, Lang::Nl), "Hoe ging het?");
    assert_eq!(question(Question::TryNext, Lang::Nl), "Wat probeer ik nu?");
    for f in ReflectionField::ALL {
        check(&format!("{f:?}"), |l| field_question(f, l).to_owned(), false);
    }
    for p in Phrase::ALL {
        check(&format!("{p:?}"), |l| phrase(p, l).to_owned(), false);
        // Few words for 6-12 year olds.
        assert!(phrase(p, Lang::Nl).split_whitespace().count() <= 6, "{p:?} too long");
    }
    for p in PupilPrompt::ALL {
        check(&format!("{p:?}"), |l| pupil_prompt(p, l).to_owned(), false);
    }
    for o in [
        PictureOutcome::NeedMore { entered: 1 },
        PictureOutcome::NeedMore { entered: 2 },
        PictureOutcome::Accepted,
        PictureOutcome::Wrong { tries_left: 1 },
        PictureOutcome::TooManyTries,
    ] {
        check(&format!("{o:?}"), |l| picture_outcome(o, l), false);
    }
    let mut names = std::collections::BTreeSet::new();
    for p in PictureKey::ALL {
        check(&format!("{p:?}"), |l| picture_name(p, l).to_owned(), false);
        assert!(!picture_emoji(p).is_empty());
        assert!(names.insert(picture_name(p, Lang::Nl)), "{p:?} name twice");
    }
    for k in LogKind::ALL {
        check(&format!("{k:?}"), |l| log_kind(k, l).to_owned(), k == LogKind::Feedback);
    }
    for l in LANGS {
        assert!(picture_outcome(PictureOutcome::NeedMore { entered: 2 }, l).contains('1'));
    }
}

/// The rows of the learning log read as the teacher knows them (the rows of the domain's
/// `learning_log_holds_everything_about_one_pupil_only`, newest first).
#[test]
fn learning_log_rows_read_as_before() {
    use crate::domain::followup::MomentKind;
    use crate::domain::goals::Unit;
    let reading = Goal { own_words: "Ik kan 60 woorden per minuut lezen".into(), ..crate::domain::goals::test_kit::goal("g-noor", "noor") };
    // No own words: the title is the domain and the measure.
    let old = crate::domain::goals::test_kit::goal("g-old", "noor");
    let s = |t: &str| t.to_owned();
    let rows = [
        (Some(&reading), LogSummary::Goal { event: GoalEvent::Achieved }, "Doel gehaald: Ik kan 60 woorden per minuut lezen"),
        (Some(&reading), LogSummary::Reflection { mood: Mood::Great, answers: vec![s("Ik oefen nog meer")] }, "Super! · Ik oefen nog meer"),
        (None, LogSummary::Success { text: s("Hele bladzijde zonder hulp"), source: crate::domain::feedback::SuccessSource::Manual, template: None }, "Hele bladzijde zonder hulp"),
        (
            None,
            LogSummary::Attention { kind: MomentKind::OneOnOne, minutes: 10, note: s("samen gelezen") },
            "Één-op-één-moment — samen gelezen",
        ),
        (
            Some(&reading),
            LogSummary::Feedback { tops: vec![s("Je las vlot")], tips: vec![s("Let op de leestekens")], next_step: s("Hardop oefenen") },
            "Top: Je las vlot · Tip: Let op de leestekens · Volgende stap: Hardop oefenen",
        ),
        (
            Some(&reading),
            LogSummary::Measurement { value: 52.0, unit: Unit::WordsCorrectPerMinute, note: s("goed bezig") },
            "52 woorden per minuut · Ik kan 60 woorden per minuut lezen — goed bezig",
        ),
        (Some(&old), LogSummary::Goal { event: GoalEvent::Stopped }, "Doel gestopt: Lezen · DMT"),
        (Some(&reading), LogSummary::Goal { event: GoalEvent::Created }, "Nieuw doel: Ik kan 60 woorden per minuut lezen"),
        (Some(&old), LogSummary::Goal { event: GoalEvent::Created }, "Nieuw doel: Lezen · DMT"),
    ];
    for (goal, summary, nl) in &rows {
        assert_eq!(log_text(summary, *goal, Lang::Nl), *nl);
    }
    assert_eq!(log_text(&rows[0].1, Some(&reading), Lang::En), "Goal achieved: Ik kan 60 woorden per minuut lezen");
}
