//! The storage contract: one suite of behaviours every `Repository` must show.
//! Run on the host against `MemoryRepo` and in headless Chromium against `IdbRepo`
//! (tests/storage_idb.rs), so the fast fake can never drift from the real thing.

use std::future::Future;

use chrono::NaiveDate;

use super::{Repository, Revs, StorageError};
use crate::domain::book::Change;
use crate::domain::model::*;

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
    let revs = repo.commit(&change, &Revs::new()).await.map_err(|e| e.to_string())?;
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
    let revs = repo.commit(&sample_change("c1", "Groep 5"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let revs2 = repo.commit(&sample_change("c1", "Groep 5b"), &revs).await.map_err(|e| e.to_string())?;
    ensure!(revs2["class:c1"] != revs["class:c1"], "revision did not change");
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records == vec![Record::Class(class("c1", "Groep 5b"))], "update not stored: {snap:?}");
    Ok(())
}

async fn a_stale_tab_gets_a_conflict_and_writes_nothing<F: Fixture>(f: &F) -> Outcome {
    let a = f.fresh().await;
    let b = f.second(&a).await;
    let revs = a.commit(&sample_change("c1", "Groep 5"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let b_revs = b.load().await.map_err(|e| e.to_string())?.revs;
    ensure!(b_revs == revs, "second tab does not see the first tab's write");
    a.commit(&sample_change("c1", "Groep 5 (A)"), &revs).await.map_err(|e| e.to_string())?;
    // B writes two records; the second one is stale, so neither may land.
    let change = Change {
        puts: vec![Record::Class(class("c2", "Nieuw")), Record::Class(class("c1", "Groep 5 (B)"))],
        deletes: vec![],
    };
    match b.commit(&change, &b_revs).await {
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
    a.commit(&sample_change("c1", "A"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let r = b.commit(&sample_change("c1", "B"), &Revs::new()).await;
    ensure!(matches!(r, Err(StorageError::Conflict { .. })), "expected a conflict, got {r:?}");
    Ok(())
}

async fn deletes_remove_and_check_revisions<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let change = Change {
        puts: vec![Record::Class(class("c1", "Groep 5")), Record::Pupil(pupil("p1", "c1", "Anna"))],
        deletes: vec![],
    };
    let revs = repo.commit(&change, &Revs::new()).await.map_err(|e| e.to_string())?;
    let stale: Revs = revs.iter().map(|(k, v)| (k.clone(), v + 1000)).collect();
    let del = Change { puts: vec![], deletes: vec![record_key("pupil", "p1")] };
    let r = repo.commit(&del, &stale).await;
    ensure!(matches!(r, Err(StorageError::Conflict { .. })), "stale delete must conflict, got {r:?}");
    repo.commit(&del, &revs).await.map_err(|e| e.to_string())?;
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records == vec![Record::Class(class("c1", "Groep 5"))], "delete failed: {snap:?}");
    ensure!(!snap.revs.contains_key("pupil:p1"), "revision of deleted record kept");
    Ok(())
}

async fn replace_all_swaps_everything_and_outdates_old_revisions<F: Fixture>(f: &F) -> Outcome {
    let repo = f.fresh().await;
    let old = repo.commit(&sample_change("c1", "Oud"), &Revs::new()).await.map_err(|e| e.to_string())?;
    let new = vec![Record::Class(class("c9", "Uit backup")), Record::Pupil(pupil("p9", "c9", "Bram"))];
    let revs = repo.replace_all(&new).await.map_err(|e| e.to_string())?;
    let snap = repo.load().await.map_err(|e| e.to_string())?;
    ensure!(snap.records.len() == 2 && new.iter().all(|r| snap.records.contains(r)), "replace failed: {snap:?}");
    ensure!(snap.revs == revs, "revisions after replace differ");
    let r = repo.commit(&sample_change("c1", "Oud 2"), &old).await;
    ensure!(matches!(r, Err(StorageError::Conflict { .. })), "write with pre-import revisions must conflict: {r:?}");
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
    ]
}

/// Panics with every failed contract test listed.
pub fn assert_all(results: &[(&'static str, Outcome)]) {
    let failed: Vec<String> =
        results.iter().filter_map(|(n, r)| r.as_ref().err().map(|e| format!("{n}: {e}"))).collect();
    assert!(failed.is_empty(), "storage contract failed:\n{}", failed.join("\n"));
    assert_eq!(results.len(), 8, "every contract test ran");
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
