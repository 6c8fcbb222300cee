//! The encrypted backup's browser side: the browser's own WebCrypto (`crypto.subtle`) as
//! the domain's [`BackupCipher`], random salts and nonces, and the export and open intents.
//!
//! WebCrypto rather than a RustCrypto crate in the wasm: it is native code that runs
//! PBKDF2's 600,000 rounds off the page's thread (the page keeps drawing, and the await
//! gives the event loop back), and it adds no cipher code to the download. RustCrypto's
//! `aes-gcm` checks it from the host tests (`domain::backup_crypto`) and the wasm test
//! opens a file sealed there, so both give the same bytes.

use js_sys::{Array, Uint8Array};
use leptos::prelude::GetUntracked;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use super::AppState;
use crate::domain::backup_crypto::{
    self, BackupCipher, BackupCryptoError, CipherFailure, CipherInput, NewPassphrase, Sealed, NONCE_LEN, SALT_LEN,
};
use crate::i18n::backup_crypto::BC;
use crate::i18n::Text;

/// WebCrypto's PBKDF2-SHA-256 and AES-GCM (256-bit key, 128-bit tag).
pub struct WebCrypto;

/// `crypto.subtle`, which browsers give only on https and localhost.
fn subtle() -> Result<SubtleCrypto, CipherFailure> {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok()).ok_or(CipherFailure::Unavailable)?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).map_err(|_| CipherFailure::Unavailable)?;
    if subtle.is_undefined() || subtle.is_null() {
        return Err(CipherFailure::Unavailable);
    }
    Ok(subtle.unchecked_into())
}

async fn call(p: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    JsFuture::from(p?).await
}

/// The AES key derived from the passphrase, usable only for `usage` and never extractable.
async fn derive(subtle: &SubtleCrypto, input: &CipherInput<'_>, usage: &str) -> Result<CryptoKey, CipherFailure> {
    let unavailable = |_| CipherFailure::Unavailable;
    let password = Uint8Array::from(input.passphrase.as_bytes());
    let base = call(subtle.import_key_with_str("raw", &password, "PBKDF2", false, &Array::of1(&"deriveKey".into())))
        .await
        .map_err(unavailable)?;
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", input.iterations, &Uint8Array::from(input.salt));
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let key = call(subtle.derive_key_with_object_and_object(&params, base.unchecked_ref(), &aes, false, &Array::of1(&usage.into())))
        .await
        .map_err(unavailable)?;
    Ok(key.unchecked_into())
}

fn gcm(input: &CipherInput<'_>) -> AesGcmParams {
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&input.nonce[..]));
    params.set_additional_data_u8_array(&Uint8Array::from(input.aad));
    params.set_tag_length(128);
    params
}

fn bytes(buffer: wasm_bindgen::JsValue) -> Vec<u8> {
    Uint8Array::new(&buffer).to_vec()
}

impl BackupCipher for WebCrypto {
    async fn encrypt(&self, input: &CipherInput<'_>, plaintext: &[u8]) -> Result<Vec<u8>, CipherFailure> {
        let subtle = subtle()?;
        let key = derive(&subtle, input, "encrypt").await?;
        let out = call(subtle.encrypt_with_object_and_js_u8_array(&gcm(input), &key, &Uint8Array::from(plaintext)))
            .await
            .map_err(|_| CipherFailure::Unavailable)?;
        Ok(bytes(out))
    }

    async fn decrypt(&self, input: &CipherInput<'_>, ciphertext: &[u8]) -> Result<Vec<u8>, CipherFailure> {
        let subtle = subtle()?;
        let key = derive(&subtle, input, "decrypt").await?;
        match call(subtle.decrypt_with_object_and_js_u8_array(&gcm(input), &key, &Uint8Array::from(ciphertext))).await {
            Ok(out) => Ok(bytes(out)),
            // GCM's tag did not match: the spec's OperationError.
            Err(e) if e.dyn_ref::<web_sys::DomException>().is_some_and(|d| d.name() == "OperationError") => Err(CipherFailure::Rejected),
            Err(_) => Err(CipherFailure::Unavailable),
        }
    }
}

/// `n` random bytes from `crypto.getRandomValues`.
fn random<const N: usize>() -> Option<[u8; N]> {
    let mut out = [0u8; N];
    web_sys::window()?.crypto().ok()?.get_random_values_with_u8_array(&mut out).ok()?;
    Some(out)
}

/// A passphrase in Unicode's composed form (NFC), so "é" typed on one keyboard as one
/// character and on another as e + accent gives the same key.
pub fn normalized(passphrase: &str) -> String {
    js_sys::JsString::from(passphrase).normalize("NFC").into()
}

/// Opens an encrypted backup with its passphrase (normalized here): the inner backup's text.
pub async fn open(sealed: &Sealed, passphrase: &str) -> Result<String, BackupCryptoError> {
    backup_crypto::open(&WebCrypto, sealed, &normalized(passphrase)).await
}

impl AppState {
    /// The backup file's text sealed with `passphrase`; the backup counts as made only
    /// once the sealing worked.
    pub async fn export_encrypted(self, passphrase: &NewPassphrase) -> Result<String, String> {
        let lang = self.lang.get_untracked();
        let (text, at) = self.backup_text().await?;
        let (Some(salt), Some(nonce)) = (random::<SALT_LEN>(), random::<NONCE_LEN>()) else {
            return Err(BC::ExportUnavailable.t(lang).to_string());
        };
        let sealed = backup_crypto::seal(&WebCrypto, &text, passphrase, salt, nonce)
            .await
            .map_err(|_| BC::ExportUnavailable.t(lang).to_string())?;
        self.backed_up(at);
        Ok(sealed)
    }
}
