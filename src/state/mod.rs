//! The reactive layer: loads the class book from storage a scope at a time, exposes it
//! as a keyed signal (`BookSignal`), turns UI intents into domain commands and persists
//! the result.
//!
//! Pages call the intent functions here and never touch storage. Start-up reads only
//! the core records (classes, pupils, settings); a screen asks for the rest with
//! `need(scope)` (a pupil, a class, the follow-up lists), which reads that part through
//! its IndexedDB index once. Writes are queued and run one at a time; a write is
//! confirmed only when its transaction committed. A failed write shows an error and
//! puts back what is really stored for the records it touched, while the form keeps
//! what the teacher typed. Other tabs are told which records changed and read only those.

pub mod backup_crypto;
mod book_signal;
mod io;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::backup::BackupContents;
use crate::domain::book::{Change, Planned};
use crate::domain::goals::commands::WizardDraft;
use crate::i18n::UserMessage;
use crate::domain::records::Record;
use crate::domain::records::Book;
use crate::domain::scope::Scope;
use crate::i18n::{self, Lang, Text, K};
use crate::storage::{meta, StorageError};

pub use book_signal::BookSignal;

/// Name of the IndexedDB database.
pub const DB_NAME: &str = "groeipad";

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Loading,
    Ready,
    Failed(StorageError),
}

/// What undoing a toast's action does.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// Put these records back (and delete those).
    Change(Change),
    /// Replace everything with these records (undo of an import), leaving the damaged
    /// entries under these keys alone.
    Replace(Vec<Record>, Vec<String>),
}

/// A command's value with the undo to offer (`None` when it changed nothing).
pub type WithUndo<T> = (T, Option<Undo>);

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub id: u32,
    pub text: String,
    pub error: bool,
    pub undo: Option<Undo>,
    /// The screen (path) the message belongs to: the one shown once the action that raised
    /// it has finished, so "Leerling verwijderd" follows the delete to the class page. The
    /// message goes when the teacher moves on to another screen.
    pub screen: Option<String>,
}

/// The app-wide state, provided as context at the top. All fields are Copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub book: BookSignal,
    pub status: RwSignal<Status>,
    pub lang: RwSignal<Lang>,
    pub privacy: RwSignal<bool>,
    pub toast: RwSignal<Option<Toast>>,
    pub last_backup: RwSignal<Option<NaiveDateTime>>,
    pub update_ready: RwSignal<bool>,
    /// Number of writes still on their way to storage.
    pub pending: RwSignal<u32>,
    /// Half-finished goal wizards by pupil id (kept in the meta store, not in backups).
    pub goal_drafts: RwSignal<BTreeMap<String, WizardDraft>>,
    /// The scopes whose records are all in the book.
    loaded: RwSignal<BTreeSet<Scope>>,
    /// A backup export or import is running (the settings page shows it).
    pub busy_backup: RwSignal<bool>,
    /// Stored entries that could not be read, kept aside (a banner counts them, settings
    /// lists them).
    pub damaged: RwSignal<Vec<crate::storage::Damaged>>,
    /// The kind of mode kept in IndexedDB at the last change (read at start).
    pub mode_kind: RwSignal<Option<crate::domain::pupilmode::ModeKind>>,
    /// The unread reflections per pupil, counted once per change of the reflections for
    /// every badge on the screen.
    pub unread: Memo<crate::domain::pupilmode::UnreadCounts>,
}

/// Whether these loaded scopes hold every record of `scope`.
fn holds(loaded: &BTreeSet<Scope>, scope: &Scope) -> bool {
    loaded.iter().any(|l| scope.within(l))
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Today's local calendar date.
pub fn today() -> NaiveDate {
    now().date()
}

/// Local date and time now.
pub fn now() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .and_then(|day| day.and_hms_opt(d.get_hours(), d.get_minutes(), d.get_seconds()))
        .unwrap_or_default()
}

