//! Small preferences in localStorage (language, privacy mode). Never pupil data.

use gloo_storage::{LocalStorage, Storage};

use crate::i18n::Lang;

const LANG: &str = "groeipad.lang";
const PRIVACY: &str = "groeipad.privacy";

pub fn lang() -> Lang {
    LocalStorage::get::<Lang>(LANG).unwrap_or_default()
}

pub fn set_lang(lang: Lang) {
    let _ = LocalStorage::set(LANG, lang);
}

pub fn privacy() -> bool {
    LocalStorage::get::<bool>(PRIVACY).unwrap_or(false)
}

pub fn set_privacy(on: bool) {
    let _ = LocalStorage::set(PRIVACY, on);
}
