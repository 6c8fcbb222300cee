//! An in-memory repository for host tests. Clones share one store, like two tabs
//! sharing one IndexedDB.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{check_revs, ChangeLog, Repository, Revs, Snapshot, Stamp, StorageError};
use crate::domain::book::Change;
use crate::domain::records::Record;
use crate::domain::scope::{Scope, Tags};

struct Entry {
    rev: u64,
    json: String,
    tags: Tags,
    stamp: Stamp,
}

#[derive(Default)]
struct Inner {
    records: BTreeMap<String, Entry>,
    tombstones: BTreeMap<String, Stamp>,
    meta: BTreeMap<String, String>,
    generation: u64,
    /// A clock that ticks once per write, standing in for the time of day.
    clock: f64,
    /// Test hook: the next commit fails as a full disk would.
    fail_next_write: bool,
}

impl Inner {
    fn stamp(&mut self, rev: u64) -> Stamp {
        self.clock += 1.0;
        Stamp { rev, at: self.clock, device: "memory".into() }
    }

    fn snapshot<'a>(&self, entries: impl Iterator<Item = (&'a String, &'a Entry)>) -> Result<Snapshot, StorageError> {
        let mut snap = Snapshot::default();
        for (key, e) in entries {
            match Record::from_json(&e.json) {
                Ok(r) if r.key() == *key => {
                    snap.records.push(r);
                    snap.revs.insert(key.clone(), e.rev);
                }
                _ => snap.damaged.push(super::Damaged { key: key.clone(), text: e.json.clone() }),
            }
        }
        Ok(snap)
    }

    fn put(&mut self, r: &Record, tags: Option<&Tags>, rev: u64, stamp: &Stamp) -> Result<(), StorageError> {
        let json = serde_json::to_string(r).map_err(|e| StorageError::WriteFailed(e.to_string()))?;
        let entry = Entry { rev, json, tags: tags.cloned().unwrap_or_default(), stamp: stamp.clone() };
        self.tombstones.remove(&r.key());
        self.records.insert(r.key(), entry);
        Ok(())
    }
}

#[derive(Clone, Default)]
pub struct MemoryRepo {
    inner: Rc<RefCell<Inner>>,
}

impl MemoryRepo {
    pub fn new() -> Self {
        Self::default()
    }
    /// Stores a text as it is under a key, as a damaged store would hold it (tests).
    pub fn put_raw_for_tests(&self, key: &str, json: &str) {
        let mut inner = self.inner.borrow_mut();
        let stamp = inner.stamp(0);
        inner.records.insert(key.to_string(), Entry { rev: 0, json: json.to_string(), tags: Tags::default(), stamp });
    }

    /// Makes the next write fail with `QuotaExceeded` (for tests of failed writes).
    pub fn fail_next_write(&self) {
        self.inner.borrow_mut().fail_next_write = true;
    }
}

impl Repository for MemoryRepo {
    async fn delete_damaged(&self, key: &str) -> Result<(), StorageError> {
        self.inner.borrow_mut().records.remove(key);
        Ok(())
    }

    async fn load_scope(&self, scope: &Scope) -> Result<Snapshot, StorageError> {
        let inner = self.inner.borrow();
        inner.snapshot(inner.records.iter().filter(|(k, e)| scope.covers(k, &e.tags)))
    }

    async fn get_many(&self, keys: &[String]) -> Result<Snapshot, StorageError> {
        let inner = self.inner.borrow();
        inner.snapshot(keys.iter().filter_map(|k| inner.records.get_key_value(k)))
    }

    async fn commit(&self, change: &Change, tags: &[Tags], expected: &Revs) -> Result<Revs, StorageError> {
        let mut inner = self.inner.borrow_mut();
        if std::mem::take(&mut inner.fail_next_write) {
            return Err(StorageError::QuotaExceeded);
        }
        check_revs(change, expected, |k| inner.records.get(k).map(|e| e.rev))?;
        inner.generation += 1;
        let rev = inner.generation;
        let stamp = inner.stamp(rev);
        let mut out = Revs::new();
        for key in &change.deletes {
            if inner.records.remove(key).is_some() {
                inner.tombstones.insert(key.clone(), stamp.clone());
            }
        }
        for (i, r) in change.puts.iter().enumerate() {
            inner.put(r, tags.get(i), rev, &stamp)?;
            out.insert(r.key(), rev);
        }
        Ok(out)
    }

