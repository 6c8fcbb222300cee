//! The test oracle of an accepted import, written apart from the import's own checks:
//! every record it cannot be without is in the file, every number of a goal is one its
//! unit allows, names and texts are within their forms' limits, and every date is written
//! year-month-day. Shared by the property tests in `src/domain/backup_import_tests.rs` and the
//! fuzz test `tests/fuzz_backup.rs`; the including module brings `Record` and `Unit`
//! into scope.

use std::collections::{HashMap, HashSet};

use super::{Record, Unit};

/// `Err` says what is inconsistent.
pub fn consistent(records: &[Record]) -> Result<(), String> {
    let mut keys = HashSet::new();
    for r in records {
        if r.id().trim().is_empty() || !keys.insert(r.key()) {
            return Err(format!("empty or doubled id: {}", r.key()));
        }
    }
    let has = |kind: &str, id: &str| keys.contains(&format!("{kind}:{id}"));
    let units: HashMap<&str, Unit> =
        records.iter().filter_map(|r| if let Record::Goal(g) = r { Some((g.id.as_str(), g.measure.unit)) } else { None }).collect();
    for r in records {
        let mut pupils: Vec<&str> = Vec::new();
        let mut class = None;
        let ok = match r {
            Record::Pupil(p) => {
                class = Some(p.class_id.as_str());
                p.name.trim().chars().count() <= 80 && p.support_notes.chars().count() <= 4000
            }
            Record::Class(c) => c.name.trim().chars().count() <= 80 && c.year_group.is_valid(),
            Record::Goal(g) => {
                pupils.push(&g.pupil_id);
                let u = g.measure.unit;
                let values = g.baseline.iter().map(|b| b.value).chain([g.target]).chain(g.sub_goals.iter().map(|s| s.target));
                u.check_unit().is_ok() && values.into_iter().all(|v| v.is_finite() && u.check(v).is_ok())
            }
            Record::Measurement(m) => match units.get(m.goal_id.as_str()) {
                Some(u) => m.value.is_finite() && u.check(m.value).is_ok(),
                None => false,
            },
            Record::FeedbackNote(n) => {
                pupils.push(&n.pupil_id);
                n.tops.iter().chain(&n.tips).chain([&n.next_step]).all(|t| t.chars().count() <= 400)
            }
            Record::Success(s) => {
                pupils.push(&s.pupil_id);
                s.text.chars().count() <= 300
            }
            Record::Reminder(x) => {
                pupils.extend(x.pupil_id.as_deref());
                x.title.chars().count() <= 200
            }
            Record::AttentionMoment(m) => {
                pupils.push(&m.pupil_id);
                (1..=240).contains(&m.minutes)
            }
            Record::Reflection(x) => {
                pupils.push(&x.pupil_id);
                [&x.went_well, &x.was_hard, &x.try_next].iter().all(|t| t.chars().count() <= 280)
            }
            Record::Support(s) => {
                pupils.push(&s.pupil_id);
                true
            }
            Record::GroupPlan(p) => {
                class = Some(p.class_id.as_str());
                pupils.extend(p.groups.iter().flat_map(|g| &g.pupils).map(String::as_str));
                pupils.extend(p.outcomes.iter().map(|o| o.pupil_id.as_str()));
                p.start <= p.end && p.groups.iter().all(|g| g.minutes_per_week <= 600)
            }
            Record::CoopSetup(s) => {
                class = Some(s.class_id.as_str());
                pupils.extend(s.not_together.iter().flatten().map(String::as_str));
                true
            }
            Record::CoopLesson(l) => {
                class = Some(l.class_id.as_str());
                pupils.extend(l.groups.iter().flatten().map(|s| s.pupil_id.as_str()));
                (1..=240).contains(&l.minutes)
            }
            Record::Template(_) | Record::Settings(_) => true,
        };
        if !ok {
            return Err(format!("{} breaks a limit", r.key()));
        }
        if class.is_some_and(|c| !has("class", c)) || pupils.iter().any(|p| !has("pupil", p)) {
            return Err(format!("{} points at a record that is not there", r.key()));
        }
        if let Record::Measurement(m) = r {
            if !has("goal", &m.goal_id) {
                return Err(format!("{} has no goal", r.key()));
            }
        }
        // Dates come back year-month-day with a four-digit year.
        let value = serde_json::to_value(r).map_err(|e| e.to_string())?;
        if let Some(d) = first_odd_date(&value) {
            return Err(format!("{} holds the date {d}", r.key()));
        }
    }
    Ok(())
}

const DATES: &[&str] = &[
    "date", "created_on", "archived_on", "target_date", "on", "previous_target_date", "follow_up", "due", "done_on",
    "snoozed_from", "anchor", "from", "start", "end", "evaluation",
];

fn first_odd_date(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    let good = |s: &str| {
        let b = s.as_bytes();
        b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()) && s[..4].parse::<u32>().is_ok_and(|y| (1900..3000).contains(&y))
    };
    match v {
        Value::Object(map) => map.iter().find_map(|(k, x)| match x {
            Value::String(s) if DATES.contains(&k.as_str()) => (!good(s)).then(|| s.clone()),
            _ => first_odd_date(x),
        }),
        Value::Array(xs) => xs.iter().find_map(first_odd_date),
        _ => None,
    }
}
