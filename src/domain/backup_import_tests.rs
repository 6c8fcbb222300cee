//! Tests of the strict import: every record kind's references, numbers and dates, with
//! the message the teacher reads; and two properties: every book the app's own commands
//! make comes back from its backup unchanged, and no mutation of a good backup panics or
//! lets inconsistent data in (a typed error, or records that pass the oracle in
//! `tests/support`).

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use serde_json::Value;

use super::{export, parse, BackupError};
use crate::i18n::Lang;
use crate::domain::goals::Unit;
use crate::domain::records::{Record, RecordKind};
use crate::domain::test_kit::generated::{build, day, shape, Shape};

#[path = "../../tests/support/consistent.rs"]
mod oracle;

fn at() -> NaiveDateTime {
    day(90).and_hms_opt(10, 0, 0).unwrap()
}

#[test]
fn a_generated_book_holds_every_kind() {
    let s = Shape { classes: vec![3, 2], units: vec![0, 1], scores: vec![0.2, 1.0], texts: vec![" 2026-1-1 ".into(), "26-01-01".into(), "x".into(), String::new()], deletes: 0 };
    let records = build(&s).records();
    for kind in ["class", "pupil", "goal", "measurement", "feedback_note", "success", "template", "reminder", "attention_moment", "reflection", "settings", "support", "group_plan", "coop_setup", "coop_lesson"] {
        assert!(records.iter().any(|r| r.kind() == kind), "{kind}");
    }
    // Free text that looks like a date is the teacher's: it comes back as written.
    let back = parse(&export(&records, at())).unwrap();
    assert_eq!(back.records, records);
    let reflection = |r: &Record| matches!(r, Record::Reflection(x) if x.went_well == "  2026-1-1 " && x.was_hard == "26-01-01");
    assert!(back.records.iter().any(reflection));
}

/// Every JSON pointer of a value's leaves and inner nodes, for mutations.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        _ => {}
    }
}

/// What a damaged or edited file may hold where a good one has something else.
fn odd_value(pick: usize) -> Value {
    let long = "x".repeat(10_000);
    let pool: Vec<Value> = vec![
        Value::Null,
        Value::from(true),
        Value::from(-1),
        Value::from(0),
        Value::from(65_536),
        Value::from(1e308),
        Value::from(-1e308),
        Value::from(2.5),
        Value::from(""),
        Value::from("ghost"),
        Value::from("26-01-01"),
        Value::from("2026-02-30"),
        Value::from(" 2026-1-1"),
        Value::from("0026-01-01"),
        Value::from("2026/01/01"),
        Value::from(long),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!(["ghost", "ghost"]),
    ];
    pool[pick % pool.len()].clone()
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Replace the value at one pointer of a record.
    Set { record: usize, at: usize, value: usize },
    /// Remove a field or an item.
    Remove { record: usize, at: usize },
    /// Drop a whole record (what pointed at it dangles).
    Drop { record: usize },
    /// A record twice.
    Double { record: usize },
    /// Another or an unknown kind.
    Kind { record: usize, to: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), any::<usize>(), any::<usize>()).prop_map(|(record, at, value)| Mutation::Set { record, at, value }),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(record, at)| Mutation::Remove { record, at }),
        1 => any::<usize>().prop_map(|record| Mutation::Drop { record }),
        1 => any::<usize>().prop_map(|record| Mutation::Double { record }),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(record, to)| Mutation::Kind { record, to }),
    ]
}

