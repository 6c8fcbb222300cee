//! Idle, unlock and opening tests.

use super::*;
use crate::domain::pupilmode::lock::IdleLock;
use crate::domain::pupilmode::pin::PinError;
use crate::domain::pupilmode::session::tests::{class_session, roster, teacher_pin};
use crate::domain::pupilmode::session::PupilStep;

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
    assert_eq!(after.step(), &PupilStep::Names);
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
