//! The storage contract and the migrations against real IndexedDB, in headless Chromium.
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test storage_idb`.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;

use groeipad::domain::migrations::CURRENT_SCHEMA;
use groeipad::domain::records::Record;
use groeipad::storage::contract::{assert_all, run_all, Fixture};
use groeipad::storage::idb::IdbRepo;
use groeipad::storage::{Repository, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "storage_idb/backup_crypto.rs"]
mod backup_crypto;

struct IdbFixture {
    prefix: String,
    n: Cell<u32>,
}

impl IdbFixture {
    fn new(prefix: &str) -> Self {
        IdbFixture { prefix: format!("{prefix}-{}", js_sys::Math::random()), n: Cell::new(0) }
    }
    fn next_name(&self) -> String {
        self.n.set(self.n.get() + 1);
        format!("{}-{}", self.prefix, self.n.get())
    }
}

impl Fixture for IdbFixture {
    type R = IdbRepo;
    async fn fresh(&self) -> IdbRepo {
        let name = self.next_name();
        IdbRepo::open(&name).await.expect("open a fresh database")
    }
    async fn second(&self, repo: &IdbRepo) -> IdbRepo {
        IdbRepo::open(repo.name()).await.expect("open a second connection")
    }
}

#[wasm_bindgen_test]
async fn indexeddb_passes_the_storage_contract() {
    let results = run_all(&IdbFixture::new("contract")).await;
    assert_all(&results);
}

fn fixture_entries(version: u32) -> Vec<(String, String)> {
    let text = match version {
        1 => include_str!("../src/domain/fixtures/records_v1.json"),
        2 => include_str!("../src/domain/fixtures/records_v2.json"),
        3 => include_str!("../src/domain/fixtures/records_v3.json"),
        4 => include_str!("../src/domain/fixtures/records_v4.json"),
        5 => include_str!("../src/domain/fixtures/records_v5.json"),
        6 => include_str!("../src/domain/fixtures/records_v6.json"),
        7 => include_str!("../src/domain/fixtures/records_v7.json"),
        8 => include_str!("../src/domain/fixtures/records_v8.json"),
        _ => panic!("no fixture for v{version}"),
    };
    let values: Vec<serde_json::Value> = serde_json::from_str(text).unwrap();
    values
        .into_iter()
        .map(|v| {
            let key = format!("{}:{}", v["kind"].as_str().unwrap(), v["data"]["id"].as_str().unwrap());
            (key, v.to_string())
        })
        .collect()
}

#[wasm_bindgen_test]
async fn data_stored_by_every_earlier_schema_opens_migrated() {
    for version in 1..=CURRENT_SCHEMA {
        let f = IdbFixture::new("migrate");
        let name = f.next_name();
        let repo = IdbRepo::open(&name).await.unwrap();
        let entries = fixture_entries(version);
        repo.write_raw_for_tests(version, &entries).await.unwrap();
        repo.close();
        let reopened = IdbRepo::open(&name).await.unwrap();
        let snap = reopened.load().await.unwrap();
        assert_eq!(snap.records.len(), entries.len(), "v{version}: every record survives");
        assert!(snap.records.iter().any(|r| matches!(r, Record::Pupil(p) if p.support_notes == "dyslexie")));
        if version == 7 {
            // v7 → v8 rewrites a reached goal's success in the store, and only that.
            let text = |id: &str| snap.records.iter().find_map(|r| match r {
                Record::Success(s) if s.id == id => Some(s.text.clone()),
                _ => None,
            });
            assert_eq!(text("s7a").as_deref(), Some("Ik lees vlot"));
            assert_eq!(text("s7c").as_deref(), Some("Doel gehaald: zelf de tafel van 7 geoefend"));
        }
        reopened.close();
        IdbRepo::delete(&name).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_damaged_entry_in_older_data_stays_aside_and_the_rest_is_migrated() {
    let f = IdbFixture::new("migrate-damaged");
    let name = f.next_name();
    let repo = IdbRepo::open(&name).await.unwrap();
    let sound = fixture_entries(1);
    let mut entries = sound.clone();
    entries.push(("pupil:broken".into(), "{not json".into()));
    entries.push(("class:spaceship".into(), r#"{"kind":"spaceship","data":{"id":"spaceship"}}"#.into()));
    repo.write_raw_for_tests(1, &entries).await.unwrap();
    repo.close();
    // Before, one such entry failed the whole upgrade and the app could not open at all.
    let reopened = IdbRepo::open(&name).await.expect("the upgrade passes the damaged entries by");
    let snap = reopened.load().await.unwrap();
    assert_eq!(snap.records.len(), sound.len(), "every sound record is migrated and loads");
    assert!(snap.records.iter().any(|r| matches!(r, Record::Pupil(p) if p.support_notes == "dyslexie")));
    let mut damaged: Vec<(&str, &str)> = snap.damaged.iter().map(|d| (d.key.as_str(), d.text.as_str())).collect();
    damaged.sort();
    assert_eq!(
        damaged,
        vec![("class:spaceship", r#"{"kind":"spaceship","data":{"id":"spaceship"}}"#), ("pupil:broken", "{not json")],
        "kept as they were stored"
    );
    reopened.close();
    IdbRepo::delete(&name).await.unwrap();
}

#[wasm_bindgen_test]
async fn data_from_a_newer_app_is_refused_and_left_alone() {
    let f = IdbFixture::new("newer");
    let name = f.next_name();
    let repo = IdbRepo::open(&name).await.unwrap();
    repo.write_raw_for_tests(CURRENT_SCHEMA + 1, &fixture_entries(1)).await.unwrap();
    repo.close();
    match IdbRepo::open(&name).await {
        Err(StorageError::NewerSchema { found }) => assert_eq!(found, CURRENT_SCHEMA + 1),
        Err(e) => panic!("expected NewerSchema, got {e:?}"),
        Ok(_) => panic!("expected NewerSchema, the database opened"),
    }
    IdbRepo::delete(&name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_damaged_record_is_set_aside_and_the_rest_loads() {
    let f = IdbFixture::new("corrupt");
    let name = f.next_name();
    let repo = IdbRepo::open(&name).await.unwrap();
    let sound = fixture_entries(CURRENT_SCHEMA);
    let mut entries = sound.clone();
    entries.push(("pupil:x".into(), "{not json".into()));
    // A sound record stored under another record's key would open as a double.
    entries.push(("pupil:elsewhere".into(), sound.iter().find(|(k, _)| k.starts_with("pupil:")).unwrap().1.clone()));
    repo.write_raw_for_tests(CURRENT_SCHEMA, &entries).await.unwrap();
    let snap = repo.load().await.unwrap();
    assert_eq!(snap.records.len(), sound.len(), "every sound record loads");
    let mut keys: Vec<&str> = snap.damaged.iter().map(|d| d.key.as_str()).collect();
    keys.sort();
    assert_eq!(keys, vec!["pupil:elsewhere", "pupil:x"]);
    assert!(snap.damaged.iter().any(|d| d.text == "{not json"), "kept as stored");
    repo.delete_damaged("pupil:x").await.unwrap();
    let snap = repo.load().await.unwrap();
    assert_eq!((snap.records.len(), snap.damaged.len()), (sound.len(), 1), "only the chosen entry is gone");
    repo.close();
    IdbRepo::delete(&name).await.unwrap();
}

/// Opens an upgraded database and checks that every record came through unchanged.
async fn opens_with_every_record(name: &str, records: &[Record]) -> IdbRepo {
    let repo = IdbRepo::open(name).await.unwrap();
    let mut all = repo.load().await.unwrap().records;
    all.sort_by_key(Record::key);
    let mut want = records.to_vec();
    want.sort_by_key(Record::key);
    assert_eq!(all, want, "every record survives the upgrade unchanged");
    repo
}

#[wasm_bindgen_test]
async fn a_database_of_layout_2_gains_the_class_kind_day_index_with_nothing_lost() {
    use groeipad::domain::scope::{Scope, CLASS_PAGE_KINDS};
    use groeipad::storage::contract::school;
    let f = IdbFixture::new("layout2");
    for interrupted in [false, true] {
        let name = f.next_name();
        let records = school();
        IdbRepo::create_v2_layout_for_tests(&name, &records).await.unwrap();
        if interrupted {
            // Closed after the version change (the new index exists, still empty) and
            // before the entries were rewritten: the next start completes it.
            IdbRepo::version_change_only_for_tests(&name).await.unwrap();
        }
        let repo = opens_with_every_record(&name, &records).await;
        let part = |kinds, since: Option<&str>| Scope::ClassPart { class: "c1".into(), kinds, since: since.and_then(|d| d.parse().ok()) };
        let keys = |snap: groeipad::storage::Snapshot| {
            let mut k = snap.records.iter().map(Record::key).collect::<Vec<_>>();
            k.sort();
            k
        };
        assert_eq!(keys(repo.load_scope(&part(CLASS_PAGE_KINDS, Some("2026-09-01"))).await.unwrap()), ["attention_moment:am-new"]);
        assert_eq!(keys(repo.load_scope(&part(&["attention_moment"], None)).await.unwrap()), ["attention_moment:am-new", "attention_moment:am-old"]);
        assert_eq!(repo.load_scope(&Scope::Class("c1".into())).await.unwrap().records.len(), 6, "the older indexes still answer");
        // The revisions carry over.
        assert_eq!(repo.changes_since(0).await.unwrap().puts.len(), records.len());
        repo.close();
        IdbRepo::delete(&name).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_database_of_the_version_1_layout_upgrades_with_nothing_lost() {
    use groeipad::domain::scope::{Scope, CLASS_PAGE_KINDS};
    use groeipad::storage::contract::school;
    let f = IdbFixture::new("layout");
    let name = f.next_name();
    let records = school();
    let entries: Vec<(String, String)> =
        records.iter().map(|r| (r.key(), serde_json::to_string(r).unwrap())).collect();
    IdbRepo::create_v1_layout_for_tests(&name, &entries).await.unwrap();
    // A tab closed after the version change but before the rewrite committed: the
    // indexes exist, the entries have no tags yet. The next start completes the upgrade.
    IdbRepo::version_change_only_for_tests(&name).await.unwrap();
    let repo = opens_with_every_record(&name, &records).await;
    // The upgrade wrote the tags: the indexes now answer per class and per pupil.
    let class: Vec<String> = repo.load_scope(&Scope::Class("c1".into())).await.unwrap().records.iter().map(Record::key).collect();
    assert_eq!(class.len(), 6, "class c1 holds its class, pupil, goal, reflection and two moments: {class:?}");
    let part = Scope::ClassPart { class: "c1".into(), kinds: CLASS_PAGE_KINDS, since: "2026-09-01".parse().ok() };
    let recent: Vec<String> = repo.load_scope(&part).await.unwrap().records.iter().map(Record::key).collect();
    assert_eq!(recent, ["attention_moment:am-new"], "the class page's part reads by class, kind and day");
    let pupil = repo.load_scope(&Scope::Pupil("p1".into())).await.unwrap().records;
    assert!(pupil.iter().any(|r| r.key() == "measurement:m1"), "the pupil's scope holds the measurements");
    let unread = repo.load_scope(&Scope::Followup).await.unwrap().records;
    assert!(unread.iter().any(|r| r.key() == "reflection:r2"), "unread reflections are indexed");
    // The old revisions carry over, so the change counter goes on from there.
    let log = repo.changes_since(0).await.unwrap();
    assert_eq!(log.puts.len(), records.len());
    repo.close();
    // Opening again does not upgrade again (and loses nothing).
    let again = IdbRepo::open(&name).await.unwrap();
    assert_eq!(again.load().await.unwrap().records.len(), records.len());
    again.close();
    IdbRepo::delete(&name).await.unwrap();
}
