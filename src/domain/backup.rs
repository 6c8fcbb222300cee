//! The backup file: an envelope `{app, schema_version, exported_at, data}` around all records.
//!
//! Import validates the whole file, migrates it to the current schema and only then
//! hands the records to the caller; a bad file yields a typed error and no records, so
//! the caller never writes half a backup.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::migrations::{migrate_all, MigrationError, CURRENT_SCHEMA};
use super::goals::{Goal, Unit, ValueError, ValueField};
use super::model::{record_key, YearGroup};
use super::records::{Record, RecordKind};
use super::pupilmode::PinHash;
use super::settings::Settings;

/// The `app` field every Groeipad backup carries; a file without it is not ours.
pub const APP_ID: &str = "groeipad";

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BackupError {
    #[error("the file is not valid JSON (damaged or cut off)")]
    NotJson,
    #[error("the file is not a Groeipad backup")]
    Foreign,
    #[error("the backup comes from a newer Groeipad (schema {found}, this app reads up to {supported})")]
    NewerVersion { found: u32, supported: u32 },
    /// A record of an unknown kind or of the wrong shape (a text where a number belongs).
    #[error("record {index} in the backup is damaged")]
    BadRecord { index: usize },
    #[error("the backup holds the same record twice ({key})")]
    DuplicateRecord { key: String },
    #[error("the backup could not be migrated")]
    Migration,
    #[error("the file is one pupil's dossier, not a backup")]
    IsDossier,
    /// The file's bytes are not UTF-8 (the file picker decodes strictly).
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    /// A Groeipad file whose schema version is not a whole number.
    #[error("the schema version is not a whole number")]
    BadVersion,
    /// An encrypted backup (`domain::backup_crypto`): it is opened with its passphrase first.
    #[error("the file is an encrypted backup")]
    Encrypted,
    #[error("{field:?} of number {number} of its kind has {len} characters, at most {max}")]
    TooLong { field: TextField, number: usize, len: usize, max: usize },
    /// Record `number` of its kind points at a record of `target` kind the file lacks
    /// (a measurement of a goal that is not in it).
    #[error("{kind:?} {number} refers to a {target:?} that is not in the file")]
    MissingRef { kind: RecordKind, number: usize, target: RecordKind },
    /// A goal's or measurement's number the unit does not allow (1e308 words per minute).
    #[error("{kind:?} {number}: {field:?} {problem}")]
    BadValue { kind: RecordKind, number: usize, field: ValueField, problem: ValueError },
    /// A count or length outside what its form allows.
    #[error("{kind:?} {number}: {field:?} outside {min}..={max}")]
    OutOfRange { kind: RecordKind, number: usize, field: NumberField, min: u32, max: u32 },
    /// A date that does not exist or is not written year-month-day ("26-01-01",
    /// "2026-02-30"); `text` is the start of what the file holds.
    #[error("{kind:?} {number} has the date {text:?}, which is not a real date as year-month-day")]
    BadDate { kind: RecordKind, number: usize, text: String },
    /// A record that breaks another rule of its form (no id, a plan that ends before it
    /// starts, a lesson with a pupil in two groups).
    #[error("{kind:?} {number} does not keep the rules of its form")]
    Invalid { kind: RecordKind, number: usize },
}

/// A name or text with a limit in its form, named in an import's refusal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    ClassName,
    PupilName,
    Nickname,
    SupportNotes,
    /// A top, tip or next step of feedback note N.
    FeedbackText,
    SuccessText,
    ReminderTitle,
    /// An answer in reflection N.
    ReflectionText,
    TemplateText,
    /// An approach change's label on goal N.
    ApproachLabel,
}

/// A whole number with limits in its form, named in an import's refusal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberField {
    /// A class's or pupil's groep / leerjaar.
    YearGroup,
    /// The items of a test ("items correct out of N").
    ItemCount,
    /// How many measurements in a row must meet a goal's target.
    Confirmations,
    /// An attention moment's, planned session's or lesson's minutes.
    Minutes,
    /// A group plan's minutes per week of one group.
    MinutesPerWeek,
    /// A reminder repeated every N school days.
    RepeatDays,
    NotSeenDays,
    WeeklyBudget,
    SessionMinutes,
    IdleMinutes,
}

