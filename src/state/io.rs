//! The state layer's side towards storage: opening, reading scopes, the write queue,
//! and the messages between tabs. Only `state` uses it.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use super::{mark_interactive, AppState, Status, Undo, DB_NAME};
use crate::domain::book::Change;
use crate::domain::records::Record;
use crate::domain::records::Book;
use crate::domain::scope::{tags_for_all, Scope, Tags};
use crate::i18n::{self, K};
use crate::storage::idb::IdbRepo;
use crate::storage::{meta, Repository, Revs, Snapshot, StorageError};

const CHANNEL: &str = "groeipad-changes";

/// Told how a write ended: stored, or why not.
pub(super) type Stored = Box<dyn FnOnce(Result<(), StorageError>)>;

pub(super) enum Job {
    /// A change to store; `Stored` hears when it is stored or failed (a form that says
    /// "saved" only then).
    Commit(Change, Vec<Tags>, Option<Stored>),
    /// Replace everything (an import, or the undo of one with the damaged entries the
    /// import kept aside).
    Replace { records: Vec<Record>, undo_of_import: Option<Vec<String>> },
}

impl Job {
    fn keys(&self) -> Vec<String> {
        match self {
            Job::Commit(c, _, _) => c.puts.iter().map(Record::key).chain(c.deletes.iter().cloned()).collect(),
            Job::Replace { .. } => vec![],
        }
    }
}

/// What one tab tells the others after a write: the keys written and deleted, or that
/// everything was replaced.
#[derive(Serialize, Deserialize, Default)]
struct Message {
    #[serde(default)]
    puts: Vec<String>,
    #[serde(default)]
    deletes: Vec<String>,
    #[serde(default)]
    replaced: bool,
}

#[derive(Default)]
struct Io {
    repo: Option<Rc<IdbRepo>>,
    /// The stored revision of every record in the book, by key.
    revs: Revs,
    queue: VecDeque<Job>,
    busy: bool,
    channel: Option<web_sys::BroadcastChannel>,
    toast_seq: u32,
    /// Scopes being read now.
    loading: BTreeSet<Scope>,
    /// Scopes asked for before the first screen was drawn (read right after it).
    deferred: Vec<Scope>,
    interactive: bool,
    /// Keys with a write queued or under way: reads from storage leave them alone (the
    /// write will land, or conflict and put back what is stored).
    pending_keys: HashMap<String, u32>,
    /// Keys this tab deleted: a scope read that started before cannot bring them back.
    deleted: HashSet<String>,
    /// Goes up when everything is replaced; reads started before are dropped.
    epoch: u32,
}

thread_local! {
    static IO: RefCell<Io> = RefCell::new(Io::default());
}

fn io<T>(f: impl FnOnce(&mut Io) -> T) -> T {
    IO.with(|io| f(&mut io.borrow_mut()))
}

fn repo() -> Option<Rc<IdbRepo>> {
    io(|io| io.repo.clone())
}

pub(super) fn next_toast_id() -> u32 {
    io(|io| {
        io.toast_seq += 1;
        io.toast_seq
    })
}

/// Opens the database and reads the core records: then the first screen can show.
pub(super) async fn open(st: AppState) {
    let repo = match IdbRepo::open(DB_NAME).await {
        Ok(repo) => Rc::new(repo),
        Err(e) => {
            st.status.set(Status::Failed(e));
            return;
        }
    };
    io(|io| io.repo = Some(repo.clone()));
    if let Ok(Some(t)) = repo.get_meta(meta::LAST_BACKUP).await {
        st.last_backup.set(t.parse().ok());
    }
    if let Ok(Some(t)) = repo.get_meta(meta::MODE_KIND).await {
        st.mode_kind.set(serde_json::from_str(&t).ok());
    }
    if let Ok(Some(t)) = repo.get_meta(meta::GOAL_DRAFTS).await {
        st.goal_drafts.set(serde_json::from_str(&t).unwrap_or_default());
    }
    if let Err(e) = reset(st).await {
        st.status.set(Status::Failed(e));
        return;
    }
    st.status.set(Status::Ready);
    request_animation_frame(move || {
        mark_interactive();
        let deferred = io(|io| {
            io.interactive = true;
            std::mem::take(&mut io.deferred)
        });
        for scope in deferred {
            io(|io| io.loading.remove(&scope));
            load_scope(st, scope);
        }
        // The follow-up lists are wanted on almost every screen (the count in the nav).
        load_scope(st, Scope::Followup);
    });
}

