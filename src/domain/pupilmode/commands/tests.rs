use super::*;
use crate::domain::book::PupilFields;
use crate::domain::feedback::{FeedbackNote, Success, SuccessSource};
use crate::domain::followup::{AttentionMoment, MomentKind};
use crate::domain::goals::{Goal, Measurement, StopReason, Unit};
use crate::domain::model::{SchoolSystem, YearGroup};
use crate::domain::pupilmode::learning_log::{timeline, LogFilter};
use crate::domain::pupilmode::pin::{hash_pin, verify_pin, MIN_ITERATIONS};
use crate::domain::pupilmode::reflection::Mood;
use crate::domain::pupilmode::session::PictureOutcome;

use crate::domain::test_kit::d;

fn pin() -> PinHash {
    hash_pin("2468", &[9; 16], MIN_ITERATIONS).unwrap()
}

fn setup() -> Book {
    let mut b = Book::default();
    b.add_class("c".into(), "Groep 5", "", YearGroup { system: SchoolSystem::Nl, n: 5 }, d(2026, 9, 1)).unwrap();
    b.add_class("c2".into(), "Groep 6", "", YearGroup { system: SchoolSystem::Nl, n: 6 }, d(2026, 9, 1)).unwrap();
    for (id, class, name, notes) in
        [("noor", "c", "Noor de Vries", "dyslexie"), ("sem", "c", "Sem Jansen", "ADHD"), ("ali", "c2", "Ali Yilmaz", "")]
    {
        let f = PupilFields { name: name.into(), support_notes: notes.into(), ..Default::default() };
        b.add_pupil(id.into(), class, &f, d(2026, 9, 1)).unwrap();
    }
    b.add_goal(goal("g-noor", "noor", "Ik kan 60 woorden per minuut lezen")).unwrap();
    b.add_goal(goal("g-sem", "sem", "Ik kan de tafel van 7")).unwrap();
    b
}

fn goal(id: &str, pupil: &str, own: &str) -> Goal {
    Goal {
        target: 60.0,
        target_date: d(2026, 12, 20),
        conditions: "AVI E4 — teacher only".into(),
        confirmations: 2,
        own_words: own.into(),
        ..crate::domain::goals::test_kit::goal(id, pupil)
    }
}

#[test]
fn teacher_pin_is_stored_only_as_a_usable_hash_and_can_be_removed() {
    let mut b = setup();
    assert_eq!(b.settings().pin, None);
    let mut bad = pin();
    bad.salt = "nothex".into();
    assert_eq!(b.set_teacher_pin(bad), Err(PupilModeError::BadHash));
    assert_eq!(b.settings().pin, None, "nothing stored on error");

    let change = b.set_teacher_pin(pin()).unwrap();
    assert_eq!(change.puts.len(), 1);
    let json = serde_json::to_string(&change.puts[0]).unwrap();
    assert!(!json.contains("2468"), "the PIN itself is never stored");
    assert!(verify_pin("2468", b.settings().pin.as_ref().unwrap()));
    // Other settings are kept.
    b.set_idle_minutes(12).unwrap();
    b.set_teacher_pin(hash_pin("1357", &[1; 16], MIN_ITERATIONS).unwrap()).unwrap();
    assert_eq!(b.settings().idle_minutes, 12);
    assert!(verify_pin("1357", b.settings().pin.as_ref().unwrap()));

    let removed = b.run(|b| b.remove_teacher_pin()).unwrap();
    assert_eq!(removed.puts.len(), 1);
    assert_eq!(b.settings().pin, None);
    assert!(b.run(|b| b.remove_teacher_pin()).unwrap().is_empty());
}

#[test]
fn new_pin_and_its_repetition_are_checked_before_hashing() {
    assert_eq!(check_new_pin("2468", "2468"), Ok(()));
    assert_eq!(check_new_pin("2468", "2469"), Err(PupilModeError::PinMismatch));
    assert_eq!(check_new_pin("12", "12"), Err(PupilModeError::Pin(PinError::TooShort { len: 2, min: 4 })));
    assert_eq!(check_new_pin("12ab", "12ab"), Err(PupilModeError::Pin(PinError::NotDigitsOnly)));
}

