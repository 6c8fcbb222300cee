//! Timeline tests: filter, order, paging, and cost on a large log.

use std::cell::Cell;

use super::*;

thread_local! {
    /// Comparisons made by `newest_first`, to prove the work stays near-linear.
    pub(super) static COMPARISONS: Cell<usize> = const { Cell::new(0) };
}

fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 8, 26).unwrap() + chrono::Days::new(n as u64)
}

/// A school year and a bit of rows: 2,500 entries over 400 days, three goals, ids
/// shuffled by a fixed pattern so input order is not timeline order.
fn big_log(n: usize) -> Vec<LogEntry> {
    (0..n)
        .map(|i| {
            let scrambled = (i * 7919) % n;
            LogEntry {
                date: day((scrambled % 400) as i64),
                kind: LogKind::ALL[(i * 31) % 6],
                goal_id: match i % 4 {
                    0 => None,
                    g => Some(format!("g{g}")),
                },
                ref_id: format!("r{:05}", (i * 104_729) % 100_000),
                summary: LogSummary::Success { text: format!("row {i}"), source: crate::domain::feedback::SuccessSource::Manual, template: None },
            }
        })
        .collect()
}

/// The obvious reference: full stable sort, then slice.
fn reference(entries: &[LogEntry], filter: &LogFilter) -> Vec<LogEntry> {
    let mut v: Vec<LogEntry> = entries.iter().filter(|e| filter.matches(e)).cloned().collect();
    v.sort_by(|a, b| b.date.cmp(&a.date).then(a.kind.cmp(&b.kind)).then(a.ref_id.cmp(&b.ref_id)));
    v
}

fn all_pages(entries: &[LogEntry], filter: &LogFilter, size: usize) -> Vec<LogEntry> {
    let mut out = Vec::new();
    let mut page = 0;
    loop {
        let p = timeline(entries.to_vec(), filter, page, size).unwrap();
        assert!(p.entries.len() <= size);
        assert_eq!(p.page, page);
        out.extend(p.entries);
        if !p.has_more {
            break;
        }
        page += 1;
    }
    out
}

#[test]
fn pages_of_2500_rows_match_the_full_sort() {
    let log = big_log(2_500);
    let filters = [
        LogFilter::default(),
        LogFilter { kinds: [LogKind::Reflection].into(), goal_id: None },
        LogFilter { kinds: [LogKind::Measurement, LogKind::Success].into(), goal_id: None },
        LogFilter { kinds: BTreeSet::new(), goal_id: Some("g2".into()) },
        LogFilter { kinds: [LogKind::Feedback].into(), goal_id: Some("g3".into()) },
        LogFilter { kinds: BTreeSet::new(), goal_id: Some("no-such-goal".into()) },
    ];
    for f in &filters {
        let want = reference(&log, f);
        for size in [1usize, 25, 50, 333, 5_000] {
            if size == 1 && want.len() > 500 {
                continue; // one-row pages over the whole log would only slow the test
            }
            assert_eq!(all_pages(&log, f, size), want, "filter {f:?}, page size {size}");
        }
    }
}

#[test]
fn order_is_newest_first_then_kind_then_id() {
    let mk = |d: i64, kind: LogKind, id: &str| LogEntry {
        date: day(d),
        kind,
        goal_id: None,
        ref_id: id.into(),
        summary: LogSummary::Success { text: String::new(), source: crate::domain::feedback::SuccessSource::Manual, template: None },
    };
    let input = vec![
        mk(1, LogKind::Success, "a"),
        mk(2, LogKind::Reflection, "b"),
        mk(2, LogKind::Goal, "z"),
        mk(2, LogKind::Reflection, "a"),
        mk(0, LogKind::Goal, "a"),
        mk(2, LogKind::Goal, "y"),
    ];
    let p = timeline(input, &LogFilter::default(), 0, 10).unwrap();
    let got: Vec<(NaiveDate, LogKind, &str)> = p.entries.iter().map(|e| (e.date, e.kind, e.ref_id.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (day(2), LogKind::Goal, "y"),
            (day(2), LogKind::Goal, "z"),
            (day(2), LogKind::Reflection, "a"),
            (day(2), LogKind::Reflection, "b"),
            (day(1), LogKind::Success, "a"),
            (day(0), LogKind::Goal, "a"),
        ]
    );
    assert_eq!((p.total, p.has_more), (6, false));
}