    async fn replace_all(&self, records: &[Record], tags: &[Tags], keep: &[String]) -> Result<Revs, StorageError> {
        let mut inner = self.inner.borrow_mut();
        if std::mem::take(&mut inner.fail_next_write) {
            return Err(StorageError::QuotaExceeded);
        }
        inner.generation += 1;
        let rev = inner.generation;
        let stamp = inner.stamp(rev);
        let old: Vec<String> = inner.records.keys().filter(|k| !keep.contains(k)).cloned().collect();
        for key in old {
            inner.records.remove(&key);
            inner.tombstones.insert(key, stamp.clone());
        }
        let mut out = Revs::new();
        for (i, r) in records.iter().enumerate() {
            inner.put(r, tags.get(i), rev, &stamp)?;
            out.insert(r.key(), rev);
        }
        Ok(out)
    }

    async fn changes_since(&self, since: u64) -> Result<ChangeLog, StorageError> {
        let inner = self.inner.borrow();
        let mut log = ChangeLog::default();
        let mut puts: Vec<(&String, &Entry)> = inner.records.iter().filter(|(_, e)| e.stamp.rev > since).collect();
        puts.sort_by_key(|(_, e)| e.stamp.rev);
        for (key, e) in puts {
            let r = Record::from_json(&e.json).map_err(|_| StorageError::Corrupt { key: key.clone() })?;
            log.puts.push((r, e.stamp.clone()));
        }
        let mut dels: Vec<(String, Stamp)> =
            inner.tombstones.iter().filter(|(_, s)| s.rev > since).map(|(k, s)| (k.clone(), s.clone())).collect();
        dels.sort_by_key(|(_, s)| s.rev);
        log.deletes = dels;
        Ok(log)
    }

    async fn get_meta(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.inner.borrow().meta.get(key).cloned())
    }

    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.inner.borrow_mut().meta.insert(key.to_string(), value.to_string());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::contract;

    #[test]
    fn memory_repo_passes_the_storage_contract() {
        let results = contract::block_on(contract::run_all(&contract::SyncFixture(MemoryRepo::new, |r: &MemoryRepo| r.clone())));
        contract::assert_all(&results);
    }

    #[test]
    fn a_failed_write_leaves_the_stored_data_as_it_was() {
        contract::block_on(async {
            let repo = MemoryRepo::new();
            let revs = repo.commit(&contract::sample_change("c1", "Groep 5"), &[], &Revs::new()).await.unwrap();
            let before = repo.load().await.unwrap();
            repo.fail_next_write();
            let err = repo.commit(&contract::sample_change("c2", "Groep 6"), &[], &revs).await.unwrap_err();
            assert_eq!(err, StorageError::QuotaExceeded);
            assert_eq!(repo.load().await.unwrap(), before);
        });
    }

    #[test]
    fn a_damaged_entry_is_set_aside_and_removed_only_on_request() {
        contract::block_on(async {
            let repo = MemoryRepo::new();
            repo.commit(&contract::sample_change("c1", "Groep 5"), &[], &Revs::new()).await.unwrap();
            repo.put_raw_for_tests("pupil:x", "{not json");
            repo.put_raw_for_tests("class:y", &serde_json::to_string(&contract::rec("class", serde_json::json!({"id": "z", "name": "5b", "year_group": {"system": "Nl", "n": 5}, "created_on": "2026-09-01"}))).unwrap());
            let snap = repo.load().await.unwrap();
            assert_eq!(snap.records.len(), 1, "the sound record loads");
            let keys: Vec<&str> = snap.damaged.iter().map(|d| d.key.as_str()).collect();
            assert_eq!(keys, vec!["class:y", "pupil:x"], "bad JSON and a record under another key are set aside");
            assert_eq!(snap.damaged[1].text, "{not json", "kept as it is");
            repo.delete_damaged("pupil:x").await.unwrap();
            let snap = repo.load().await.unwrap();
            assert_eq!((snap.records.len(), snap.damaged.len()), (1, 1));
        });
    }
}
