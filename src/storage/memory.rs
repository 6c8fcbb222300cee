//! An in-memory repository for host tests. Clones share one store, like two tabs
//! sharing one IndexedDB.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{check_revs, Repository, Revs, Snapshot, StorageError};
use crate::domain::book::Change;
use crate::domain::model::Record;

#[derive(Default)]
struct Inner {
    records: BTreeMap<String, (u64, String)>,
    meta: BTreeMap<String, String>,
    generation: u64,
    /// Test hook: the next commit fails as a full disk would.
    fail_next_write: bool,
}

#[derive(Clone, Default)]
pub struct MemoryRepo {
    inner: Rc<RefCell<Inner>>,
}

impl MemoryRepo {
    pub fn new() -> Self {
        Self::default()
    }
    /// Makes the next write fail with `QuotaExceeded` (for tests of failed writes).
    pub fn fail_next_write(&self) {
        self.inner.borrow_mut().fail_next_write = true;
    }
}

impl Repository for MemoryRepo {
    async fn load(&self) -> Result<Snapshot, StorageError> {
        let inner = self.inner.borrow();
        let mut snap = Snapshot::default();
        for (key, (rev, json)) in &inner.records {
            let r: Record = serde_json::from_str(json).map_err(|_| StorageError::Corrupt { key: key.clone() })?;
            snap.records.push(r);
            snap.revs.insert(key.clone(), *rev);
        }
        Ok(snap)
    }

    async fn commit(&self, change: &Change, expected: &Revs) -> Result<Revs, StorageError> {
        let mut inner = self.inner.borrow_mut();
        if std::mem::take(&mut inner.fail_next_write) {
            return Err(StorageError::QuotaExceeded);
        }
        check_revs(change, expected, |k| inner.records.get(k).map(|(r, _)| *r))?;
        inner.generation += 1;
        let rev = inner.generation;
        let mut out = Revs::new();
        for key in &change.deletes {
            inner.records.remove(key);
        }
        for r in &change.puts {
            let json = serde_json::to_string(r).map_err(|e| StorageError::WriteFailed(e.to_string()))?;
            inner.records.insert(r.key(), (rev, json));
            out.insert(r.key(), rev);
        }
        Ok(out)
    }

    async fn replace_all(&self, records: &[Record]) -> Result<Revs, StorageError> {
        let mut inner = self.inner.borrow_mut();
        if std::mem::take(&mut inner.fail_next_write) {
            return Err(StorageError::QuotaExceeded);
        }
        let mut new = BTreeMap::new();
        inner.generation += 1;
        let rev = inner.generation;
        let mut out = Revs::new();
        for r in records {
            let json = serde_json::to_string(r).map_err(|e| StorageError::WriteFailed(e.to_string()))?;
            new.insert(r.key(), (rev, json));
            out.insert(r.key(), rev);
        }
        inner.records = new;
        Ok(out)
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
            let revs = repo.commit(&contract::sample_change("c1", "Groep 5"), &Revs::new()).await.unwrap();
            let before = repo.load().await.unwrap();
            repo.fail_next_write();
            let err = repo.commit(&contract::sample_change("c2", "Groep 6"), &revs).await.unwrap_err();
            assert_eq!(err, StorageError::QuotaExceeded);
            assert_eq!(repo.load().await.unwrap(), before);
        });
    }
}