#[test]
fn idle_minutes_are_validated_and_clamped_when_read() {
    let mut b = setup();
    assert_eq!(b.idle_lock().idle_minutes(), 5);
    for bad in [0u8, 61, 255] {
        assert_eq!(b.set_idle_minutes(bad), Err(PupilModeError::Idle(IdleLockError::MinutesOutOfRange { minutes: bad })));
    }
    assert_eq!(b.settings().idle_minutes, 5);
    b.set_idle_minutes(1).unwrap();
    assert_eq!(b.idle_lock().idle_minutes(), 1);
    // A hand-edited backup with 200 minutes locks after an hour at most.
    b.settings[0].idle_minutes = 200;
    assert_eq!(b.idle_lock().idle_minutes(), 60);
    b.settings[0].idle_minutes = 0;
    assert_eq!(b.idle_lock().idle_minutes(), 1);
}

#[test]
fn picture_pin_is_three_different_pictures_and_can_be_removed() {
    let mut b = setup();
    use PictureKey::*;
    assert_eq!(b.run(|b| b.set_picture_pin("noor", Some([Cat, Cat, Sun]))), Err(PupilModeError::PicturePin(PicturePinError::NotDistinct)));
    assert_eq!(b.pupil("noor").unwrap().picture_pin, None);
    assert_eq!(b.run(|b| b.set_picture_pin("nobody", Some([Cat, Dog, Sun]))), Err(PupilModeError::NotFound));
    let change = b.run(|b| b.set_picture_pin("noor", Some([Cat, Dog, Sun]))).unwrap();
    assert_eq!(change.puts.len(), 1);
    assert_eq!(b.pupil("noor").unwrap().picture_pin.map(|p| p.pictures()), Some([Cat, Dog, Sun]));
    // Old pupil records without the field still load.
    let old = r#"{"id":"x","class_id":"c","name":"Oud","created_on":"2026-09-01"}"#;
    let p: Pupil = serde_json::from_str(old).unwrap();
    assert_eq!(p.picture_pin, None);
    b.run(|b| b.set_picture_pin("noor", None)).unwrap();
    assert_eq!(b.pupil("noor").unwrap().picture_pin, None);
}

#[test]
fn pupil_mode_needs_a_pin_and_a_scope_with_pupils() {
    let mut b = setup();
    let e = b.start_pupil_mode(Scope::Class("c".into())).unwrap_err();
    assert_eq!(e, PupilModeError::Session(SessionError::NoTeacherPin));
    b.set_teacher_pin(pin()).unwrap();
    assert_eq!(b.start_pupil_mode(Scope::Class("empty".into())), Err(PupilModeError::Session(SessionError::EmptyScope)));
    let AppMode::Pupil(s) = b.start_pupil_mode(Scope::Class("c".into())).unwrap() else { panic!("pupil mode") };
    assert!(s.is_member("noor") && s.is_member("sem") && !s.is_member("ali"));
    b.run(|b| b.archive_pupil("sem", d(2026, 10, 2))).unwrap();
    let AppMode::Pupil(s) = b.start_pupil_mode(Scope::Class("c".into())).unwrap() else { panic!("pupil mode") };
    assert!(!s.is_member("sem"), "archived pupils are not on the names screen");
    let AppMode::Pupil(one) = b.start_pupil_mode(Scope::Pupil("ali".into())).unwrap() else { panic!("pupil mode") };
    assert!(one.is_member("ali") && !one.is_member("noor"));
}

fn session_for(b: &mut Book, class: &str) -> PupilSession {
    b.set_teacher_pin(pin()).unwrap();
    match b.start_pupil_mode(Scope::Class(class.into())).unwrap() {
        AppMode::Pupil(s) => s,
        other => panic!("{other:?}"),
    }
}

