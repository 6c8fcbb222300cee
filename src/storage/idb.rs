//! The IndexedDB repository (via rexie).
//!
//! Layout (IndexedDB version 2):
//! - `records`: one entry per record under its key `kind:id`:
//!   `{key, rev, json, at, dev, pupil?, class?, unread?}`. The key prefix gives each
//!   kind its own key range (the class overview reads `class:`…`pupil:` and nothing
//!   else); the indexes `by_pupil`, `by_class` and `unread` give a screen the records of
//!   one pupil or class, or the unread reflections; `by_rev` lists changes since a point.
//! - `tombstones`: `{rev, at, dev}` per deleted key (indexed `by_rev`), for sync.
//! - `meta`: small values: the record schema version, the layout version, the change
//!   counter, the device id, the last backup time, wizard drafts.
//!
//! Version 1 had `records` with `{rev, json}` only. The upgrade adds the indexes and the
//! tombstone store (IndexedDB's own version change), then one read-write transaction
//! rewrites every entry with its tags and sets `layout = 2`. A tab closed during that
//! transaction aborts it, leaving version-1 entries and `layout` unset, so the next
//! start simply runs it again: nothing is lost.

use futures::future::try_join_all;
use rexie::{Index, KeyRange, ObjectStore, Rexie, TransactionMode, TransactionResult};
use wasm_bindgen::JsValue;

use super::{check_revs, meta, ChangeLog, Repository, Revs, Snapshot, Stamp, StorageError};
use crate::domain::book::Change;
use crate::domain::migrations::{migrate_record, rewrites_records, CURRENT_SCHEMA};
use crate::domain::records::Record;
use crate::domain::scope::{tags_for_all, Scope, Tags, CORE_KINDS, FOLLOWUP_KINDS};

const RECORDS: &str = "records";
const TOMBSTONES: &str = "tombstones";
const META: &str = "meta";
/// The IndexedDB version: the layout of object stores and indexes, not the record format.
/// 3 added `by_class_kind_day`.
const IDB_VERSION: u32 = 3;
/// The entry layout this build writes (tags and stamps beside each record; from 3 also
/// the kind and day of a class's records, for `by_class_kind_day`).
const LAYOUT: u32 = 3;
/// The `cday` of a class's undated records: after every date, so every day range of a
/// class part ends with them (`Scope::ClassPart` always holds the undated ones).
const UNDATED: &str = "~";
const META_SCHEMA: &str = "schema_version";
const META_LAYOUT: &str = "layout";
const META_GENERATION: &str = "generation";

pub struct IdbRepo {
    db: Rexie,
    name: String,
    device: String,
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

fn range_err(e: impl Into<rexie::Error>) -> StorageError {
    read_err(e.into())
}

/// Waits for a read-write transaction to end: only a commit is a success. A transaction
/// that aborts at its commit (the device filled up while its writes were queued) is an
/// error too, named a full device when little room is left.
async fn committed(tx: rexie::Transaction) -> Result<(), StorageError> {
    match tx.done().await.map_err(write_err)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => Err(named_if_full(StorageError::WriteFailed("the transaction was aborted".into())).await),
    }
}

/// A failed write as the teacher should hear of it: a full device when little room is
/// left (an abort at commit does not say why), otherwise as it is.
async fn named_if_full(err: StorageError) -> StorageError {
    match err {
        StorageError::WriteFailed(_) if looks_full().await => StorageError::QuotaExceeded,
        other => other,
    }
}

/// Whether the origin's storage is (nearly) full: less than 1 MB or 2% of the quota left.
/// rexie does not pass on an aborted transaction's own error, so the estimate tells
/// whether "het apparaat is vol" is the right message.
async fn looks_full() -> bool {
    let Some(sm) = web_sys::window().map(|w| w.navigator().storage()) else { return false };
    let Ok(promise) = sm.estimate() else { return false };
    let Ok(est) = wasm_bindgen_futures::JsFuture::from(promise).await else { return false };
    let num = |k: &str| js_sys::Reflect::get(&est, &k.into()).ok().and_then(|v| v.as_f64());
    match (num("usage"), num("quota")) {
        (Some(usage), Some(quota)) => quota - usage < (1024.0 * 1024.0f64).max(quota * 0.02),
        _ => false,
    }
}

