//! The storage contract: one suite of behaviours every `Repository` must show.
//! Run on the host against `MemoryRepo` and in headless Chromium against `IdbRepo`
//! (tests/storage_idb.rs), so the fast fake can never drift from the real thing.

use std::future::Future;

use chrono::NaiveDate;

use super::{Repository, Revs, StorageError};
use crate::domain::book::Change;
use crate::domain::model::*;
use crate::domain::records::Record;
use crate::domain::scope::{tags_for_all, Scope, CLASS_PAGE_KINDS};

/// Makes repositories for the suite: a fresh empty one, and a second handle on the
/// same data (a second tab).
#[allow(async_fn_in_trait)]
pub trait Fixture {
    type R: Repository;
    async fn fresh(&self) -> Self::R;
    async fn second(&self, repo: &Self::R) -> Self::R;
}

/// Adapter for repositories whose handles are made synchronously (the memory repo).
pub struct SyncFixture<M, S>(pub M, pub S);

impl<R: Repository, M: Fn() -> R, S: Fn(&R) -> R> Fixture for SyncFixture<M, S> {
    type R = R;
    async fn fresh(&self) -> R {
        (self.0)()
    }
    async fn second(&self, repo: &R) -> R {
        (self.1)(repo)
    }
}

pub fn class(id: &str, name: &str) -> Class {
    Class {
        id: id.into(),
        name: name.into(),
        school_year: "2026-2027".into(),
        year_group: YearGroup { system: SchoolSystem::Nl, n: 5 },
        created_on: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap_or_default(),
        attention_aim: Default::default(),
    }
}

pub fn pupil(id: &str, class_id: &str, name: &str) -> Pupil {
    Pupil {
        id: id.into(),
        class_id: class_id.into(),
        name: name.into(),
        nickname: String::new(),
        year_group: None,
        support_notes: "leest graag; dyslexie — “quotes” ✓ 😀".into(),
        support_level: SupportLevel::Extra,
        archived_on: None,
        created_on: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap_or_default(),
        picture_pin: None,
    }
}

pub fn sample_change(class_id: &str, name: &str) -> Change {
    Change::put(Record::Class(class(class_id, name)))
}

type Outcome = Result<(), String>;

/// Commits with the tags the state layer would give (computed from the change alone).
async fn commit<R: Repository>(repo: &R, change: &Change, expected: &Revs) -> Result<Revs, StorageError> {
    repo.commit(change, &tags_for_all(&change.puts), expected).await
}

/// A record of any kind from its JSON form (the stored format).
pub fn rec(kind: &str, data: serde_json::Value) -> Record {
    Record::from_value(&serde_json::json!({ "kind": kind, "data": data })).unwrap_or_else(|e| panic!("{kind}: {e}"))
}

/// A small school: two classes, a pupil in each, and entries of several kinds.
pub fn school() -> Vec<Record> {
    use serde_json::json;
    vec![
        Record::Class(class("c1", "Groep 5")),
        Record::Class(class("c2", "Groep 6")),
        Record::Pupil(pupil("p1", "c1", "Anna")),
        Record::Pupil(pupil("p2", "c2", "Bram")),
        rec("goal", json!({"id": "g1", "pupil_id": "p1", "domain": "Reading",
            "measure": {"name": "DMT", "unit": "WordsCorrectPerMinute", "direction": "Increasing"},
            "baseline": {"value": 30.0, "date": "2026-09-01"}, "target": 50.0, "target_date": "2026-12-01", "confirmations": 2,
            "own_words": "Ik lees 50 woorden per minuut", "state": "Active", "created_on": "2026-09-01"})),
        rec("measurement", json!({"id": "m1", "goal_id": "g1", "value": 41.0, "date": "2026-10-01"})),
        rec("feedback_note", json!({"id": "n2", "pupil_id": "p2", "date": "2026-10-02",
            "tops": ["Je las vlot"], "tips": [], "next_step": "Elke dag lezen"})),
        rec("reflection", json!({"id": "r2", "pupil_id": "p2", "date": "2026-10-03", "mood": 4,
            "went_well": "Lezen", "read_by_teacher": false})),
        rec("reflection", json!({"id": "r1", "pupil_id": "p1", "date": "2026-10-03", "mood": 3, "read_by_teacher": true})),
        rec("reminder", json!({"id": "rem1", "source": "Free", "title": "Oudergesprek", "due": "2026-11-30"})),
        rec("support", json!({"id": "s2", "pupil_id": "p2", "subject": "Maths", "phase": "extended",
            "measures": ["compensate"], "from": "2026-10-05"})),
        rec("attention_moment", json!({"id": "am-old", "pupil_id": "p1", "date": "2026-01-05", "kind": "OneOnOne", "minutes": 5})),
        rec("attention_moment", json!({"id": "am-new", "pupil_id": "p1", "date": "2026-10-05", "kind": "OneOnOne", "minutes": 5})),
    ]
}