#[test]
fn two_pupils_reflect_in_turn_and_each_sees_only_their_own_goal() {
    let mut b = setup();
    let mut s = session_for(&mut b, "c");
    let noor = pupil_source(b.pupil("noor").unwrap(), false);
    s.tap_name(&noor).unwrap();
    let view = b.pupil_view_of("noor", false).unwrap();
    assert_eq!(view.display_name, "Noor");
    assert_eq!(view.goals.len(), 1);
    assert_eq!(view.goals[0].own_words, "Ik kan 60 woorden per minuut lezen");
    let shown = serde_json::to_string(&view).unwrap();
    for secret in ["dyslexie", "Vries", "tafel van 7", "teacher only"] {
        assert!(!shown.contains(secret), "{secret} must not reach pupil mode");
    }
    let draft = ReflectionDraft {
        goal_id: Some("g-noor".into()),
        mood: Some(Mood::Good),
        went_well: " Ik heb goed opgelet ".into(),
        ..Default::default()
    };
    let change = b.save_reflection(&mut s, "r1", draft, d(2026, 10, 5)).unwrap();
    assert_eq!(change.puts.len(), 1);
    assert_eq!(s.step(), &PupilStep::Names, "the tablet goes back to the names");
    assert_eq!(b.reflections[0].went_well, "Ik heb goed opgelet");
    assert_eq!(b.reflections[0].pupil_id, "noor");

    // Sem may not write about Noor's goal.
    let sem = pupil_source(b.pupil("sem").unwrap(), false);
    s.tap_name(&sem).unwrap();
    let steal = ReflectionDraft { goal_id: Some("g-noor".into()), mood: Some(Mood::Great), ..Default::default() };
    let e = b.save_reflection(&mut s, "r2", steal, d(2026, 10, 5)).unwrap_err();
    assert!(matches!(e, PupilModeError::Session(SessionError::Reflection(_))));
    assert_eq!(b.reflections.len(), 1, "nothing stored on error");
    assert!(matches!(s.step(), PupilStep::Reflecting { pupil_id } if pupil_id == "sem"));
    let ok = ReflectionDraft { mood: Some(Mood::Hard), was_hard: "Beginnen".into(), ..Default::default() };
    b.save_reflection(&mut s, "r2", ok, d(2026, 10, 5)).unwrap();
    assert_eq!(b.reflections.len(), 2);
    assert_eq!(b.reflections[1].pupil_id, "sem");
}

#[test]
fn a_reflection_needs_the_reflecting_step_and_a_face() {
    let mut b = setup();
    let mut s = session_for(&mut b, "c");
    let draft = ReflectionDraft { mood: Some(Mood::Okay), ..Default::default() };
    assert_eq!(b.save_reflection(&mut s, "r", draft.clone(), d(2026, 10, 5)), Err(PupilModeError::Session(SessionError::WrongStep)));
    // With a picture PIN the pupil must first tap the right pictures.
    b.run(|b| b.set_picture_pin("noor", Some([PictureKey::Sun, PictureKey::Moon, PictureKey::Star]))).unwrap();
    let noor = pupil_source(b.pupil("noor").unwrap(), false);
    s.tap_name(&noor).unwrap();
    assert_eq!(b.save_reflection(&mut s, "r", draft.clone(), d(2026, 10, 5)), Err(PupilModeError::Session(SessionError::WrongStep)));
    for k in [PictureKey::Sun, PictureKey::Moon] {
        s.tap_picture(k, &noor).unwrap();
    }
    assert_eq!(s.tap_picture(PictureKey::Star, &noor), Ok(PictureOutcome::Accepted));
    let no_face = ReflectionDraft { went_well: "x".into(), ..Default::default() };
    assert!(b.save_reflection(&mut s, "r", no_face, d(2026, 10, 5)).is_err());
    b.save_reflection(&mut s, "r", draft, d(2026, 10, 5)).unwrap();
    assert!(b.reflections.iter().all(|r| !r.read_by_teacher));
}

