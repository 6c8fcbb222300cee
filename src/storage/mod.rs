//! Storage: the only code that touches IndexedDB or localStorage.
//!
//! Owns: the `Repository` trait, its in-memory and IndexedDB implementations, the
//! shared contract test suite both must pass, and the small preferences in
//! localStorage. Must not touch: Leptos, pages. Records are kept as JSON text with a
//! revision number, the tags that let a screen read only its part (`domain::scope`),
//! and the time and device of their last change (for sync); every write is one
//! transaction that first checks that no other tab changed the same records since this
//! tab read them. Deletions leave a tombstone with their time and device, so
//! `changes_since` can list everything that changed after a point.

pub mod contract;
pub mod memory;
#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(target_arch = "wasm32")]
pub mod prefs;
#[cfg(target_arch = "wasm32")]
pub mod mode_prefs;

use std::collections::HashMap;

use thiserror::Error;

use crate::domain::book::Change;
use crate::domain::migrations::MigrationError;
use crate::domain::records::Record;
use crate::domain::scope::{Scope, Tags};

/// Revision of each stored record, by key. A write names the revisions it expects.
pub type Revs = HashMap<String, u64>;

/// Each step of storage that can fail, so the user gets a message that fits.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("this browser offers no IndexedDB (private mode or blocked by settings)")]
    NotAvailable,
    #[error("the database could not be opened: {0}")]
    OpenFailed(String),
    #[error("reading failed: {0}")]
    ReadFailed(String),
    #[error("writing failed: {0}")]
    WriteFailed(String),
    #[error("the device's storage is full")]
    QuotaExceeded,
    #[error("another tab changed {key} in the meantime")]
    Conflict { key: String },
    #[error("stored record {key} is damaged")]
    Corrupt { key: String },
    #[error("the stored data comes from a newer Groeipad (schema {found})")]
    NewerSchema { found: u32 },
    #[error("the stored data could not be migrated")]
    Migration,
}

impl From<MigrationError> for StorageError {
    fn from(e: MigrationError) -> Self {
        match e {
            MigrationError::NewerVersion { found, .. } => StorageError::NewerSchema { found },
            _ => StorageError::Migration,
        }
    }
}

/// Records as read from storage (a scope, some keys, or everything) with their revisions,
/// and the entries that could not be read as a record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub records: Vec<Record>,
    pub revs: Revs,
    pub damaged: Vec<Damaged>,
}

/// A stored entry that is not a sound record (text that is not JSON, a record of the
/// wrong shape or an unknown kind, a bare value, a record under another record's key).
/// It is kept aside untouched: the rest loads, and only the teacher removes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    /// The key it is stored under (`kind:id`).
    pub key: String,
    /// The stored text as it is (or the stored value written out, when it is no text).
    pub text: String,
}

/// When and where a record last changed: the store's change counter (`rev`, which only
/// goes up, across tabs), the wall-clock time in milliseconds since 1970 and the device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stamp {
    pub rev: u64,
    pub at: f64,
    pub device: String,
}

/// What changed after a point (for syncing with another device): the records written
/// and the keys deleted, each with its stamp, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangeLog {
    pub puts: Vec<(Record, Stamp)>,
    pub deletes: Vec<(String, Stamp)>,
}

/// Keys of the small meta values kept next to the records.
pub mod meta {
    /// ISO date-time of the last backup export.
    pub const LAST_BACKUP: &str = "last_backup_at";
    /// JSON map of half-finished goal wizards by pupil id.
    pub const GOAL_DRAFTS: &str = "goal_drafts";
    /// The kind of app mode (teacher, locked, pupil), beside the full mode in localStorage.
    pub const MODE_KIND: &str = "mode_kind";
    /// This device's id (a UUID made on first start), stamped on every change.
    pub const DEVICE_ID: &str = "device_id";
}

/// The storage contract. Implemented by `memory::MemoryRepo` (host tests) and
/// `idb::IdbRepo` (the browser); `contract` runs the same suite against both.
#[allow(async_fn_in_trait)]
pub trait Repository {
    /// Everything stored, migrated to the current schema.
    async fn load(&self) -> Result<Snapshot, StorageError> {
        self.load_scope(&Scope::All).await
    }
    /// The records of one scope, read through the key range or index that holds them
    /// (never by reading the rest).
    async fn load_scope(&self, scope: &Scope) -> Result<Snapshot, StorageError>;
    /// The records stored under these keys (missing keys are left out).
    async fn get_many(&self, keys: &[String]) -> Result<Snapshot, StorageError>;
    /// Writes one change in one transaction. `tags` are the tags of `change.puts`, in
    /// order. `expected` holds the revisions this tab last saw; a record changed by
    /// someone else in between fails the whole change with `Conflict` and nothing is
    /// written. Returns the new revisions.
    async fn commit(&self, change: &Change, tags: &[Tags], expected: &Revs) -> Result<Revs, StorageError>;
    /// Replaces all records (backup import) in one transaction; `tags` as for `commit`.
    /// The entries under `keep` stay as they are: damaged entries are set aside until the
    /// teacher removes them herself, an import does not erase them behind her back.
    async fn replace_all(&self, records: &[Record], tags: &[Tags], keep: &[String]) -> Result<Revs, StorageError>;
    /// Every record written and every key deleted after the change counter `since`
    /// (0: everything), through the revision index: what a sync engine sends to a peer.
    async fn changes_since(&self, since: u64) -> Result<ChangeLog, StorageError>;
    async fn get_meta(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Removes a damaged entry that the teacher chose to delete (nothing else touches it).
    async fn delete_damaged(&self, key: &str) -> Result<(), StorageError>;
    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StorageError>;
}

/// Checks a change against the stored revisions: the rule both implementations share.
pub(crate) fn check_revs(
    change: &Change,
    expected: &Revs,
    stored: impl Fn(&str) -> Option<u64>,
) -> Result<(), StorageError> {
    let keys = change.puts.iter().map(|r| r.key()).chain(change.deletes.iter().cloned());
    for key in keys {
        let want = expected.get(&key).copied();
        let have = stored(&key);
        if want != have {
            return Err(StorageError::Conflict { key });
        }
    }
    Ok(())
}