/// Empties the book and reads the core records again (start, after an import).
async fn reset(st: AppState) -> Result<(), StorageError> {
    let repo = repo().ok_or(StorageError::NotAvailable)?;
    io(|io| io.epoch += 1);
    let mut snap = repo.load_scope(&Scope::Core).await?;
    st.damaged.set(std::mem::take(&mut snap.damaged));
    io(|io| {
        io.revs = snap.revs;
        io.loading.clear();
        io.deleted.clear();
    });
    st.book.mutate(|b| *b = Book::from_records(snap.records));
    st.loaded.set(BTreeSet::from([Scope::Core]));
    st.book.notify_all();
    Ok(())
}

/// Starts reading a scope's records into the book, once.
pub(super) fn load_scope(st: AppState, scope: Scope) {
    let go = io(|io| {
        if io.loading.contains(&scope) {
            return false;
        }
        io.loading.insert(scope.clone());
        if !io.interactive {
            io.deferred.push(scope.clone());
            return false;
        }
        true
    });
    if !go || repo().is_none() {
        return;
    }
    spawn_local(async move {
        let result = read_into_book(st, &scope).await;
        if result == Ok(false) {
            return; // the book was started afresh meanwhile
        }
        io(|io| io.loading.remove(&scope));
        if let Err(e) = result {
            st.toast(i18n::storage_error(st.lang.get_untracked(), &e), true, None);
        }
    });
}

/// Reads a scope and puts its records in the book, marking it loaded; `Ok(false)` when
/// the book was started afresh (an import, another tab's replace) during the read.
async fn read_into_book(st: AppState, scope: &Scope) -> Result<bool, StorageError> {
    let repo = repo().ok_or(StorageError::NotAvailable)?;
    let epoch = io(|io| io.epoch);
    let mut snap = repo.load_scope(scope).await?;
    if io(|io| io.epoch) != epoch {
        return Ok(false);
    }
    note_damaged(st, std::mem::take(&mut snap.damaged));
    merge(st, snap);
    st.loaded.update(|l| {
        l.insert(scope.clone());
    });
    Ok(true)
}

/// Reads the scopes not yet in the book and merges them, then returns: for an action
/// that must see every record it touches (deleting a class deletes its pupils'
/// measurements too, which the class scope leaves out).
pub(super) async fn load_now(st: AppState, scopes: Vec<Scope>) -> Result<(), StorageError> {
    for scope in scopes {
        if st.loaded.with_untracked(|l| super::holds(l, &scope)) {
            continue;
        }
        if !read_into_book(st, &scope).await? {
            return Err(StorageError::ReadFailed(String::new()));
        }
    }
    Ok(())
}

/// Adds damaged entries found by a read to the ones known (each key once).
fn note_damaged(st: AppState, found: Vec<crate::storage::Damaged>) {
    if found.is_empty() {
        return;
    }
    st.damaged.update(|d| {
        for x in found {
            if !d.iter().any(|y| y.key == x.key) {
                d.push(x);
            }
        }
    });
}

/// Every stored entry as it is, read without the app's connection (which did not open).
pub(super) async fn read_stored() -> Result<(Option<u32>, Vec<(String, String)>), StorageError> {
    IdbRepo::read_stored(DB_NAME).await
}

/// Removes a damaged entry (the teacher asked for it). Other tabs hear of it and drop it
/// from their list too.
pub(super) async fn delete_damaged(key: &str) -> Result<(), StorageError> {
    repo().ok_or(StorageError::NotAvailable)?.delete_damaged(key).await?;
    broadcast(&Message { deletes: vec![key.to_string()], ..Default::default() });
    Ok(())
}

/// Puts records read from storage into the book, except where the book knows better:
/// a record with a write of this tab on its way, one this tab deleted, or one the book
/// holds at the same or a newer revision.
fn merge(st: AppState, snap: Snapshot) {
    let keep = newer_than_known(snap, true);
    if keep.is_empty() {
        return;
    }
    // Only the views of what arrived: a class's notes do not recount the reminders.
    let touched = st.book.with_untracked(|b| b.touched_by_puts(&keep));
    st.book.mutate(|b| b.merge(keep));
    st.book.notify(&touched);
}

