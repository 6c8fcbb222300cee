//! Choosing a file to read (a backup in settings, a pupil's dossier or a class list on a class page):
//! a button-styled label over a hidden file input. Hands the file's text to the caller,
//! or `None` when the browser could not read it, and clears the input so the same file
//! can be chosen again after a cancel.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// Why a chosen file gave no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// The browser could not read it.
    Unreadable,
    /// Its bytes are not UTF-8 (saved in another encoding, or damaged).
    NotUtf8,
}

#[component]
pub fn JsonFilePicker(
    /// The input's id; the label points at it.
    id: &'static str,
    /// The input's `data-testid`.
    testid: &'static str,
    /// The id of the help text that describes the choice.
    help_id: &'static str,
    /// The button's text.
    #[prop(into)]
    label: Signal<&'static str>,
    /// Gets the chosen file's text, or why there is none.
    on_text: Callback<Result<String, FileProblem>>,
    /// The file types offered (JSON unless told).
    #[prop(optional)]
    accept: Option<&'static str>,
) -> impl IntoView {
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_change = move |_| {
        let Some(input) = input_ref.get_untracked() else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        spawn_local(async move {
            // Bytes, decoded strictly: a file in another encoding is named, never read with
            // its letters replaced ("Noé" as "No�").
            let text = match JsFuture::from(file.array_buffer()).await {
                Ok(buf) => String::from_utf8(js_sys::Uint8Array::new(&buf).to_vec()).map_err(|_| FileProblem::NotUtf8),
                Err(_) => Err(FileProblem::Unreadable),
            };
            on_text.run(text);
            input.set_value("");
        });
    };
    view! {
        <label class="btn btn-secondary file-btn" for=id>{move || label.get()}</label>
        <input id=id class="visually-hidden" type="file" accept=accept.unwrap_or(".json,application/json")
            aria-describedby=help_id data-testid=testid node_ref=input_ref on:change=on_change/>
    }
}
