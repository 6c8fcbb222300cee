//! Access-table, idle and unlock tests.

use super::*;
use crate::domain::pupilmode::lock::IdleLock;
use crate::domain::pupilmode::pin::PinError;
use crate::domain::pupilmode::session::tests::{class_session, roster, teacher_pin};
use crate::domain::pupilmode::session::Scope;

/// One example of every route; `variant` makes forgetting a new route a compile error.
fn every_route() -> Vec<Route> {
    let routes = vec![
        Route::ClassOverview,
        Route::Class("5a".into()),
        Route::Pupil("p1".into()),
        Route::PupilGoals("p1".into()),
        Route::GoalWizard("p1".into()),
        Route::Goal("g1".into()),
        Route::Feedback("p1".into()),
        Route::LearningLog("p2".into()),
        Route::ParentReport("p2".into()),
        Route::FollowUps,
        Route::Attention,
        Route::Grouping("5a".into()),
        Route::Backup,
        Route::Settings,
        Route::Unlock,
        Route::PupilModeNames,
        Route::PupilModePicturePin("p1".into()),
        Route::PupilModePicturePin("p2".into()),
        Route::PupilModeReflect("p2".into()),
        Route::PupilModeReflect("p1".into()),
        Route::PupilModeReflect("p5".into()),
        Route::PupilModeReflect("p4".into()),
    ];
    let variants: std::collections::BTreeSet<usize> = routes.iter().map(variant).collect();
    assert_eq!(variants.len(), 18, "every Route variant appears in the table");
    routes
}

fn variant(r: &Route) -> usize {
    match r {
        Route::ClassOverview => 0,
        Route::Class(_) => 1,
        Route::Pupil(_) => 2,
        Route::PupilGoals(_) => 3,
        Route::GoalWizard(_) => 4,
        Route::Goal(_) => 5,
        Route::Feedback(_) => 6,
        Route::LearningLog(_) => 7,
        Route::ParentReport(_) => 8,
        Route::FollowUps => 9,
        Route::Attention => 10,
        Route::Grouping(_) => 11,
        Route::Backup => 12,
        Route::Settings => 13,
        Route::Unlock => 14,
        Route::PupilModeNames => 15,
        Route::PupilModePicturePin(_) => 16,
        Route::PupilModeReflect(_) => 17,
    }
}

/// Teacher, Locked, pupil mode on the names screen, on Noor's (p1) picture PIN, and with
/// Sem (p2) reflecting.
fn every_mode() -> Vec<(&'static str, AppMode)> {
    let names = class_session();
    let mut pin_step = class_session();
    pin_step.tap_name(&roster()[0]).unwrap();
    let mut reflecting = class_session();
    reflecting.tap_name(&roster()[1]).unwrap();
    vec![
        ("teacher", AppMode::Teacher),
        ("locked", AppMode::Locked),
        ("pupil/names", AppMode::Pupil(names)),
        ("pupil/pin p1", AppMode::Pupil(pin_step)),
        ("pupil/reflect p2", AppMode::Pupil(reflecting)),
    ]
}

#[test]
fn every_route_in_every_mode() {
    // Columns: teacher, locked, pupil/names, pupil/pin p1, pupil/reflect p2.
    const T: [bool; 5] = [true, false, false, false, false];
    let table: Vec<[bool; 5]> = vec![
        T, T, T, T, T, T, T, T, T, T, T, T, T, T, // the 14 teacher screens
        [false, true, true, true, true],          // Unlock
        [false, false, true, true, true],         // PupilModeNames
        [false, false, false, true, false],       // PicturePin p1: only on p1's PIN step
        [false, false, false, false, false],      // PicturePin p2: p2 has no PIN step now
        [false, false, false, false, true],       // Reflect p2: only while p2 reflects
        [false, false, false, false, false],      // Reflect p1: cannot skip the picture PIN
        [false, false, false, false, false],      // Reflect p5: other class
        [false, false, false, false, false],      // Reflect p4: archived
    ];
    let routes = every_route();
    let modes = every_mode();
    assert_eq!(routes.len(), table.len());
    for (route, row) in routes.iter().zip(&table) {
        for ((name, mode), want) in modes.iter().zip(row) {
            assert_eq!(allowed(mode, route), *want, "{route:?} in {name}");
        }
        assert_eq!(route.is_teacher_route(), row == &T, "{route:?}");
    }
    // The fallback of every mode is itself allowed there.
    for (name, mode) in &modes {
        assert!(allowed(mode, &fallback_route(mode)), "fallback in {name}");
    }
    assert_eq!(fallback_route(&AppMode::Teacher), Route::ClassOverview);
    assert_eq!(fallback_route(&AppMode::Locked), Route::Unlock);
    assert_eq!(fallback_route(&modes[4].1), Route::PupilModeReflect("p2".into()));
}

