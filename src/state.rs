//! The reactive layer: loads the class book from storage, exposes it as signals, turns
//! UI intents into domain commands and persists the result.
//!
//! Pages call the intent functions here and never touch storage. Writes are queued and
//! run one at a time, so revisions stay consistent; a failed write shows an error,
//! reloads what is really stored, and keeps what the teacher typed in the form.
//! Other tabs are told about every write over a BroadcastChannel and reload.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

use crate::domain::backup::{self, BackupContents};
use crate::domain::book::{Book, Change};
use crate::domain::goals::book::WizardDraft;
use crate::domain::model::Record;
use crate::domain::lang::UserMessage;
use crate::i18n::{self, Lang, Text, K};
use crate::storage::idb::IdbRepo;
use crate::storage::{meta, prefs, Repository, Revs, StorageError};

/// Name of the IndexedDB database.
pub const DB_NAME: &str = "groeipad";
const CHANNEL: &str = "groeipad-changes";

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
    /// Replace everything with these records (undo of an import).
    Replace(Vec<Record>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub id: u32,
    pub text: String,
    pub error: bool,
    pub undo: Option<Undo>,
}

/// The app-wide state, provided as context at the top. All fields are signals (Copy).
#[derive(Clone, Copy)]
pub struct AppState {
    pub book: RwSignal<Book>,
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
}

struct Io {
    repo: Option<Rc<IdbRepo>>,
    revs: Revs,
    queue: VecDeque<Job>,
    busy: bool,
    channel: Option<web_sys::BroadcastChannel>,
    toast_seq: u32,
}

enum Job {
    Commit(Change),
    Replace(Vec<Record>),
}