/// The records of a snapshot that are newer than what the book has, leaving alone keys
/// with a write of this tab on its way (and, with `skip_deleted`, keys this tab
/// deleted); their revisions become the known ones.
fn newer_than_known(snap: Snapshot, skip_deleted: bool) -> Vec<Record> {
    io(|io| {
        snap.records
            .into_iter()
            .filter(|r| {
                let key = r.key();
                let rev = snap.revs.get(&key).copied().unwrap_or(0);
                let newer = io.revs.get(&key).is_none_or(|known| *known < rev)
                    && !io.pending_keys.contains_key(&key)
                    && !(skip_deleted && io.deleted.contains(&key));
                if newer {
                    io.revs.insert(key, rev);
                }
                newer
            })
            .collect()
    })
}

/// Reads everything stored (backup export), after the writes on their way have landed.
pub(super) async fn read_all() -> Result<Vec<Record>, StorageError> {
    while io(|io| io.busy) {
        sleep(20).await;
    }
    let repo = repo().ok_or(StorageError::NotAvailable)?;
    Ok(repo.load().await?.records)
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Stores a small value in the meta store; with `report`, a failure shows a toast.
pub(super) fn set_meta(st: AppState, key: &'static str, value: String, report: bool) {
    // Counted as a write on its way, so "saved" (and a test waiting for it) includes it.
    st.pending.update(|n| *n += 1);
    spawn_local(async move {
        if let Some(repo) = repo() {
            if let Err(e) = repo.set_meta(key, &value).await {
                if report {
                    st.toast(i18n::storage_error(st.lang.get_untracked(), &e), true, None);
                }
            }
        }
        st.pending.update(|n| *n = n.saturating_sub(1));
    });
}

pub(super) fn enqueue(st: AppState, job: Job) {
    let start = io(|io| {
        for k in job.keys() {
            *io.pending_keys.entry(k).or_default() += 1;
        }
        io.queue.push_back(job);
        !std::mem::replace(&mut io.busy, true)
    });
    st.pending.update(|n| *n += 1);
    if start {
        spawn_local(async move { drain(st).await });
    }
}

fn release(io: &mut Io, keys: &[String]) {
    for k in keys {
        if let Some(n) = io.pending_keys.get_mut(k) {
            *n -= 1;
            if *n == 0 {
                io.pending_keys.remove(k);
            }
        }
    }
}

fn broadcast(msg: &Message) {
    let text = serde_json::to_string(msg).unwrap_or_default();
    io(|io| {
        if let Some(ch) = &io.channel {
            let _ = ch.post_message(&JsValue::from_str(&text));
        }
    });
}

async fn drain(st: AppState) {
    loop {
        let (job, repo) = io(|io| (io.queue.pop_front(), io.repo.clone()));
        let Some(job) = job else { break };
        let keys = job.keys();
        let (result, stored) = match (job, repo) {
            (Job::Commit(_, _, stored), None) => (Err(StorageError::NotAvailable), stored),
            (_, None) => (Err(StorageError::NotAvailable), None),
            (Job::Commit(change, tags, stored), Some(repo)) => (commit(&repo, change, tags).await, stored),
            (Job::Replace { records, undo_of_import }, Some(repo)) => (replace(st, &repo, records, undo_of_import).await, None),
        };
        io(|io| release(io, &keys));
        st.pending.update(|n| *n = n.saturating_sub(1));
        if let Some(stored) = stored {
            stored(result.clone());
        }
        if let Err(e) = result {
            // Drop what was queued after the failed write (it built on it) and put back
            // what is really stored for every record these writes touched.
            let dropped: Vec<Job> = io(|io| io.queue.drain(..).collect());
            let mut all_keys = keys;
            for j in dropped.iter() {
                let k = j.keys();
                io(|io| release(io, &k));
                all_keys.extend(k);
            }
            st.pending.update(|n| *n = n.saturating_sub(dropped.len() as u32));
            for j in dropped {
                if let Job::Commit(_, _, Some(stored)) = j {
                    stored(Err(e.clone()));
                }
            }
            st.toast(i18n::storage_error(st.lang.get_untracked(), &e), true, None);
            resync(st, all_keys).await;
        }
    }
    io(|io| io.busy = false);
}

async fn commit(repo: &IdbRepo, change: Change, tags: Vec<Tags>) -> Result<(), StorageError> {
    // The revisions this tab's book is based on, for the keys of this change only.
    let expected: Revs = io(|io| {
        change.puts.iter().map(Record::key).chain(change.deletes.iter().cloned())
            .filter_map(|k| io.revs.get(&k).map(|r| (k, *r)))
            .collect()
    });
    let new = repo.commit(&change, &tags, &expected).await?;
    let msg = Message { puts: new.keys().cloned().collect(), deletes: change.deletes.clone(), replaced: false };
    io(|io| {
        for k in &change.deletes {
            io.revs.remove(k);
            io.deleted.insert(k.clone());
        }
        for k in new.keys() {
            io.deleted.remove(k);
        }
        io.revs.extend(new);
    });
    broadcast(&msg);
    Ok(())
}

async fn replace(st: AppState, repo: &IdbRepo, records: Vec<Record>, undo_of_import: Option<Vec<String>>) -> Result<(), StorageError> {
    st.busy_backup.set(true);
    let result = async {
        // Damaged entries stay aside: the teacher removes them herself, not an import.
        let (old, keep) = match undo_of_import {
            Some(keep) => (None, keep),
            None => {
                let snap = repo.load().await?;
                let keep: Vec<String> = snap.damaged.into_iter().map(|d| d.key).collect();
                (Some((snap.records, keep.clone())), keep)
            }
        };
        let tags = tags_for_all(&records);
        repo.replace_all(&records, &tags, &keep).await?;
        Ok::<_, StorageError>(old)
    }
    .await;
    st.busy_backup.set(false);
    let old = result?;
    reset(st).await?;
    broadcast(&Message { replaced: true, ..Default::default() });
    match old {
        Some((old, keep)) => st.toast(st.t(K::ImportDone).to_string(), false, Some(Undo::Replace(old, keep))),
        None => st.toast(st.t(K::Restored).to_string(), false, None),
    }
    Ok(())
}

/// Puts the stored version of these records into the book (or takes them out where
/// nothing is stored), after a failed write or another tab's change.
async fn resync(st: AppState, keys: Vec<String>) {
    let Some(repo) = repo() else { return };
    let keys: Vec<String> = keys.into_iter().collect::<BTreeSet<_>>().into_iter().collect();
    match repo.get_many(&keys).await {
        Ok(mut snap) => {
            note_damaged(st, std::mem::take(&mut snap.damaged));
            let found: HashSet<String> = snap.revs.keys().cloned().collect();
            let gone: Vec<String> = keys.iter().filter(|k| !found.contains(*k)).cloned().collect();
            io(|io| {
                for k in &gone {
                    io.revs.remove(k);
                }
                io.revs.extend(snap.revs.clone());
            });
            st.book.mutate(|b| {
                b.remove_keys(&gone);
                b.merge(snap.records);
            });
            st.book.notify_all();
        }
        Err(e) => st.toast(i18n::storage_error(st.lang.get_untracked(), &e), true, None),
    }
}

/// Another tab wrote: read the records it names (leaving alone those this tab is
/// writing: that write conflicts and puts back the stored version), or start afresh
/// after a replace.
async fn on_message(st: AppState, msg: Message) {
    if msg.replaced {
        if let Err(e) = reset(st).await {
            st.status.set(Status::Failed(e));
        }
        return;
    }
    let Some(repo) = repo() else { return };
    let (puts, deletes): (Vec<String>, Vec<String>) = io(|io| {
        let free = |k: &String| !io.pending_keys.contains_key(k);
        (msg.puts.iter().filter(|k| free(k)).cloned().collect(), msg.deletes.iter().filter(|k| free(k)).cloned().collect())
    });
    let snap = match repo.get_many(&puts).await {
        Ok(snap) => snap,
        Err(e) => {
            st.toast(i18n::storage_error(st.lang.get_untracked(), &e), true, None);
            return;
        }
    };
    let records = newer_than_known(snap, false);
    io(|io| {
        for k in &deletes {
            io.revs.remove(k);
        }
    });
    // A damaged entry deleted in another tab leaves this tab's list too.
    if st.damaged.with_untracked(|d| d.iter().any(|x| deletes.contains(&x.key))) {
        st.damaged.update(|d| d.retain(|x| !deletes.contains(&x.key)));
    }
    let touched = st.book.with_untracked(|b| b.touched_by_records(&records, &deletes));
    st.book.mutate(|b| {
        b.remove_keys(&deletes);
        b.merge(records);
    });
    st.book.notify(&touched);
}

pub(super) fn listen_to_other_tabs(st: AppState) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else { return };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let msg: Message = ev.data().as_string().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
        spawn_local(on_message(st, msg));
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    io(|io| io.channel = Some(channel));
}