#[test]
fn unread_badges_count_per_pupil_and_clear_when_read() {
    let mut b = setup();
    let mut s = session_for(&mut b, "c");
    for (i, id) in ["noor", "noor", "sem"].into_iter().enumerate() {
        let p = pupil_source(b.pupil(id).unwrap(), false);
        s.tap_name(&p).unwrap();
        let draft = ReflectionDraft { mood: Some(Mood::Good), ..Default::default() };
        b.save_reflection(&mut s, &format!("r{i}"), draft, d(2026, 10, 5)).unwrap();
    }
    assert_eq!(b.unread().of_pupil("noor"), 2);
    assert_eq!(b.unread_in_class(&b.unread(), "c"), 3);
    assert_eq!(b.unread_in_class(&b.unread(), "c2"), 0);
    let change = b.mark_reflections_read("noor").unwrap();
    assert_eq!(change.puts.len(), 2);
    assert!(change.puts.iter().all(|r| matches!(r, Record::Reflection(r) if r.read_by_teacher && r.pupil_id == "noor")));
    assert_eq!(b.unread().of_pupil("noor"), 0);
    assert_eq!(b.unread_in_class(&b.unread(), "c"), 1);
    assert!(b.mark_reflections_read("noor").unwrap().is_empty(), "nothing left to write");
}

#[test]
fn learning_log_holds_everything_about_one_pupil_only() {
    let mut b = setup();
    let mut stopped = goal("g-old", "noor", "");
    stopped.state = GoalState::Stopped { date: d(2026, 10, 3), reason: StopReason::NoLongerRelevant };
    b.goals.push(stopped);
    b.measurements.push(Measurement { id: "m1".into(), goal_id: "g-noor".into(), value: 52.0, date: d(2026, 10, 15), note: "goed bezig".into() });
    b.measurements.push(Measurement { id: "m-sem".into(), goal_id: "g-sem".into(), value: 9.0, date: d(2026, 10, 15), note: String::new() });
    b.notes.push(FeedbackNote {
        id: "n1".into(),
        pupil_id: "noor".into(),
        goal_id: Some("g-noor".into()),
        date: d(2026, 10, 16),
        tops: vec!["Je las vlot".into()],
        tips: vec!["Let op de leestekens".into()],
        next_step: "Hardop oefenen".into(),
        follow_up: None,
    });
    b.notes.push(FeedbackNote {
        id: "n-sem".into(),
        pupil_id: "sem".into(),
        goal_id: None,
        date: d(2026, 10, 16),
        tops: vec!["Sem only".into()],
        tips: vec![],
        next_step: String::new(),
        follow_up: None,
    });
    b.moments.push(AttentionMoment {
        id: "a1".into(),
        pupil_id: "noor".into(),
        date: d(2026, 10, 17),
        kind: MomentKind::OneOnOne,
        minutes: 10,
        note: "samen gelezen".into(),
        follow_up: None,
    });
    b.successes.push(Success {
        id: "s1".into(),
        pupil_id: "noor".into(),
        date: d(2026, 10, 18),
        text: "Hele bladzijde zonder hulp".into(),
        goal_id: None,
        source: SuccessSource::Manual,
        template: None,
    });
    let mut s = session_for(&mut b, "c");
    s.tap_name(&pupil_source(b.pupil("noor").unwrap(), false)).unwrap();
    let draft = ReflectionDraft { mood: Some(Mood::Great), try_next: "Ik oefen nog meer".into(), goal_id: Some("g-noor".into()), ..Default::default() };
    b.save_reflection(&mut s, "r1", draft, d(2026, 10, 19)).unwrap();
    b.goals[0].state = GoalState::Achieved { date: d(2026, 11, 20) };

    let entries = b.log_entries("noor");
    let kinds: Vec<LogKind> = entries.iter().map(|e| e.kind).collect();
    assert_eq!(entries.len(), 9, "{kinds:?}");
    let all = serde_json::to_string(&entries).unwrap();
    assert!(!all.contains("Sem only") && !all.contains("m-sem") && !all.contains("dyslexie"));

    // Newest first, each row with its goal and its facts (worded in i18n::pupilmode's tests).
    let page = timeline(entries.clone(), &LogFilter::default(), 0, 50).unwrap();
    let rows: Vec<(Option<&str>, LogSummary)> = page.entries.iter().map(|e| (e.goal_id.as_deref(), e.summary.clone())).collect();
    let s = |t: &str| t.to_owned();
    assert_eq!(
        rows,
        vec![
            (Some("g-noor"), LogSummary::Goal { event: GoalEvent::Achieved }),
            (Some("g-noor"), LogSummary::Reflection { mood: Mood::Great, answers: vec![s("Ik oefen nog meer")] }),
            (None, LogSummary::Success { text: s("Hele bladzijde zonder hulp"), source: crate::domain::feedback::SuccessSource::Manual, template: None }),
            (None, LogSummary::Attention { kind: MomentKind::OneOnOne, minutes: 10, note: s("samen gelezen") }),
            (
                Some("g-noor"),
                LogSummary::Feedback { tops: vec![s("Je las vlot")], tips: vec![s("Let op de leestekens")], next_step: s("Hardop oefenen") }
            ),
            (Some("g-noor"), LogSummary::Measurement { value: 52.0, unit: Unit::WordsCorrectPerMinute, note: s("goed bezig") }),
            (Some("g-old"), LogSummary::Goal { event: GoalEvent::Stopped }),
            (Some("g-noor"), LogSummary::Goal { event: GoalEvent::Created }),
            (Some("g-old"), LogSummary::Goal { event: GoalEvent::Created }),
        ]
    );

    // Filter by goal: only rows linked to Noor's reading goal.
    let by_goal = LogFilter { goal_id: Some("g-noor".into()), ..Default::default() };
    assert_eq!(timeline(entries.clone(), &by_goal, 0, 50).unwrap().total, 5);
    let only_reflections = LogFilter { kinds: [LogKind::Reflection].into_iter().collect(), goal_id: None };
    assert_eq!(timeline(entries, &only_reflections, 0, 50).unwrap().total, 1);
}

