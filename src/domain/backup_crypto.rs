//! The encrypted backup ("versleutelde back-up"): an ordinary backup file, sealed with a
//! passphrase, in an envelope of its own that names the algorithms and their parameters:
//!
//! ```json
//! { "app": "groeipad", "kind": "encrypted", "version": 1,
//!   "kdf": { "name": "PBKDF2-SHA256", "iterations": 600000, "salt": "<base64, 16 bytes>" },
//!   "cipher": { "name": "AES-256-GCM", "nonce": "<base64, 12 bytes>" },
//!   "ciphertext": "<base64: the backup JSON, encrypted, with GCM's 16-byte tag at the end>" }
//! ```
//!
//! The key is PBKDF2-HMAC-SHA256 of the passphrase (at least [`MIN_ITERATIONS`], OWASP's
//! figure for 2023 on), the cipher AES-256-GCM with a fresh salt and nonce per file. The
//! envelope's app, kind, version and algorithm names are the cipher's associated data, so
//! a file relabelled by hand fails like a tampered one; the salt and iteration count are
//! bound through the key, the nonce through GCM itself.
//!
//! This module is pure: it reads and writes the envelope and checks it; the two
//! cryptographic steps come from a [`BackupCipher`] (WebCrypto in the browser, RustCrypto in
//! the host tests), and the random salt and nonce from the caller. No visible text here:
//! errors are typed and the i18n layer words them.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::backup::APP_ID;
use super::model::Pupil;

/// The `kind` of an encrypted backup; its inner file is an ordinary backup.
pub const ENCRYPTED_KIND: &str = "encrypted";
/// The envelope version this app writes and reads up to.
pub const ENVELOPE_VERSION: u32 = 1;
pub const KDF_NAME: &str = "PBKDF2-SHA256";
pub const CIPHER_NAME: &str = "AES-256-GCM";
/// OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256: 600,000 iterations. A file
/// with fewer is refused, so a forged weak file cannot pass as one of ours.
pub const MIN_ITERATIONS: u32 = 600_000;
/// What this app writes.
pub const ITERATIONS: u32 = MIN_ITERATIONS;
/// A file asking for more is refused: it would keep the device busy for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_LEN: usize = 16;
/// Longer salts are read, so a later version may raise [`SALT_LEN`].
pub const MAX_SALT_LEN: usize = 64;
/// AES-GCM's 96-bit nonce.
pub const NONCE_LEN: usize = 12;
/// AES-GCM's 128-bit tag, at the end of the ciphertext.
pub const TAG_LEN: usize = 16;
/// The shortest passphrase the export form takes (characters).
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// The longest (a pasted text, not a passphrase, beyond this).
pub const MAX_PASSPHRASE_CHARS: usize = 1_000;

/// Why an encrypted backup could not be written or opened. Nothing is changed on any.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BackupCryptoError {
    /// Not an encrypted Groeipad envelope (read it as an ordinary backup).
    #[error("the file is not an encrypted Groeipad backup")]
    NotEncrypted,
    #[error("the encrypted backup comes from a newer Groeipad (envelope {found}, this app reads up to {supported})")]
    NewerVersion { found: u32, supported: u32 },
    /// A key derivation or cipher this app does not know.
    #[error("unknown algorithm {name:?}")]
    UnknownAlgorithm { name: String },
    /// Fewer iterations than [`MIN_ITERATIONS`]: a weak or forged file.
    #[error("{iterations} iterations is below the minimum of {min}")]
    WeakKey { iterations: u32, min: u32 },
    /// More iterations than [`MAX_ITERATIONS`]: opening it would freeze the device.
    #[error("{iterations} iterations is above the maximum of {max}")]
    TooSlow { iterations: u32, max: u32 },
    /// A part of the envelope is missing, not base64 or of the wrong length.
    #[error("the encrypted backup is damaged ({part:?})")]
    Damaged { part: SealedPart },
    /// GCM's check failed: the passphrase is not the one it was sealed with, or the file
    /// was changed after sealing (the two cannot be told apart).
    #[error("wrong passphrase, or the file was changed")]
    WrongPassphrase,
    /// This browser offers no encryption (WebCrypto needs https or localhost), or gave
    /// no random bytes.
    #[error("encryption is not available here")]
    Unavailable,
}