/// The first name or text of one record longer than its form allows; `n` is the number
/// of the record among the records of its kind in the file (1 for the first pupil, …).
fn too_long(r: &Record, n: usize) -> Option<BackupError> {
    use crate::domain::feedback::{MAX_ITEM_CHARS, MAX_SUCCESS_CHARS, MAX_TEMPLATE_CHARS};
    use crate::domain::followup::reminders::MAX_TITLE_CHARS;
    use crate::domain::goals::MAX_APPROACH_CHARS;
    use crate::domain::model::{MAX_NAME_LEN, MAX_NICKNAME_LEN, MAX_NOTES_LEN};
    use crate::domain::pupilmode::reflection::MAX_TEXT_CHARS;
    let over = |field, text: &str, max| {
        let len = text.chars().count();
        (len > max).then_some(BackupError::TooLong { field, number: n, len, max })
    };
    let first_over = |field, texts: &mut dyn Iterator<Item = &String>, max| {
        let mut found = None;
        for t in texts {
            found = found.or_else(|| over(field, t, max));
        }
        found
    };
    match r {
        Record::Class(c) => over(TextField::ClassName, c.name.trim(), MAX_NAME_LEN),
        Record::Pupil(p) => over(TextField::PupilName, p.name.trim(), MAX_NAME_LEN)
            .or_else(|| over(TextField::Nickname, p.nickname.trim(), MAX_NICKNAME_LEN))
            .or_else(|| over(TextField::SupportNotes, &p.support_notes, MAX_NOTES_LEN)),
        Record::FeedbackNote(f) => first_over(TextField::FeedbackText, &mut f.tops.iter().chain(&f.tips).chain([&f.next_step]), MAX_ITEM_CHARS),
        Record::Success(s) => over(TextField::SuccessText, &s.text, MAX_SUCCESS_CHARS),
        Record::Reminder(x) => over(TextField::ReminderTitle, &x.title, MAX_TITLE_CHARS),
        Record::Reflection(x) => first_over(TextField::ReflectionText, &mut [&x.went_well, &x.was_hard, &x.try_next].into_iter(), MAX_TEXT_CHARS),
        Record::Template(t) => first_over(TextField::TemplateText, &mut [&t.nl, &t.en].into_iter(), MAX_TEMPLATE_CHARS),
        Record::Goal(g) => first_over(TextField::ApproachLabel, &mut g.approach_changes.iter().map(|a| &a.label), MAX_APPROACH_CHARS),
        _ => None,
    }
}