thread_local! {
    static IO: RefCell<Io> = RefCell::new(Io {
        repo: None, revs: Revs::new(), queue: VecDeque::new(), busy: false, channel: None, toast_seq: 0,
    });
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
        let st = AppState {
            book: RwSignal::new(Book::default()),
            status: RwSignal::new(Status::Loading),
            lang: RwSignal::new(prefs::lang()),
            privacy: RwSignal::new(prefs::privacy()),
            toast: RwSignal::new(None),
            last_backup: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            pending: RwSignal::new(0),
            goal_drafts: RwSignal::new(BTreeMap::new()),
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

    async fn open(self) {
        match IdbRepo::open(DB_NAME).await {
            Ok(repo) => {
                let repo = Rc::new(repo);
                IO.with(|io| io.borrow_mut().repo = Some(repo.clone()));
                if let Ok(Some(t)) = repo.get_meta(meta::LAST_BACKUP).await {
                    self.last_backup.set(t.parse().ok());
                }
                if let Ok(Some(t)) = repo.get_meta(meta::GOAL_DRAFTS).await {
                    self.goal_drafts.set(serde_json::from_str(&t).unwrap_or_default());
                }
                self.reload().await;
                if !matches!(self.status.get_untracked(), Status::Failed(_)) {
                    self.status.set(Status::Ready);
                }
                request_animation_frame(mark_interactive);
            }
            Err(e) => self.status.set(Status::Failed(e)),
        }
    }

    fn repo() -> Option<Rc<IdbRepo>> {
        IO.with(|io| io.borrow().repo.clone())
    }

    /// Reads everything from storage into the book (after start, a failure, another tab).
    pub async fn reload(self) {
        let Some(repo) = Self::repo() else { return };
        match repo.load().await {
            Ok(snap) => {
                IO.with(|io| io.borrow_mut().revs = snap.revs);
                self.book.set(Book::from_records(snap.records));
            }
            Err(e) => self.status.set(Status::Failed(e)),
        }
    }

    /// The text of a visible string in the current language (tracks the language).
    pub fn t(self, k: impl Text) -> &'static str {
        k.t(self.lang.get())
    }

    pub fn set_lang(self, lang: Lang) {
        prefs::set_lang(lang);
        self.lang.set(lang);
        set_document_lang(lang);
    }

    pub fn set_privacy(self, on: bool) {
        prefs::set_privacy(on);
        self.privacy.set(on);
    }

    /// Shows a message; info toasts with or without undo disappear after a while.
    pub fn toast(self, text: String, error: bool, undo: Option<Undo>) {
        let id = IO.with(|io| {
            let mut io = io.borrow_mut();
            io.toast_seq += 1;
            io.toast_seq
        });
        self.toast.set(Some(Toast { id, text, error, undo }));
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

    /// Runs a domain command on the book. On success the book shows the result at once
    /// and the change is queued for storage; on error nothing changes and the error is
    /// returned in the user's language for the form to show.
    pub fn run<E: UserMessage>(self, cmd: impl FnOnce(&mut Book) -> Result<Change, E>) -> Result<(), String> {
        let mut book = self.book.get_untracked();
        match cmd(&mut book) {
            Ok(change) => {
                self.book.set(book);
                if !change.is_empty() {
                    self.enqueue(Job::Commit(change));
                }
                Ok(())
            }
            Err(e) => Err(e.message(self.lang.get_untracked())),
        }
    }

    /// Like `run`, for commands that also return a value (paste report, undo).
    pub fn run_with<T, E: UserMessage>(
        self,
        cmd: impl FnOnce(&mut Book) -> Result<(Change, T), E>,
    ) -> Result<T, String> {
        let mut out = None;
        self.run(|b| {
            let (c, t) = cmd(b)?;
            out = Some(t);
            Ok::<Change, E>(c)
        })?;
        out.ok_or_default()
    }

    /// Undoes a toast's action.
    pub fn undo(self, undo: Undo) {
        self.toast.set(None);
        match undo {
            Undo::Change(change) => {
                self.book.update(|b| b.apply(&change));
                self.enqueue(Job::Commit(change));
            }
            Undo::Replace(records) => {
                self.book.set(Book::from_records(records.clone()));
                self.enqueue(Job::Replace(records));
            }
        }
        self.toast(self.t(K::Restored).to_string(), false, None);
    }

    /// Replaces all data with a validated backup; the old data can be brought back with undo.
    pub fn import(self, contents: BackupContents) {
        let old = self.book.get_untracked().records();
        self.book.set(Book::from_records(contents.records.clone()));
        self.enqueue(Job::Replace(contents.records));
        self.toast(self.t(K::ImportDone).to_string(), false, Some(Undo::Replace(old)));
    }

    /// The backup file's text, and remembers when it was made.
    pub fn export_backup(self) -> String {
        let at = now();
        let text = backup::export(&self.book.get_untracked().records(), at);
        self.last_backup.set(Some(at));
        spawn_local(async move {
            if let Some(repo) = Self::repo() {
                let _ = repo.set_meta(meta::LAST_BACKUP, &at.format("%Y-%m-%dT%H:%M:%S").to_string()).await;
            }
        });
        text
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
        spawn_local(async move {
            if let Some(repo) = Self::repo() {
                if let Err(e) = repo.set_meta(meta::GOAL_DRAFTS, &json).await {
                    self.toast(i18n::storage_error(self.lang.get_untracked(), &e), true, None);
                }
            }
        });
    }

    fn enqueue(self, job: Job) {
        let start = IO.with(|io| {
            let mut io = io.borrow_mut();
            io.queue.push_back(job);
            !std::mem::replace(&mut io.busy, true)
        });
        self.pending.update(|n| *n += 1);
        if start {
            spawn_local(async move { self.drain().await });
        }
    }

    async fn drain(self) {
        loop {
            let (job, repo, revs) = IO.with(|io| {
                let mut io = io.borrow_mut();
                (io.queue.pop_front(), io.repo.clone(), io.revs.clone())
            });
            let Some(job) = job else { break };
            let result = match (&job, repo) {
                (_, None) => Err(StorageError::NotAvailable),
                (Job::Commit(c), Some(repo)) => repo.commit(c, &revs).await.map(|new| (new, c.deletes.clone(), false)),
                (Job::Replace(r), Some(repo)) => repo.replace_all(r).await.map(|new| (new, vec![], true)),
            };
            self.pending.update(|n| *n = n.saturating_sub(1));
            match result {
                Ok((new, deleted, replaced)) => IO.with(|io| {
                    let mut io = io.borrow_mut();
                    if replaced {
                        io.revs.clear();
                    }
                    for k in deleted {
                        io.revs.remove(&k);
                    }
                    io.revs.extend(new);
                    if let Some(ch) = &io.channel {
                        let _ = ch.post_message(&JsValue::from_str("changed"));
                    }
                }),
                Err(e) => {
                    // Drop what was queued after the failed write: it built on it.
                    let dropped = IO.with(|io| {
                        let mut io = io.borrow_mut();
                        let n = io.queue.len() as u32;
                        io.queue.clear();
                        n
                    });
                    self.pending.update(|n| *n = n.saturating_sub(dropped));
                    self.toast(i18n::storage_error(self.lang.get_untracked(), &e), true, None);
                    self.reload().await;
                }
            }
        }
        IO.with(|io| io.borrow_mut().busy = false);
    }

    fn listen_to_other_tabs(self) {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else { return };
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| {
            spawn_local(async move {
                // Wait for our own queued writes; they will conflict and reload if needed.
                if IO.with(|io| io.borrow().busy) {
                    return;
                }
                self.reload().await;
            });
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        IO.with(|io| io.borrow_mut().channel = Some(channel));
    }
}

trait OkOrDefault<T> {
    fn ok_or_default(self) -> Result<T, String>;
}
impl<T> OkOrDefault<T> for Option<T> {
    fn ok_or_default(self) -> Result<T, String> {
        self.ok_or_else(String::new)
    }
}

pub fn set_document_lang(lang: Lang) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang.code());
    }
}

/// Marks the moment the class overview first shows loaded data (read by bench/).
fn mark_interactive() {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("groeipad-interactive");
    }
}