/// The part of an encrypted envelope that is damaged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SealedPart {
    /// The version is not a whole number.
    Version,
    /// A field is missing or of the wrong type.
    Shape,
    Salt,
    Nonce,
    Ciphertext,
}

/// Why a new passphrase is not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum PassphraseError {
    #[error("the passphrase has {len} characters, at least {min} are needed")]
    TooShort { len: usize, min: usize },
    #[error("the passphrase has {len} characters, at most {max} are allowed")]
    TooLong { len: usize, max: usize },
    #[error("the two passphrases differ")]
    Differ,
}

/// A passphrase typed twice alike and long enough: the only way to seal a file.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassphrase(String);

impl NewPassphrase {
    /// Takes the passphrase and its repetition as typed (spaces count; nothing is trimmed).
    pub fn new(passphrase: &str, repeat: &str) -> Result<NewPassphrase, PassphraseError> {
        let len = passphrase.chars().count();
        if len < MIN_PASSPHRASE_CHARS {
            return Err(PassphraseError::TooShort { len, min: MIN_PASSPHRASE_CHARS });
        }
        if len > MAX_PASSPHRASE_CHARS {
            return Err(PassphraseError::TooLong { len, max: MAX_PASSPHRASE_CHARS });
        }
        if passphrase != repeat {
            return Err(PassphraseError::Differ);
        }
        Ok(NewPassphrase(passphrase.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassphrase(..)")
    }
}

/// What the cipher needs for one file: the passphrase, the key derivation's salt and
/// iterations, the nonce and the associated data.
pub struct CipherInput<'a> {
    pub passphrase: &'a str,
    pub salt: &'a [u8],
    pub iterations: u32,
    pub nonce: &'a [u8; NONCE_LEN],
    pub aad: &'a [u8],
}

impl std::fmt::Debug for CipherInput<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CipherInput").field("iterations", &self.iterations).finish_non_exhaustive()
    }
}

/// Why the cipher gave no bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CipherFailure {
    /// The tag did not match (decrypt only).
    Rejected,
    /// No cryptography here.
    Unavailable,
}

