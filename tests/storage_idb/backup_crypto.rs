//! The encrypted backup on the browser's WebCrypto: a round trip, a wrong passphrase and a
//! changed byte refused, and agreement with the RustCrypto code of the host tests: the
//! file sealed there (`src/domain/fixtures/backup_crypto_v1.json`, real 600,000 rounds)
//! opens here, and sealing the same backup with the same salt and nonce here gives it
//! byte for byte.

use groeipad::domain::backup;
use groeipad::domain::backup_crypto::{self, BackupCryptoError, NewPassphrase};
use groeipad::domain::records::Record;
use groeipad::state::backup_crypto::{normalized, WebCrypto};
use wasm_bindgen_test::*;

const FIXTURE: &str = include_str!("../../src/domain/fixtures/backup_crypto_v1.json");
const FIXTURE_PASSPHRASE: &str = "paard batterij nietje ✓";

/// The backup the host test sealed into the fixture.
fn plain() -> String {
    let values: Vec<serde_json::Value> = serde_json::from_str(include_str!("../../src/domain/fixtures/records_v7.json")).unwrap();
    let records: Vec<Record> = values.iter().map(|v| Record::from_value(v).unwrap()).collect();
    let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(10, 0, 0).unwrap();
    backup::export(&records, at)
}

#[wasm_bindgen_test]
async fn webcrypto_opens_the_file_sealed_by_rustcrypto_and_seals_it_alike() {
    let sealed = backup_crypto::read(FIXTURE).unwrap();
    assert_eq!(sealed.iterations, 600_000);
    let opened = backup_crypto::open(&WebCrypto, &sealed, FIXTURE_PASSPHRASE).await.unwrap();
    assert_eq!(opened, plain());
    let pass = NewPassphrase::new(FIXTURE_PASSPHRASE, FIXTURE_PASSPHRASE).unwrap();
    let again = backup_crypto::seal(&WebCrypto, &plain(), &pass, [7; 16], [9; 12]).await.unwrap();
    assert_eq!(again, FIXTURE);
}

#[wasm_bindgen_test]
async fn webcrypto_round_trip_wrong_passphrase_and_changed_byte() {
    let pass = NewPassphrase::new("lange zin van acht", "lange zin van acht").unwrap();
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 12];
    let crypto = web_sys::window().unwrap().crypto().unwrap();
    crypto.get_random_values_with_u8_array(&mut salt).unwrap();
    crypto.get_random_values_with_u8_array(&mut nonce).unwrap();
    let text = backup_crypto::seal(&WebCrypto, &plain(), &pass, salt, nonce).await.unwrap();
    let sealed = backup_crypto::read(&text).unwrap();
    assert_eq!(backup_crypto::open(&WebCrypto, &sealed, "lange zin van acht").await.unwrap(), plain());
    assert_eq!(backup_crypto::open(&WebCrypto, &sealed, "lange zin van acht!").await, Err(BackupCryptoError::WrongPassphrase));
    let mut changed = sealed.clone();
    changed.ciphertext[10] ^= 1;
    assert_eq!(backup_crypto::open(&WebCrypto, &changed, "lange zin van acht").await, Err(BackupCryptoError::WrongPassphrase));
    // The passphrase is composed (NFC) before use: e + accent is é.
    assert_eq!(normalized("cafe\u{301}"), "café");
}
