//! Settings: language, privacy mode, storage status, backup export and import.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::file_picker::{FileProblem, JsonFilePicker};
use wasm_bindgen_futures::JsFuture;

use crate::components::goals::norms_editor::NormsEditor;
use crate::components::util::offer_file;
use crate::components::backup_crypto::{BackupExport, EncryptedImport};
use crate::domain::backup::{self, BackupContents, PinInFile};
use crate::domain::backup_crypto::{self, Sealed};
use crate::i18n::backup_crypto::open_error;
use crate::i18n::{self, Lang, Text, K};
use crate::state::{today, use_app, Status};
use crate::storage::StorageError;

#[derive(Clone, Debug, PartialEq)]
struct StorageInfo {
    persisted: Option<bool>,
    usage: Option<f64>,
    quota: Option<f64>,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    // Older browsers lack navigator.storage: treat as "unknown".
    let has = js_sys::Reflect::get(&nav, &"storage".into()).ok().is_some_and(|v| !v.is_undefined());
    has.then(|| nav.storage())
}

async fn call_bool(p: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    JsFuture::from(p.ok()?).await.ok()?.as_bool()
}

async fn read_storage_info(ask: bool) -> StorageInfo {
    let Some(sm) = storage_manager() else { return StorageInfo { persisted: None, usage: None, quota: None } };
    let persisted = if ask { call_bool(sm.persist()).await } else { call_bool(sm.persisted()).await };
    let est = match sm.estimate() {
        Ok(p) => JsFuture::from(p).await.ok(),
        Err(_) => None,
    };
    let num = |k: &str| est.as_ref().and_then(|e| js_sys::Reflect::get(e, &k.into()).ok()).and_then(|v| v.as_f64());
    StorageInfo { persisted, usage: num("usage"), quota: num("quota") }
}

#[component]
pub fn Settings() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    view! {
        <div class="page settings-page" data-testid="settings-page">
            <h1>{move || t(K::SettingsTitle)}</h1>
            <crate::components::damaged::DamagedList/>
            <LanguageSection/>
            <PrivacySection/>
            <StorageSection/>
            <crate::components::followup::settings::FollowUpSettings/>
            <crate::components::pupilmode::PinSettings/>
            <BackupSection/>
            <crate::components::retention::RetentionSettings/>
            <NormsEditor/>
            <crate::components::grouping::support_levels::SupportVocabularyChoice/>
            <section class="card" aria-labelledby="about-title">
                <h2 id="about-title">{move || t(K::AboutTitle)}</h2>
                <p>{move || t(K::AboutText)}</p>
            </section>
        </div>
    }
}

/// Settings while storage cannot be opened: what still works (the language, privacy
/// mode, what the browser says of its storage) and a file of everything stored.
#[component]
pub fn SettingsWhenFailed() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let m = crate::mode::use_mode();
    let error = move || match st.status.get() {
        Status::Failed(e) => i18n::storage_error(st.lang.get(), &e),
        _ => String::new(),
    };
    view! {
        <div class="page settings-page" data-testid="settings-page">
            <h1>{move || t(K::SettingsTitle)}</h1>
            <section class="card error-card" role="alert" data-testid="storage-failed-settings">
                <h2>{move || t(K::StorageFailedTitle)}</h2>
                <p>{error}</p>
                <p>{move || match st.status.get() {
                    Status::Failed(StorageError::NotAvailable) => t(K::FailedSettingsIntroBare),
                    _ => t(K::FailedSettingsIntro),
                }}</p>
            </section>
            <LanguageSection/>
            <PrivacySection/>
            <StorageSection/>
            // What is stored holds every pupil's data: the file only for the teacher.
            <Show when=move || m.is_teacher() || matches!(st.status.get(), Status::Failed(StorageError::NotAvailable))>
                <RescueSection/>
            </Show>
        </div>
    }
}

#[component]
fn LanguageSection() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    view! {
        <section class="card" aria-labelledby="lang-title">
            <h2 id="lang-title">{move || t(K::LanguageTitle)}</h2>
            <div class="choice-row" role="radiogroup" aria-labelledby="lang-title">
                <label class="choice">
                    <input type="radio" name="lang" value="nl" data-testid="lang-nl"
                        prop:checked=move || st.lang.get() == Lang::Nl
                        on:change=move |_| st.set_lang(Lang::Nl)/>
                    <span lang="nl">{move || t(K::Dutch)}</span>
                </label>
                <label class="choice">
                    <input type="radio" name="lang" value="en" data-testid="lang-en"
                        prop:checked=move || st.lang.get() == Lang::En
                        on:change=move |_| st.set_lang(Lang::En)/>
                    <span lang="en">{move || t(K::English)}</span>
                </label>
            </div>
        </section>
    }
}

