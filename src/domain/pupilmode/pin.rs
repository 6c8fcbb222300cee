//! The teacher PIN: what a valid PIN is, and how it is stored (only as a salted, slow
//! PBKDF2-HMAC-SHA256 hash) and checked (in constant time).
//!
//! Owns: [`validate_pin`], [`hash_pin`], [`verify_pin`], [`PinHash`].
//! Must not touch: random numbers (the app draws the salt with `crypto.getRandomValues`
//! and passes it in), storage, the throttle (see [`crate::domain::pupilmode::lock`]).
//!
//! What the PIN protects, honestly: it keeps a pupil or a passer-by out of the teacher's
//! screens on an unattended tablet, and it keeps the PIN itself from being readable in
//! storage or in a backup. It does not encrypt pupil data: with at most 10^8 PINs, anyone
//! who copies the hash can find the PIN offline. Weak PINs such as "1234" or "0000" are
//! therefore accepted (a classroom lock, not a vault); the throttle makes guessing at the
//! lock screen slow, which is the threat that matters here.

use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// Fewest digits in a teacher PIN.
pub const PIN_MIN_LEN: usize = 4;
/// Most digits in a teacher PIN: more is hard to type on a tablet in a busy classroom.
pub const PIN_MAX_LEN: usize = 8;
/// The only algorithm this version writes and reads.
pub const ALGORITHM: &str = "pbkdf2-sha256";
/// Salt length in bytes, as drawn by the app.
pub const SALT_LEN: usize = 16;
/// Hash length in bytes: one SHA-256 output, so PBKDF2 computes a single block.
pub const HASH_LEN: usize = 32;
/// Lowest accepted iteration count. Host tests use this for speed; below it the hash
/// would be too quick to be worth the name.
pub const MIN_ITERATIONS: u32 = 1_000;
/// Highest accepted iteration count: a tampered backup with `u32::MAX` iterations must
/// not freeze the tablet for hours at the lock screen.
pub const MAX_ITERATIONS: u32 = 5_000_000;

/// Iteration count for new PINs: aimed at about 0.3–0.5 s on a classroom tablet.
///
/// Why this number: one PBKDF2-HMAC-SHA256 iteration is two SHA-256 compressions (the
/// keyed inner and outer pads are computed once). Measured for this very code compiled to
/// wasm32 (optimised) and run in V8 (Node 20) on one AMD EPYC server core: about 0.48 µs
/// per iteration, so 200 000 iterations take ~0.1 s there (natively, with the CPU's SHA
/// instructions, only ~0.16 µs: wasm has no such instructions). The budget Android tablets,
/// Chromebooks and older iPads that schools hand out run wasm roughly 3–5× slower than
/// that core, which puts one check at about 0.3–0.5 s on a tablet and ~0.1–0.2 s on a
/// laptop. More would make every unlock in a busy classroom feel sluggish; fewer buys
/// little, since the PIN space is tiny anyway (see the module doc). The check blocks the
/// main thread for that time, so the app should paint a "checking…" state before it calls
/// [`verify_pin`]. Raising the default later is safe: see [`PinHash::needs_rehash`].
pub const DEFAULT_ITERATIONS: u32 = 200_000;

/// Why a PIN (or a hashing request) was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PinError {
    #[error("the PIN is empty")]
    Empty,
    #[error("the PIN may contain only the digits 0-9")]
    NotDigitsOnly,
    #[error("the PIN has {len} digits, at least {min} are needed")]
    TooShort { len: usize, min: usize },
    #[error("the PIN has {len} digits, at most {max} are allowed")]
    TooLong { len: usize, max: usize },
    #[error("iteration count {iterations} is outside {min}..={max}")]
    IterationsOutOfRange { iterations: u32, min: u32, max: u32 },
}