/// The numbers of one record against the limits of their forms: a goal's values against
/// its unit (finite, not negative, within the unit's range and ceiling), a measurement's
/// against its goal's unit, counts and minutes within their ranges.
fn check_numbers(r: &Record, number: usize, goals: &HashMap<&str, &Goal>) -> Result<(), BackupError> {
    use crate::domain::followup::attention::MAX_MOMENT_MINUTES;
    use crate::domain::followup::{BUDGET_RANGE, NOT_SEEN_RANGE};
    use crate::domain::followup::Repeat;
    use crate::domain::goals::{MAX_CONFIRMATIONS, MAX_ITEM_COUNT};
    use crate::domain::pupilmode::lock::IDLE_MINUTES_RANGE;
    let kind = r.record_kind();
    let value = |field, unit: Unit, v: f64| unit.check(v).map_err(|problem| BackupError::BadValue { kind, number, field, problem });
    let range = |field, v: u32, (min, max): (u32, u32)| {
        if (min..=max).contains(&v) {
            Ok(())
        } else {
            Err(BackupError::OutOfRange { kind, number, field, min, max })
        }
    };
    let year_group = |y: YearGroup| range(NumberField::YearGroup, u32::from(y.n), (1, YearGroup::all(y.system).len() as u32));
    let minutes = (1, u32::from(MAX_MOMENT_MINUTES));
    match r {
        Record::Class(c) => year_group(c.year_group)?,
        Record::Pupil(p) => p.year_group.map_or(Ok(()), year_group)?,
        Record::Goal(g) => {
            let unit = g.measure.unit;
            if let Unit::ItemsCorrectOutOf(n) = unit {
                range(NumberField::ItemCount, n, (1, MAX_ITEM_COUNT))?;
            }
            range(NumberField::Confirmations, u32::from(g.confirmations), (1, u32::from(MAX_CONFIRMATIONS)))?;
            let baselines = g.baseline.iter().chain(g.revisions.iter().filter_map(|r| r.previous_baseline.as_ref()));
            for b in baselines {
                value(ValueField::Baseline, unit, b.value)?;
            }
            let sub_goals = g.sub_goals.iter().chain(g.revisions.iter().flat_map(|r| &r.previous_sub_goals));
            let targets = std::iter::once(g.target)
                .chain(g.revisions.iter().map(|r| r.previous_target))
                .chain(sub_goals.map(|s| s.target));
            for t in targets {
                value(ValueField::Target, unit, t)?;
            }
        }
        // Its goal is in the file: references are checked first.
        Record::Measurement(m) => {
            if let Some(g) = goals.get(m.goal_id.as_str()) {
                value(ValueField::Measurement, g.measure.unit, m.value)?;
            }
        }
        Record::AttentionMoment(m) => range(NumberField::Minutes, u32::from(m.minutes), minutes)?,
        Record::Reminder(x) => {
            if let Some(m) = x.minutes {
                range(NumberField::Minutes, u32::from(m), minutes)?;
            }
            if let Repeat::EverySchoolDays(n) = x.repeat {
                range(NumberField::RepeatDays, u32::from(n), (1, u32::from(u16::MAX)))?;
            }
        }
        Record::Settings(s) => {
            range(NumberField::NotSeenDays, s.not_seen_school_days, NOT_SEEN_RANGE)?;
            range(NumberField::WeeklyBudget, s.weekly_budget_minutes, BUDGET_RANGE)?;
            range(NumberField::SessionMinutes, u32::from(s.session_minutes), minutes)?;
            let idle = (u32::from(*IDLE_MINUTES_RANGE.start()), u32::from(*IDLE_MINUTES_RANGE.end()));
            range(NumberField::IdleMinutes, u32::from(s.idle_minutes), idle)?;
        }
        Record::GroupPlan(p) => {
            use crate::domain::grouping::group_plan::MAX_MINUTES_PER_WEEK;
            for g in &p.groups {
                range(NumberField::MinutesPerWeek, u32::from(g.minutes_per_week), (0, u32::from(MAX_MINUTES_PER_WEEK)))?;
            }
        }
        Record::CoopLesson(l) => {
            use crate::domain::grouping::coop::MAX_LESSON_MINUTES;
            range(NumberField::Minutes, u32::from(l.minutes), (1, u32::from(MAX_LESSON_MINUTES)))?;
        }
        _ => {}
    }
    Ok(())
}

/// The other rules of a record's form that an import holds it to as well.
fn keeps_form_rules(r: &Record) -> bool {
    match r {
        Record::Support(s) => s.clone().validated().is_ok(),
        Record::GroupPlan(p) => p.clone().validated().is_ok(),
        Record::CoopSetup(s) => s.clone().validated().is_ok(),
        Record::CoopLesson(l) => l.clone().validated().is_ok(),
        Record::Reflection(x) => x.validate().is_ok(),
        Record::Settings(s) => s.norms.validate().is_ok() && s.calendar.holidays.iter().all(|h| h.validate().is_ok()),
        _ => true,
    }
}

/// The fields that hold a date, by name. In every stored record each field of one of these
/// names holds a date, and every date is in one of them (a test walks a record of every
/// kind to keep it so); free text is never under these names, so it is never rewritten.
const DATE_FIELDS: &[&str] = &[
    "date", "created_on", "archived_on", "target_date", "on", "previous_target_date", "follow_up", "due", "done_on",
    "snoozed_from", "anchor", "from", "start", "end", "evaluation",
];

/// A date as the app writes it (`2026-01-31`), read with what a teacher who edited the
/// file would expect to pass: spaces around it and a month or day without its zero
/// (`2026-1-1`). A year of other than four digits (`26-01-01`: 1926, 2026 or the year
/// 26?) or outside 1900–2999 (`0026-01-01`), another order or separator, or a day that
/// does not exist (`2026-02-30`) is no date.
pub fn read_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(y, 4..=4) || !digits(m, 1..=2) || !digits(d, 1..=2) {
        return None;
    }
    let year = y.parse().ok().filter(|y| (1900..3000).contains(y))?;
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