/// One write of a batch.
enum Write {
    Put(&'static str, JsValue, JsValue),
    Delete(&'static str, JsValue),
}

/// One write of a transaction, issued and not yet answered.
type Pending<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), rexie::Error>> + 'a>>;

/// Issues every write of a transaction in one synchronous pass (all requests are made
/// before control returns to the browser), then waits for the commit. IndexedDB commits
/// a transaction with no pending requests on its own, also when the tab closes: writes
/// issued one await at a time could be committed half-way. This way a closed tab leaves
/// either all of them or none.
async fn write_all(tx: rexie::Transaction, writes: Vec<Write>) -> Result<(), StorageError> {
    let mut stores: Vec<(&'static str, rexie::Store)> = Vec::new();
    for w in &writes {
        let name = match w {
            Write::Put(n, ..) | Write::Delete(n, _) => *n,
        };
        if !stores.iter().any(|(n, _)| *n == name) {
            stores.push((name, tx.store(name).map_err(write_err)?));
        }
    }
    let store = |name: &str| stores.iter().find(|(n, _)| *n == name).map(|(_, s)| s);
    let mut results: Vec<Pending<'_>> = Vec::with_capacity(writes.len());
    for w in &writes {
        match w {
            Write::Put(n, value, key) => {
                if let Some(s) = store(n) {
                    results.push(Box::pin(async move { s.put(value, Some(key)).await.map(|_| ()) }));
                }
            }
            Write::Delete(n, key) => {
                if let Some(s) = store(n) {
                    results.push(Box::pin(async move { s.delete(key.clone()).await }));
                }
            }
        }
    }
    let outcome = futures::future::join_all(results).await;
    if let Some(e) = outcome.into_iter().find_map(Result::err) {
        // A request refused because the transaction aborted under it (the device filled up
        // at commit) says AbortError; the estimate tells whether the device is full.
        let err = named_if_full(write_err(e)).await;
        let _ = tx.abort().await;
        return Err(err);
    }
    committed(tx).await
}

fn set(o: &js_sys::Object, field: &str, v: &JsValue) {
    let _ = js_sys::Reflect::set(o, &field.into(), v);
}

fn get(v: &JsValue, field: &str) -> Option<JsValue> {
    js_sys::Reflect::get(v, &field.into()).ok().filter(|x| !x.is_undefined() && !x.is_null())
}

/// One stored entry. IndexedDB index keys cannot be booleans, so `unread` is 1 or absent.
fn entry(key: &str, json: &str, tags: &Tags, stamp: &Stamp) -> JsValue {
    let o = js_sys::Object::new();
    set(&o, "key", &key.into());
    set(&o, "rev", &JsValue::from_f64(stamp.rev as f64));
    set(&o, "json", &json.into());
    set(&o, "at", &JsValue::from_f64(stamp.at));
    set(&o, "dev", &stamp.device.as_str().into());
    if let Some(p) = &tags.pupil {
        set(&o, "pupil", &p.as_str().into());
    }
    if let Some(c) = &tags.class {
        set(&o, "class", &c.as_str().into());
        set(&o, "kind", &key.split(':').next().unwrap_or_default().into());
        let day = tags.day.map_or_else(|| UNDATED.to_string(), |d| d.format("%Y-%m-%d").to_string());
        set(&o, "cday", &day.into());
    }
    if tags.unread {
        set(&o, "unread", &JsValue::from_f64(1.0));
    }
    o.into()
}

fn entry_rev(v: &JsValue) -> Option<u64> {
    get(v, "rev")?.as_f64().map(|f| f as u64)
}

fn entry_json(v: &JsValue) -> Option<String> {
    get(v, "json")?.as_string()
}

fn entry_stamp(v: &JsValue) -> Stamp {
    Stamp {
        rev: entry_rev(v).unwrap_or(0),
        at: get(v, "at").and_then(|x| x.as_f64()).unwrap_or(0.0),
        device: get(v, "dev").and_then(|x| x.as_string()).unwrap_or_default(),
    }
}

/// Parses entries (which carry their own key) into a snapshot. The records' JSON texts
/// are joined in the browser and parsed as one array: one string crosses into Wasm
/// instead of one per record. A damaged entry makes that fail; then each is parsed on
/// its own, and the damaged ones are set aside.
/// Returns the positions of damaged entries that do not carry their key (a bare value):
/// the caller, who read them by key range, names them. Reads through an index or by key
/// never return such an entry (a bare value has no index key, and the key is asked for).
fn parse_entries(values: &[JsValue], snap: &mut Snapshot) -> Vec<usize> {
    let (json_field, rev_field, key_field) = (JsValue::from_str("json"), JsValue::from_str("rev"), JsValue::from_str("key"));
    let texts = js_sys::Array::new();
    let keys = js_sys::Array::new();
    let mut revs = Vec::with_capacity(values.len());
    for v in values {
        let json = js_sys::Reflect::get(v, &json_field).unwrap_or(JsValue::UNDEFINED);
        if !json.is_string() {
            return parse_each(values, snap);
        }
        texts.push(&json);
        keys.push(&js_sys::Reflect::get(v, &key_field).unwrap_or(JsValue::UNDEFINED));
        revs.push(js_sys::Reflect::get(v, &rev_field).ok().and_then(|r| r.as_f64()).map_or(0, |f| f as u64));
    }
    let joined = js_sys::JsString::from("[").concat(&texts.join(",")).concat(&"]".into());
    // The stored keys in one string too: a sound record under another record's key is
    // damaged (it would open as a double).
    let stored_keys = String::from(keys.join("\n"));
    match serde_json::from_str::<Vec<Record>>(&String::from(joined)) {
        Ok(records) if records.len() == values.len() && records.iter().zip(stored_keys.split('\n')).all(|(r, k)| r.key() == k) => {
            snap.records.reserve(records.len());
            for (record, rev) in records.into_iter().zip(revs) {
                snap.revs.insert(record.key(), rev);
                snap.records.push(record);
            }
            Vec::new()
        }
        _ => parse_each(values, snap),
    }
}

/// `parse_entries` one entry at a time: a damaged entry (no JSON text, not a record, or
/// a record under another record's key) goes to `snap.damaged` as it is stored.
fn parse_each(values: &[JsValue], snap: &mut Snapshot) -> Vec<usize> {
    snap.records.reserve(values.len());
    let mut keyless = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let key = get(v, "key").and_then(|k| k.as_string()).unwrap_or_default();
        let json = entry_json(v);
        match json.as_deref().and_then(|j| Record::from_json(j).ok()) {
            Some(record) if key.is_empty() || record.key() == key => {
                snap.revs.insert(record.key(), entry_rev(v).unwrap_or(0));
                snap.records.push(record);
            }
            _ => {
                let text = json.unwrap_or_else(|| {
                    let raw = get(v, "json").unwrap_or_else(|| v.clone());
                    js_sys::JSON::stringify(&raw).ok().and_then(|s| s.as_string()).unwrap_or_default()
                });
                if key.is_empty() {
                    keyless.push(i);
                }
                snap.damaged.push(crate::storage::Damaged { key, text });
            }
        }
    }
    keyless
}

/// Names the damaged entries of a key-range read that did not carry their key.
async fn name_keyless(store: &rexie::Store, range: Option<KeyRange>, keyless: &[usize], snap: &mut Snapshot) -> Result<(), StorageError> {
    if keyless.is_empty() {
        return Ok(());
    }
    let keys = store.get_all_keys(range, None).await.map_err(read_err)?;
    let unnamed = snap.damaged.iter_mut().filter(|d| d.key.is_empty());
    for (d, pos) in unnamed.zip(keyless) {
        d.key = keys.get(*pos).and_then(|k| k.as_string()).unwrap_or_default();
    }
    Ok(())
}

/// The key range of one record kind (`kind:` up to, not including, `kind;`).
fn kind_range(kind: &str) -> Result<KeyRange, StorageError> {
    KeyRange::bound(&format!("{kind}:").into(), &format!("{kind};").into(), Some(false), Some(true)).map_err(range_err)
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl IdbRepo {
    /// Opens (creating or upgrading if needed) the database and brings stored records
    /// to the current schema and layout in one transaction. Refuses data from a newer app.
    pub async fn open(name: &str) -> Result<IdbRepo, StorageError> {
        let has_idb = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"indexedDB".into()).ok())
            .is_some_and(|v| !v.is_undefined() && !v.is_null());
        if !has_idb {
            return Err(StorageError::NotAvailable);
        }
        let db = Self::builder(name)
            .build()
            .await
            .map_err(|e| StorageError::OpenFailed(describe(&e)))?;
        let mut repo = IdbRepo { db, name: name.to_string(), device: String::new() };
        if let Err(e) = repo.migrate().await {
            // Close at once: an open connection would block deleting or upgrading the database.
            repo.close();
            return Err(e);
        }
        Ok(repo)
    }

