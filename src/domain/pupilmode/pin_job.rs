//! The teacher PIN checked or hashed a slice at a time, so the browser can keep drawing
//! ("checking…") and stay usable while 200 000 PBKDF2 rounds run on its only thread.
//!
//! Owns: [`Pbkdf2Job`] (PBKDF2-HMAC-SHA256, one 32-byte block, resumable), [`HashJob`] (a
//! new PIN → [`PinHash`]), [`VerifyJob`] and the two halves of unlocking:
//! [`start_unlock`] (throttle and PIN checks that need no hashing) and [`finish_unlock`]
//! (records the result in the throttle) — together the same rules as
//! [`crate::domain::pupilmode::access::unlock`], which the tests prove.
//! Must not touch: the clock or timers (the app decides how many rounds fit in a frame),
//! random numbers (salts come in), storage.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::domain::pupilmode::access::{AppMode, UnlockError};
use crate::domain::pupilmode::lock::{Throttle, ThrottleError};
use crate::domain::pupilmode::pin::{
    check_iterations, ct_eq, to_hex, validate_pin, PinError, PinHash, ALGORITHM, HASH_LEN, SALT_LEN,
};

type HmacSha256 = Hmac<Sha256>;

/// PBKDF2-HMAC-SHA256 for one output block (32 bytes, all [`PinHash`] uses), computed in
/// steps: U1 = HMAC(P, S ‖ 1), Uᵢ = HMAC(P, Uᵢ₋₁), T = U1 ⊕ … ⊕ Uc (RFC 8018, 5.2).
#[derive(Clone)]
pub struct Pbkdf2Job {
    keyed: HmacSha256,
    u: [u8; HASH_LEN],
    acc: [u8; HASH_LEN],
    done: u32,
    total: u32,
}

impl Pbkdf2Job {
    /// Starts the derivation (computes U1). `iterations` of 0 is treated as 1.
    pub fn new(password: &[u8], salt: &[u8], iterations: u32) -> Self {
        // HMAC accepts keys of any length, so this cannot fail; the fallback keeps it total.
        let keyed = HmacSha256::new_from_slice(password).unwrap_or_else(|_| {
            <HmacSha256 as hmac::digest::KeyInit>::new(&Default::default())
        });
        let mut first = keyed.clone();
        first.update(salt);
        first.update(&1u32.to_be_bytes());
        let u: [u8; HASH_LEN] = first.finalize().into_bytes().into();
        Self { keyed, u, acc: u, done: 1, total: iterations.max(1) }
    }

    /// Runs at most `rounds` more iterations; true when the derivation is complete.
    pub fn step(&mut self, rounds: u32) -> bool {
        let n = rounds.min(self.total - self.done);
        for _ in 0..n {
            let mut mac = self.keyed.clone();
            mac.update(&self.u);
            self.u = mac.finalize().into_bytes().into();
            for (a, b) in self.acc.iter_mut().zip(self.u.iter()) {
                *a ^= b;
            }
        }
        self.done += n;
        self.is_done()
    }

    pub fn is_done(&self) -> bool {
        self.done >= self.total
    }

    /// Fraction done, 0.0–1.0 (for a progress hint).
    pub fn progress(&self) -> f64 {
        f64::from(self.done) / f64::from(self.total)
    }

    /// The derived key, once every iteration has run.
    pub fn result(&self) -> Option<[u8; HASH_LEN]> {
        self.is_done().then_some(self.acc)
    }
}

/// Hashing a new teacher PIN, a slice at a time; gives the same [`PinHash`] as
/// [`crate::domain::pupilmode::pin::hash_pin`].
#[derive(Clone)]
pub struct HashJob {
    pub job: Pbkdf2Job,
    salt: [u8; SALT_LEN],
    iterations: u32,
}

impl HashJob {
    /// Checks the PIN and iteration count first, like `hash_pin`.
    pub fn new(pin: &str, salt: &[u8; SALT_LEN], iterations: u32) -> Result<Self, PinError> {
        validate_pin(pin)?;
        check_iterations(iterations)?;
        Ok(Self { job: Pbkdf2Job::new(pin.as_bytes(), salt, iterations), salt: *salt, iterations })
    }

    /// The stored form, once the job is done.
    pub fn finish(&self) -> Option<PinHash> {
        let hash = self.job.result()?;
        Some(PinHash { algorithm: ALGORITHM.to_owned(), iterations: self.iterations, salt: to_hex(&self.salt), hash: to_hex(&hash) })
    }
}

/// Checking a PIN against the stored hash, a slice at a time.
#[derive(Clone)]
pub struct VerifyJob {
    pub job: Pbkdf2Job,
    expected: [u8; HASH_LEN],
}

impl VerifyJob {
    /// None when the stored hash is unreadable (nothing could ever match it).
    pub fn new(pin: &str, stored: &PinHash) -> Option<Self> {
        let (salt, expected) = stored.parts()?;
        Some(Self { job: Pbkdf2Job::new(pin.as_bytes(), &salt, stored.iterations), expected })
    }

    /// Did the PIN match? None while rounds remain. Compared in constant time.
    pub fn matches(&self) -> Option<bool> {
        self.job.result().map(|got| ct_eq(&got, &self.expected))
    }
}

/// First half of unlocking: the checks that need no hashing, in the order of
/// [`crate::domain::pupilmode::access::unlock`] (throttle, usable hash, PIN shape). Changes
/// nothing; a PIN of the wrong shape is not counted as a wrong try.
pub fn start_unlock(pin: &str, stored: &PinHash, throttle: &Throttle, now_ms: u64) -> Result<VerifyJob, UnlockError> {
    throttle.check(now_ms).map_err(|ThrottleError::Wait { ms }| UnlockError::Wait { ms })?;
    if !stored.is_well_formed() {
        return Err(UnlockError::NoUsablePin);
    }
    validate_pin(pin).map_err(UnlockError::Pin)?;
    VerifyJob::new(pin, stored).ok_or(UnlockError::NoUsablePin)
}