#[test]
fn privacy_mode_shows_initials_on_the_names_screen() {
    let b = setup();
    let p = pupil_source(b.pupil("noor").unwrap(), true);
    assert!(p.privacy_initials);
    assert_eq!(p.first_name, "Noor");
    assert_eq!(p.last_name, "de Vries");
    assert!(p.support_notes.is_empty(), "support notes never enter pupil mode");
    assert_eq!(b.pupil_view_of("noor", true).unwrap().display_name, "N.V.");
}

#[test]
fn a_reflection_is_found_by_id_and_a_pupils_unread_ones_are_listed() {
    let mut b = setup();
    let mut r1 = reflection("r1", "noor");
    r1.read_by_teacher = true;
    b.reflections = vec![r1, reflection("r2", "noor"), reflection("r3", "sem")];
    assert_eq!(b.reflection("r3").map(|r| r.pupil_id.as_str()), Some("sem"));
    assert!(b.reflection("r9").is_none());
    assert_eq!(b.unread_reflection_ids("noor"), ["r2".to_string()].into_iter().collect());
    assert!(b.unread_reflection_ids("ali").is_empty());
}

fn reflection(id: &str, pupil: &str) -> crate::domain::pupilmode::reflection::Reflection {
    crate::domain::pupilmode::reflection::Reflection {
        id: id.into(),
        pupil_id: pupil.into(),
        date: d(2026, 3, 2),
        goal_id: None,
        mood: Mood::Good,
        went_well: String::new(),
        was_hard: String::new(),
        try_next: String::new(),
        read_by_teacher: false,
    }
}