    /// Every stored entry as it is (key and text) and the stored schema, without
    /// migrating anything: the rescue when the data cannot be opened for use (a newer
    /// Groeipad's data, an upgrade that failed).
    pub async fn read_stored(name: &str) -> Result<(Option<u32>, Vec<(String, String)>), StorageError> {
        let db = Self::builder(name).build().await.map_err(|e| StorageError::OpenFailed(describe(&e)))?;
        let read = async {
            let tx = db.transaction(&[RECORDS, META], TransactionMode::ReadOnly).map_err(read_err)?;
            let schema = tx.store(META).map_err(read_err)?.get(META_SCHEMA.into()).await.map_err(read_err)?;
            let store = tx.store(RECORDS).map_err(read_err)?;
            let keys = store.get_all_keys(None, None).await.map_err(read_err)?;
            let values = store.get_all(None, None).await.map_err(read_err)?;
            let entries = keys
                .iter()
                .zip(values.iter())
                .map(|(k, v)| {
                    let text = entry_json(v).unwrap_or_else(|| js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string()).unwrap_or_default());
                    (k.as_string().unwrap_or_default(), text)
                })
                .collect();
            Ok((schema.as_ref().and_then(JsValue::as_f64).map(|v| v as u32), entries))
        }
        .await;
        db.close();
        read
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Deletes a whole database (tests and "start afresh").
    pub async fn delete(name: &str) -> Result<(), StorageError> {
        Rexie::delete(name).await.map_err(write_err)
    }

