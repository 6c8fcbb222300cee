//! The encrypted backup in settings: the backup download with its optional password
//! (typed twice), and the password prompt when the file chosen to restore is encrypted.
//! While the key is derived (WebCrypto, off the page's thread) a calm status line shows.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::util::offer_file;
use crate::domain::backup_crypto::{suggests_encryption, NewPassphrase, Sealed, MAX_PASSPHRASE_CHARS};
use crate::i18n::backup_crypto::{file_name, open_error, passphrase_error, BC};
use crate::i18n::{Text, K};
use crate::state::backup_crypto::{normalized, open};
use crate::state::{today, use_app};

/// A status line with a spinner while `busy` holds a text; always in the page, so screen
/// readers announce it when it fills.
fn busy_line(busy: RwSignal<Option<BC>>, testid: &'static str) -> impl IntoView {
    let st = use_app();
    view! {
        <div role="status" aria-live="polite">
            {move || busy.get().map(|k| view! {
                <p class="backup-crypto-busy" data-testid=testid><span class="spinner" aria-hidden="true"></span>{st.t(k)}</p>
            })}
        </div>
    }
}

/// The backup download: plain, or sealed with a password when the teacher ticks the box.
/// The box is suggested (not ticked for her) when support notes are stored.
#[component]
pub fn BackupExport() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let b = move |k: BC| st.t(k);
    let protect = RwSignal::new(false);
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<BC>);
    let notes = move || st.book.with_kinds(&["pupil"], |b| suggests_encryption(&b.pupils));

    let plain = move || {
        spawn_local(async move {
            let text = match st.export_backup().await {
                Ok(text) => text,
                Err(message) => return st.toast(message, true, None),
            };
            let name = format!("groeipad-backup-{}.json", today().format("%Y-%m-%d"));
            offer_file(st, &name, "application/json", &text, t(K::BackupDone));
        });
    };
    let sealed = move || {
        let lang = st.lang.get_untracked();
        let chosen = NewPassphrase::new(&normalized(&pass.get_untracked()), &normalized(&repeat.get_untracked()));
        let chosen = match chosen {
            Ok(p) => p,
            Err(e) => return error.set(Some(passphrase_error(lang, &e))),
        };
        error.set(None);
        busy.set(Some(BC::Encrypting));
        spawn_local(async move {
            let result = st.export_encrypted(&chosen).await;
            busy.set(None);
            match result {
                Ok(text) => {
                    pass.set(String::new());
                    repeat.set(String::new());
                    offer_file(st, &file_name(lang, today()), "application/json", &text, BC::EncryptedDone.t(lang));
                }
                Err(message) => error.set(Some(message)),
            }
        });
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked().is_some() || st.busy_backup.get_untracked() {
            return;
        }
        if protect.get_untracked() { sealed() } else { plain() }
    };
    let field = move |id: &'static str, label: BC, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{move || b(label)}</label>
                <input id=id type="password" autocomplete="new-password" maxlength=MAX_PASSPHRASE_CHARS.to_string()
                    data-testid=id aria-describedby="backup-protect-help"
                    prop:value=move || value.get() on:input=move |ev| { value.set(event_target_value(&ev)); error.set(None); }/>
            </div>
        }
    };

    view! {
        <form class="backup-export" on:submit=on_submit data-testid="backup-export">
            <Show when=notes>
                <p class="notice backup-crypto-hint" data-testid="backup-crypto-hint">{move || b(BC::NotesHint)}</p>
            </Show>
            <label class="choice">
                <input type="checkbox" data-testid="backup-protect" prop:checked=move || protect.get()
                    on:change=move |ev| { protect.set(event_target_checked(&ev)); error.set(None); }/>
                <span>{move || b(BC::Protect)}</span>
            </label>
            <Show when=move || protect.get()>
                <p class="help" id="backup-protect-help">{move || b(BC::ProtectHelp)}</p>
                <div class="form-grid backup-crypto-fields">
                    {field("backup-passphrase", BC::Passphrase, pass)}
                    {field("backup-passphrase-repeat", BC::PassphraseRepeat, repeat)}
                </div>
            </Show>
            <p class="field-error" role="alert" data-testid="backup-passphrase-error">{move || error.get()}</p>
            <button type="submit" class="btn btn-primary" data-testid="export"
                disabled=move || st.busy_backup.get() || busy.get().is_some()>
                {move || if protect.get() { b(BC::ExportEncrypted) } else { t(K::ExportBackup) }}
            </button>
            {busy_line(busy, "backup-encrypting")}
        </form>
    }
}

/// Asks for the password of an encrypted backup the teacher chose to restore; hands the
/// inner backup's text on once it opens. A wrong password says so and changes nothing.
#[component]
pub fn EncryptedImport(
    /// The encrypted file, read and checked; `None` hides the prompt.
    sealed: RwSignal<Option<Sealed>>,
    /// Gets the opened backup's text (to parse and preview like any backup).
    on_opened: Callback<String>,
) -> impl IntoView {
    let st = use_app();
    let b = move |k: BC| st.t(k);
    let pass = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<BC>);
    let input = NodeRef::<leptos::html::Input>::new();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let lang = st.lang.get_untracked();
        let Some(file) = sealed.get_untracked() else { return };
        if busy.get_untracked().is_some() {
            return;
        }
        let typed = pass.get_untracked();
        if typed.is_empty() {
            return error.set(Some(BC::EnterPassphrase.t(lang).into()));
        }
        error.set(None);
        busy.set(Some(BC::Decrypting));
        spawn_local(async move {
            let result = open(&file, &typed).await;
            busy.set(None);
            match result {
                Ok(text) => {
                    pass.set(String::new());
                    sealed.set(None);
                    on_opened.run(text);
                }
                Err(e) => {
                    error.set(Some(open_error(lang, &e)));
                    if let Some(el) = input.get_untracked() {
                        el.select();
                    }
                }
            }
        });
    };
    let cancel = move |_| {
        sealed.set(None);
        pass.set(String::new());
        error.set(None);
        st.toast(st.t(K::ImportCancelled).into(), false, None);
    };
    // The teacher is about to type: focus the field when the prompt appears.
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });

    view! {
        <Show when=move || sealed.with(Option::is_some)>
            <form class="notice backup-crypto-prompt" on:submit=on_submit data-testid="import-passphrase-form">
                <p id="import-passphrase-help">{move || b(BC::Prompt)}</p>
                <div class="field">
                    <label for="import-passphrase">{move || b(BC::ImportPassphrase)}</label>
                    <input id="import-passphrase" type="password" autocomplete="current-password" node_ref=input
                        maxlength=MAX_PASSPHRASE_CHARS.to_string() aria-describedby="import-passphrase-help"
                        data-testid="import-passphrase" prop:value=move || pass.get()
                        on:input=move |ev| pass.set(event_target_value(&ev))/>
                </div>
                <p class="field-error" role="alert" data-testid="import-passphrase-error">{move || error.get()}</p>
                <div class="actions-row">
                    <button type="submit" class="btn btn-primary" data-testid="import-passphrase-open" disabled=move || busy.get().is_some()>
                        {move || b(BC::Open)}
                    </button>
                    <button type="button" class="btn btn-secondary" data-testid="import-passphrase-cancel" on:click=cancel>
                        {move || st.t(K::Cancel)}
                    </button>
                </div>
                {busy_line(busy, "backup-decrypting")}
            </form>
        </Show>
    }
}