/// A new record id that sorts by creation time (milliseconds, then a per-tab counter),
/// followed by a random UUID so ids from two tabs or devices never collide. Records made
/// on the same day (measurements) keep the order they were made in.
pub fn new_id() -> String {
    thread_local! { static SEQ: std::cell::Cell<u16> = const { std::cell::Cell::new(0) }; }
    let seq = SEQ.with(|s| {
        let n = s.get().wrapping_add(1);
        s.set(n);
        n
    });
    format!("{:012x}{seq:04x}-{}", js_sys::Date::now() as u64, uuid::Uuid::new_v4())
}

impl AppState {
    /// Creates the state, provides it as context and starts loading from IndexedDB.
    pub fn provide() -> AppState {
        let book = BookSignal::new();
        let st = AppState {
            book,
            status: RwSignal::new(Status::Loading),
            lang: RwSignal::new(crate::storage::prefs::lang()),
            privacy: RwSignal::new(crate::storage::prefs::privacy()),
            toast: RwSignal::new(None),
            last_backup: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            pending: RwSignal::new(0),
            goal_drafts: RwSignal::new(BTreeMap::new()),
            loaded: RwSignal::new(BTreeSet::new()),
            busy_backup: RwSignal::new(false),
            damaged: RwSignal::new(Vec::new()),
            mode_kind: RwSignal::new(None),
            unread: Memo::new(move |_| book.with_kinds(&["reflection"], |b| b.unread())),
        };
        provide_context(st);
        // <html data-saving> while writes are on their way: lets tests (and styles) wait for them.
        Effect::new(move |_| {
            let saving = st.pending.get() > 0;
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = if saving { el.set_attribute("data-saving", "") } else { el.remove_attribute("data-saving") };
            }
        });
        spawn_local(async move { st.open().await });
        st.listen_to_other_tabs();
        st
    }

    /// Whether every record of `scope` is in the book (tracked). Everything holds every
    /// scope; a class's scope does not hold its pupils' (no measurements).
    pub fn is_loaded(self, scope: &Scope) -> bool {
        self.loaded.with(|l| holds(l, scope))
    }

    /// Asks for the records of a scope: true when they are all in the book; otherwise
    /// starts reading them (once) and returns false until they are there. Tracked, so a
    /// view that calls it shows the records as soon as they arrive.
    pub fn need(self, scope: Scope) -> bool {
        if self.is_loaded(&scope) {
            return true;
        }
        io::load_scope(self, scope);
        false
    }

    /// Runs `action` once every record of these scopes is in the book (reading the
    /// missing ones first); a failed read shows the error and does not run it.
    pub fn after_loading(self, scopes: Vec<Scope>, action: impl FnOnce() + 'static) {
        spawn_local(async move {
            match io::load_now(self, scopes).await {
                Ok(()) => action(),
                Err(e) => self.toast(i18n::storage_error(self.lang.get_untracked(), &e), true, None),
            }
        });
    }

    /// A pupil's name as the screens show it (nickname or initials in privacy mode);
    /// empty when the pupil is gone. Tracks the pupils and the privacy mode.
    pub fn pupil_name(self, id: &str) -> String {
        self.book.with_kinds(&["pupil"], |b| b.pupil(id).map(|p| p.display_name(self.privacy.get()))).unwrap_or_default()
    }

    /// The text of a visible string in the current language (tracks the language).
    pub fn t(self, k: impl Text) -> &'static str {
        k.t(self.lang.get())
    }

    pub fn set_lang(self, lang: Lang) {
        crate::storage::prefs::set_lang(lang);
        self.lang.set(lang);
        set_document_lang(lang);
    }

    pub fn set_privacy(self, on: bool) {
        crate::storage::prefs::set_privacy(on);
        self.privacy.set(on);
    }

    /// Keeps the kind of mode in IndexedDB beside localStorage's full mode.
    pub fn keep_mode_kind(self, kind: crate::domain::pupilmode::ModeKind) {
        self.mode_kind.set(Some(kind));
        if let Ok(text) = serde_json::to_string(&kind) {
            io::set_meta(self, crate::storage::meta::MODE_KIND, text, false);
        }
    }

    /// Shows a message; info toasts with or without undo disappear after a while.
    pub fn toast(self, text: String, error: bool, undo: Option<Undo>) {
        let id = io::next_toast_id();
        self.toast.set(Some(Toast { id, text, error, undo, screen: None }));
        // After the handler that raised it (and any navigation it did) has run.
        set_timeout(
            move || {
                let here = web_sys::window().and_then(|w| w.location().pathname().ok());
                self.toast.update(|t| {
                    if let Some(t) = t.as_mut().filter(|t| t.id == id && t.screen.is_none()) {
                        t.screen = here;
                    }
                });
            },
            std::time::Duration::ZERO,
        );
        if !error {
            set_timeout(
                move || {
                    if self.toast.get_untracked().is_some_and(|t| t.id == id) {
                        self.toast.set(None);
                    }
                },
                std::time::Duration::from_secs(10),
            );
        }
    }

    /// Runs a domain command on the book. On success the views of the changed records
    /// update at once and the change is queued for storage; on error nothing changes and
    /// the error is returned in the user's language for the form to show. The command
    /// may change the book in place or only plan (`&Book`): its change is applied either
    /// way (applying what a command already did changes nothing).
    pub fn run<E: UserMessage>(self, cmd: impl FnOnce(&mut Book) -> Result<Change, E>) -> Result<(), String> {
        self.run_with(|b| cmd(b).map(|c| (c, ())))
    }

    /// Like `run`, for commands that also return a value (paste report).
    pub fn run_with<T, E: UserMessage>(
        self,
        cmd: impl FnOnce(&mut Book) -> Result<(Change, T), E>,
    ) -> Result<T, String> {
        self.apply_then(applied(cmd), None).map(|(t, _)| t)
    }

    /// Runs a command that only plans (`&Book`) and offers its undo: when it changed
    /// anything, a toast says `done` and offers undo; an error comes back in the user's
    /// language for the caller to show (inline or as a toast).
    pub fn run_undoable<P: Planned, E: UserMessage>(
        self,
        done: String,
        cmd: impl FnOnce(&Book) -> Result<P, E>,
    ) -> Result<(), String> {
        let (_, undo) = self.run_with_undo(cmd)?;
        if undo.is_some() {
            self.toast(done, false, undo);
        }
        Ok(())
    }

    /// Runs a command that only plans (`&Book`); returns its value and the undo (`None`
    /// when nothing changed), the inverse computed from the records before the change
    /// (`Book::run_undoable`), for the caller to offer.
    pub fn run_with_undo<P: Planned, E: UserMessage>(
        self,
        cmd: impl FnOnce(&Book) -> Result<P, E>,
    ) -> Result<WithUndo<P::Value>, String> {
        self.apply_then(with_undo(cmd), None).map(|(t, _)| t)
    }

    /// Like `run_with`, for a form that says "saved" only when it is: `done` gets the
    /// command's value once its write committed, or the error in the user's language (a
    /// refused command at once; a failed write when storage reports it, after which the
    /// book shows what is really stored and the form still holds what was typed).
    pub fn run_stored<T: 'static, E: UserMessage>(
        self,
        cmd: impl FnOnce(&mut Book) -> Result<(Change, T), E>,
        done: impl FnOnce(Result<T, String>) + 'static,
    ) {
        self.stored_then(applied(cmd), done)
    }

    /// `run_stored` for a command that only plans: `done` also gets the undo to offer.
    pub fn run_stored_with_undo<P: Planned, E: UserMessage>(
        self,
        cmd: impl FnOnce(&Book) -> Result<P, E>,
        done: impl FnOnce(Result<WithUndo<P::Value>, String>) + 'static,
    ) where
        P::Value: 'static,
    {
        self.stored_then(with_undo(cmd), done)
    }

    /// Runs `cmd` (which applies its change) and queues the change, telling `stored` how
    /// the write ended; false beside the value when the command changed nothing (so
    /// there is no write to wait for).
    fn apply_then<T, E: UserMessage>(
        self,
        cmd: impl FnOnce(&mut Book) -> Result<(Change, T), E>,
        stored: Option<io::Stored>,
    ) -> Result<(T, bool), String> {
        let (change, value) = self.book.mutate(cmd).map_err(|e| e.message(self.lang.get_untracked()))?;
        if change.is_empty() {
            return Ok((value, false));
        }
        let (touched, tags) = self.book.with_untracked(|b| (b.touched_by(&change), b.tags_of(&change)));
        if change.deletes.is_empty() {
            self.book.notify(&touched);
        } else {
            // The deleted records are gone from the book: tell every view.
            self.book.notify_all();
        }
        io::enqueue(self, io::Job::Commit(change, tags, stored));
        Ok((value, true))
    }

    /// `apply_then` for a form: `done` hears once the write committed or failed.
    fn stored_then<T: 'static, E: UserMessage>(
        self,
        cmd: impl FnOnce(&mut Book) -> Result<(Change, T), E>,
        done: impl FnOnce(Result<T, String>) + 'static,
    ) {
        let value = std::rc::Rc::new(std::cell::RefCell::new(None::<T>));
        let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
        let (v, d) = (value.clone(), done.clone());
        let lang = self.lang;
        let stored: io::Stored = Box::new(move |result| {
            let (Some(done), Some(value)) = (d.borrow_mut().take(), v.borrow_mut().take()) else { return };
            done(result.map(|()| value).map_err(|e| i18n::storage_error(lang.get_untracked(), &e)));
        });
        let ran = self.apply_then(
            |b| {
                let (c, t) = cmd(b)?;
                *value.borrow_mut() = Some(t);
                Ok::<_, E>((c, ()))
            },
            Some(stored),
        );
        let now = match ran {
            Ok(((), true)) => None,
            Ok(((), false)) => value.borrow_mut().take().map(Ok),
            Err(e) => Some(Err(e)),
        };
        if let Some(result) = now {
            let done = done.borrow_mut().take();
            if let Some(done) = done {
                done(result);
            }
        }
    }

    /// Undoes a toast's action.
    pub fn undo(self, undo: Undo) {
        self.toast.set(None);
        match undo {
            Undo::Change(change) => {
                let (touched, tags) = self.book.with_untracked(|b| (b.touched_by(&change), b.tags_of(&change)));
                self.book.mutate(|b| b.apply(&change));
                self.book.notify(&touched);
                io::enqueue(self, io::Job::Commit(change, tags, None));
                self.toast(self.t(K::Restored).to_string(), false, None);
            }
            Undo::Replace(records, keep) => io::enqueue(self, io::Job::Replace { records, undo_of_import: Some(keep) }),
        }
    }

    /// Replaces all data with a validated backup; the old data can be brought back with
    /// undo. Confirmed (with a toast) only once the new data is stored.
    pub fn import(self, contents: BackupContents) {
        io::enqueue(self, io::Job::Replace { records: contents.records, undo_of_import: None });
    }

    /// The backup file's text (read from storage: everything, not only what the book
    /// holds), and remembers when it was made.
    pub async fn export_backup(self) -> Result<String, String> {
        let (text, at) = self.backup_text().await?;
        self.backed_up(at);
        Ok(text)
    }

    /// The backup file's text and the moment it was made.
    async fn backup_text(self) -> Result<(String, NaiveDateTime), String> {
        let at = now();
        self.busy_backup.set(true);
        let result = io::read_all().await;
        self.busy_backup.set(false);
        let records = result.map_err(|e| i18n::storage_error(self.lang.get_untracked(), &e))?;
        Ok((crate::domain::backup::export(&records, at), at))
    }

    /// Remembers that a backup was made at `at` (the home screen's reminder reads it).
    fn backed_up(self, at: NaiveDateTime) {
        self.last_backup.set(Some(at));
        io::set_meta(self, meta::LAST_BACKUP, at.format("%Y-%m-%dT%H:%M:%S").to_string(), false);
    }

    /// Everything stored, as it is, when storage cannot be opened for use: a file for a
    /// newer Groeipad or for whoever helps (`backup::rescue`). `None` when nothing is stored.
    pub async fn rescue_file(self) -> Result<Option<String>, StorageError> {
        let (schema, entries) = io::read_stored().await?;
        let schema = schema.unwrap_or(crate::domain::migrations::CURRENT_SCHEMA);
        Ok((!entries.is_empty()).then(|| crate::domain::backup::rescue(schema, &entries, now())))
    }

    /// The damaged entries as a file for whoever can help: each key with its text as stored.
    pub fn damaged_file(self) -> String {
        let entries: Vec<serde_json::Value> =
            self.damaged.with_untracked(|d| d.iter().map(|d| serde_json::json!({ "key": d.key, "text": d.text })).collect());
        let at = now().format("%Y-%m-%dT%H:%M:%S").to_string();
        serde_json::to_string_pretty(&serde_json::json!({ "app": "groeipad-damaged", "exported_at": at, "entries": entries })).unwrap_or_default()
    }

    /// Removes a damaged entry from storage, on the teacher's request; confirmed once done.
    pub fn delete_damaged(self, key: String) {
        leptos::task::spawn_local(async move {
            match io::delete_damaged(&key).await {
                Ok(()) => {
                    self.damaged.update(|d| d.retain(|x| x.key != key));
                    self.toast(self.t(K::DamagedDeleted).to_string(), false, None);
                }
                Err(e) => self.toast(i18n::storage_error(self.lang.get_untracked(), &e), true, None),
            }
        });
    }

    /// Keeps (or with None, discards) the wizard draft for a pupil.
    pub fn set_goal_draft(self, pupil_id: &str, draft: Option<WizardDraft>) {
        self.goal_drafts.update(|m| match draft {
            Some(d) => {
                m.insert(pupil_id.to_string(), d);
            }
            None => {
                m.remove(pupil_id);
            }
        });
        let json = self.goal_drafts.with_untracked(|m| serde_json::to_string(m).unwrap_or_default());
        io::set_meta(self, meta::GOAL_DRAFTS, json, true);
    }

    async fn open(self) {
        io::open(self).await;
    }

    fn listen_to_other_tabs(self) {
        io::listen_to_other_tabs(self);
    }
}

/// A command that changes the book in place or only plans, made to apply its change
/// (applying what a command already did changes nothing).
fn applied<T, E>(cmd: impl FnOnce(&mut Book) -> Result<(Change, T), E>) -> impl FnOnce(&mut Book) -> Result<(Change, T), E> {
    move |b| {
        let (change, value) = cmd(b)?;
        b.apply(&change);
        Ok((change, value))
    }
}

/// A command that only plans, applied with its undo (`Book::run_undoable`, the one way
/// undo is made); no undo when it changed nothing.
fn with_undo<P: Planned, E>(
    cmd: impl FnOnce(&Book) -> Result<P, E>,
) -> impl FnOnce(&mut Book) -> Result<(Change, WithUndo<P::Value>), E> {
    move |b| {
        let (planned, undo) = b.run_undoable(cmd)?;
        let (change, value) = planned.into_parts();
        Ok((change, (value, (!undo.is_empty()).then_some(Undo::Change(undo)))))
    }
}

pub fn set_document_lang(lang: Lang) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang.code());
    }
}

/// Marks the moment the class overview first shows loaded data (read by bench/).
pub(crate) fn mark_interactive() {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("groeipad-interactive");
    }
}