#[test]
fn single_pupil_scope_allows_only_that_pupil() {
    let pin = teacher_pin();
    let AppMode::Pupil(mut s) = crate::domain::pupilmode::session::enter_pupil_mode(Scope::Pupil("p5".into()), &roster(), Some(&pin)).unwrap() else {
        panic!()
    };
    assert!(s.tap_name(&roster()[0]).is_err());
    s.tap_name(&roster()[4]).unwrap();
    let mode = AppMode::Pupil(s);
    assert!(allowed(&mode, &Route::PupilModeReflect("p5".into())));
    assert!(!allowed(&mode, &Route::PupilModeReflect("p2".into())));
    assert!(!allowed(&mode, &Route::LearningLog("p5".into())));
}

#[test]
fn idle_locks_teacher_and_resets_pupil_mode() {
    let pin = teacher_pin();
    assert_eq!(on_idle(AppMode::Teacher, Some(&pin)), AppMode::Locked);
    assert_eq!(on_idle(AppMode::Teacher, None), AppMode::Teacher, "no PIN, no lock");
    let mut broken = pin.clone();
    broken.algorithm = "md5".into();
    assert_eq!(on_idle(AppMode::Teacher, Some(&broken)), AppMode::Teacher);
    assert_eq!(on_idle(AppMode::Locked, Some(&pin)), AppMode::Locked);
    let mut s = class_session();
    s.tap_name(&roster()[1]).unwrap();
    let AppMode::Pupil(after) = on_idle(AppMode::Pupil(s), Some(&pin)) else { panic!() };
    assert_eq!(after.route(), Route::PupilModeNames);
    let idle = IdleLock::default();
    assert_eq!(apply_idle(AppMode::Teacher, Some(&pin), &idle, 0, 299_999), AppMode::Teacher);
    assert_eq!(apply_idle(AppMode::Teacher, Some(&pin), &idle, 0, 300_000), AppMode::Locked);
}

#[test]
fn unlock_with_throttle() {
    let pin = teacher_pin();
    let mut t = Throttle::default();
    let now = 1_000_000;
    assert_eq!(unlock("12", &pin, &mut t, now), Err(UnlockError::Pin(PinError::TooShort { len: 2, min: 4 })));
    assert_eq!(t.failures, 0, "a non-PIN is not counted");
    for left in [2, 1, 0] {
        assert_eq!(unlock("1111", &pin, &mut t, now), Err(UnlockError::WrongPin { free_attempts_left: left, wait_ms: 0 }));
    }
    assert_eq!(unlock("1111", &pin, &mut t, now), Err(UnlockError::WrongPin { free_attempts_left: 0, wait_ms: 5_000 }));
    // Even the right PIN waits, and the wait is not extended by trying.
    assert_eq!(unlock("2468", &pin, &mut t, now + 1_000), Err(UnlockError::Wait { ms: 4_000 }));
    assert_eq!(t.failures, 4);
    assert_eq!(unlock("2468", &pin, &mut t, now + 5_000), Ok(AppMode::Teacher));
    assert_eq!(t, Throttle::default());
    let mut broken = pin.clone();
    broken.salt = String::new();
    assert_eq!(unlock("2468", &broken, &mut t, now), Err(UnlockError::NoUsablePin));
}

#[test]
fn the_app_opens_fail_closed() {
    use ModeKind as K;
    let pupil = AppMode::Pupil(class_session());
    // Without a PIN, always the teacher screens: a lock nobody can open would cost the data.
    for stored in [None, Some(AppMode::Teacher), Some(AppMode::Locked), Some(pupil.clone())] {
        assert_eq!(opening_mode(stored, Some(K::Pupil), false), AppMode::Teacher);
    }
    // With a PIN: a missing or unreadable mode locks.
    assert_eq!(opening_mode(None, None, true), AppMode::Locked);
    assert_eq!(opening_mode(None, Some(K::Teacher), true), AppMode::Locked);
    // A teacher mode that the copy says was the lock or pupil mode (localStorage edited or
    // half cleared) locks too.
    assert_eq!(opening_mode(Some(AppMode::Teacher), Some(K::Pupil), true), AppMode::Locked);
    assert_eq!(opening_mode(Some(AppMode::Teacher), Some(K::Locked), true), AppMode::Locked);
    // Consistent modes open as they are.
    assert_eq!(opening_mode(Some(AppMode::Teacher), Some(K::Teacher), true), AppMode::Teacher);
    assert_eq!(opening_mode(Some(AppMode::Teacher), None, true), AppMode::Teacher);
    assert_eq!(opening_mode(Some(pupil.clone()), Some(K::Teacher), true), pupil);
    assert_eq!(opening_mode(Some(AppMode::Locked), None, true), AppMode::Locked);
    assert_eq!(pupil.kind(), K::Pupil);
}