/// Writes every date of one record (its JSON, before it is typed) in the app's own form;
/// `Err` holds the first text that is no date.
fn normalise_dates(v: &mut Value) -> Result<(), String> {
    match v {
        Value::Object(map) => {
            for (key, x) in map.iter_mut() {
                match x {
                    Value::String(s) if DATE_FIELDS.contains(&key.as_str()) => {
                        *s = read_date(s).ok_or_else(|| s.chars().take(40).collect::<String>())?.to_string();
                    }
                    _ => normalise_dates(x)?,
                }
            }
        }
        Value::Array(xs) => {
            for x in xs {
                normalise_dates(x)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The `kind` of a file that holds one pupil's dossier; a full backup has none.
pub const DOSSIER_KIND: &str = "dossier";

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    app: String,
    /// `None` for a full backup, `dossier` for one pupil's records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    schema_version: u32,
    exported_at: NaiveDateTime,
    data: T,
}

#[derive(Serialize, Deserialize)]
struct Data<T> {
    records: Vec<T>,
}

/// What an import file holds, shown before the teacher confirms the replacement.
#[derive(Clone, Debug, PartialEq)]
pub struct BackupContents {
    pub exported_at: NaiveDateTime,
    pub schema_version: u32,
    pub records: Vec<Record>,
}

impl BackupContents {
    pub fn class_count(&self) -> usize {
        self.records.iter().filter(|r| matches!(r, Record::Class(_))).count()
    }
    pub fn pupil_count(&self) -> usize {
        self.records.iter().filter(|r| matches!(r, Record::Pupil(_))).count()
    }

    /// The teacher PIN (its hash) the file carries, if any.
    pub fn pin(&self) -> Option<&PinHash> {
        self.records.iter().find_map(|r| if let Record::Settings(s) = r { s.pin.as_ref() } else { None })
    }

    /// How the file's PIN compares with the one in use: the preview says so when they differ.
    pub fn pin_in_file(&self, current: Option<&PinHash>) -> PinInFile {
        match (current, self.pin()) {
            (_, Some(f)) if current == Some(f) => PinInFile::Same,
            (None, None) => PinInFile::Same,
            (Some(_), Some(_)) => PinInFile::Different,
            (Some(_), None) => PinInFile::None,
            (None, Some(_)) => PinInFile::New,
        }
    }

    /// The records to restore with this teacher PIN: the one in use unless the teacher
    /// chose the file's. A backup never changes the PIN behind her back.
    pub fn with_pin(mut self, pin: Option<PinHash>) -> BackupContents {
        match self.records.iter_mut().find_map(|r| if let Record::Settings(s) = r { Some(s) } else { None }) {
            Some(s) => s.pin = pin,
            None if pin.is_some() => self.records.push(Record::Settings(Settings { pin, ..Settings::default() })),
            None => {}
        }
        self
    }
}

/// The teacher PIN of a backup against the one in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinInFile {
    /// The same PIN, or none in both.
    Same,
    /// Another PIN than the one in use.
    Different,
    /// No PIN, while one is in use.
    None,
    /// A PIN, while none is in use.
    New,
}

/// Writes a backup of `records`, pretty-printed so a curious teacher can read it.
pub fn export(records: &[Record], exported_at: NaiveDateTime) -> String {
    export_as(None, records, exported_at)
}

/// Writes records in the backup envelope, marked with a kind (`dossier`) when not a full backup.
pub(crate) fn export_as(kind: Option<&str>, records: &[Record], exported_at: NaiveDateTime) -> String {
    let env = Envelope {
        app: APP_ID.to_string(),
        kind: kind.map(str::to_string),
        schema_version: CURRENT_SCHEMA,
        exported_at,
        data: Data { records: records.to_vec() },
    };
    serde_json::to_string_pretty(&env).unwrap_or_default()
}

/// A stored entry as it is in storage: its key and its text.
#[derive(Serialize)]
struct Unreadable<'a> {
    key: &'a str,
    text: &'a str,
}

/// Everything stored, as it is stored, when storage opens but cannot be used (data of a
/// newer Groeipad, an upgrade that failed): a backup envelope at the stored schema, so a
/// Groeipad that reads that schema imports it, with every entry that is no JSON listed
/// apart under `unreadable`. Nothing is checked or changed: it is a rescue, not a backup.
pub fn rescue(schema: u32, entries: &[(String, String)], exported_at: NaiveDateTime) -> String {
    let mut records = Vec::with_capacity(entries.len());
    let mut unreadable = Vec::new();
    for (key, text) in entries {
        match serde_json::from_str::<Value>(text) {
            Ok(v) if v.is_object() => records.push(v),
            _ => unreadable.push(Unreadable { key, text }),
        }
    }
    #[derive(Serialize)]
    struct Rescue<'a> {
        #[serde(flatten)]
        env: Envelope<Data<Value>>,
        unreadable: Vec<Unreadable<'a>>,
    }
    let env = Envelope { app: APP_ID.to_string(), kind: None, schema_version: schema, exported_at, data: Data { records } };
    serde_json::to_string_pretty(&Rescue { env, unreadable }).unwrap_or_default()
}