fn keys_of(records: &[Record]) -> Vec<String> {
    let mut k: Vec<String> = records.iter().map(Record::key).collect();
    k.sort();
    k
}

macro_rules! ensure {
    ($cond:expr, $($msg:tt)*) => { if !$cond { return Err(format!($($msg)*)); } };
}

async fn empty_store_loads_nothing<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records.is_empty() && snap.revs.is_empty(), "fresh store not empty: {snap:?}");
    Ok(())
}

async fn committed_records_load_back_identically<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let change = Change {
        puts: vec![Record::Class(class("c1", "Groep 5")), Record::Pupil(pupil("p1", "c1", "Anna"))],
        deletes: vec![],
    };
    let revs = commit(&repo, &change, &Revs::new()).await.map_err(|e| e.to_string())?;
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records.len() == 2, "expected 2 records, got {}", snap.records.len());
    for r in &change.puts {
        ensure!(snap.records.contains(r), "record {} changed on the way", r.key());
    }
    ensure!(snap.revs == revs, "revisions differ: {:?} vs {:?}", snap.revs, revs);
    Ok(())
}

async fn updates_with_current_revisions_succeed<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let revs = commit(&repo, &sample_change("c1", "Groep 5"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let revs2 = commit(&repo, &sample_change("c1", "Groep 5b"), &revs).await.map_err(|e| e.to_string())?;
    ensure!(revs2["class:c1"] != revs["class:c1"], "revision did not change");
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records == vec![Record::Class(class("c1", "Groep 5b"))], "update not stored: {snap:?}");
    Ok(())
}

