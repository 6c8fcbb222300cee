//! Pupil-mode session tests: entering, the names screen, picture PIN, saving, and what a
//! pupil may see.

use chrono::NaiveDate;

use super::*;
use crate::domain::pupilmode::access::{enter_pupil_mode, AppMode};
use crate::domain::pupilmode::pin::{hash_pin, PinHash, MIN_ITERATIONS};
use crate::domain::pupilmode::reflection::{Mood, ReflectionDraft};

pub(crate) fn teacher_pin() -> PinHash {
    hash_pin("2468", &[3; 16], MIN_ITERATIONS).unwrap()
}

pub(crate) fn pupil(id: &str, class: &str, first: &str, last: &str) -> PupilSource {
    PupilSource {
        id: id.into(),
        class_id: class.into(),
        first_name: first.into(),
        last_name: last.into(),
        support_notes: format!("SECRET-NOTE dyslexie {id}"),
        ..Default::default()
    }
}

/// Class 5A: Noor (picture PIN), Sem de Vries, Sem Bakker, Daan (archived); class 6B: Lina.
pub(crate) fn roster() -> Vec<PupilSource> {
    let mut noor = pupil("p1", "5a", "Noor", "El Amrani");
    noor.picture_pin = Some(PicturePin::new([PictureKey::Cat, PictureKey::Sun, PictureKey::Tree]).unwrap());
    let mut daan = pupil("p4", "5a", "Daan", "Peeters");
    daan.archived = true;
    vec![noor, pupil("p2", "5a", "Sem", "de Vries"), pupil("p3", "5a", "Sem", "Bakker"), daan, pupil("p5", "6b", "Lina", "Jansen")]
}

pub(crate) fn class_session() -> PupilSession {
    match enter_pupil_mode(Scope::Class("5a".into()), &roster(), Some(&teacher_pin())).unwrap() {
        AppMode::Pupil(s) => s,
        other => panic!("not pupil mode: {other:?}"),
    }
}

fn by_id(id: &str) -> PupilSource {
    roster().into_iter().find(|p| p.id == id).unwrap()
}

