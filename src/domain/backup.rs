//! The backup file: an envelope `{app, schema_version, exported_at, data}` around all records.
//!
//! Import validates the whole file, migrates it to the current schema and only then
//! hands the records to the caller; a bad file yields a typed error and no records, so
//! the caller never writes half a backup.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::migrations::{migrate_all, MigrationError, CURRENT_SCHEMA};
use super::model::Record;
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
    #[error("record {index} in the backup is damaged")]
    BadRecord { index: usize },
    #[error("the backup holds the same record twice ({key})")]
    DuplicateRecord { key: String },
    #[error("pupil {pupil} belongs to a class that is not in the backup")]
    OrphanPupil { pupil: String },
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

/// The first name or text longer than its form allows, with the number of its record
/// among the records of its kind in the file (1 for the first pupil, and so on).
fn first_too_long(records: &[Record]) -> Option<BackupError> {
    use crate::domain::feedback::{MAX_ITEM_CHARS, MAX_SUCCESS_CHARS, MAX_TEMPLATE_CHARS};
    use crate::domain::followup::reminders::MAX_TITLE_CHARS;
    use crate::domain::goals::MAX_APPROACH_CHARS;
    use crate::domain::model::{MAX_NAME_LEN, MAX_NICKNAME_LEN, MAX_NOTES_LEN};
    use crate::domain::pupilmode::reflection::MAX_TEXT_CHARS;
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let over = |field, number, text: &str, max| {
        let len = text.chars().count();
        (len > max).then_some(BackupError::TooLong { field, number, len, max })
    };
    let first_over = |field, number, texts: &mut dyn Iterator<Item = &String>, max| {
        let mut found = None;
        for t in texts {
            found = found.or_else(|| over(field, number, t, max));
        }
        found
    };
    for r in records {
        let n = counts.entry(r.kind()).or_default();
        *n += 1;
        let n = *n;
        let found = match r {
            Record::Class(c) => over(TextField::ClassName, n, c.name.trim(), MAX_NAME_LEN),
            Record::Pupil(p) => over(TextField::PupilName, n, p.name.trim(), MAX_NAME_LEN)
                .or_else(|| over(TextField::Nickname, n, p.nickname.trim(), MAX_NICKNAME_LEN))
                .or_else(|| over(TextField::SupportNotes, n, &p.support_notes, MAX_NOTES_LEN)),
            Record::FeedbackNote(f) => first_over(TextField::FeedbackText, n, &mut f.tops.iter().chain(&f.tips).chain([&f.next_step]), MAX_ITEM_CHARS),
            Record::Success(s) => over(TextField::SuccessText, n, &s.text, MAX_SUCCESS_CHARS),
            Record::Reminder(x) => over(TextField::ReminderTitle, n, &x.title, MAX_TITLE_CHARS),
            Record::Reflection(x) => first_over(TextField::ReflectionText, n, &mut [&x.went_well, &x.was_hard, &x.try_next].into_iter(), MAX_TEXT_CHARS),
            Record::Template(t) => first_over(TextField::TemplateText, n, &mut [&t.nl, &t.en].into_iter(), MAX_TEMPLATE_CHARS),
            Record::Goal(g) => first_over(TextField::ApproachLabel, n, &mut g.approach_changes.iter().map(|a| &a.label), MAX_APPROACH_CHARS),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
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
    for (index, v) in migrated.into_iter().enumerate() {
        let r: Record = serde_json::from_value(v).map_err(|_| BackupError::BadRecord { index: index + 1 })?;
        records.push(r);
    }
    Ok((env.kind, BackupContents { exported_at: env.exported_at, schema_version: env.schema_version, records }))
}

fn validate(records: &[Record]) -> Result<(), BackupError> {
    let mut keys = HashSet::new();
    for r in records {
        if r.id().trim().is_empty() {
            return Err(BackupError::BadRecord { index: 0 });
        }
        if !keys.insert(r.key()) {
            return Err(BackupError::DuplicateRecord { key: r.key() });
        }
    }
    // Names and texts within the forms' limits: a 10,000-character name would break every
    // screen that shows it.
    if let Some(e) = first_too_long(records) {
        return Err(e);
    }
    let classes: HashSet<&str> =
        records.iter().filter_map(|r| if let Record::Class(c) = r { Some(c.id.as_str()) } else { None }).collect();
    let pupils: HashSet<&str> =
        records.iter().filter_map(|r| if let Record::Pupil(p) = r { Some(p.id.as_str()) } else { None }).collect();
    for (index, r) in records.iter().enumerate() {
        match r {
            Record::Pupil(p) if !classes.contains(p.class_id.as_str()) => {
                return Err(BackupError::OrphanPupil { pupil: p.name.clone() });
            }
            // A support level of a pupil the file does not hold, or without ids.
            Record::Support(s) if !pupils.contains(s.pupil_id.as_str()) || s.clone().validated().is_err() => {
                return Err(BackupError::BadRecord { index: index + 1 });
            }
            // A groepsplan of a missing class, with a missing pupil, or outside the limits.
            Record::GroupPlan(p)
                if !classes.contains(p.class_id.as_str())
                    || p.groups.iter().flat_map(|g| &g.pupils).any(|id| !pupils.contains(id.as_str()))
                    || p.clone().validated().is_err() =>
            {
                return Err(BackupError::BadRecord { index: index + 1 });
            }
            // Cooperative groups of a missing class or naming a missing pupil.
            Record::CoopSetup(s)
                if !classes.contains(s.class_id.as_str())
                    || s.not_together.iter().flatten().any(|id| !pupils.contains(id.as_str()))
                    || s.clone().validated().is_err() =>
            {
                return Err(BackupError::BadRecord { index: index + 1 });
            }
            Record::CoopLesson(l)
                if !classes.contains(l.class_id.as_str())
                    || l.groups.iter().flatten().any(|s| !pupils.contains(s.pupil_id.as_str()))
                    || l.clone().validated().is_err() =>
            {
                return Err(BackupError::BadRecord { index: index + 1 });
            }
            _ => {}
        }
    }
    Ok(())
}

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
        let nl = crate::i18n::backup_error(crate::domain::lang::Lang::Nl, &parse(&text).unwrap_err());
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
        let ok = Success { id: "s1".into(), pupil_id: "p1".into(), date: d, text: "Zelf begonnen".into(), goal_id: None, source: SuccessSource::Manual };
        let long = Success { id: "s2".into(), text: "x".repeat(MAX_SUCCESS_CHARS + 1), ..ok.clone() };
        records.extend([Record::Success(ok), Record::Success(long)]);
        let e = parse(&export(&records, at())).unwrap_err();
        assert_eq!(e, BackupError::TooLong { field: TextField::SuccessText, number: 2, len: MAX_SUCCESS_CHARS + 1, max: MAX_SUCCESS_CHARS });
        for lang in [crate::domain::lang::Lang::Nl, crate::domain::lang::Lang::En] {
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
        for lang in [crate::domain::lang::Lang::Nl, crate::domain::lang::Lang::En] {
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
        assert!(matches!(parse(&orphan), Err(BackupError::OrphanPupil { .. })));
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
        assert_eq!(parse(&export(&recs, at())), Err(BackupError::BadRecord { index: 3 }));
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
        for broken in [
            ("/data/class_id", Value::from("elsewhere")),
            ("/data/groups/1/pupils", serde_json::json!(["ghost"])),
            ("/data/groups/0/minutes_per_week", Value::from(601)),
            ("/data/end", Value::from("2026-01-01")),
        ] {
            let mut v = values.clone();
            *v[plan_at].pointer_mut(broken.0).unwrap() = broken.1.clone();
            assert_eq!(parse(&file(&v)), Err(BackupError::BadRecord { index: plan_at + 1 }), "{}", broken.0);
        }
        let lesson_at = values.iter().position(|v| v["kind"] == "coop_lesson").unwrap();
        let mut v = values.clone();
        *v[lesson_at].pointer_mut("/data/groups/0/0/pupil_id").unwrap() = Value::from("ghost");
        assert_eq!(parse(&file(&v)), Err(BackupError::BadRecord { index: lesson_at + 1 }));
    }

    #[test]
    fn duplicate_records_are_refused() {
        let mut recs = sample();
        recs.push(recs[1].clone());
        assert!(matches!(parse(&export(&recs, at())), Err(BackupError::DuplicateRecord { .. })));
    }
}