/// PBKDF2-HMAC-SHA256 to a 256-bit key, then AES-256-GCM with a 128-bit tag appended to
/// the ciphertext: what WebCrypto's `deriveKey` + `encrypt`/`decrypt` and RustCrypto's
/// `pbkdf2` + `aes-gcm` both give, byte for byte.
#[allow(async_fn_in_trait)]
pub trait BackupCipher {
    async fn encrypt(&self, input: &CipherInput<'_>, plaintext: &[u8]) -> Result<Vec<u8>, CipherFailure>;
    async fn decrypt(&self, input: &CipherInput<'_>, ciphertext: &[u8]) -> Result<Vec<u8>, CipherFailure>;
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    app: String,
    kind: String,
    version: u32,
    kdf: Kdf,
    cipher: CipherSpec,
    ciphertext: String,
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    name: String,
    iterations: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct CipherSpec {
    name: String,
    nonce: String,
}

/// An encrypted backup read and checked, ready to open with a passphrase.
#[derive(Clone, PartialEq, Eq)]
pub struct Sealed {
    pub version: u32,
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub nonce: [u8; NONCE_LEN],
    /// The ciphertext with its tag.
    pub ciphertext: Vec<u8>,
}

impl std::fmt::Debug for Sealed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealed").field("version", &self.version).field("iterations", &self.iterations)
            .field("bytes", &self.ciphertext.len()).finish_non_exhaustive()
    }
}

/// The associated data of envelope version `version`: what the file says it is.
fn aad(version: u32) -> Vec<u8> {
    format!("{APP_ID}/{ENCRYPTED_KIND}/{version}/{KDF_NAME}/{CIPHER_NAME}").into_bytes()
}

/// True when `text` is a Groeipad file marked as encrypted (a cheap look at two fields).
pub fn is_encrypted(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Head {
        app: Option<String>,
        kind: Option<String>,
    }
    serde_json::from_str::<Head>(text)
        .is_ok_and(|h| h.app.as_deref() == Some(APP_ID) && h.kind.as_deref() == Some(ENCRYPTED_KIND))
}

/// Reads and checks an encrypted envelope: version, algorithms, iteration bounds, and the
/// base64 and lengths of salt, nonce and ciphertext. Nothing is decrypted yet.
pub fn read(text: &str) -> Result<Sealed, BackupCryptoError> {
    let value: Value = serde_json::from_str(text).map_err(|_| BackupCryptoError::NotEncrypted)?;
    if value.get("app").and_then(Value::as_str) != Some(APP_ID)
        || value.get("kind").and_then(Value::as_str) != Some(ENCRYPTED_KIND)
    {
        return Err(BackupCryptoError::NotEncrypted);
    }
    // The version first: a newer file may have another shape, and should say "newer".
    let version = value.get("version").and_then(Value::as_u64).and_then(|v| u32::try_from(v).ok());
    let version = version.ok_or(BackupCryptoError::Damaged { part: SealedPart::Version })?;
    if version > ENVELOPE_VERSION {
        return Err(BackupCryptoError::NewerVersion { found: version, supported: ENVELOPE_VERSION });
    }
    if version == 0 {
        return Err(BackupCryptoError::Damaged { part: SealedPart::Version });
    }
    let env: Envelope = serde_json::from_value(value).map_err(|_| BackupCryptoError::Damaged { part: SealedPart::Shape })?;
    for name in [&env.kdf.name, &env.cipher.name] {
        if name != KDF_NAME && name != CIPHER_NAME {
            return Err(BackupCryptoError::UnknownAlgorithm { name: name.clone() });
        }
    }
    if env.kdf.name != KDF_NAME || env.cipher.name != CIPHER_NAME {
        // Both names known but in each other's place.
        return Err(BackupCryptoError::Damaged { part: SealedPart::Shape });
    }
    let iterations = env.kdf.iterations;
    if iterations < MIN_ITERATIONS {
        return Err(BackupCryptoError::WeakKey { iterations, min: MIN_ITERATIONS });
    }
    if iterations > MAX_ITERATIONS {
        return Err(BackupCryptoError::TooSlow { iterations, max: MAX_ITERATIONS });
    }
    let bytes = |text: &str, part| B64.decode(text).map_err(|_| BackupCryptoError::Damaged { part });
    let salt = bytes(&env.kdf.salt, SealedPart::Salt)?;
    if !(SALT_LEN..=MAX_SALT_LEN).contains(&salt.len()) {
        return Err(BackupCryptoError::Damaged { part: SealedPart::Salt });
    }
    let nonce = <[u8; NONCE_LEN]>::try_from(bytes(&env.cipher.nonce, SealedPart::Nonce)?.as_slice())
        .map_err(|_| BackupCryptoError::Damaged { part: SealedPart::Nonce })?;
    let ciphertext = bytes(&env.ciphertext, SealedPart::Ciphertext)?;
    if ciphertext.len() < TAG_LEN {
        return Err(BackupCryptoError::Damaged { part: SealedPart::Ciphertext });
    }
    Ok(Sealed { version, iterations, salt, nonce, ciphertext })
}

/// Writes a sealed file as its envelope text (pretty-printed like a plain backup).
pub fn write(sealed: &Sealed) -> String {
    let env = Envelope {
        app: APP_ID.to_string(),
        kind: ENCRYPTED_KIND.to_string(),
        version: sealed.version,
        kdf: Kdf { name: KDF_NAME.to_string(), iterations: sealed.iterations, salt: B64.encode(&sealed.salt) },
        cipher: CipherSpec { name: CIPHER_NAME.to_string(), nonce: B64.encode(sealed.nonce) },
        ciphertext: B64.encode(&sealed.ciphertext),
    };
    serde_json::to_string_pretty(&env).unwrap_or_default()
}

/// Seals a backup file's text with a passphrase; `salt` and `nonce` must be fresh random
/// bytes for every file (an all-zero one means the randomness failed and is refused).
pub async fn seal<C: BackupCipher>(
    cipher: &C,
    backup_text: &str,
    passphrase: &NewPassphrase,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<String, BackupCryptoError> {
    if salt == [0; SALT_LEN] || nonce == [0; NONCE_LEN] {
        return Err(BackupCryptoError::Unavailable);
    }
    let aad = aad(ENVELOPE_VERSION);
    let input = CipherInput { passphrase: passphrase.as_str(), salt: &salt, iterations: ITERATIONS, nonce: &nonce, aad: &aad };
    let ciphertext = cipher.encrypt(&input, backup_text.as_bytes()).await.map_err(|_| BackupCryptoError::Unavailable)?;
    if ciphertext.len() != backup_text.len() + TAG_LEN {
        return Err(BackupCryptoError::Unavailable);
    }
    Ok(write(&Sealed { version: ENVELOPE_VERSION, iterations: ITERATIONS, salt: salt.to_vec(), nonce, ciphertext }))
}

/// Opens a sealed file with a passphrase: the inner backup file's text, for
/// `backup::parse`. A wrong passphrase and a changed file both give `WrongPassphrase`.
pub async fn open<C: BackupCipher>(cipher: &C, sealed: &Sealed, passphrase: &str) -> Result<String, BackupCryptoError> {
    let aad = aad(sealed.version);
    let input = CipherInput { passphrase, salt: &sealed.salt, iterations: sealed.iterations, nonce: &sealed.nonce, aad: &aad };
    let plain = cipher.decrypt(&input, &sealed.ciphertext).await.map_err(|e| match e {
        CipherFailure::Rejected => BackupCryptoError::WrongPassphrase,
        CipherFailure::Unavailable => BackupCryptoError::Unavailable,
    })?;
    String::from_utf8(plain).map_err(|_| BackupCryptoError::Damaged { part: SealedPart::Ciphertext })
}

/// True when any pupil (archived ones too: they are in the backup) has support notes,
/// which can hold health data: then the backup reminder suggests a passphrase.
pub fn suggests_encryption(pupils: &[Pupil]) -> bool {
    pupils.iter().any(|p| !p.support_notes.trim().is_empty())
}

/// RustCrypto's PBKDF2 and AES-GCM, for the host tests (the browser uses WebCrypto).
#[cfg(test)]
pub(crate) mod rust_crypto {
    use super::*;
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    use aes_gcm::{Aes256Gcm, Nonce};

    pub(crate) struct RustCrypto;

    type Derived = std::collections::HashMap<(String, Vec<u8>, u32), [u8; 32]>;
    /// Keys derived so far: 600,000 rounds take seconds in a debug build, and most tests
    /// open the same file with the same passphrase.
    static DERIVED: std::sync::Mutex<Option<Derived>> = std::sync::Mutex::new(None);

    fn key(input: &CipherInput<'_>) -> Aes256Gcm {
        let id = (input.passphrase.to_string(), input.salt.to_vec(), input.iterations);
        let known = DERIVED.lock().ok().and_then(|d| d.as_ref().and_then(|d| d.get(&id).copied()));
        let key = known.unwrap_or_else(|| {
            let mut key = [0u8; 32];
            pbkdf2::pbkdf2_hmac::<sha2::Sha256>(input.passphrase.as_bytes(), input.salt, input.iterations, &mut key);
            if let Ok(mut d) = DERIVED.lock() {
                d.get_or_insert_with(Default::default).insert(id, key);
            }
            key
        });
        Aes256Gcm::new(&key.into())
    }

    impl BackupCipher for RustCrypto {
        async fn encrypt(&self, input: &CipherInput<'_>, plaintext: &[u8]) -> Result<Vec<u8>, CipherFailure> {
            key(input)
                .encrypt(Nonce::from_slice(input.nonce), Payload { msg: plaintext, aad: input.aad })
                .map_err(|_| CipherFailure::Unavailable)
        }
        async fn decrypt(&self, input: &CipherInput<'_>, ciphertext: &[u8]) -> Result<Vec<u8>, CipherFailure> {
            key(input)
                .decrypt(Nonce::from_slice(input.nonce), Payload { msg: ciphertext, aad: input.aad })
                .map_err(|_| CipherFailure::Rejected)
        }
    }

    /// Runs a future that never waits (the RustCrypto cipher is synchronous).
    pub(crate) fn block_on<F: std::future::Future>(f: F) -> F::Output {
        let mut f = std::pin::pin!(f);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        loop {
            if let std::task::Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::rust_crypto::{block_on, RustCrypto};
    use super::*;
    use crate::domain::backup;

    const SALT: [u8; SALT_LEN] = [7; SALT_LEN];
    const NONCE: [u8; NONCE_LEN] = [9; NONCE_LEN];
    /// The cross-check file: made here, opened by WebCrypto in `tests/storage_idb/`.
    const FIXTURE: &str = include_str!("fixtures/backup_crypto_v1.json");
    const FIXTURE_PASSPHRASE: &str = "paard batterij nietje ✓";

    fn plain() -> String {
        let v: Vec<Value> = serde_json::from_str(include_str!("fixtures/records_v7.json")).unwrap();
        let records: Vec<crate::domain::records::Record> = v.iter().map(|r| crate::domain::records::Record::from_value(r).unwrap()).collect();
        backup::export(&records, chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(10, 0, 0).unwrap())
    }

    fn pass(p: &str) -> NewPassphrase {
        NewPassphrase::new(p, p).unwrap()
    }

    fn sealed_text() -> String {
        block_on(seal(&RustCrypto, &plain(), &pass(FIXTURE_PASSPHRASE), SALT, NONCE)).unwrap()
    }

    /// Reads the fixture's envelope as JSON, changes it, and writes it back.
    fn edited(f: impl FnOnce(&mut Value)) -> String {
        let mut v: Value = serde_json::from_str(FIXTURE).unwrap();
        f(&mut v);
        v.to_string()
    }

    #[test]
    fn a_sealed_backup_opens_with_its_passphrase_to_the_same_file() {
        let text = sealed_text();
        // The envelope names what it is and how it was made, and holds nothing readable.
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!((v["app"].as_str(), v["kind"].as_str(), v["version"].as_u64()), (Some("groeipad"), Some("encrypted"), Some(1)));
        assert_eq!(v["kdf"]["name"], "PBKDF2-SHA256");
        assert_eq!(v["kdf"]["iterations"], 600_000);
        assert_eq!(v["cipher"]["name"], "AES-256-GCM");
        assert!(!text.contains("Anna") && !text.contains("schema_version"), "the records are not in the clear");
        assert!(is_encrypted(&text) && !is_encrypted(&plain()));
        let sealed = read(&text).unwrap();
        assert_eq!((sealed.salt.as_slice(), sealed.nonce, sealed.iterations), (&SALT[..], NONCE, ITERATIONS));
        let opened = block_on(open(&RustCrypto, &sealed, FIXTURE_PASSPHRASE)).unwrap();
        assert_eq!(opened, plain());
        assert_eq!(backup::parse(&opened).unwrap().records, backup::parse(&plain()).unwrap().records);
        // The same inputs give the same file: the committed fixture (WebCrypto's cross-check
        // opens it and must seal to it too). Regenerate with GROEIPAD_WRITE_FIXTURE=1.
        if std::env::var_os("GROEIPAD_WRITE_FIXTURE").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/fixtures/backup_crypto_v1.json"), &text).unwrap();
        }
        assert_eq!(text, FIXTURE, "the sealed format changed; the fixture is written once per envelope version");
    }

    #[test]
    fn a_wrong_passphrase_is_refused_as_such() {
        let sealed = read(FIXTURE).unwrap();
        for wrong in ["Paard batterij nietje ✓", ""] {
            assert_eq!(block_on(open(&RustCrypto, &sealed, wrong)), Err(BackupCryptoError::WrongPassphrase), "{wrong:?}");
        }
    }

    #[test]
    fn a_changed_file_is_refused_however_it_was_changed() {
        let sealed = read(FIXTURE).unwrap();
        let check = |s: &Sealed, what: &str| {
            assert_eq!(block_on(open(&RustCrypto, s, FIXTURE_PASSPHRASE)), Err(BackupCryptoError::WrongPassphrase), "{what}");
        };
        // One bit of the ciphertext, of the tag, of the nonce, of the salt; a byte cut off.
        let mut s = sealed.clone();
        s.ciphertext[40] ^= 1;
        check(&s, "ciphertext");
        let mut s = sealed.clone();
        *s.ciphertext.last_mut().unwrap() ^= 0x80;
        check(&s, "tag");
        let mut s = sealed.clone();
        s.nonce[0] ^= 1;
        check(&s, "nonce");
        let mut s = sealed.clone();
        s.salt[3] ^= 1;
        check(&s, "salt");
        let mut s = sealed.clone();
        s.ciphertext.pop();
        check(&s, "truncated");
        let mut s = sealed.clone();
        s.iterations += 1;
        check(&s, "iterations");
        // And through the text: a changed character of the base64 ciphertext.
        let text = edited(|v| {
            let c = v["ciphertext"].as_str().unwrap();
            let flipped = if c.starts_with('A') { "B" } else { "A" };
            v["ciphertext"] = Value::from(format!("{flipped}{}", &c[1..]));
        });
        check(&read(&text).unwrap(), "text");
    }

    #[test]
    fn a_newer_envelope_is_refused_before_asking_for_a_passphrase() {
        let newer = edited(|v| {
            v["version"] = Value::from(2);
            v["kdf"] = Value::from("argon2id, say");
        });
        assert!(is_encrypted(&newer));
        assert_eq!(read(&newer), Err(BackupCryptoError::NewerVersion { found: 2, supported: 1 }));
        for bad in [Value::from("1"), Value::from(1.5), Value::Null, Value::from(-1), Value::from(0)] {
            let text = edited(|v| v["version"] = bad.clone());
            assert_eq!(read(&text), Err(BackupCryptoError::Damaged { part: SealedPart::Version }), "{bad}");
        }
    }

    #[test]
    fn iteration_counts_outside_the_bounds_are_refused() {
        let with = |n: u64| edited(|v| v["kdf"]["iterations"] = Value::from(n));
        assert_eq!(read(&with(599_999)), Err(BackupCryptoError::WeakKey { iterations: 599_999, min: 600_000 }));
        assert_eq!(read(&with(1_000)), Err(BackupCryptoError::WeakKey { iterations: 1_000, min: 600_000 }));
        assert_eq!(read(&with(10_000_001)), Err(BackupCryptoError::TooSlow { iterations: 10_000_001, max: MAX_ITERATIONS }));
        assert!(read(&with(1_000_000)).is_ok());
        // More than fits in u32: a damaged shape, not a wrap-around.
        assert_eq!(read(&with(u64::from(u32::MAX) + 1)), Err(BackupCryptoError::Damaged { part: SealedPart::Shape }));
    }

    #[test]
    fn unknown_algorithms_and_malformed_parts_are_named() {
        let text = edited(|v| v["kdf"]["name"] = Value::from("PBKDF2-SHA1"));
        assert_eq!(read(&text), Err(BackupCryptoError::UnknownAlgorithm { name: "PBKDF2-SHA1".into() }));
        let text = edited(|v| v["cipher"]["name"] = Value::from("AES-128-CBC"));
        assert_eq!(read(&text), Err(BackupCryptoError::UnknownAlgorithm { name: "AES-128-CBC".into() }));
        let text = edited(|v| {
            v["kdf"]["name"] = Value::from(CIPHER_NAME);
            v["cipher"]["name"] = Value::from(KDF_NAME);
        });
        assert_eq!(read(&text), Err(BackupCryptoError::Damaged { part: SealedPart::Shape }));
        let damaged = |f: &dyn Fn(&mut Value), part| {
            assert_eq!(read(&edited(f)), Err(BackupCryptoError::Damaged { part }), "{part:?}");
        };
        damaged(&|v| v["kdf"]["salt"] = Value::from("not base64!"), SealedPart::Salt);
        damaged(&|v| v["kdf"]["salt"] = Value::from(B64.encode([1u8; 8])), SealedPart::Salt);
        damaged(&|v| v["kdf"]["salt"] = Value::from(B64.encode([1u8; 65])), SealedPart::Salt);
        damaged(&|v| v["cipher"]["nonce"] = Value::from(B64.encode([1u8; 16])), SealedPart::Nonce);
        damaged(&|v| v["cipher"]["nonce"] = Value::from("CQkJCQkJCQkJCQkJ="), SealedPart::Nonce);
        damaged(&|v| v["ciphertext"] = Value::from(B64.encode([1u8; TAG_LEN - 1])), SealedPart::Ciphertext);
        damaged(&|v| v["ciphertext"] = Value::from("@@@@"), SealedPart::Ciphertext);
        damaged(&|v| { v.as_object_mut().unwrap().remove("ciphertext"); }, SealedPart::Shape);
        damaged(&|v| v["kdf"]["iterations"] = Value::from("600000"), SealedPart::Shape);
        // A longer salt than we write is read (a later version may raise it).
        let longer = edited(|v| v["kdf"]["salt"] = Value::from(B64.encode([1u8; 32])));
        assert_eq!(read(&longer).unwrap().salt.len(), 32);
        // Not ours, or not encrypted: read as a plain backup instead.
        assert_eq!(read(&plain()), Err(BackupCryptoError::NotEncrypted));
        assert_eq!(read("{\"app\":\"other\",\"kind\":\"encrypted\"}"), Err(BackupCryptoError::NotEncrypted));
        assert_eq!(read("garbage{"), Err(BackupCryptoError::NotEncrypted));
        assert!(!is_encrypted("garbage{") && !is_encrypted("[1]"));
    }

    #[test]
    fn a_relabelled_file_fails_like_a_tampered_one() {
        // The names are the associated data: the same bytes under another version do not open.
        let mut sealed = read(FIXTURE).unwrap();
        sealed.version = 0;
        assert_eq!(block_on(open(&RustCrypto, &sealed, FIXTURE_PASSPHRASE)), Err(BackupCryptoError::WrongPassphrase));
    }

    #[test]
    fn a_plain_backup_parser_names_an_encrypted_file() {
        use crate::i18n::{Lang, UserMessage};
        use crate::domain::reports::dossier::{dossier_parse, DossierError};
        assert_eq!(backup::parse(FIXTURE), Err(backup::BackupError::Encrypted));
        // The dossier import on a class page says where an encrypted backup goes.
        let e = dossier_parse(FIXTURE).map(|_| ()).unwrap_err();
        assert_eq!(e, DossierError::File(backup::BackupError::Encrypted));
        assert!(e.message(Lang::Nl).contains("versleutelde back-up") && e.message(Lang::En).contains("encrypted backup"));
    }

    #[test]
    fn a_new_passphrase_is_long_enough_and_typed_twice_alike() {
        assert_eq!(NewPassphrase::new("kort", "kort"), Err(PassphraseError::TooShort { len: 4, min: 8 }));
        // Characters, not bytes: "ééééééé" is 7.
        assert_eq!(NewPassphrase::new("ééééééé", "ééééééé"), Err(PassphraseError::TooShort { len: 7, min: 8 }));
        assert_eq!(NewPassphrase::new("lang genoeg", "lang genoeg "), Err(PassphraseError::Differ));
        let long = "x".repeat(MAX_PASSPHRASE_CHARS + 1);
        assert_eq!(NewPassphrase::new(&long, &long), Err(PassphraseError::TooLong { len: 1_001, max: 1_000 }));
        assert_eq!(NewPassphrase::new("  acht  ", "  acht  ").unwrap().as_str(), "  acht  ");
        assert!(!format!("{:?}", pass("geheimpje")).contains("geheimpje"));
    }

    #[test]
    fn randomness_that_failed_is_refused() {
        let p = pass("geheimpje");
        assert_eq!(block_on(seal(&RustCrypto, "{}", &p, [0; SALT_LEN], NONCE)), Err(BackupCryptoError::Unavailable));
        assert_eq!(block_on(seal(&RustCrypto, "{}", &p, SALT, [0; NONCE_LEN])), Err(BackupCryptoError::Unavailable));
    }

    #[test]
    fn support_notes_suggest_encryption() {
        let v: Vec<Value> = serde_json::from_str(include_str!("fixtures/records_v7.json")).unwrap();
        let mut pupils: Vec<Pupil> =
            v.into_iter().filter(|r| r["kind"] == "pupil").map(|r| serde_json::from_value(r["data"].clone()).unwrap()).collect();
        assert!(!pupils.is_empty());
        for p in &mut pupils {
            p.support_notes = "  ".into();
        }
        assert!(!suggests_encryption(&pupils));
        pupils[0].support_notes = "dyslexie".into();
        assert!(suggests_encryption(&pupils));
        assert!(!suggests_encryption(&[]));
    }
}
