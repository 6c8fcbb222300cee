//! When the app locks itself and how fast a PIN may be guessed: the wrong-PIN [`Throttle`]
//! and the [`IdleLock`] setting.
//!
//! Owns: the delay schedule after wrong PINs and the idle timeout rule.
//! Must not touch: the clock (every function takes `now_ms`, milliseconds since the Unix
//! epoch as `Date.now()` gives them), the PIN hash (see [`crate::domain::pupilmode::pin`]), the app mode
//! (see [`crate::domain::pupilmode::access`]).

use serde::{Deserialize, Serialize};

/// Wrong PINs that cost nothing: a teacher mistyping on a tablet should not wait.
pub const FREE_ATTEMPTS: u32 = 3;

/// Waits after the 4th, 5th, 6th, … wrong PIN in a row, in seconds; the last one repeats.
///
/// Why: three free tries absorb honest typos; then the wait grows quickly enough that a
/// pupil trying PINs at the lock screen gets only ~12 guesses per hour after ten minutes,
/// while a teacher who forgot for a moment is never locked out for more than five minutes
/// (the cap) — locking the teacher out of their own class for longer would do more harm.
pub const DELAYS_S: [u64; 6] = [5, 15, 30, 60, 120, 300];

/// The longest wait, also the most a clock turned back can add (see [`Throttle::check`]).
pub const MAX_DELAY_MS: u64 = 300_000;

/// Counts wrong PINs in a row and when the next try is allowed. Stored (as JSON) so a page
/// reload does not reset it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Throttle {
    #[serde(default)]
    pub failures: u32,
    #[serde(default)]
    pub locked_until_ms: Option<u64>,
}

/// Why a PIN attempt may not be made now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ThrottleError {
    /// Try again after `ms` milliseconds (the UI rounds up to whole seconds).
    #[error("wait {ms} ms before the next PIN attempt")]
    Wait { ms: u64 },
}

/// The wait in milliseconds that follows the `failures`-th wrong PIN in a row.
pub fn delay_after(failures: u32) -> u64 {
    let Some(over) = failures.checked_sub(FREE_ATTEMPTS) else {
        return 0;
    };
    if over == 0 {
        return 0;
    }
    let i = usize::try_from(over - 1).unwrap_or(usize::MAX);
    let secs = DELAYS_S.get(i).or(DELAYS_S.last()).copied().unwrap_or(0);
    secs.saturating_mul(1000).min(MAX_DELAY_MS)
}

impl Throttle {
    /// May a PIN be tried at `now_ms`? The remaining wait is capped at [`MAX_DELAY_MS`] so
    /// that a tablet clock turned back (or a hand-edited backup) cannot lock the teacher
    /// out for hours.
    pub fn check(&self, now_ms: u64) -> Result<(), ThrottleError> {
        match self.locked_until_ms {
            Some(until) if until > now_ms => Err(ThrottleError::Wait { ms: (until - now_ms).min(MAX_DELAY_MS) }),
            _ => Ok(()),
        }
    }

    /// Records a wrong PIN at `now_ms` and sets the next allowed time.
    pub fn record_failure(&mut self, now_ms: u64) {
        self.failures = self.failures.saturating_add(1);
        let delay = delay_after(self.failures);
        self.locked_until_ms = (delay > 0).then(|| now_ms.saturating_add(delay));
    }

    /// A right PIN clears everything.
    pub fn record_success(&mut self) {
        *self = Self::default();
    }

    /// Wrong PINs left before the next one costs a wait (0 once waits have started).
    pub fn free_attempts_left(&self) -> u32 {
        FREE_ATTEMPTS.saturating_sub(self.failures)
    }
}

/// Default idle time before the teacher screens lock.
pub const DEFAULT_IDLE_MINUTES: u8 = 5;
/// Allowed range of the idle-time setting, in minutes.
pub const IDLE_MINUTES_RANGE: std::ops::RangeInclusive<u8> = 1..=60;

/// The idle-lock setting: lock the teacher screens after this many minutes without a tap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdleLock {
    #[serde(default = "default_idle_minutes")]
    idle_minutes: u8,
}

fn default_idle_minutes() -> u8 {
    DEFAULT_IDLE_MINUTES
}

impl Default for IdleLock {
    fn default() -> Self {
        Self { idle_minutes: DEFAULT_IDLE_MINUTES }
    }
}

/// Why an idle-lock setting was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum IdleLockError {
    #[error("idle time {minutes} min is outside 1..=60")]
    MinutesOutOfRange { minutes: u8 },
}

impl IdleLock {
    pub fn new(idle_minutes: u8) -> Result<Self, IdleLockError> {
        if IDLE_MINUTES_RANGE.contains(&idle_minutes) {
            Ok(Self { idle_minutes })
        } else {
            Err(IdleLockError::MinutesOutOfRange { minutes: idle_minutes })
        }
    }

    /// The setting, clamped into range: a stored value is trusted no further than that.
    pub fn idle_minutes(&self) -> u8 {
        self.idle_minutes.clamp(*IDLE_MINUTES_RANGE.start(), *IDLE_MINUTES_RANGE.end())
    }