    /// Brings records to the current schema and the entries to the current layout, and
    /// makes sure this device has an id.
    async fn migrate(&mut self) -> Result<(), StorageError> {
        let tx = self.db.transaction(&[RECORDS, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let meta_store = tx.store(META).map_err(write_err)?;
        let records = tx.store(RECORDS).map_err(write_err)?;
        let num = |v: Option<JsValue>| v.as_ref().and_then(JsValue::as_f64).map(|v| v as u32);
        let version = num(meta_store.get(META_SCHEMA.into()).await.map_err(read_err)?);
        let layout = num(meta_store.get(META_LAYOUT.into()).await.map_err(read_err)?);
        let mut writes = Vec::new();
        self.device = match meta_store.get(meta::DEVICE_ID.into()).await.map_err(read_err)?.and_then(|v| v.as_string()) {
            Some(d) => d,
            None => {
                let d = uuid::Uuid::new_v4().to_string();
                writes.push(Write::Put(META, d.as_str().into(), meta::DEVICE_ID.into()));
                d
            }
        };
        if let Some(v) = version.filter(|v| *v > CURRENT_SCHEMA) {
            let _ = tx.abort().await;
            return Err(StorageError::NewerSchema { found: v });
        }
        // Behind, with a step that changes records (a version that only adds kinds
        // just gets its new number below).
        let schema_behind = version.is_some_and(|v| v < CURRENT_SCHEMA && rewrites_records(v));
        let layout_behind = layout.unwrap_or(1) < LAYOUT;
        if schema_behind || layout_behind {
            // Lets the e2e test close the tab in the middle of this transaction.
            if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
                let _ = perf.mark("groeipad-upgrade-rewrite");
            }
            let keys = records.get_all_keys(None, None).await.map_err(read_err)?;
            let values = records.get_all(None, None).await.map_err(read_err)?;
            // A damaged entry (no JSON, a shape no step can read, not a record after the
            // steps) stays as it is stored: the load sets it aside, the rest is brought up
            // to date. It must never keep the teacher out of all her other data.
            let from = version.unwrap_or(CURRENT_SCHEMA);
            let mut sound = Vec::with_capacity(values.len());
            for (k, old) in keys.iter().zip(values.iter()) {
                let Some(value) = entry_json(old).and_then(|j| serde_json::from_str::<serde_json::Value>(&j).ok()) else { continue };
                let before = (!layout_behind).then(|| value.clone());
                let Ok(value) = migrate_record(from, value) else { continue };
                let Ok(record) = Record::from_value(&value) else { continue };
                // A record the steps left as it was keeps its entry and its stamp (it still
                // counts for the tags of the others: a success finds its pupil's class).
                let rewrite = before.as_ref() != Some(&value);
                sound.push((k, old, value, record, rewrite));
            }
            let typed: Vec<Record> = sound.iter().map(|(_, _, _, r, _)| r.clone()).collect();
            let tags = tags_for_all(&typed);
            let at = now_ms();
            for ((k, old, value, record, _), tags) in sound.iter().zip(&tags).filter(|((.., rewrite), _)| *rewrite) {
                let stamp = Stamp { rev: entry_rev(old).unwrap_or(0), at, device: self.device.clone() };
                let json = serde_json::to_string(value).map_err(|e| StorageError::WriteFailed(e.to_string()))?;
                // An entry stored under a key that is not its record's is kept where it is.
                let key = k.as_string().unwrap_or_else(|| record.key());
                writes.push(Write::Put(RECORDS, entry(&key, &json, tags, &stamp), (*k).clone()));
            }
        }
        if version != Some(CURRENT_SCHEMA) {
            writes.push(Write::Put(META, JsValue::from_f64(CURRENT_SCHEMA as f64), META_SCHEMA.into()));
        }
        if layout != Some(LAYOUT) {
            writes.push(Write::Put(META, JsValue::from_f64(LAYOUT as f64), META_LAYOUT.into()));
        }
        drop((meta_store, records));
        write_all(tx, writes).await
    }

    /// Writes raw entries of the current layout without tags, as a damaged or hand-made
    /// store would hold them (tests).
    pub async fn write_raw_for_tests(&self, schema: u32, entries: &[(String, String)]) -> Result<(), StorageError> {
        let tx = self.db.transaction(&[RECORDS, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let records = tx.store(RECORDS).map_err(write_err)?;
        let stamp = Stamp { rev: 1, at: now_ms(), device: self.device.clone() };
        for (key, json) in entries {
            records.put(&entry(key, json, &Tags::default(), &stamp), Some(&JsValue::from_str(key))).await.map_err(write_err)?;
        }
        let meta = tx.store(META).map_err(write_err)?;
        meta.put(&JsValue::from_f64(schema as f64), Some(&META_SCHEMA.into())).await.map_err(write_err)?;
        committed(tx).await
    }

    /// Creates a database exactly as the version-1 layout left it (IndexedDB version 1,
    /// `{rev, json}` entries, no indexes): the fixture of the layout upgrade test.
    pub async fn create_v1_layout_for_tests(name: &str, entries: &[(String, String)]) -> Result<(), StorageError> {
        let db = Rexie::builder(name)
            .version(1)
            .add_object_store(ObjectStore::new(RECORDS))
            .add_object_store(ObjectStore::new(META))
            .build()
            .await
            .map_err(|e| StorageError::OpenFailed(describe(&e)))?;
        let tx = db.transaction(&[RECORDS, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let records = tx.store(RECORDS).map_err(write_err)?;
        for (i, (key, json)) in entries.iter().enumerate() {
            let o = js_sys::Object::new();
            set(&o, "rev", &JsValue::from_f64((i + 1) as f64));
            set(&o, "json", &json.as_str().into());
            records.put(&o.into(), Some(&JsValue::from_str(key))).await.map_err(write_err)?;
        }
        let meta = tx.store(META).map_err(write_err)?;
        meta.put(&JsValue::from_f64(1.0), Some(&META_SCHEMA.into())).await.map_err(write_err)?;
        meta.put(&JsValue::from_f64(entries.len() as f64), Some(&META_GENERATION.into())).await.map_err(write_err)?;
        committed(tx).await?;
        db.close();
        Ok(())
    }

    /// Creates a database exactly as layout 2 left it (IndexedDB version 2: the indexes by
    /// pupil, class, unread and revision; entries tagged with pupil, class and unread, no
    /// kind or day): the fixture of the layout 3 upgrade test.
    pub async fn create_v2_layout_for_tests(name: &str, records: &[Record]) -> Result<(), StorageError> {
        let db = Self::stores(Rexie::builder(name).version(2), Self::records_v2())
            .build()
            .await
            .map_err(|e| StorageError::OpenFailed(describe(&e)))?;
        let tx = db.transaction(&[RECORDS, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let store = tx.store(RECORDS).map_err(write_err)?;
        for (i, (r, tags)) in records.iter().zip(tags_for_all(records)).enumerate() {
            // This layout's entry without what layout 3 added.
            let key = r.key();
            let stamp = Stamp { rev: (i + 1) as u64, at: 1.0, device: "layout-2".into() };
            let o = entry(&key, &serde_json::to_string(r).unwrap_or_default(), &tags, &stamp);
            for field in ["kind", "cday"] {
                let _ = js_sys::Reflect::delete_property(wasm_bindgen::JsCast::unchecked_ref::<js_sys::Object>(&o), &JsValue::from_str(field));
            }
            store.put(&o, Some(&JsValue::from_str(&key))).await.map_err(write_err)?;
        }
        let meta = tx.store(META).map_err(write_err)?;
        meta.put(&JsValue::from_f64(CURRENT_SCHEMA as f64), Some(&META_SCHEMA.into())).await.map_err(write_err)?;
        meta.put(&JsValue::from_f64(2.0), Some(&META_LAYOUT.into())).await.map_err(write_err)?;
        meta.put(&JsValue::from_f64(records.len() as f64), Some(&META_GENERATION.into())).await.map_err(write_err)?;
        drop((store, meta));
        committed(tx).await?;
        db.close();
        Ok(())
    }

    /// The state a tab closed during the upgrade leaves: the current IndexedDB version with
    /// its indexes (the version change committed) but the entries not yet rewritten.
    pub async fn version_change_only_for_tests(name: &str) -> Result<(), StorageError> {
        let db = Self::builder(name).build().await.map_err(|e| StorageError::OpenFailed(describe(&e)))?;
        db.close();
        Ok(())
    }

    fn builder(name: &str) -> rexie::RexieBuilder {
        let records = Self::records_v2().add_index(Index::new_array("by_class_kind_day", ["class", "kind", "cday"]));
        Self::stores(Rexie::builder(name).version(IDB_VERSION), records)
    }

    /// The records store and its indexes as IndexedDB version 2 made them.
    fn records_v2() -> ObjectStore {
        ObjectStore::new(RECORDS)
            .add_index(Index::new("by_pupil", "pupil"))
            .add_index(Index::new("by_class", "class"))
            .add_index(Index::new("unread", "unread"))
            .add_index(Index::new("by_rev", "rev"))
    }

    /// The three stores, with this records store.
    fn stores(builder: rexie::RexieBuilder, records: ObjectStore) -> rexie::RexieBuilder {
        builder
            .add_object_store(records)
            .add_object_store(ObjectStore::new(TOMBSTONES).add_index(Index::new("by_rev", "rev")))
            .add_object_store(ObjectStore::new(META))
    }

    pub fn close(self) {
        self.db.close();
    }

    async fn read_scope(&self, scope: &Scope) -> Result<Snapshot, StorageError> {
        let tx = self.db.transaction(&[RECORDS], TransactionMode::ReadOnly).map_err(read_err)?;
        let store = tx.store(RECORDS).map_err(read_err)?;
        let mut snap = Snapshot::default();
        match scope {
            Scope::Core | Scope::Followup => {
                let kinds = if *scope == Scope::Core { CORE_KINDS } else { FOLLOWUP_KINDS };
                // Every kind asked for at once (one round trip to the browser's storage,
                // not one per kind), then read in order.
                let ranges = kinds.iter().map(|kind| kind_range(kind)).collect::<Result<Vec<_>, _>>()?;
                let all = try_join_all(ranges.into_iter().map(|range| store.get_all(Some(range), None))).await.map_err(read_err)?;
                for (kind, values) in kinds.iter().zip(&all) {
                    let keyless = parse_entries(values, &mut snap);
                    name_keyless(&store, Some(kind_range(kind)?), &keyless, &mut snap).await?;
                }
                if *scope == Scope::Followup {
                    let index = store.index("unread").map_err(read_err)?;
                    let values = index.get_all(None, None).await.map_err(read_err)?;
                    parse_entries(&values, &mut snap);
                }
            }
            Scope::Class(id) | Scope::Pupil(id) => {
                let name = if matches!(scope, Scope::Class(_)) { "by_class" } else { "by_pupil" };
                let index = store.index(name).map_err(read_err)?;
                let range = KeyRange::only(&id.as_str().into()).map_err(range_err)?;
                let values = index.get_all(Some(range), None).await.map_err(read_err)?;
                parse_entries(&values, &mut snap);
            }
            Scope::ClassPart { class, kinds, since } => {
                let index = store.index("by_class_kind_day").map_err(read_err)?;
                let from = since.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
                let ranges = kinds
                    .iter()
                    .map(|kind| {
                        let key = |day: &str| -> JsValue { js_sys::Array::of3(&class.as_str().into(), &(*kind).into(), &day.into()).into() };
                        KeyRange::bound(&key(&from), &key(UNDATED), Some(false), Some(false)).map_err(range_err)
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                // One key range per kind, all asked for at once.
                let all = try_join_all(ranges.into_iter().map(|range| index.get_all(Some(range), None))).await.map_err(read_err)?;
                for values in &all {
                    parse_entries(values, &mut snap);
                }
            }
            Scope::All => {
                let values = store.get_all(None, None).await.map_err(read_err)?;
                let keyless = parse_entries(&values, &mut snap);
                name_keyless(&store, None, &keyless, &mut snap).await?;
            }
        }
        Ok(snap)
    }
}

/// The writes that store these records (taking any tombstone of their key away), and
/// their new revisions in `out`.
fn put_records(records: &[Record], tags: &[Tags], stamp: &Stamp, writes: &mut Vec<Write>, out: &mut Revs) -> Result<(), StorageError> {
    let none = Tags::default();
    for (i, r) in records.iter().enumerate() {
        let key = r.key();
        let json = serde_json::to_string(r).map_err(|e| StorageError::WriteFailed(e.to_string()))?;
        let k = JsValue::from_str(&key);
        writes.push(Write::Put(RECORDS, entry(&key, &json, tags.get(i).unwrap_or(&none), stamp), k.clone()));
        writes.push(Write::Delete(TOMBSTONES, k));
        out.insert(key, stamp.rev);
    }
    Ok(())
}

/// The next value of the change counter (the caller writes it back with its batch).
async fn next_generation(meta: &rexie::Store) -> Result<u64, StorageError> {
    let current = meta.get(META_GENERATION.into()).await.map_err(read_err)?;
    Ok(current.as_ref().and_then(JsValue::as_f64).unwrap_or(0.0) as u64 + 1)
}

impl Repository for IdbRepo {
    async fn delete_damaged(&self, key: &str) -> Result<(), StorageError> {
        let tx = self.db.transaction(&[RECORDS], TransactionMode::ReadWrite).map_err(write_err)?;
        let store = tx.store(RECORDS).map_err(write_err)?;
        store.delete(JsValue::from_str(key)).await.map_err(write_err)?;
        drop(store);
        committed(tx).await
    }

    async fn load_scope(&self, scope: &Scope) -> Result<Snapshot, StorageError> {
        self.read_scope(scope).await
    }

    async fn get_many(&self, keys: &[String]) -> Result<Snapshot, StorageError> {
        let tx = self.db.transaction(&[RECORDS], TransactionMode::ReadOnly).map_err(read_err)?;
        let store = tx.store(RECORDS).map_err(read_err)?;
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(v) = store.get(JsValue::from_str(key)).await.map_err(read_err)? {
                values.push(v);
            }
        }
        let mut snap = Snapshot::default();
        parse_entries(&values, &mut snap);
        Ok(snap)
    }

    async fn commit(&self, change: &Change, tags: &[Tags], expected: &Revs) -> Result<Revs, StorageError> {
        let tx = self.db.transaction(&[RECORDS, TOMBSTONES, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let store = tx.store(RECORDS).map_err(write_err)?;
        let tombstones = tx.store(TOMBSTONES).map_err(write_err)?;
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
        let stamp = Stamp { rev: next_generation(&meta).await?, at: now_ms(), device: self.device.clone() };
        let mut writes = vec![Write::Put(META, JsValue::from_f64(stamp.rev as f64), META_GENERATION.into())];
        let mut out = Revs::new();
        for key in &change.deletes {
            let k = JsValue::from_str(key);
            if stored.contains_key(key) {
                writes.push(Write::Delete(RECORDS, k.clone()));
                writes.push(Write::Put(TOMBSTONES, entry(key, "", &Tags::default(), &stamp), k));
            }
        }
        put_records(&change.puts, tags, &stamp, &mut writes, &mut out)?;
        drop((store, tombstones, meta));
        write_all(tx, writes).await?;
        Ok(out)
    }

    async fn replace_all(&self, records: &[Record], tags: &[Tags], keep: &[String]) -> Result<Revs, StorageError> {
        let tx = self.db.transaction(&[RECORDS, TOMBSTONES, META], TransactionMode::ReadWrite).map_err(write_err)?;
        let store = tx.store(RECORDS).map_err(write_err)?;
        let tombstones = tx.store(TOMBSTONES).map_err(write_err)?;
        let meta = tx.store(META).map_err(write_err)?;
        let stamp = Stamp { rev: next_generation(&meta).await?, at: now_ms(), device: self.device.clone() };
        // Every key that goes away gets a tombstone, so a sync peer learns of the replace.
        let old_keys = store.get_all_keys(None, None).await.map_err(read_err)?;
        let mut writes = vec![Write::Put(META, JsValue::from_f64(stamp.rev as f64), META_GENERATION.into())];
        for k in old_keys {
            let key = k.as_string().unwrap_or_default();
            if keep.contains(&key) {
                continue;
            }
            writes.push(Write::Delete(RECORDS, k.clone()));
            writes.push(Write::Put(TOMBSTONES, entry(&key, "", &Tags::default(), &stamp), k));
        }
        let mut out = Revs::new();
        put_records(records, tags, &stamp, &mut writes, &mut out)?;
        drop((store, tombstones, meta));
        write_all(tx, writes).await?;
        Ok(out)
    }

    async fn changes_since(&self, since: u64) -> Result<ChangeLog, StorageError> {
        let tx = self.db.transaction(&[RECORDS, TOMBSTONES], TransactionMode::ReadOnly).map_err(read_err)?;
        let after = || KeyRange::lower_bound(&JsValue::from_f64(since as f64), Some(true)).map_err(range_err);
        let mut log = ChangeLog::default();
        let values = tx.store(RECORDS).map_err(read_err)?.index("by_rev").map_err(read_err)?.get_all(Some(after()?), None).await.map_err(read_err)?;
        let mut snap = Snapshot::default();
        parse_entries(&values, &mut snap);
        log.puts = snap.records.into_iter().zip(values.iter().map(entry_stamp)).collect();
        let values =
            tx.store(TOMBSTONES).map_err(read_err)?.index("by_rev").map_err(read_err)?.get_all(Some(after()?), None).await.map_err(read_err)?;
        log.deletes = values.iter().map(|v| (get(v, "key").and_then(|k| k.as_string()).unwrap_or_default(), entry_stamp(v))).collect();
        Ok(log)
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
        committed(tx).await
    }
}