#[test]
fn exact_duplicates_keep_input_order() {
    let mk = |text: &str| LogEntry {
        date: day(3),
        kind: LogKind::Success,
        goal_id: None,
        ref_id: "same".into(),
        summary: LogSummary::Success { text: text.into(), source: crate::domain::feedback::SuccessSource::Manual, template: None },
    };
    let input: Vec<LogEntry> = (0..40).map(|i| mk(&i.to_string())).collect();
    let texts: Vec<String> = all_pages(&input, &LogFilter::default(), 7)
        .into_iter()
        .map(|e| match e.summary {
            LogSummary::Success { text, .. } => text,
            other => panic!("{other:?}"),
        })
        .collect();
    let want: Vec<String> = (0..40).map(|i: i32| i.to_string()).collect();
    assert_eq!(texts, want);
}

#[test]
fn paging_edges() {
    let log = big_log(100);
    let f = LogFilter::default();
    let first = timeline(log.clone(), &f, 0, 30).unwrap();
    assert_eq!((first.entries.len(), first.total, first.has_more), (30, 100, true));
    let last = timeline(log.clone(), &f, 3, 30).unwrap();
    assert_eq!((last.entries.len(), last.has_more), (10, false));
    let exact = timeline(log.clone(), &f, 1, 50).unwrap();
    assert_eq!((exact.entries.len(), exact.has_more), (50, false));
    let past = timeline(log.clone(), &f, 9, 30).unwrap();
    assert_eq!((past.entries.len(), past.total, past.has_more), (0, 100, false));
    let huge = timeline(log.clone(), &f, usize::MAX, usize::MAX).unwrap();
    assert!(huge.entries.is_empty());
    let all = timeline(log.clone(), &f, 0, usize::MAX).unwrap();
    assert_eq!((all.entries.len(), all.has_more), (100, false));
    assert_eq!(timeline(log, &f, 0, 0), Err(LogError::PageSizeZero));
    let empty = timeline(Vec::new(), &f, 0, 10).unwrap();
    assert_eq!((empty.total, empty.has_more), (0, false));
}

#[test]
fn first_page_of_a_large_log_is_near_linear_work() {
    let n = 20_000;
    let log = big_log(n);
    COMPARISONS.with(|c| c.set(0));
    let p = timeline(log, &LogFilter::default(), 0, 50).unwrap();
    let used = COMPARISONS.with(Cell::get);
    assert_eq!(p.entries.len(), 50);
    // A full sort needs ~n·log2(n) ≈ 286 000 comparisons, quadratic work 4·10^8.
    assert!(used < 6 * n, "{used} comparisons for {n} rows");
}

#[test]
fn filter_and_counts() {
    let log = big_log(600);
    let counts = kind_counts(&log, None);
    assert_eq!(counts.values().sum::<usize>(), 600);
    assert_eq!(counts.len(), 6);
    let g1 = kind_counts(&log, Some("g1"));
    assert_eq!(g1.values().sum::<usize>(), 150);
    let f = LogFilter { kinds: BTreeSet::new(), goal_id: Some("g1".into()) };
    assert_eq!(timeline(log.clone(), &f, 0, 10).unwrap().total, 150);
    for kind in LogKind::ALL {
        let f = LogFilter { kinds: [kind].into(), goal_id: None };
        let p = timeline(log.clone(), &f, 0, 1_000).unwrap();
        assert_eq!(p.total, counts.get(&kind).copied().unwrap_or(0));
        assert!(p.entries.iter().all(|e| e.kind == kind));
    }
    let json = serde_json::to_string(&LogFilter { kinds: [LogKind::Success].into(), goal_id: None }).unwrap();
    assert_eq!(serde_json::from_str::<LogFilter>(&json).unwrap().kinds.len(), 1);
    assert_eq!(serde_json::from_str::<LogFilter>("{}").unwrap(), LogFilter::default());
}
