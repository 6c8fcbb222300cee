//! Small browser helpers shared by the screens: date fields, file download, UTC now.

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::GetUntracked;
use wasm_bindgen::JsCast;

/// The value of an `<input type="date">` ("2025-03-05"); `None` when empty or invalid.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

/// The stored (serde) name of a unit-like enum value ("core", "care_teacher"), used as a
/// form value and in `data-*` hooks, so no page keeps a table of its own.
pub fn code_of<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The value whose stored name is `code` (`None` for an unknown one).
pub fn from_code<T: serde::de::DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_string())).ok()
}

/// A date as an `<input type="date">` value.
pub fn date_value(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Chromium sets up its date fields (the locale's date format and the picker) the first
/// time a document makes an `<input type="date">`: 8 to 15 ms on a desktop, four times
/// that on a school tablet, paid by whichever screen first shows a date field (the pupil
/// page's moment form, the reminder list). One detached date field made while the browser
/// is idle after start-up moves that cost off the teacher's first tap. Browsers without
/// `requestIdleCallback` (Safari) make it half a second later.
pub fn warm_up_date_fields() {
    fn make() {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Ok(el) = doc.create_element("input") {
                let _ = el.set_attribute("type", "date");
            }
        }
    }
    if leptos::leptos_dom::helpers::request_idle_callback_with_handle(make).is_err() {
        leptos::leptos_dom::helpers::set_timeout(make, std::time::Duration::from_millis(500));
    }
}

/// The current moment in UTC (for the calendar file's DTSTAMP).
pub fn utc_now() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_utc_full_year() as i32, d.get_utc_month() + 1, d.get_utc_date())
        .and_then(|day| day.and_hms_opt(d.get_utc_hours(), d.get_utc_minutes(), d.get_utc_seconds()))
        .unwrap_or_default()
}

/// Offers `text` as a file and says so in a toast: `done` when the browser took it, the
/// write failure in the user's language when it did not.
pub fn offer_file(st: crate::state::AppState, filename: &str, mime: &str, text: &str, done: &str) {
    match download(filename, mime, text) {
        Ok(()) => st.toast(done.to_string(), false, None),
        Err(_) => st.toast(
            crate::i18n::storage_error(st.lang.get_untracked(), &crate::storage::StorageError::WriteFailed(String::new())),
            true,
            None,
        ),
    }
}

/// Offers `text` as a file download of the given MIME type.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// What a form says once its write is stored: the text, and how to undo it.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub text: String,
    pub undo: Option<crate::state::Undo>,
}

/// Says that a form's write is stored: on the form's own line where it was given one (the
/// quick-action sheet lies over the page, and so over its toasts), else in the app's toast.
pub fn say_saved(st: crate::state::AppState, to: Option<leptos::prelude::Callback<Saved>>, text: String, undo: Option<crate::state::Undo>) {
    use leptos::prelude::Callable;
    match to {
        // try_run: a write lands after its form (and its line) may have gone.
        Some(line) => {
            line.try_run(Saved { text, undo });
        }
        None => st.toast(text, false, undo),
    }
}