/// Reads, validates and migrates a backup file. Nothing is returned unless all of it is good.
pub fn parse(text: &str) -> Result<BackupContents, BackupError> {
    let (kind, contents) = read_envelope(text)?;
    if kind.as_deref() == Some(DOSSIER_KIND) {
        return Err(BackupError::IsDossier);
    }
    validate(&contents.records)?;
    Ok(contents)
}

/// Reads the envelope, migrates and types its records, and says which kind of file it is;
/// the caller validates the records for its purpose.
pub(crate) fn read_envelope(text: &str) -> Result<(Option<String>, BackupContents), BackupError> {
    let value: Value = serde_json::from_str(text).map_err(|_| BackupError::NotJson)?;
    if value.get("app").and_then(Value::as_str) != Some(APP_ID) {
        return Err(BackupError::Foreign);
    }
    if value.get("kind").and_then(Value::as_str) == Some(super::backup_crypto::ENCRYPTED_KIND) {
        return Err(BackupError::Encrypted);
    }
    // "1", 1.5 or null: a damaged Groeipad file, not someone else's.
    if value.get("schema_version").and_then(Value::as_u64).and_then(|v| u32::try_from(v).ok()).is_none() {
        return Err(BackupError::BadVersion);
    }
    let env: Envelope<Data<Value>> = serde_json::from_value(value).map_err(|_| BackupError::Foreign)?;
    if env.schema_version > CURRENT_SCHEMA {
        return Err(BackupError::NewerVersion { found: env.schema_version, supported: CURRENT_SCHEMA });
    }
    let migrated = migrate_all(env.schema_version, env.data.records).map_err(|e| match e {
        MigrationError::NewerVersion { found, supported } => BackupError::NewerVersion { found, supported },
        _ => BackupError::Migration,
    })?;
    let mut records = Vec::with_capacity(migrated.len());
    let mut counts = [0usize; RecordKind::COUNT];
    for (index, mut v) in migrated.into_iter().enumerate() {
        let bad = BackupError::BadRecord { index: index + 1 };
        let kind = v.get("kind").and_then(Value::as_str).and_then(RecordKind::from_tag).ok_or(bad.clone())?;
        counts[kind as usize] += 1;
        let number = counts[kind as usize];
        normalise_dates(&mut v).map_err(|text| BackupError::BadDate { kind, number, text })?;
        records.push(Record::from_value(&v).map_err(|_| bad)?);
    }
    Ok((env.kind, BackupContents { exported_at: env.exported_at, schema_version: env.schema_version, records }))
}

/// Checks typed records as the forms would: no record twice, each with an id, texts and
/// numbers within their forms' limits, every record it cannot be without in the file
/// (`Record::refs`), and the other rules of its form. The error names the first problem,
/// with the record's number among those of its kind.
fn validate(records: &[Record]) -> Result<(), BackupError> {
    let mut keys = HashSet::new();
    for r in records {
        if !keys.insert(r.key()) {
            return Err(BackupError::DuplicateRecord { key: r.key() });
        }
    }
    let goals: HashMap<&str, &Goal> =
        records.iter().filter_map(|r| if let Record::Goal(g) = r { Some((g.id.as_str(), g)) } else { None }).collect();
    let mut counts = [0usize; RecordKind::COUNT];
    for r in records {
        let kind = r.record_kind();
        counts[kind as usize] += 1;
        let number = counts[kind as usize];
        if r.id().trim().is_empty() {
            return Err(BackupError::Invalid { kind, number });
        }
        if let Some(e) = too_long(r, number) {
            return Err(e);
        }
        // A dangling reference is named before the numbers: a measurement's unit is its goal's.
        if let Some((target, _)) = r.refs().into_iter().find(|(k, id)| !keys.contains(&record_key(k.tag(), id))) {
            return Err(BackupError::MissingRef { kind, number, target });
        }
        check_limits(r, number, &goals)?;
    }
    Ok(())
}