/// A stored teacher PIN: never the PIN itself. Serialised as JSON in settings and backups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    /// Always [`ALGORITHM`] in this version; a different value never verifies.
    pub algorithm: String,
    pub iterations: u32,
    /// The 16 salt bytes as lowercase hex.
    pub salt: String,
    /// The 32 derived bytes as lowercase hex.
    pub hash: String,
}

impl PinHash {
    /// True when this hash was made with fewer iterations than `target` (or is not in the
    /// current format): after a successful unlock the app can re-hash the typed PIN, so a
    /// later, higher default reaches existing installs.
    pub fn needs_rehash(&self, target: u32) -> bool {
        self.algorithm != ALGORITHM || self.iterations < target
    }

    /// True when this hash can be checked at all (known algorithm, iterations in range,
    /// hex salt and hash of the right lengths). The app must not enter pupil mode or the
    /// idle lock with a hash that fails this, or nobody could ever unlock again.
    pub fn is_well_formed(&self) -> bool {
        self.parts().is_some()
    }

    pub(crate) fn parts(&self) -> Option<(Vec<u8>, [u8; HASH_LEN])> {
        if self.algorithm != ALGORITHM || check_iterations(self.iterations).is_err() {
            return None;
        }
        let salt = from_hex(&self.salt)?;
        // Accept longer salts than we write, so a later version may raise SALT_LEN.
        if !(SALT_LEN..=64).contains(&salt.len()) {
            return None;
        }
        let hash = <[u8; HASH_LEN]>::try_from(from_hex(&self.hash)?.as_slice()).ok()?;
        Some((salt, hash))
    }
}

/// Checks that `pin` is 4 to 8 ASCII digits. Other scripts' digits and spaces are refused
/// so that what the teacher types on one keyboard can be typed on any other.
pub fn validate_pin(pin: &str) -> Result<(), PinError> {
    if pin.is_empty() {
        return Err(PinError::Empty);
    }
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigitsOnly);
    }
    // All ASCII now, so bytes == chars.
    let len = pin.len();
    if len < PIN_MIN_LEN {
        return Err(PinError::TooShort { len, min: PIN_MIN_LEN });
    }
    if len > PIN_MAX_LEN {
        return Err(PinError::TooLong { len, max: PIN_MAX_LEN });
    }
    Ok(())
}

/// Hashes a valid PIN with the caller's random `salt` and `iterations`
/// (normally [`DEFAULT_ITERATIONS`]).
pub fn hash_pin(pin: &str, salt: &[u8; SALT_LEN], iterations: u32) -> Result<PinHash, PinError> {
    validate_pin(pin)?;
    check_iterations(iterations)?;
    let hash = derive(pin.as_bytes(), salt, iterations);
    Ok(PinHash {
        algorithm: ALGORITHM.to_owned(),
        iterations,
        salt: to_hex(salt),
        hash: to_hex(&hash),
    })
}

/// True only when `pin` is the PIN behind `stored`. A malformed or foreign `stored`
/// never verifies. The final comparison runs in constant time; the early refusals only
/// depend on the shape of the input, not on the secret.
pub fn verify_pin(pin: &str, stored: &PinHash) -> bool {
    if validate_pin(pin).is_err() {
        return false;
    }
    let Some((salt, expected)) = stored.parts() else {
        return false;
    };
    let actual = derive(pin.as_bytes(), &salt, stored.iterations);
    ct_eq(&actual, &expected)
}

pub(crate) fn check_iterations(iterations: u32) -> Result<(), PinError> {
    if (MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
        Ok(())
    } else {
        Err(PinError::IterationsOutOfRange { iterations, min: MIN_ITERATIONS, max: MAX_ITERATIONS })
    }
}

/// PBKDF2-HMAC-SHA256 with a 32-byte output. Takes any bytes so the known-answer tests can
/// use the published vectors.
fn derive(password: &[u8], salt: &[u8], iterations: u32) -> [u8; HASH_LEN] {
    pbkdf2::pbkdf2_hmac_array::<Sha256, HASH_LEN>(password, salt, iterations)
}