async fn a_stale_tab_gets_a_conflict_and_writes_nothing<F: Fixture>(f: &F) -> Outcome {
    let a = f.fresh().await;
    let b = f.second(&a).await;
    let revs = commit(&a, &sample_change("c1", "Groep 5"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let b_revs = b.load().await.map_err(|e| e.to_string())?.revs;
    ensure!(b_revs == revs, "second tab does not see the first tab's write");
    commit(&a, &sample_change("c1", "Groep 5 (A)"), &revs).await.map_err(|e| e.to_string())?;
    // B writes two records; the second one is stale, so neither may land.
    let change = Change {
        puts: vec![Record::Class(class("c2", "Nieuw")), Record::Class(class("c1", "Groep 5 (B)"))],
        deletes: vec![],
    };
    match commit(&b, &change, &b_revs).await {
        Err(StorageError::Conflict { key }) => ensure!(key == "class:c1", "conflict on wrong key {key}"),
        other => return Err(format!("expected a conflict, got {other:?}")),
    }
    let snap = a.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records == vec![Record::Class(class("c1", "Groep 5 (A)"))], "stale write landed: {snap:?}");
    Ok(())
}

async fn creating_a_record_another_tab_created_conflicts<F: Fixture>(f: &F) -> Outcome {
    let a = f.fresh().await;
    let b = f.second(&a).await;
    commit(&a, &sample_change("c1", "A"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let r = commit(&b, &sample_change("c1", "B"), &Revs::new()).await;
    ensure!(matches!(r, Err(StorageError::Conflict { .. })), "expected a conflict, got {r:?}");
    Ok(())
}

async fn deletes_remove_and_check_revisions<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let change = Change {
        puts: vec![Record::Class(class("c1", "Groep 5")), Record::Pupil(pupil("p1", "c1", "Anna"))],
        deletes: vec![],
    };
    let revs = commit(&repo, &change, &Revs::new()).await.map_err(|e| e.to_string())?;
    let stale: Revs = revs.iter().map(|(k, v)| (k.clone(), v + 1000)).collect();
    let del = Change { puts: vec![], deletes: vec![record_key("pupil", "p1")] };
    let r = commit(&repo, &del, &stale).await;
    ensure!(matches!(r, Err(StorageError::Conflict { .. })), "stale delete must conflict, got {r:?}");
    commit(&repo, &del, &revs).await.map_err(|e| e.to_string())?;
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records == vec![Record::Class(class("c1", "Groep 5"))], "delete failed: {snap:?}");
    ensure!(!snap.revs.contains_key("pupil:p1"), "revision of deleted record kept");
    Ok(())
}

async fn replace_all_swaps_everything_and_outdates_old_revisions<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let old = commit(&repo, &sample_change("c1", "Oud"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let new = vec![Record::Class(class("c9", "Uit backup")), Record::Pupil(pupil("p9", "c9", "Bram"))];
    let revs = repo.replace_all(&new, &tags_for_all(&new), &[]).await.map_err(|e| e.to_string())?;
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records.len() == 2 && new.iter().all(|r| snap.records.contains(r)), "replace failed: {snap:?}");
    ensure!(snap.revs == revs, "revisions after replace differ");
    let r = commit(&repo, &sample_change("c1", "Oud 2"), &old).await;
    ensure!(matches!(r, Err(StorageError::Conflict { .. })), "write with pre-import revisions must conflict: {r:?}");
    // Entries named to keep (damaged ones, set aside for the teacher) stay as they are.
    let kept = commit(&repo, &sample_change("c2", "Apart"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let again = vec![Record::Class(class("c8", "Nieuw"))];
    repo.replace_all(&again, &tags_for_all(&again), &["class:c2".to_string()]).await.map_err(|e| e.to_string())?;
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    let mut keys: Vec<String> = snap.records.iter().map(Record::key).collect();
    keys.sort();
    ensure!(keys == ["class:c2", "class:c8"], "kept entry missing or others left: {keys:?}");
    ensure!(snap.revs.get("class:c2") == kept.get("class:c2"), "kept entry was rewritten");
    Ok(())
}

async fn meta_values_round_trip<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let none = repo.get_meta("last_backup_at").await.map_err(|e| e.to_string())?;
    ensure!(none.is_none(), "meta not empty: {none:?}");
    repo.set_meta("last_backup_at", "2026-11-23T10:00:00").await.map_err(|e| e.to_string())?;
    repo.set_meta("last_backup_at", "2026-11-24T10:00:00").await.map_err(|e| e.to_string())?;
    let got = repo.get_meta("last_backup_at").await.map_err(|e| e.to_string())?;
    ensure!(got.as_deref() == Some("2026-11-24T10:00:00"), "meta value wrong: {got:?}");
    Ok(())
}

async fn each_scope_reads_exactly_its_records<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let all = school();
    commit(&repo, &Change { puts: all.clone(), deletes: vec![] }, &Revs::new()).await.map_err(|e| e.to_string())?;
    let part = |class: &str, kinds, since: Option<&str>| Scope::ClassPart { class: class.into(), kinds, since: since.and_then(|d| d.parse().ok()) };
    let cases: [(Scope, &[&str]); 10] = [
        (Scope::Core, &["class:c1", "class:c2", "pupil:p1", "pupil:p2"]),
        (Scope::Followup, &["goal:g1", "reflection:r2", "reminder:rem1"]),
        (Scope::Class("c1".into()), &["attention_moment:am-new", "attention_moment:am-old", "class:c1", "goal:g1", "pupil:p1", "reflection:r1"]),
        // The class page's part: its kinds from a day on (the old moment stays out).
        (part("c1", CLASS_PAGE_KINDS, Some("2026-09-01")), &["attention_moment:am-new"]),
        (part("c1", &["attention_moment"], None), &["attention_moment:am-new", "attention_moment:am-old"]),
        (part("c2", CLASS_PAGE_KINDS, Some("2026-09-01")), &["feedback_note:n2"]),
        (part("c2", CLASS_PAGE_KINDS, Some("2026-10-03")), &["none"]),
        (Scope::Pupil("p1".into()), &["attention_moment:am-new", "attention_moment:am-old", "goal:g1", "measurement:m1", "pupil:p1", "reflection:r1"]),
        (Scope::Pupil("p2".into()), &["feedback_note:n2", "pupil:p2", "reflection:r2", "support:s2"]),
        (Scope::All, &[]),
    ];
    for (scope, want) in cases {
        let snap = repo.load_scope(&scope).await.map_err(|e| e.to_string())?;
        let want: Vec<String> = match want {
            [] => keys_of(&all),
            ["none"] => Vec::new(),
            _ => want.iter().map(|k| k.to_string()).collect(),
        };
        ensure!(keys_of(&snap.records) == want, "{scope:?}: got {:?}, want {want:?}", keys_of(&snap.records));
        ensure!(snap.revs.len() == want.len(), "{scope:?}: revisions of other records");
        for r in &snap.records {
            ensure!(all.contains(r), "{scope:?}: {} changed on the way", r.key());
        }
    }
    // Reading a reflection marks it read: it leaves the unread index.
    let Some(Record::Reflection(mut r2)) = all.iter().find(|r| r.key() == "reflection:r2").cloned() else {
        return Err("fixture has no r2".into());
    };
    r2.read_by_teacher = true;
    let revs = repo.load().await.map_err(|e| e.to_string())?.revs;
    commit(&repo, &Change::put(Record::Reflection(r2)), &revs).await.map_err(|e| e.to_string())?;
    let snap = repo.load_scope(&Scope::Followup).await.map_err(|e| e.to_string())?;
    ensure!(keys_of(&snap.records) == ["goal:g1", "reminder:rem1"], "read reflection still unread: {:?}", keys_of(&snap.records));
    Ok(())
}

async fn get_many_reads_the_named_keys<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let all = school();
    let revs = commit(&repo, &Change { puts: all.clone(), deletes: vec![] }, &Revs::new()).await.map_err(|e| e.to_string())?;
    let keys = vec!["measurement:m1".to_string(), "pupil:p2".to_string(), "goal:nope".to_string()];
    let snap = repo.get_many(&keys).await.map_err(|e| e.to_string())?;
    ensure!(keys_of(&snap.records) == ["measurement:m1", "pupil:p2"], "got {:?}", keys_of(&snap.records));
    ensure!(snap.revs["pupil:p2"] == revs["pupil:p2"], "revision differs");
    Ok(())
}