/// The limits of one record's form apart from its references (a dossier checks those
/// its own way): names and texts (a 10,000-character name would break every screen that
/// shows it), numbers, and its form's other rules. `goals` gives a measurement its unit.
pub(crate) fn check_limits(r: &Record, number: usize, goals: &HashMap<&str, &Goal>) -> Result<(), BackupError> {
    if let Some(e) = too_long(r, number) {
        return Err(e);
    }
    check_numbers(r, number, goals)?;
    if !keeps_form_rules(r) {
        return Err(BackupError::Invalid { kind: r.record_kind(), number });
    }
    Ok(())
}

#[cfg(test)]
#[path = "backup_import_tests.rs"]
mod import_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::book::{Book, PupilFields};
    use crate::domain::model::{SchoolSystem, YearGroup};
    use chrono::NaiveDate;

    fn sample() -> Vec<Record> {
        let mut b = Book::default();
        let d = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        b.add_class("c1".into(), "Groep 5", "2026-2027", YearGroup { system: SchoolSystem::Nl, n: 5 }, d).unwrap();
        let f = PupilFields { name: "Anna".into(), support_notes: "dyslexie; \"quotes\" ✓".into(), ..Default::default() };
        b.add_pupil("p1".into(), "c1", &f, d).unwrap();
        b.records()
    }

    fn at() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 30, 0).unwrap()
    }

    #[test]
    fn a_name_or_text_over_the_forms_limits_is_refused_naming_the_pupil() {
        use crate::domain::model::{MAX_NAME_LEN, MAX_NOTES_LEN};
        let mut records = sample();
        let mut second = records.iter().find_map(|r| if let Record::Pupil(p) = r { Some(p.clone()) } else { None }).unwrap();
        second.id = "p2".into();
        second.name = "x".repeat(10_000);
        records.push(Record::Pupil(second.clone()));
        let text = export(&records, at());
        assert_eq!(parse(&text), Err(BackupError::TooLong { field: TextField::PupilName, number: 2, len: 10_000, max: MAX_NAME_LEN }));
        let nl = crate::i18n::backup_error(crate::i18n::Lang::Nl, &parse(&text).unwrap_err());
        assert!(nl.contains("Leerling 2") && nl.contains("10000 tekens") && nl.contains("niets veranderd"), "{nl}");
        // Notes at the limit pass; one character more is refused.
        second.name = "Bram".into();
        second.support_notes = "n".repeat(MAX_NOTES_LEN);
        records.pop();
        records.push(Record::Pupil(second.clone()));
        assert!(parse(&export(&records, at())).is_ok());
        second.support_notes.push('n');
        records.pop();
        records.push(Record::Pupil(second));
        assert!(matches!(parse(&export(&records, at())), Err(BackupError::TooLong { field: TextField::SupportNotes, number: 2, .. })));
        // A class name too.
        let mut long_class = sample();
        if let Some(Record::Class(c)) = long_class.iter_mut().find(|r| matches!(r, Record::Class(_))) {
            c.name = "K".repeat(MAX_NAME_LEN + 1);
        }
        assert!(matches!(parse(&export(&long_class, at())), Err(BackupError::TooLong { field: TextField::ClassName, number: 1, .. })));
    }

    #[test]
    fn every_text_kind_is_held_to_its_form_limit_and_named_in_both_languages() {
        use crate::domain::feedback::{Success, SuccessSource, MAX_SUCCESS_CHARS};
        let d = NaiveDate::from_ymd_opt(2026, 9, 2).unwrap();
        let mut records = sample();
        let ok = Success { id: "s1".into(), pupil_id: "p1".into(), date: d, text: "Zelf begonnen".into(), goal_id: None, source: SuccessSource::Manual, template: None };
        let long = Success { id: "s2".into(), text: "x".repeat(MAX_SUCCESS_CHARS + 1), ..ok.clone() };
        records.extend([Record::Success(ok), Record::Success(long)]);
        let e = parse(&export(&records, at())).unwrap_err();
        assert_eq!(e, BackupError::TooLong { field: TextField::SuccessText, number: 2, len: MAX_SUCCESS_CHARS + 1, max: MAX_SUCCESS_CHARS });
        for lang in [crate::i18n::Lang::Nl, crate::i18n::Lang::En] {
            let text = crate::i18n::backup_error(lang, &e);
            assert!(text.contains('2') && text.contains(&(MAX_SUCCESS_CHARS + 1).to_string()), "{text}");
        }
    }

    #[test]
    fn a_backup_keeps_the_pin_in_use_unless_the_teacher_chooses_the_files() {
        use crate::domain::pupilmode::hash_pin;
        use crate::domain::pupilmode::pin::MIN_ITERATIONS;
        let mine = hash_pin("2468", &[1; 16], MIN_ITERATIONS).unwrap();
        let theirs = hash_pin("1357", &[2; 16], MIN_ITERATIONS).unwrap();
        let mut records = sample();
        records.push(Record::Settings(Settings { pin: Some(theirs.clone()), ..Settings::default() }));
        let contents = parse(&export(&records, at())).unwrap();
        assert_eq!(contents.pin(), Some(&theirs));
        assert_eq!(contents.pin_in_file(Some(&mine)), PinInFile::Different);
        assert_eq!(contents.pin_in_file(Some(&theirs)), PinInFile::Same);
        assert_eq!(contents.pin_in_file(None), PinInFile::New);
        // Kept: the file's settings arrive with the PIN in use.
        let kept = contents.clone().with_pin(Some(mine.clone()));
        assert_eq!(kept.pin(), Some(&mine));
        assert_eq!(kept.records.len(), contents.records.len());
        // A file without settings gets a settings record carrying the PIN in use.
        let bare = parse(&export(&sample(), at())).unwrap();
        assert_eq!(bare.pin_in_file(Some(&mine)), PinInFile::None);
        assert_eq!(bare.pin_in_file(None), PinInFile::Same);
        assert_eq!(bare.clone().with_pin(Some(mine.clone())).pin(), Some(&mine));
        assert_eq!(bare.clone().with_pin(None).records.len(), bare.records.len());
    }

    #[test]
    fn a_version_that_is_not_a_number_is_named() {
        let good = export(&sample(), at());
        // Text the teacher typed with a replacement character in it is hers: it comes back.
        assert!(parse(&good.replace("Anna", "No\u{FFFD}")).is_ok());
        for bad in ["\"1\"", "1.5", "null", "-1"] {
            let text = good.replacen(&format!("\"schema_version\": {}", CURRENT_SCHEMA), &format!("\"schema_version\": {bad}"), 1);
            assert_eq!(parse(&text), Err(BackupError::BadVersion), "{bad}");
        }
        for lang in [crate::i18n::Lang::Nl, crate::i18n::Lang::En] {
            assert!(!crate::i18n::backup_error(lang, &BackupError::NotUtf8).is_empty());
        }
    }

    #[test]
    fn export_then_parse_is_identical() {
        let text = export(&sample(), at());
        let back = parse(&text).unwrap();
        assert_eq!(back.records, sample());
        assert_eq!(back.exported_at, at());
        assert_eq!((back.class_count(), back.pupil_count()), (1, 1));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["app"], "groeipad");
        assert_eq!(v["schema_version"], CURRENT_SCHEMA);
    }

    #[test]
    fn bad_files_are_refused_with_the_right_error() {
        let good = export(&sample(), at());
        assert_eq!(parse(&good[..good.len() / 2]), Err(BackupError::NotJson), "truncated");
        assert_eq!(parse(""), Err(BackupError::NotJson));
        assert_eq!(parse("{\"type\":\"excalidraw\",\"elements\":[]}"), Err(BackupError::Foreign));
        assert_eq!(parse("[1,2,3]"), Err(BackupError::Foreign));
        assert_eq!(parse(&good.replace("\"groeipad\"", "\"other\"")), Err(BackupError::Foreign));
        let newer = good.replace(
            &format!("\"schema_version\": {CURRENT_SCHEMA}"),
            &format!("\"schema_version\": {}", CURRENT_SCHEMA + 1),
        );
        assert_eq!(
            parse(&newer),
            Err(BackupError::NewerVersion { found: CURRENT_SCHEMA + 1, supported: CURRENT_SCHEMA })
        );
        let broken = good.replace("\"class_id\": \"c1\"", "\"class_id\": 5");
        assert_eq!(parse(&broken), Err(BackupError::BadRecord { index: 2 }));
        let orphan = good.replace("\"class_id\": \"c1\"", "\"class_id\": \"zz\"");
        assert_eq!(parse(&orphan), Err(BackupError::MissingRef { kind: RecordKind::Pupil, number: 1, target: RecordKind::Class }));
    }

    #[test]
    fn a_support_level_needs_its_pupil_in_the_file() {
        use crate::domain::grouping::{Support, SupportPhase};
        let support = |pupil: &str| {
            Record::Support(Support {
                id: "s1".into(),
                pupil_id: pupil.into(),
                subject: None,
                phase: SupportPhase::Extended,
                measures: vec![],
                from: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            })
        };
        let mut recs = sample();
        recs.push(support("p1"));
        assert_eq!(parse(&export(&recs, at())).unwrap().records.len(), 3);
        recs.pop();
        recs.push(support("ghost"));
        let missing = BackupError::MissingRef { kind: RecordKind::Support, number: 1, target: RecordKind::Pupil };
        assert_eq!(parse(&export(&recs, at())), Err(missing));
    }

    #[test]
    fn a_group_plan_needs_its_class_and_pupils_and_the_limits_of_the_form() {
        let json = include_str!("fixtures/records_v4.json");
        let values: Vec<Value> = serde_json::from_str(json).unwrap();
        let file = |values: &[Value]| {
            serde_json::json!({"app": APP_ID, "schema_version": 4, "exported_at": "2026-11-30T10:00:00", "data": {"records": values}})
                .to_string()
        };
        assert!(parse(&file(&values)).is_ok());
        let plan_at = values.iter().position(|v| v["kind"] == "group_plan").unwrap();
        let plan = |problem| (plan_at, problem);
        let (missing_class, missing_pupil) = (
            BackupError::MissingRef { kind: RecordKind::GroupPlan, number: 1, target: RecordKind::Class },
            BackupError::MissingRef { kind: RecordKind::GroupPlan, number: 1, target: RecordKind::Pupil },
        );
        let too_many = BackupError::OutOfRange { kind: RecordKind::GroupPlan, number: 1, field: NumberField::MinutesPerWeek, min: 0, max: 600 };
        for (pointer, value, (at, want)) in [
            ("/data/class_id", Value::from("elsewhere"), plan(missing_class)),
            ("/data/groups/1/pupils", serde_json::json!(["ghost"]), plan(missing_pupil)),
            ("/data/groups/0/minutes_per_week", Value::from(601), plan(too_many)),
            ("/data/end", Value::from("2026-01-01"), plan(BackupError::Invalid { kind: RecordKind::GroupPlan, number: 1 })),
        ] {
            let mut v = values.clone();
            *v[at].pointer_mut(pointer).unwrap() = value;
            assert_eq!(parse(&file(&v)), Err(want), "{pointer}");
        }
        let lesson_at = values.iter().position(|v| v["kind"] == "coop_lesson").unwrap();
        let mut v = values.clone();
        *v[lesson_at].pointer_mut("/data/groups/0/0/pupil_id").unwrap() = Value::from("ghost");
        assert_eq!(parse(&file(&v)), Err(BackupError::MissingRef { kind: RecordKind::CoopLesson, number: 1, target: RecordKind::Pupil }));
    }

    #[test]
    fn a_rescue_is_a_backup_at_the_stored_schema_with_the_unreadable_entries_apart() {
        let entries: Vec<(String, String)> = sample()
            .iter()
            .map(|r| (r.key(), serde_json::to_string(r).unwrap()))
            .chain([("pupil:x".to_string(), "{not json".to_string()), ("class:bare".to_string(), "42".to_string())])
            .collect();
        let text = rescue(CURRENT_SCHEMA, &entries, at());
        // This app imports it: the sound records come back as they were.
        assert_eq!(parse(&text).unwrap().records, sample());
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["unreadable"], serde_json::json!([{"key": "pupil:x", "text": "{not json"}, {"key": "class:bare", "text": "42"}]));
        // Data of a newer app: this one says so, a newer one reads it.
        assert_eq!(
            parse(&rescue(CURRENT_SCHEMA + 3, &entries, at())),
            Err(BackupError::NewerVersion { found: CURRENT_SCHEMA + 3, supported: CURRENT_SCHEMA })
        );
    }

    #[test]
    fn duplicate_records_are_refused() {
        let mut recs = sample();
        recs.push(recs[1].clone());
        assert!(matches!(parse(&export(&recs, at())), Err(BackupError::DuplicateRecord { .. })));
    }
}