/// Second half: the finished check decides; a wrong PIN is recorded in `throttle` (which
/// the app stores), a right one clears it. An unfinished job counts as not checked.
pub fn finish_unlock(job: &VerifyJob, throttle: &mut Throttle, now_ms: u64) -> Result<AppMode, UnlockError> {
    match job.matches() {
        Some(true) => {
            throttle.record_success();
            Ok(AppMode::Teacher)
        }
        Some(false) => {
            throttle.record_failure(now_ms);
            let wait_ms = match throttle.check(now_ms) {
                Err(ThrottleError::Wait { ms }) => ms,
                Ok(()) => 0,
            };
            Err(UnlockError::WrongPin { free_attempts_left: throttle.free_attempts_left(), wait_ms })
        }
        None => Err(UnlockError::Pin(PinError::Empty)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pupilmode::access::unlock;
    use crate::domain::pupilmode::pin::{hash_pin, verify_pin, MIN_ITERATIONS};

    const SALT: [u8; SALT_LEN] = [3; SALT_LEN];

    fn run(job: &mut Pbkdf2Job, slice: u32) -> usize {
        let mut slices = 1;
        while !job.step(slice) {
            slices += 1;
        }
        slices
    }

    #[test]
    fn sliced_derivation_equals_the_pbkdf2_crate() {
        for (pin, iterations, slice) in [("1234", 1u32, 7u32), ("482913", 1000, 1), ("00000000", 1000, 333), ("5555", 4321, 1000)] {
            let mut job = Pbkdf2Job::new(pin.as_bytes(), &SALT, iterations);
            assert_eq!(job.result().is_some(), iterations == 1);
            run(&mut job, slice);
            let want = pbkdf2::pbkdf2_hmac_array::<Sha256, HASH_LEN>(pin.as_bytes(), &SALT, iterations);
            assert_eq!(job.result(), Some(want), "{pin} × {iterations} in slices of {slice}");
            assert!((job.progress() - 1.0).abs() < f64::EPSILON);
            // Done stays done.
            assert!(job.step(10));
            assert_eq!(job.result(), Some(want));
        }
        // RFC 6070-style known answer for PBKDF2-HMAC-SHA256 ("password", "salt", 1 / 2 rounds).
        let mut one = Pbkdf2Job::new(b"password", b"salt", 1);
        one.step(0);
        assert_eq!(to_hex(&one.result().unwrap()), "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        let mut two = Pbkdf2Job::new(b"password", b"salt", 2);
        run(&mut two, 1);
        assert_eq!(to_hex(&two.result().unwrap()), "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    }

    #[test]
    fn slices_are_counted_as_asked() {
        let mut job = Pbkdf2Job::new(b"1234", &SALT, 1000);
        assert_eq!(run(&mut job, 100), 10);
        assert!(job.is_done());
    }

    #[test]
    fn hash_job_gives_the_same_pin_hash_as_hash_pin() {
        let mut h = HashJob::new("482913", &SALT, MIN_ITERATIONS).unwrap();
        assert_eq!(h.finish(), None);
        run(&mut h.job, 250);
        let got = h.finish().unwrap();
        assert_eq!(got, hash_pin("482913", &SALT, MIN_ITERATIONS).unwrap());
        assert!(verify_pin("482913", &got));
        assert!(matches!(HashJob::new("12", &SALT, MIN_ITERATIONS), Err(PinError::TooShort { .. })));
        assert!(matches!(HashJob::new("1234", &SALT, 10), Err(PinError::IterationsOutOfRange { .. })));
    }

    /// The two-step unlock agrees with `access::unlock` on every case, including the
    /// throttle state it leaves behind.
    #[test]
    fn two_step_unlock_agrees_with_unlock() {
        let stored = hash_pin("2468", &SALT, MIN_ITERATIONS).unwrap();
        let mut broken = stored.clone();
        broken.hash = "zz".into();
        let now = 1_700_000_000_000u64;
        let waiting = Throttle { failures: 4, locked_until_ms: Some(now + 5_000) };
        let three_wrong = Throttle { failures: 3, locked_until_ms: None };
        let cases: Vec<(&str, &PinHash, Throttle)> = vec![
            ("2468", &stored, Throttle::default()),
            ("2469", &stored, Throttle::default()),
            ("2469", &stored, three_wrong),
            ("2468", &stored, three_wrong),
            ("2468", &stored, waiting),
            ("246", &stored, Throttle::default()),
            ("24a8", &stored, Throttle::default()),
            ("2468", &broken, Throttle::default()),
        ];
        for (pin, hash, throttle) in cases {
            let mut a = throttle;
            let want = unlock(pin, hash, &mut a, now);
            let mut b = throttle;
            let got = start_unlock(pin, hash, &b, now).and_then(|mut job| {
                run(&mut job.job, 64);
                finish_unlock(&job, &mut b, now)
            });
            assert_eq!(got, want, "pin {pin:?} with {throttle:?}");
            assert_eq!(b, a, "throttle after {pin:?}");
        }
    }

    #[test]
    fn an_unfinished_check_never_unlocks() {
        let stored = hash_pin("2468", &SALT, MIN_ITERATIONS).unwrap();
        let job = start_unlock("2468", &stored, &Throttle::default(), 0).unwrap();
        let mut t = Throttle::default();
        assert!(finish_unlock(&job, &mut t, 0).is_err());
        assert_eq!(t, Throttle::default());
    }
}