async fn changes_since_lists_writes_and_deletes_after_a_point<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let revs = commit(&repo, &sample_change("c1", "Groep 5"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let first = repo.changes_since(0).await.map_err(|e| e.to_string())?;
    ensure!(first.puts.len() == 1 && first.deletes.is_empty(), "first write not listed: {first:?}");
    let stamp = first.puts[0].1.clone();
    ensure!(stamp.rev == revs["class:c1"] && stamp.at > 0.0 && !stamp.device.is_empty(), "no stamp: {first:?}");
    let log = repo.changes_since(stamp.rev).await.map_err(|e| e.to_string())?;
    ensure!(log.puts.is_empty() && log.deletes.is_empty(), "nothing changed after the point yet: {log:?}");
    let change = Change { puts: vec![Record::Class(class("c2", "Groep 6"))], deletes: vec![record_key("class", "c1")] };
    commit(&repo, &change, &revs).await.map_err(|e| e.to_string())?;
    let log = repo.changes_since(stamp.rev).await.map_err(|e| e.to_string())?;
    let puts: Vec<String> = log.puts.iter().map(|(r, _)| r.key()).collect();
    let dels: Vec<&str> = log.deletes.iter().map(|(k, _)| k.as_str()).collect();
    ensure!(puts == ["class:c2"], "writes after the point: {puts:?}");
    ensure!(dels == ["class:c1"], "deletes after the point: {dels:?}");
    ensure!(log.puts[0].1.rev > stamp.rev && log.puts[0].1.at >= stamp.at, "stamps go back: {log:?}");
    // Writing a deleted key again takes it off the delete list.
    commit(&repo, &sample_change("c1", "Terug"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let log = repo.changes_since(stamp.rev).await.map_err(|e| e.to_string())?;
    ensure!(log.deletes.is_empty() && log.puts.len() == 2, "re-created key still deleted: {log:?}");
    Ok(())
}

/// Runs every contract test; returns each one's name and outcome.
pub async fn run_all<F: Fixture>(f: &F) -> Vec<(&'static str, Outcome)> {
    vec![
        ("empty_store_loads_nothing", empty_store_loads_nothing(f).await),
        ("committed_records_load_back_identically", committed_records_load_back_identically(f).await),
        ("updates_with_current_revisions_succeed", updates_with_current_revisions_succeed(f).await),
        ("a_stale_tab_gets_a_conflict_and_writes_nothing", a_stale_tab_gets_a_conflict_and_writes_nothing(f).await),
        ("creating_a_record_another_tab_created_conflicts", creating_a_record_another_tab_created_conflicts(f).await),
        ("deletes_remove_and_check_revisions", deletes_remove_and_check_revisions(f).await),
        (
            "replace_all_swaps_everything_and_outdates_old_revisions",
            replace_all_swaps_everything_and_outdates_old_revisions(f).await,
        ),
        ("meta_values_round_trip", meta_values_round_trip(f).await),
        ("each_scope_reads_exactly_its_records", each_scope_reads_exactly_its_records(f).await),
        ("get_many_reads_the_named_keys", get_many_reads_the_named_keys(f).await),
        ("changes_since_lists_writes_and_deletes_after_a_point", changes_since_lists_writes_and_deletes_after_a_point(f).await),
    ]
}

/// Panics with every failed contract test listed.
pub fn assert_all(results: &[(&'static str, Outcome)]) {
    let failed: Vec<String> =
        results.iter().filter_map(|(n, r)| r.as_ref().err().map(|e| format!("{n}: {e}"))).collect();
    assert!(failed.is_empty(), "storage contract failed:\n{}", failed.join("\n"));
    assert_eq!(results.len(), 11, "every contract test ran");
}

/// Runs a future whose every await is ready at once (the memory repo) on the host.
pub fn block_on<T>(fut: impl Future<Output = T>) -> T {
    let mut fut = std::pin::pin!(fut);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