#[test]
fn picture_pin_needs_three_different_pictures() {
    use PictureKey::*;
    let cases = [([Cat, Sun, Tree], true), ([Cat, Cat, Tree], false), ([Cat, Sun, Cat], false), ([Sun, Tree, Tree], false), ([Apple, Car, Ball], true)];
    for (p, ok) in cases {
        assert_eq!(PicturePin::new(p).is_ok(), ok, "{p:?}");
    }
    assert_eq!(PicturePin::new([Dog, Dog, Dog]), Err(PicturePinError::NotDistinct));
    let pin = PicturePin::new([Fish, Bird, Moon]).unwrap();
    let json = serde_json::to_string(&pin).unwrap();
    assert_eq!(json, r#"["fish","bird","moon"]"#);
    assert_eq!(serde_json::from_str::<PicturePin>(&json).unwrap(), pin);
    assert!(serde_json::from_str::<PicturePin>(r#"["fish","fish","moon"]"#).is_err());
    assert!(serde_json::from_str::<PicturePin>(r#"["fish","moon"]"#).is_err());
    assert_eq!(PictureKey::ALL.len(), 12);
}

#[test]
fn entering_pupil_mode() {
    let pin = teacher_pin();
    let r = roster();
    assert_eq!(enter_pupil_mode(Scope::Class("5a".into()), &r, None), Err(SessionError::NoTeacherPin));
    let mut broken = pin.clone();
    broken.hash = "00".into();
    assert_eq!(enter_pupil_mode(Scope::Class("5a".into()), &r, Some(&broken)), Err(SessionError::NoTeacherPin));
    assert_eq!(enter_pupil_mode(Scope::Class("9z".into()), &r, Some(&pin)), Err(SessionError::EmptyScope));
    assert_eq!(enter_pupil_mode(Scope::Pupil("p4".into()), &r, Some(&pin)), Err(SessionError::EmptyScope), "archived");
    assert_eq!(enter_pupil_mode(Scope::Pupil("nobody".into()), &r, Some(&pin)), Err(SessionError::EmptyScope));
    let s = class_session();
    assert_eq!(s.step(), &PupilStep::Names);
    assert!(s.is_member("p1") && s.is_member("p2") && s.is_member("p3"));
    assert!(!s.is_member("p4") && !s.is_member("p5"));
    let AppMode::Pupil(one) = enter_pupil_mode(Scope::Pupil("p5".into()), &r, Some(&pin)).unwrap() else { panic!() };
    assert!(one.is_member("p5") && !one.is_member("p1"));
    assert_eq!(one.scope(), &Scope::Pupil("p5".into()));
}

#[test]
fn names_screen_sorted_disambiguated_and_scoped() {
    let s = class_session();
    let tiles = name_tiles(&s, &roster());
    let names: Vec<&str> = tiles.iter().map(|t| t.display_name.as_str()).collect();
    assert_eq!(names, vec!["Noor", "Sem B.", "Sem V."]);
    assert!(tiles[0].has_picture_pin && !tiles[1].has_picture_pin);
    let mut private = roster();
    for p in &mut private {
        p.privacy_initials = true;
    }
    let names: Vec<String> = name_tiles(&s, &private).into_iter().map(|t| t.display_name).collect();
    assert_eq!(names, vec!["N.E.", "S.B.", "S.V."]);
    let mut nick = roster();
    nick[0].nickname = Some("  Noortje ".into());
    assert_eq!(name_tiles(&s, &nick)[0].display_name, "Noortje");
}

#[test]
fn tap_name_without_picture_pin_goes_to_reflection() {
    let mut s = class_session();
    s.tap_name(&by_id("p2")).unwrap();
    assert_eq!(s.step(), &PupilStep::Reflecting { pupil_id: "p2".into() });
    assert_eq!(s.current_pupil(), Some("p2"));
    assert_eq!(s.tap_name(&by_id("p3")), Err(SessionError::WrongStep));
    s.back_to_names();
    assert_eq!(s.current_pupil(), None);
    for outsider in ["p4", "p5"] {
        assert_eq!(s.tap_name(&by_id(outsider)), Err(SessionError::NotInScope { pupil_id: outsider.into() }));
    }
    // Archived after the session started: still refused.
    let mut gone = by_id("p3");
    gone.archived = true;
    assert_eq!(s.tap_name(&gone), Err(SessionError::NotInScope { pupil_id: "p3".into() }));
}

#[test]
fn picture_pin_flow() {
    use PictureKey::*;
    let noor = by_id("p1");
    let mut s = class_session();
    assert_eq!(s.tap_picture(Cat, &noor), Err(SessionError::WrongStep));
    s.tap_name(&noor).unwrap();
    assert!(matches!(s.step(), PupilStep::PicturePin { pupil_id, .. } if pupil_id == "p1"));
    assert_eq!(s.tap_picture(Cat, &by_id("p2")), Err(SessionError::WrongPupil));
    // Right, with an undo on the way.
    assert_eq!(s.tap_picture(Cat, &noor), Ok(PictureOutcome::NeedMore { entered: 1 }));
    assert_eq!(s.tap_picture(Dog, &noor), Ok(PictureOutcome::NeedMore { entered: 2 }));
    s.undo_picture().unwrap();
    assert_eq!(s.tap_picture(Sun, &noor), Ok(PictureOutcome::NeedMore { entered: 2 }));
    assert_eq!(s.tap_picture(Tree, &noor), Ok(PictureOutcome::Accepted));
    assert_eq!(s.step(), &PupilStep::Reflecting { pupil_id: "p1".into() });
    assert_eq!(s.undo_picture(), Err(SessionError::WrongStep));
    // Wrong three times: back to the names.
    let mut s = class_session();
    s.tap_name(&noor).unwrap();
    for want in [PictureOutcome::Wrong { tries_left: 2 }, PictureOutcome::Wrong { tries_left: 1 }, PictureOutcome::TooManyTries] {
        s.tap_picture(Tree, &noor).unwrap();
        s.tap_picture(Sun, &noor).unwrap();
        assert_eq!(s.tap_picture(Cat, &noor), Ok(want));
    }
    assert_eq!(s.step(), &PupilStep::Names);
    // Same order matters: Sun, Cat, Tree is wrong too.
    let mut s = class_session();
    s.tap_name(&noor).unwrap();
    s.tap_picture(Sun, &noor).unwrap();
    s.tap_picture(Cat, &noor).unwrap();
    assert_eq!(s.tap_picture(Tree, &noor), Ok(PictureOutcome::Wrong { tries_left: 2 }));
    // The session survives a reload mid-PIN.
    s.tap_picture(Cat, &noor).unwrap();
    let back: PupilSession = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}

#[test]
fn saving_a_reflection_hands_the_tablet_on() {
    let date = NaiveDate::from_ymd_opt(2025, 5, 6).unwrap();
    let goals = vec![GoalSource { id: "g1".into(), pupil_id: "p2".into(), own_words: "Ik kan tot 100 tellen".into(), active: true, ..Default::default() }];
    let sem = by_id("p2");
    let mut s = class_session();
    let draft = ReflectionDraft { mood: Some(Mood::Good), goal_id: Some("g1".into()), ..Default::default() };
    let r = draft.finish("r1", &pupil_view(&sem, &goals), date).unwrap();
    assert_eq!(s.save(&r), Err(SessionError::WrongStep));
    s.tap_name(&by_id("p3")).unwrap();
    assert_eq!(s.save(&r), Err(SessionError::WrongPupil));
    s.back_to_names();
    s.tap_name(&sem).unwrap();
    let mut bad = r.clone();
    bad.went_well = "x".repeat(300);
    assert!(matches!(s.save(&bad), Err(SessionError::Reflection(_))));
    assert_eq!(s.step(), &PupilStep::Reflecting { pupil_id: "p2".into() });
    s.save(&r).unwrap();
    assert_eq!(s.step(), &PupilStep::Names);
}

#[test]
fn pupil_view_shows_only_own_active_goals_in_own_words() {
    let mut noor = by_id("p1");
    noor.nickname = Some("Noortje".into());
    let goals = vec![
        GoalSource { id: "g1".into(), pupil_id: "p1".into(), own_words: " Ik kan 60 woorden per minuut lezen ".into(), teacher_text: "TEACHER-TEXT DMT 60 wpm".into(), notes: "SECRET-GOAL-NOTE".into(), active: true },
        GoalSource { id: "g2".into(), pupil_id: "p1".into(), own_words: "Ik kan de tafels".into(), teacher_text: "x".into(), notes: "y".into(), active: false },
        GoalSource { id: "g3".into(), pupil_id: "p1".into(), own_words: "   ".into(), teacher_text: "TEACHER-ONLY".into(), notes: "".into(), active: true },
        GoalSource { id: "g4".into(), pupil_id: "p2".into(), own_words: "OTHER-PUPIL-GOAL".into(), teacher_text: "".into(), notes: "".into(), active: true },
    ];
    let v = pupil_view(&noor, &goals);
    assert_eq!(v.pupil_id, "p1");
    assert_eq!(v.display_name, "Noortje");
    assert_eq!(v.goals, vec![PupilGoalView { goal_id: "g1".into(), own_words: "Ik kan 60 woorden per minuut lezen".into() }]);
    // Nothing of the teacher's or of other pupils can be found anywhere in what is shown.
    let shown = serde_json::to_string(&v).unwrap();
    for secret in ["SECRET", "dyslexie", "TEACHER", "OTHER-PUPIL", "El Amrani", "Amrani", "tafels", "p2"] {
        assert!(!shown.contains(secret), "{secret} leaked: {shown}");
    }
    // Privacy mode: initials only.
    let mut private = by_id("p2");
    private.privacy_initials = true;
    private.nickname = Some("Semmie".into());
    assert_eq!(pupil_view(&private, &[]).display_name, "S.V.");
    let nameless = PupilSource { id: "x".into(), ..Default::default() };
    assert_eq!(pupil_view(&nameless, &[]).display_name, "?");
}