/// Compares without an early exit, so the time taken does not tell how many leading bytes
/// of a guess were right.
pub(crate) fn ct_eq(a: &[u8; HASH_LEN], b: &[u8; HASH_LEN]) -> bool {
    let mut diff = 0u8;
    for (x, y) in a.iter().zip(b.iter()) {
        diff |= x ^ y;
    }
    core::hint::black_box(diff) == 0
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    let bytes = text.as_bytes();
    if bytes.is_empty() || !bytes.len().is_multiple_of(2) {
        return None;
    }
    bytes
        .chunks_exact(2)
        .map(|pair| match pair {
            [hi, lo] => Some(nibble(*hi)? << 4 | nibble(*lo)?),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT_A: [u8; SALT_LEN] = [7; SALT_LEN];
    const SALT_B: [u8; SALT_LEN] = [8; SALT_LEN];

    #[test]
    fn pin_validation_table() {
        let cases: &[(&str, Result<(), PinError>)] = &[
            ("", Err(PinError::Empty)),
            ("1", Err(PinError::TooShort { len: 1, min: 4 })),
            ("123", Err(PinError::TooShort { len: 3, min: 4 })),
            ("1234", Ok(())),
            ("0000", Ok(())),
            ("12345", Ok(())),
            ("0123456", Ok(())),
            ("12345678", Ok(())),
            ("123456789", Err(PinError::TooLong { len: 9, max: 8 })),
            ("12a4", Err(PinError::NotDigitsOnly)),
            (" 1234", Err(PinError::NotDigitsOnly)),
            ("1234 ", Err(PinError::NotDigitsOnly)),
            ("12-34", Err(PinError::NotDigitsOnly)),
            ("١٢٣٤", Err(PinError::NotDigitsOnly)), // Arabic-Indic digits
            ("１２３４", Err(PinError::NotDigitsOnly)), // full-width digits
            ("abc", Err(PinError::NotDigitsOnly)),
        ];
        for (pin, want) in cases {
            assert_eq!(&validate_pin(pin), want, "pin {pin:?}");
        }
    }

    #[test]
    fn hash_then_verify_round_trip() {
        let h = hash_pin("482913", &SALT_A, MIN_ITERATIONS).unwrap();
        assert_eq!(h.algorithm, ALGORITHM);
        assert_eq!(h.iterations, MIN_ITERATIONS);
        assert_eq!(h.salt.len(), SALT_LEN * 2);
        assert_eq!(h.hash.len(), HASH_LEN * 2);
        assert!(!h.hash.contains("482913"));
        assert!(verify_pin("482913", &h));
        // Survives a JSON round trip, as in IndexedDB and backups.
        let back: PinHash = serde_json::from_str(&serde_json::to_string(&h).unwrap()).unwrap();
        assert!(verify_pin("482913", &back));
    }

    #[test]
    fn wrong_pin_fails() {
        let h = hash_pin("4829", &SALT_A, MIN_ITERATIONS).unwrap();
        for wrong in ["4828", "48290", "0000", "", "4829 ", "abcd", "9284"] {
            assert!(!verify_pin(wrong, &h), "{wrong:?} must not verify");
        }
    }

    #[test]
    fn different_salts_give_different_hashes() {
        let a = hash_pin("1234", &SALT_A, MIN_ITERATIONS).unwrap();
        let b = hash_pin("1234", &SALT_B, MIN_ITERATIONS).unwrap();
        assert_ne!(a.hash, b.hash);
        assert_ne!(a.salt, b.salt);
        let a_again = hash_pin("1234", &SALT_A, MIN_ITERATIONS).unwrap();
        assert_eq!(a, a_again);
        let more = hash_pin("1234", &SALT_A, MIN_ITERATIONS + 1).unwrap();
        assert_ne!(a.hash, more.hash);
    }

    #[test]
    fn hash_refuses_bad_pin_and_iterations() {
        assert_eq!(hash_pin("12", &SALT_A, MIN_ITERATIONS), Err(PinError::TooShort { len: 2, min: 4 }));
        for it in [0, 1, MIN_ITERATIONS - 1, MAX_ITERATIONS + 1, u32::MAX] {
            assert_eq!(
                hash_pin("1234", &SALT_A, it),
                Err(PinError::IterationsOutOfRange { iterations: it, min: MIN_ITERATIONS, max: MAX_ITERATIONS })
            );
        }
    }

    #[test]
    fn tampered_or_foreign_hash_never_verifies() {
        let good = hash_pin("1234", &SALT_A, MIN_ITERATIONS).unwrap();
        let mut cases = Vec::new();
        let mut c = good.clone();
        c.algorithm = "pbkdf2-sha1".into();
        cases.push(c);
        let mut c = good.clone();
        c.iterations = u32::MAX;
        cases.push(c);
        let mut c = good.clone();
        c.iterations = 0;
        cases.push(c);
        let mut c = good.clone();
        c.salt = "zz".repeat(SALT_LEN);
        cases.push(c);
        let mut c = good.clone();
        c.salt = "abc".into();
        cases.push(c);
        let mut c = good.clone();
        c.salt = "00".repeat(4);
        cases.push(c);
        let mut c = good.clone();
        c.hash = good.hash[..62].to_owned();
        cases.push(c);
        let mut c = good.clone();
        c.hash = String::new();
        cases.push(c);
        let mut c = good.clone();
        c.hash = format!("{}é", &good.hash[..63]);
        cases.push(c);
        assert!(good.is_well_formed());
        for (i, c) in cases.iter().enumerate() {
            assert!(!verify_pin("1234", c), "case {i}");
            assert!(!c.is_well_formed(), "case {i}");
        }
        // Uppercase hex (hand-edited backup) still verifies.
        let mut upper = good.clone();
        upper.hash = good.hash.to_uppercase();
        assert!(verify_pin("1234", &upper));
    }

    #[test]
    fn known_answer_vectors_pbkdf2_hmac_sha256() {
        // The SHA-256 counterparts of RFC 6070's vectors, and RFC 7914 §11 (first block).
        let vectors: &[(&[u8], &[u8], u32, &str)] = &[
            (b"password", b"salt", 1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
            (b"password", b"salt", 2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
            (b"password", b"salt", 4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
            (b"passwd", b"salt", 1, "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"),
        ];
        for (pw, salt, it, want) in vectors {
            assert_eq!(to_hex(&derive(pw, salt, *it)), *want, "{:?}/{it}", String::from_utf8_lossy(pw));
        }
    }

    #[test]
    fn default_iteration_count_round_trip() {
        assert!((MIN_ITERATIONS..=MAX_ITERATIONS).contains(&DEFAULT_ITERATIONS));
        let h = hash_pin("20250901", &SALT_B, DEFAULT_ITERATIONS).unwrap();
        assert_eq!(h.iterations, DEFAULT_ITERATIONS);
        assert!(verify_pin("20250901", &h));
        assert!(!h.needs_rehash(DEFAULT_ITERATIONS));
        assert!(h.needs_rehash(DEFAULT_ITERATIONS + 1));
    }

    #[test]
    fn hex_helpers() {
        assert_eq!(to_hex(&[0x00, 0xab, 0xff]), "00abff");
        assert_eq!(from_hex("00abFF"), Some(vec![0x00, 0xab, 0xff]));
        assert_eq!(from_hex(""), None);
        assert_eq!(from_hex("0"), None);
        assert_eq!(from_hex("0g"), None);
        assert!(ct_eq(&[1; 32], &[1; 32]));
        let mut other = [1; 32];
        other[31] = 2;
        assert!(!ct_eq(&[1; 32], &other));
    }
}