#[component]
fn PrivacySection() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    view! {
        <section class="card" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{move || t(K::PrivacyTitle)}</h2>
            <label class="choice">
                <input type="checkbox" data-testid="privacy-toggle" prop:checked=move || st.privacy.get()
                    on:change=move |ev| st.set_privacy(event_target_checked(&ev))/>
                <span>{move || t(K::PrivacyMode)}</span>
            </label>
        </section>
    }
}

#[component]
fn StorageSection() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let info = RwSignal::new(None::<StorageInfo>);
    spawn_local(async move {
        // Ask once on this page too: the browser may grant it now that data exists.
        info.set(Some(read_storage_info(true).await));
    });
    let ask_persist = move |_| spawn_local(async move { info.set(Some(read_storage_info(true).await)) });

    let persist_text = move || match info.get().and_then(|i| i.persisted) {
        Some(true) => t(K::PersistGranted),
        Some(false) => t(K::PersistDenied),
        None => t(K::PersistUnknown),
    };
    let usage_text = move || {
        let lang = st.lang.get();
        info.get().and_then(|i| {
            let used = i.usage?;
            Some(match i.quota {
                Some(q) => format!("{}: {} {} {}", t(K::StorageUsed), crate::i18n::format::bytes(lang, used), t(K::StorageOf), crate::i18n::format::bytes(lang, q)),
                None => format!("{}: {}", t(K::StorageUsed), crate::i18n::format::bytes(lang, used)),
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="storage-title">
            <h2 id="storage-title">{move || t(K::StorageTitle)}</h2>
            <p>{move || t(K::StorageLocal)}</p>
            <p data-testid="persist-status">{persist_text}</p>
            <p data-testid="storage-usage">{usage_text}</p>
            <Show when=move || info.get().and_then(|i| i.persisted) == Some(false)>
                <button class="btn btn-secondary" on:click=ask_persist>{move || t(K::AskPersist)}</button>
            </Show>
        </section>
    }
}

/// Everything stored, as a file, when storage cannot be opened for use (`backup::rescue`).
#[component]
fn RescueSection() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let note = RwSignal::new(None::<K>);
    let busy = RwSignal::new(false);
    let save = move |_| {
        busy.set(true);
        note.set(None);
        spawn_local(async move {
            match st.rescue_file().await {
                Ok(Some(text)) => {
                    let name = format!("groeipad-opgeslagen-{}.json", today().format("%Y-%m-%d"));
                    offer_file(st, &name, "application/json", &text, t(K::RescueDone));
                }
                Ok(None) => note.set(Some(K::RescueNothing)),
                Err(_) => note.set(Some(K::RescueFailed)),
            }
            busy.set(false);
        });
    };
    // A browser that offers no storage at all has nothing stored: no button that cannot work.
    let possible = move || !matches!(st.status.get(), Status::Failed(StorageError::NotAvailable));
    view! {
        <section class="card" aria-labelledby="rescue-title" data-testid="rescue">
            <h2 id="rescue-title">{move || t(K::RescueTitle)}</h2>
            <Show when=possible fallback=move || view! { <p data-testid="rescue-not-possible">{move || t(K::RescueNotPossible)}</p> }>
                <p class="help">{move || t(K::RescueHelp)}</p>
                <button class="btn btn-primary" data-testid="rescue-save" on:click=save disabled=move || busy.get()>
                    {move || t(K::RescueSave)}
                </button>
                <p role="status" data-testid="rescue-note">{move || note.get().map(t)}</p>
            </Show>
        </section>
    }
}

#[component]
fn BackupSection() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let preview = RwSignal::new(None::<BackupContents>);
    let error = RwSignal::new(None::<String>);

    // An encrypted file waiting for its password (`components::backup_crypto`).
    let sealed = RwSignal::new(None::<Sealed>);

    // The teacher PIN: the one in use stays unless she chooses the file's, and choosing it
    // asks for the one in use first.
    let m = crate::mode::use_mode();
    let use_file_pin = RwSignal::new(false);
    let current_pin = RwSignal::new(String::new());
    let pin_error = RwSignal::new(None::<String>);
    let on_file = Callback::new(move |text: Result<String, FileProblem>| {
        let lang = st.lang.get_untracked();
        preview.set(None);
        sealed.set(None);
        error.set(None);
        use_file_pin.set(false);
        pin_error.set(None);
        match text {
            Err(FileProblem::Unreadable) => error.set(Some(K::ReadFileFailed.t(lang).into())),
            Err(FileProblem::NotUtf8) => error.set(Some(i18n::backup_error(lang, &backup::BackupError::NotUtf8))),
            Ok(text) => match backup::parse(&text) {
                Ok(contents) => preview.set(Some(contents)),
                // Checked (version, algorithms, lengths) before the password is asked.
                Err(backup::BackupError::Encrypted) => match backup_crypto::read(&text) {
                    Ok(file) => sealed.set(Some(file)),
                    Err(e) => error.set(Some(open_error(lang, &e))),
                },
                Err(e) => error.set(Some(i18n::backup_error(lang, &e))),
            },
        }
    });
    // The opened file is an ordinary backup: the same checks and preview.
    let on_opened = Callback::new(move |text: String| {
        let lang = st.lang.get_untracked();
        match backup::parse(&text) {
            Ok(contents) => preview.set(Some(contents)),
            Err(e) => error.set(Some(i18n::backup_error(lang, &e))),
        }
    });
    let pin_in_use = move || st.book.with_kinds(&["settings"], |b| b.settings().pin);
    let confirm = move |_| {
        let Some(contents) = preview.get_untracked() else { return };
        let in_use = st.book.with_untracked(|b| b.settings().pin);
        let files = contents.pin().cloned();
        if !use_file_pin.get_untracked() || files == in_use {
            preview.set(None);
            st.import(contents.with_pin(in_use));
            return;
        }
        let typed = current_pin.get_untracked();
        spawn_local(async move {
            // No PIN in use: nothing to ask.
            let checked = if in_use.is_some() { m.check_pin(typed).await } else { Ok(()) };
            match checked {
                Ok(()) => {
                    preview.set(None);
                    current_pin.set(String::new());
                    st.import(contents.with_pin(files));
                }
                Err(e) => pin_error.set(Some(e)),
            }
        });
    };
    let cancel = move |_| {
        preview.set(None);
        st.toast(t(K::ImportCancelled).into(), false, None);
    };
    let last = move || match st.last_backup.get() {
        Some(at) => crate::i18n::format::date(st.lang.get(), at.date()),
        None => t(K::NeverBackedUp).to_string(),
    };

    view! {
        <section class="card" id="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{move || t(K::BackupTitle)}</h2>
            <p>{move || t(K::LastBackup)}": " <strong data-testid="last-backup">{last}</strong></p>
            <p class="help">{move || t(K::ExportHelp)}</p>
            <BackupExport/>
            <Show when=move || st.busy_backup.get()>
                <p class="help" role="status" data-testid="backup-busy">{move || t(K::BackupBusy)}</p>
            </Show>
            <h3>{move || t(K::ImportBackup)}</h3>
            <p class="help" id="import-help">{move || t(K::ImportHelp)}</p>
            <JsonFilePicker id="import-file" testid="import-file" help_id="import-help" label=Signal::derive(move || t(K::ChooseFile)) on_text=on_file/>
            <p class="field-error" role="alert" data-testid="import-error">{move || error.get()}</p>
            <EncryptedImport sealed=sealed on_opened=on_opened/>
            {move || preview.get().map(|c| {
                let lang = st.lang.get();
                view! {
                    <div class="notice notice-warn" data-testid="import-preview">
                        <p>
                            {i18n::backup_contents(lang, c.class_count(), c.pupil_count(), c.exported_at.date())}
                        </p>
                        {
                            let in_use = pin_in_use();
                            let differs = c.pin_in_file(in_use.as_ref());
                            let has_pin_now = in_use.is_some();
                            let text = match differs {
                                PinInFile::Same => None,
                                PinInFile::Different => Some(K::ImportPinDifferent),
                                PinInFile::None => Some(K::ImportPinNone),
                                PinInFile::New => Some(K::ImportPinNew),
                            };
                            text.map(|k| view! {
                                <div class="import-pin" data-testid="import-pin">
                                    <p>{t(k)}</p>
                                    {matches!(differs, PinInFile::Different | PinInFile::New).then(|| view! {
                                        <label class="check">
                                            <input type="checkbox" data-testid="import-use-file-pin" prop:checked=move || use_file_pin.get()
                                                on:change=move |ev| { use_file_pin.set(event_target_checked(&ev)); pin_error.set(None); }/>
                                            {t(K::ImportUseFilePin)}
                                        </label>
                                        <Show when=move || use_file_pin.get() && has_pin_now>
                                            <div class="field">
                                                <label for="import-current-pin">{move || t(K::ImportCurrentPin)}</label>
                                                <input id="import-current-pin" type="password" inputmode="numeric" autocomplete="off" maxlength="8"
                                                    data-testid="import-current-pin" prop:value=move || current_pin.get()
                                                    on:input=move |ev| current_pin.set(event_target_value(&ev))/>
                                            </div>
                                        </Show>
                                        <p class="field-error" role="alert" data-testid="import-pin-error">{move || pin_error.get()}</p>
                                    })}
                                </div>
                            })
                        }
                        <p><strong>{t(K::ImportWarning)}</strong></p>
                        <div class="actions-row">
                            <button class="btn btn-danger" data-testid="import-confirm" on:click=confirm>{t(K::ImportReplace)}</button>
                            <button class="btn btn-secondary" data-testid="import-cancel" on:click=cancel>{t(K::Cancel)}</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}
