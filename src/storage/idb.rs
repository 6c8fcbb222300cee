//! The IndexedDB repository (via rexie). One object store `records` holding
//! `{rev, json}` per key and one `meta` store for small values such as the schema
//! version, the revision counter and the last backup time.

use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

use super::{check_revs, Repository, Revs, Snapshot, StorageError};
use crate::domain::book::Change;
use crate::domain::migrations::{migrate_all, CURRENT_SCHEMA};
use crate::domain::model::Record;

const RECORDS: &str = "records";
const META: &str = "meta";
/// The IndexedDB version: the layout of object stores, not the record format.
const IDB_VERSION: u32 = 1;
const META_SCHEMA: &str = "schema_version";
const META_GENERATION: &str = "generation";

pub struct IdbRepo {
    db: Rexie,
    name: String,
}

fn describe(e: &rexie::Error) -> String {
    format!("{e:?}")
}

fn write_err(e: rexie::Error) -> StorageError {
    let text = describe(&e);
    if text.contains("QuotaExceeded") {
        StorageError::QuotaExceeded
    } else {
        StorageError::WriteFailed(text)
    }
}

fn read_err(e: rexie::Error) -> StorageError {
    StorageError::ReadFailed(describe(&e))
}

fn entry(rev: u64, json: &str) -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"rev".into(), &JsValue::from_f64(rev as f64));
    let _ = js_sys::Reflect::set(&o, &"json".into(), &JsValue::from_str(json));
    o.into()
}

fn entry_rev(v: &JsValue) -> Option<u64> {
    js_sys::Reflect::get(v, &"rev".into()).ok()?.as_f64().map(|f| f as u64)
}

fn entry_json(v: &JsValue) -> Option<String> {
    js_sys::Reflect::get(v, &"json".into()).ok()?.as_string()
}