    fn idle_ms(&self) -> u64 {
        u64::from(self.idle_minutes()) * 60_000
    }

    /// Lock once the full idle time has passed (at exactly the limit, too). A clock that
    /// went back (`now_ms` before `last_activity_ms`) counts as activity, not as idle time.
    pub fn should_lock(&self, last_activity_ms: u64, now_ms: u64) -> bool {
        now_ms.saturating_sub(last_activity_ms) >= self.idle_ms()
    }

    /// Milliseconds until the lock, for the app's timer; 0 when it is due.
    pub fn remaining_ms(&self, last_activity_ms: u64, now_ms: u64) -> u64 {
        self.idle_ms().saturating_sub(now_ms.saturating_sub(last_activity_ms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delay_schedule() {
        let want_s = [0, 0, 0, 0, 5, 15, 30, 60, 120, 300, 300, 300];
        for (failures, want) in want_s.iter().enumerate() {
            assert_eq!(delay_after(failures as u32), want * 1000, "after {failures} failures");
        }
        assert_eq!(delay_after(u32::MAX), MAX_DELAY_MS);
    }

    #[test]
    fn throttle_sequence_over_time() {
        let mut t = Throttle::default();
        let mut now = 1_700_000_000_000u64;
        assert_eq!(t.check(now), Ok(()));
        assert_eq!(t.free_attempts_left(), 3);
        // Three free attempts.
        for left in [2, 1, 0] {
            t.record_failure(now);
            assert_eq!(t.check(now), Ok(()));
            assert_eq!(t.free_attempts_left(), left);
        }
        // Then growing waits; each expires exactly at its end.
        for secs in [5u64, 15, 30, 60, 120, 300, 300] {
            t.record_failure(now);
            let ms = secs * 1000;
            assert_eq!(t.check(now), Err(ThrottleError::Wait { ms }));
            assert_eq!(t.check(now + ms - 1), Err(ThrottleError::Wait { ms: 1 }));
            assert_eq!(t.check(now + ms), Ok(()));
            now += ms;
        }
        assert_eq!(t.failures, 10);
        t.record_success();
        assert_eq!(t, Throttle::default());
        assert_eq!(t.check(now), Ok(()));
    }

    #[test]
    fn throttle_survives_reload_and_caps_clock_skew() {
        let mut t = Throttle::default();
        for _ in 0..4 {
            t.record_failure(10_000);
        }
        let json = serde_json::to_string(&t).unwrap();
        let back: Throttle = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.check(12_000), Err(ThrottleError::Wait { ms: 3_000 }));
        // Older or partial stored state.
        let empty: Throttle = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, Throttle::default());
        // Clock turned back by a day: the wait stays at most five minutes.
        let skewed = Throttle { failures: 9, locked_until_ms: Some(86_400_000 + 300_000) };
        assert_eq!(skewed.check(0), Err(ThrottleError::Wait { ms: MAX_DELAY_MS }));
        // No overflow near the end of time.
        let mut end = Throttle { failures: u32::MAX, locked_until_ms: None };
        end.record_failure(u64::MAX - 1);
        assert_eq!(end.locked_until_ms, Some(u64::MAX));
        assert_eq!(end.failures, u32::MAX);
    }

    #[test]
    fn idle_lock_setting_range() {
        assert_eq!(IdleLock::default().idle_minutes(), 5);
        for (m, ok) in [(0u8, false), (1, true), (5, true), (60, true), (61, false), (255, false)] {
            assert_eq!(IdleLock::new(m).is_ok(), ok, "{m} minutes");
        }
        assert_eq!(IdleLock::new(0), Err(IdleLockError::MinutesOutOfRange { minutes: 0 }));
        let stored: IdleLock = serde_json::from_str(r#"{"idle_minutes":200}"#).unwrap();
        assert_eq!(stored.idle_minutes(), 60);
        let stored: IdleLock = serde_json::from_str(r#"{"idle_minutes":0}"#).unwrap();
        assert_eq!(stored.idle_minutes(), 1);
        let stored: IdleLock = serde_json::from_str("{}").unwrap();
        assert_eq!(stored.idle_minutes(), 5);
    }

    #[test]
    fn idle_lock_boundaries() {
        let five = IdleLock::default();
        let last = 1_000_000u64;
        let cases = [
            (last, false),
            (last + 299_999, false),
            (last + 300_000, true),
            (last + 300_001, true),
            (last - 1, false), // clock went back
            (0, false),
        ];
        for (now, lock) in cases {
            assert_eq!(five.should_lock(last, now), lock, "now {now}");
        }
        assert_eq!(five.remaining_ms(last, last), 300_000);
        assert_eq!(five.remaining_ms(last, last + 299_000), 1_000);
        assert_eq!(five.remaining_ms(last, last + 400_000), 0);
        let one = IdleLock::new(1).unwrap();
        assert!(!one.should_lock(0, 59_999));
        assert!(one.should_lock(0, 60_000));
        let hour = IdleLock::new(60).unwrap();
        assert!(!hour.should_lock(0, 3_599_999));
        assert!(hour.should_lock(0, 3_600_000));
    }
}