fn mutate(records: &mut Vec<Value>, m: &Mutation) {
    let n = records.len();
    let pointer = |r: &Value, at: usize| {
        let mut ps = Vec::new();
        pointers(r, String::new(), &mut ps);
        ps.get(at % ps.len().max(1)).cloned()
    };
    match *m {
        Mutation::Set { record, at, value } => {
            let r = &mut records[record % n];
            if let Some(p) = pointer(r, at) {
                let old = r.pointer_mut(&p).unwrap();
                // Mostly a value of the same type (a number out of range, a string that
                // is no date or names no record), else anything.
                *old = match (&*old, value % 4) {
                    (_, 0) => odd_value(value / 4),
                    (Value::Number(_), _) => [-1.0, 0.0, 1e308, -1e308, 2.5, 65_536.0, 4e9, 241.0][value / 4 % 8].into(),
                    (Value::String(_), _) => odd_value(8 + value / 4 % 8),
                    _ => odd_value(value / 4),
                };
            }
        }
        Mutation::Remove { record, at } => {
            let r = &mut records[record % n];
            if let Some(p) = pointer(r, at) {
                let (parent, last) = p.rsplit_once('/').unwrap();
                match r.pointer_mut(parent).unwrap() {
                    Value::Object(map) => {
                        map.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    Value::Array(xs) => {
                        xs.remove(last.parse::<usize>().unwrap());
                    }
                    _ => {}
                }
            }
        }
        Mutation::Drop { record } => {
            records.remove(record % n);
        }
        Mutation::Double { record } => records.push(records[record % n].clone()),
        Mutation::Kind { record, to } => {
            let kinds = ["class", "pupil", "goal", "measurement", "reminder", "group_plan", "coop_lesson", "settings", "werkstuk"];
            records[record % n]["kind"] = Value::from(kinds[to % kinds.len()]);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Every file the app exports, it imports again: the same records.
    #[test]
    fn every_book_the_app_makes_comes_back_from_its_backup(s in shape()) {
        let records = build(&s).records();
        let back = parse(&export(&records, at()));
        prop_assert_eq!(back.map(|c| c.records), Ok(records.clone()));
        prop_assert_eq!(oracle::consistent(&records), Ok(()));
    }

    /// A good backup with one to three things changed: a typed error, or records that are
    /// whole (every reference resolves, every limit holds). Never a panic.
    #[test]
    fn a_damaged_backup_is_refused_or_whole(s in shape(), ms in prop::collection::vec(mutation(), 1..=3)) {
        let records = build(&s).records();
        let mut v: Value = serde_json::from_str(&export(&records, at())).unwrap();
        let list = v.pointer_mut("/data/records").and_then(Value::as_array_mut).unwrap();
        for m in &ms {
            if !list.is_empty() {
                mutate(list, m);
            }
        }
        match parse(&v.to_string()) {
            Ok(c) => prop_assert_eq!(oracle::consistent(&c.records), Ok(())),
            Err(e) => prop_assert!(!matches!(e, BackupError::NotJson | BackupError::Foreign), "{:?}", e),
        }
    }
}


/// A book with every kind, made once for the table tests below.
fn every_kind() -> Vec<Record> {
    let s = Shape { classes: vec![3, 2], units: vec![0, 1], scores: vec![0.2, 0.5], texts: vec!["a".into(), "b c".into(), "d".into(), String::new()], deletes: 0 };
    build(&s).records()
}

/// The backup of `records` as JSON, changed by `edit` on the `number`th record of `kind`.
fn edited(records: &[Record], kind: &str, number: usize, edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(&export(records, at())).unwrap();
    let list = v.pointer_mut("/data/records").and_then(Value::as_array_mut).unwrap();
    let r = list.iter_mut().filter(|r| r["kind"] == kind).nth(number - 1).unwrap_or_else(|| panic!("no {kind} {number}"));
    edit(&mut r["data"]);
    v.to_string()
}

fn set(pointer: &'static str, value: Value) -> impl FnOnce(&mut Value) {
    move |v: &mut Value| *v.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = value
}

#[test]
fn every_reference_of_every_kind_must_be_in_the_file() {
    use RecordKind as K;
    let records = every_kind();
    let ghost = || Value::from("ghost");
    let cases: Vec<(&str, K, &str, K)> = vec![
        ("pupil", K::Pupil, "/class_id", K::Class),
        ("goal", K::Goal, "/pupil_id", K::Pupil),
        ("measurement", K::Measurement, "/goal_id", K::Goal),
        ("feedback_note", K::FeedbackNote, "/pupil_id", K::Pupil),
        ("success", K::Success, "/pupil_id", K::Pupil),
        ("reminder", K::Reminder, "/pupil_id", K::Pupil),
        ("attention_moment", K::AttentionMoment, "/pupil_id", K::Pupil),
        ("reflection", K::Reflection, "/pupil_id", K::Pupil),
        ("support", K::Support, "/pupil_id", K::Pupil),
        ("group_plan", K::GroupPlan, "/class_id", K::Class),
        ("group_plan", K::GroupPlan, "/groups/0/pupils/0", K::Pupil),
        ("coop_setup", K::CoopSetup, "/class_id", K::Class),
        ("coop_setup", K::CoopSetup, "/not_together/0/1", K::Pupil),
        ("coop_lesson", K::CoopLesson, "/class_id", K::Class),
        ("coop_lesson", K::CoopLesson, "/groups/0/0/pupil_id", K::Pupil),
    ];
    for (tag, kind, pointer, target) in cases {
        // The second of its kind where there is one, so the number is not always 1.
        let number = if records.iter().filter(|r| r.kind() == tag).count() > 1 { 2 } else { 1 };
        let text = edited(&records, tag, number, |v| {
            if let Some(x) = v.pointer_mut(pointer) {
                *x = ghost();
            } else {
                // A plan whose intensive group is empty: place the ghost there.
                v["groups"][0]["pupils"] = serde_json::json!(["ghost"]);
            }
        });
        assert_eq!(parse(&text), Err(BackupError::MissingRef { kind, number, target }), "{tag} {pointer}");
    }
    // Links that outlive their target are not references: a note of a deleted goal, a
    // reminder of a deleted note, a plan that follows a deleted plan.
    for (tag, pointer) in [("feedback_note", "/goal_id"), ("reflection", "/goal_id"), ("reminder", "/source/Goal/goal_id"), ("group_plan", "/follows")] {
        let text = edited(&records, tag, 1, |v| match v.pointer_mut(pointer) {
            Some(x) => *x = ghost(),
            None => v["follows"] = ghost(),
        });
        assert!(parse(&text).is_ok(), "{tag} {pointer}");
    }
}

#[test]
fn a_dangling_reference_is_named_in_the_teachers_words() {
    use crate::i18n::backup_error;
    let e = BackupError::MissingRef { kind: RecordKind::Measurement, number: 3, target: RecordKind::Goal };
    assert_eq!(backup_error(Lang::Nl, &e), "Meting 3 in de back-up hoort bij een doel dat niet in het bestand staat. Er is niets veranderd.");
    assert_eq!(backup_error(Lang::En, &e), "Measurement 3 in the backup belongs to a goal that is not in the file. Nothing was changed.");
    let e = BackupError::MissingRef { kind: RecordKind::Goal, number: 1, target: RecordKind::Pupil };
    assert!(backup_error(Lang::Nl, &e).starts_with("Doel 1 in de back-up hoort bij een leerling die niet"));
    let e = BackupError::MissingRef { kind: RecordKind::GroupPlan, number: 2, target: RecordKind::Pupil };
    assert!(backup_error(Lang::Nl, &e).starts_with("Groepsplan 2 in de back-up noemt een leerling die niet"));
}

#[test]
fn numbers_are_finite_and_within_the_forms_limits() {
    use crate::domain::goals::{ValueError, ValueField};
    use RecordKind as K;
    let records = every_kind();
    let value = |kind, number, field, problem| BackupError::BadValue { kind, number, field, problem };
    let range = |kind, number, field, min, max| BackupError::OutOfRange { kind, number, field, min, max };
    use super::NumberField as F;
    // The first goal measures words per minute, the second items correct out of 20.
    let cases: Vec<(&str, usize, &str, Value, BackupError)> = vec![
        ("goal", 1, "/target", 1e308.into(), value(K::Goal, 1, ValueField::Target, ValueError::TooLarge { max: 500 })),
        ("goal", 1, "/baseline/value", (-1e308).into(), value(K::Goal, 1, ValueField::Baseline, ValueError::Negative)),
        ("goal", 2, "/target", 21.into(), value(K::Goal, 2, ValueField::Target, ValueError::AboveItemCount { n: 20 })),
        ("goal", 2, "/measure/unit/ItemsCorrectOutOf", 0.into(), range(K::Goal, 2, F::ItemCount, 1, 1000)),
        ("goal", 2, "/measure/unit/ItemsCorrectOutOf", 1001.into(), range(K::Goal, 2, F::ItemCount, 1, 1000)),
        ("goal", 1, "/confirmations", 0.into(), range(K::Goal, 1, F::Confirmations, 1, 10)),
        ("goal", 1, "/sub_goals", serde_json::json!([{"target": 1e300, "date": "2026-10-01"}]), value(K::Goal, 1, ValueField::Target, ValueError::TooLarge { max: 500 })),
        ("measurement", 1, "/value", 1e308.into(), value(K::Measurement, 1, ValueField::Measurement, ValueError::TooLarge { max: 500 })),
        ("measurement", 3, "/value", (-1).into(), value(K::Measurement, 3, ValueField::Measurement, ValueError::Negative)),
        ("class", 2, "/year_group/n", 9.into(), range(K::Class, 2, F::YearGroup, 1, 8)),
        ("pupil", 1, "/year_group", serde_json::json!({"system": "Vl", "n": 7}), range(K::Pupil, 1, F::YearGroup, 1, 6)),
        ("attention_moment", 1, "/minutes", 0.into(), range(K::AttentionMoment, 1, F::Minutes, 1, 240)),
        ("attention_moment", 2, "/minutes", 241.into(), range(K::AttentionMoment, 2, F::Minutes, 1, 240)),
        ("reminder", 1, "/repeat", serde_json::json!({"EverySchoolDays": 0}), range(K::Reminder, 1, F::RepeatDays, 1, 65_535)),
        ("reminder", 1, "/minutes", 500.into(), range(K::Reminder, 1, F::Minutes, 1, 240)),
        ("settings", 1, "/weekly_budget_minutes", 0.into(), range(K::Settings, 1, F::WeeklyBudget, 5, 1200)),
        ("settings", 1, "/idle_minutes", 0.into(), range(K::Settings, 1, F::IdleMinutes, 1, 60)),
        ("coop_lesson", 1, "/minutes", 0.into(), range(K::CoopLesson, 1, F::Minutes, 1, 240)),
        ("group_plan", 1, "/groups/1/minutes_per_week", 601.into(), range(K::GroupPlan, 1, F::MinutesPerWeek, 0, 600)),
    ];
    for (tag, number, pointer, v, want) in cases {
        let text = edited(&records, tag, number, |d| match d.pointer_mut(pointer) {
            Some(x) => *x = v,
            None => d[pointer.trim_start_matches('/')] = v,
        });
        let got = parse(&text);
        assert_eq!(got, Err(want.clone()), "{tag} {number} {pointer}");
        for lang in [Lang::Nl, Lang::En] {
            let text = crate::i18n::backup_error(lang, &want);
            assert!(text.contains(&number.to_string()) && text.ends_with(if lang == Lang::Nl { "Er is niets veranderd." } else { "Nothing was changed." }), "{text}");
        }
    }
    // The finding: a goal of 1e308 over −1e308 drew a chart with NaN coordinates.
    let e = value(K::Goal, 1, ValueField::Target, ValueError::TooLarge { max: 500 });
    assert_eq!(crate::i18n::backup_error(Lang::Nl, &e), "Doel 1 in de back-up: het doel kan niet hoger zijn dan 500. Er is niets veranderd.");
}

#[test]
fn harmless_date_forms_are_normalised_and_ambiguous_ones_refused() {
    use super::read_date;
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
    // Normalised: what a teacher who edited the file would expect to pass.
    for (text, want) in [
        ("2026-01-01", d(2026, 1, 1)),
        (" 2026-01-01", d(2026, 1, 1)),
        ("2026-01-01 \n", d(2026, 1, 1)),
        ("2026-1-1", d(2026, 1, 1)),
        ("2026-1-01", d(2026, 1, 1)),
        (" 2026-12-9 ", d(2026, 12, 9)),
        ("2028-02-29", d(2028, 2, 29)),
    ] {
        assert_eq!(read_date(text), want, "{text:?}");
    }
    // Refused: a year that is not four digits (26-01-01: 1926, 2026 or the year 26?),
    // a day that does not exist, another order or separator, a time, nonsense.
    for text in [
        "26-01-01", "026-01-01", "0026-01-01", "20260-01-01", "2026-02-30", "2026-13-01", "2026-00-10", "2027-02-29",
        "01-01-2026", "2026/01/01", "2026.01.01", "2026-01-01T00:00:00", "2026-001-01", "+2026-01-01", "2026--01", "",
        " ", "2026-01", "2026-01-01-01", "２０２６-01-01", "2026-1-1x",
    ] {
        assert_eq!(read_date(text), None, "{text:?}");
    }
    // Through the import: the record comes back with the date as the app writes it …
    let records = every_kind();
    let text = edited(&records, "measurement", 2, set("/date", " 2026-9-4 ".into()));
    let back = parse(&text).unwrap();
    let second = back.records.iter().filter_map(|r| if let Record::Measurement(m) = r { Some(m) } else { None }).nth(1).unwrap();
    assert_eq!(second.date, NaiveDate::from_ymd_opt(2026, 9, 4).unwrap());
    // … nested dates too (a goal's baseline, an approach change) …
    let text = edited(&records, "goal", 1, |v| {
        v["baseline"]["date"] = " 2026-9-2".into();
        v["approach_changes"][0]["on"] = "2026-9-11 ".into();
    });
    assert!(parse(&text).is_ok());
    // … and an ambiguous or impossible one is refused naming the record.
    for (tag, number, pointer, bad) in [
        ("measurement", 3, "/date", "26-01-01"),
        ("goal", 2, "/target_date", "2026-02-30"),
        ("reminder", 1, "/due", "01-12-2026"),
        ("group_plan", 1, "/evaluation", "2026/12/01"),
        ("class", 1, "/created_on", "0026-01-01"),
    ] {
        let kind = RecordKind::from_tag(tag).unwrap();
        let want = BackupError::BadDate { kind, number, text: bad.into() };
        assert_eq!(parse(&edited(&records, tag, number, set(pointer, bad.into()))), Err(want.clone()), "{tag}");
        let nl = crate::i18n::backup_error(Lang::Nl, &want);
        assert!(nl.contains(&format!("“{bad}”")) && nl.contains("jaar-maand-dag"), "{nl}");
    }
    assert_eq!(
        crate::i18n::backup_error(Lang::Nl, &BackupError::BadDate { kind: RecordKind::Measurement, number: 3, text: "26-01-01".into() }),
        "Meting 3 in de back-up heeft een datum “26-01-01” die niet bestaat of niet als jaar-maand-dag geschreven is (zoals 2026-01-31). Er is niets veranderd."
    );
}

/// Every date of every kind is under one of the names the import normalises, and under
/// those names there is nothing but dates: a new date field must join `DATE_FIELDS`.
#[test]
fn the_date_fields_are_exactly_the_dates() {
    let mut records = every_kind();
    // Fill the optional dates too.
    for r in &mut records {
        match r {
            Record::Pupil(p) => p.archived_on = Some(day(70)),
            Record::Reminder(x) => {
                x.done_on = Some(day(81));
                x.snoozed_from = Some(day(79));
                x.anchor = Some(day(78));
            }
            _ => {}
        }
    }
    let mut holidays = 0;
    fn walk(v: &Value, key: &str, found: &mut Vec<(String, String)>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| walk(x, k, found)),
            Value::Array(xs) => xs.iter().for_each(|x| walk(x, key, found)),
            Value::String(s) => found.push((key.to_string(), s.clone())),
            _ => {}
        }
    }
    for r in &records {
        let mut found = Vec::new();
        walk(&serde_json::to_value(r).unwrap(), "", &mut found);
        for (key, s) in found {
            let is_date = s.len() == 10 && NaiveDate::parse_from_str(&s, "%Y-%m-%d").is_ok();
            assert_eq!(is_date, super::DATE_FIELDS.contains(&key.as_str()), "{} {key}: {s:?}", r.key());
            holidays += usize::from(key == "start" && matches!(r, Record::Settings(_)));
        }
    }
    assert!(holidays > 0, "the settings hold a holiday");
}

/// Backups of every schema version ever written still import (the fixtures).
#[test]
fn the_fixtures_of_every_version_pass_the_strict_import() {
    let fixtures = [
        include_str!("fixtures/records_v1.json"),
        include_str!("fixtures/records_v2.json"),
        include_str!("fixtures/records_v3.json"),
        include_str!("fixtures/records_v4.json"),
        include_str!("fixtures/records_v5.json"),
        include_str!("fixtures/records_v6.json"),
        include_str!("fixtures/records_v7.json"),
    ];
    for (i, json) in fixtures.iter().enumerate() {
        let records: Value = serde_json::from_str(json).unwrap();
        let file = serde_json::json!({"app": "groeipad", "schema_version": i + 1, "exported_at": "2026-11-30T10:00:00", "data": {"records": records}});
        let back = parse(&file.to_string()).unwrap_or_else(|e| panic!("v{}: {e:?}", i + 1));
        assert_eq!(oracle::consistent(&back.records), Ok(()), "v{}", i + 1);
    }
}