impl IdbRepo {
    /// Opens (creating if needed) the database and migrates stored records to the
    /// current schema in one transaction. Refuses data from a newer app.
    pub async fn open(name: &str) -> Result<IdbRepo, StorageError> {
        let has_idb = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"indexedDB".into()).ok())
            .is_some_and(|v| !v.is_undefined() && !v.is_null());
        if !has_idb {
            return Err(StorageError::NotAvailable);
        }
        let db = Rexie::builder(name)
            .version(IDB_VERSION)
            .add_object_store(ObjectStore::new(RECORDS))
            .add_object_store(ObjectStore::new(META))
            .build()
            .await
            .map_err(|e| StorageError::OpenFailed(describe(&e)))?;
        let repo = IdbRepo { db, name: name.to_string() };
        if let Err(e) = repo.migrate().await {
            // Close at once: an open connection would block deleting or upgrading the database.
            repo.close();
            return Err(e);
        }
        Ok(repo)
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Deletes a whole database (tests and "start afresh").
    pub async fn delete(name: &str) -> Result<(), StorageError> {
        Rexie::delete(name).await.map_err(write_err)
    }

    async fn migrate(&self) -> Result<(), StorageError> {
        let tx = self.db.transaction(&[RECORDS, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let meta = tx.store(META).map_err(write_err)?;
        let records = tx.store(RECORDS).map_err(write_err)?;
        let stored = meta.get(META_SCHEMA.into()).await.map_err(read_err)?;
        let version = stored.as_ref().and_then(JsValue::as_f64).map(|v| v as u32);
        match version {
            Some(v) if v == CURRENT_SCHEMA => {}
            Some(v) if v > CURRENT_SCHEMA => return Err(StorageError::NewerSchema { found: v }),
            Some(v) => {
                let keys = records.get_all_keys(None, None).await.map_err(read_err)?;
                let values = records.get_all(None, None).await.map_err(read_err)?;
                let mut parsed = Vec::with_capacity(values.len());
                for (k, v) in keys.iter().zip(values.iter()) {
                    let json = entry_json(v).ok_or_else(|| StorageError::Corrupt { key: k.as_string().unwrap_or_default() })?;
                    let value: serde_json::Value = serde_json::from_str(&json)
                        .map_err(|_| StorageError::Corrupt { key: k.as_string().unwrap_or_default() })?;
                    parsed.push(value);
                }
                let migrated = migrate_all(v, parsed)?;
                for ((k, old), new) in keys.iter().zip(values.iter()).zip(migrated) {
                    let rev = entry_rev(old).unwrap_or(0);
                    let json = serde_json::to_string(&new).map_err(|e| StorageError::WriteFailed(e.to_string()))?;
                    records.put(&entry(rev, &json), Some(k)).await.map_err(write_err)?;
                }
                meta.put(&JsValue::from_f64(CURRENT_SCHEMA as f64), Some(&META_SCHEMA.into())).await.map_err(write_err)?;
            }
            None => {
                meta.put(&JsValue::from_f64(CURRENT_SCHEMA as f64), Some(&META_SCHEMA.into())).await.map_err(write_err)?;
            }
        }
        tx.done().await.map_err(write_err)?;
        Ok(())
    }

    /// Writes raw entries as an older app version would have (migration tests).
    pub async fn write_raw_for_tests(&self, schema: u32, entries: &[(String, String)]) -> Result<(), StorageError> {
        let tx = self.db.transaction(&[RECORDS, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let records = tx.store(RECORDS).map_err(write_err)?;
        for (key, json) in entries {
            records.put(&entry(1, json), Some(&JsValue::from_str(key))).await.map_err(write_err)?;
        }
        let meta = tx.store(META).map_err(write_err)?;
        meta.put(&JsValue::from_f64(schema as f64), Some(&META_SCHEMA.into())).await.map_err(write_err)?;
        tx.done().await.map_err(write_err)?;
        Ok(())
    }

    pub fn close(self) {
        self.db.close();
    }
}

async fn next_generation(meta: &rexie::Store) -> Result<u64, StorageError> {
    let current = meta.get(META_GENERATION.into()).await.map_err(read_err)?;
    let next = current.as_ref().and_then(JsValue::as_f64).unwrap_or(0.0) as u64 + 1;
    meta.put(&JsValue::from_f64(next as f64), Some(&META_GENERATION.into())).await.map_err(write_err)?;
    Ok(next)
}

impl Repository for IdbRepo {
    async fn load(&self) -> Result<Snapshot, StorageError> {
        let tx = self.db.transaction(&[RECORDS], TransactionMode::ReadOnly).map_err(read_err)?;
        let store = tx.store(RECORDS).map_err(read_err)?;
        let keys = store.get_all_keys(None, None).await.map_err(read_err)?;
        let values = store.get_all(None, None).await.map_err(read_err)?;
        let mut snap = Snapshot::default();
        for (k, v) in keys.iter().zip(values.iter()) {
            let key = k.as_string().unwrap_or_default();
            let json = entry_json(v).ok_or_else(|| StorageError::Corrupt { key: key.clone() })?;
            let record: Record = serde_json::from_str(&json).map_err(|_| StorageError::Corrupt { key: key.clone() })?;
            snap.revs.insert(key, entry_rev(v).unwrap_or(0));
            snap.records.push(record);
        }
        Ok(snap)
    }

    async fn commit(&self, change: &Change, expected: &Revs) -> Result<Revs, StorageError> {
        let tx = self.db.transaction(&[RECORDS, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let store = tx.store(RECORDS).map_err(write_err)?;
        let meta = tx.store(META).map_err(write_err)?;
        // Read the current revisions inside the same transaction, so no other tab
        // can slip a write in between the check and ours.
        let mut stored = Revs::new();
        let keys = change.puts.iter().map(|r| r.key()).chain(change.deletes.iter().cloned());
        for key in keys {
            if let Some(v) = store.get(JsValue::from_str(&key)).await.map_err(read_err)? {
                if let Some(rev) = entry_rev(&v) {
                    stored.insert(key, rev);
                }
            }
        }
        if let Err(e) = check_revs(change, expected, |k| stored.get(k).copied()) {
            let _ = tx.abort().await;
            return Err(e);
        }
        let rev = next_generation(&meta).await?;
        let mut out = Revs::new();
        for key in &change.deletes {
            store.delete(JsValue::from_str(key)).await.map_err(write_err)?;
        }
        for r in &change.puts {
            let json = serde_json::to_string(r).map_err(|e| StorageError::WriteFailed(e.to_string()))?;
            store.put(&entry(rev, &json), Some(&JsValue::from_str(&r.key()))).await.map_err(write_err)?;
            out.insert(r.key(), rev);
        }
        tx.done().await.map_err(write_err)?;
        Ok(out)
    }

    async fn replace_all(&self, records: &[Record]) -> Result<Revs, StorageError> {
        let tx = self.db.transaction(&[RECORDS, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let store = tx.store(RECORDS).map_err(write_err)?;
        let meta = tx.store(META).map_err(write_err)?;
        let rev = next_generation(&meta).await?;
        store.clear().await.map_err(write_err)?;
        let mut out = Revs::new();
        for r in records {
            let json = serde_json::to_string(r).map_err(|e| StorageError::WriteFailed(e.to_string()))?;
            store.put(&entry(rev, &json), Some(&JsValue::from_str(&r.key()))).await.map_err(write_err)?;
            out.insert(r.key(), rev);
        }
        tx.done().await.map_err(write_err)?;
        Ok(out)
    }

    async fn get_meta(&self, key: &str) -> Result<Option<String>, StorageError> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadOnly).map_err(read_err)?;
        let store = tx.store(META).map_err(read_err)?;
        let v = store.get(JsValue::from_str(key)).await.map_err(read_err)?;
        Ok(v.and_then(|v| v.as_string()))
    }

    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let tx = self.db.transaction(&[META], TransactionMode::ReadWrite).map_err(write_err)?;
        let store = tx.store(META).map_err(write_err)?;
        store.put(&JsValue::from_str(value), Some(&JsValue::from_str(key))).await.map_err(write_err)?;
        tx.done().await.map_err(write_err)?;
        Ok(())
    }
}

