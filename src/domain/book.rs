//! The class book: all classes and pupils, and one command per teacher intent.
//!
//! Every command validates first and changes nothing on error; on success it returns
//! the `Change` (records to write, keys to delete) that the state layer persists in
//! one storage transaction.
//!
//! Undo is never written per command. A command that can be undone only plans: it takes
//! `&self` and returns its `Change` (alone or with a value, `Planned`), and
//! `Book::run_undoable` applies it with its undo, the inverse computed from the records
//! before it (`Book::inverse_of`). Older commands change the book in place and return
//! what they changed; `Book::run` and the state layer's runners apply either kind.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::model::*;
use super::records::Record;
pub use super::records::{Book, Change};
use super::class_list::{year_number, ClassListRow};

/// What went wrong with a teacher's intent; shown in the user's language by `i18n`.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("the name is empty")]
    EmptyName,
    #[error("the name is longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("the nickname is longer than {max} characters")]
    NicknameTooLong { max: usize },
    #[error("the support notes are longer than {max} characters")]
    NotesTooLong { max: usize },
    #[error("a pupil called {name} is already in this class")]
    DuplicatePupil { name: String },
    #[error("a class called {name} already exists")]
    DuplicateClass { name: String },
    #[error("that year group does not exist")]
    InvalidYearGroup,
    #[error("the class or pupil no longer exists")]
    NotFound,
    #[error("the list holds no names")]
    NothingToAdd,
}

/// What a planning command returns: its `Change`, alone or with a value for the screen
/// (`(Change, T)`: a report, a new due date).
pub trait Planned {
    type Value;
    fn change(&self) -> &Change;
    fn into_parts(self) -> (Change, Self::Value);
}

impl Planned for Change {
    type Value = ();
    fn change(&self) -> &Change {
        self
    }
    fn into_parts(self) -> (Change, ()) {
        (self, ())
    }
}

impl<T> Planned for (Change, T) {
    type Value = T;
    fn change(&self) -> &Change {
        &self.0
    }
    fn into_parts(self) -> (Change, T) {
        self
    }
}

impl Book {
    /// Runs a command that plans its change from the book as it is, and applies it.
    pub fn run<P: Planned, E>(&mut self, plan: impl FnOnce(&Book) -> Result<P, E>) -> Result<P, E> {
        let planned = plan(self)?;
        self.apply(planned.change());
        Ok(planned)
    }

    /// Like `run`, and returns the undo: the inverse of the change, computed from the
    /// records before it. The one way undo is made (the state layer's runners use it).
    pub fn run_undoable<P: Planned, E>(&mut self, plan: impl FnOnce(&Book) -> Result<P, E>) -> Result<(P, Change), E> {
        let planned = plan(self)?;
        let undo = self.inverse_of(planned.change());
        self.apply(planned.change());
        Ok((planned, undo))
    }
}

/// What a pasted list of names did, so nothing is silently dropped or doubled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasteReport {
    pub added: Vec<String>,
    /// 1-based line numbers of empty lines (only those between names count).
    pub empty_lines: Vec<usize>,
    /// Names that stood more than once in the pasted list (added once).
    pub repeated_in_list: Vec<String>,
    /// Names already in the class (not added again).
    pub already_in_class: Vec<String>,
    /// Lines that were too long to be a name (not added).
    pub too_long: Vec<usize>,
    /// Lines whose year group could not be read or does not exist (added with the
    /// class's year group).
    pub year_not_read: Vec<usize>,
}

/// Collapses inner white space and trims, so "  Anna   de Vries " is "Anna de Vries".
pub fn clean_name(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The comparison form of a name: cleaned and case-folded.
fn name_key(name: &str) -> String {
    clean_name(name).to_lowercase()
}

fn validate_name(raw: &str) -> Result<String, DomainError> {
    let name = clean_name(raw);
    if name.is_empty() {
        return Err(DomainError::EmptyName);
    }
    if name.chars().count() > MAX_NAME_LEN {
        return Err(DomainError::NameTooLong { max: MAX_NAME_LEN });
    }
    Ok(name)
}

/// Strips list bullets and numbering that come along when a list is copied
/// from a document ("1. ", "- ", "• ") and joins spreadsheet columns with a space.
fn strip_list_marker(line: &str) -> &str {
    let t = line.trim_start();
    for bullet in ["- ", "* ", "• ", "– "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            return rest;
        }
    }
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits <= 3 {
        let rest = &t[digits..];
        for sep in [". ", ") ", ".\t", " "] {
            if let Some(r) = rest.strip_prefix(sep) {
                return r;
            }
        }
    }
    t
}

/// Input for a new or edited pupil.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PupilFields {
    pub name: String,
    pub nickname: String,
    pub year_group: Option<YearGroup>,
    pub support_notes: String,
    pub support_level: SupportLevel,
}

/// The pupil fields a form changed; `None` leaves the stored value as it is, so a form
/// never writes back a field it did not touch (another tab may have changed it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PupilPatch {
    pub name: Option<String>,
    pub nickname: Option<String>,
    /// `Some(None)` sets "same as the class".
    pub year_group: Option<Option<YearGroup>>,
    pub support_notes: Option<String>,
}

/// The class fields a form changed; `None` leaves the stored value as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassPatch {
    pub name: Option<String>,
    pub school_year: Option<String>,
    pub year_group: Option<YearGroup>,
}

fn valid_nickname(raw: &str) -> Result<String, DomainError> {
    let nickname = clean_name(raw);
    if nickname.chars().count() > MAX_NICKNAME_LEN {
        return Err(DomainError::NicknameTooLong { max: MAX_NICKNAME_LEN });
    }
    Ok(nickname)
}

fn valid_notes(notes: &str) -> Result<String, DomainError> {
    if notes.chars().count() > MAX_NOTES_LEN {
        return Err(DomainError::NotesTooLong { max: MAX_NOTES_LEN });
    }
    Ok(notes.to_string())
}

fn valid_year_group(year_group: YearGroup) -> Result<YearGroup, DomainError> {
    if !year_group.is_valid() {
        return Err(DomainError::InvalidYearGroup);
    }
    Ok(year_group)
}

impl Book {
    pub fn class(&self, id: &str) -> Option<&Class> {
        self.classes.iter().find(|c| c.id == id)
    }

    pub fn pupil(&self, id: &str) -> Option<&Pupil> {
        crate::domain::records::by_id(&self.pupils, id, |p| p.id.as_str())
    }

    /// The pupils of a class still in it, or with `archived` those who left, in name order.
    pub fn pupils_of<'a>(&'a self, class_id: &'a str, archived: bool) -> Vec<&'a Pupil> {
        let mut v: Vec<&Pupil> = self
            .pupils
            .iter()
            .filter(|p| p.class_id == class_id && p.is_archived() == archived)
            .collect();
        v.sort_by_cached_key(|p| name_key(&p.name));
        v
    }

    /// Every pupil of a class, archived ones too (ids only).
    pub fn pupil_ids_of(&self, class_id: &str) -> Vec<String> {
        self.pupils.iter().filter(|p| p.class_id == class_id).map(|p| p.id.clone()).collect()
    }

    /// The pupils still in a class, in stored order.
    pub fn current_pupils<'a>(&'a self, class_id: &'a str) -> impl Iterator<Item = &'a Pupil> {
        self.pupils.iter().filter(move |p| p.class_id == class_id && !p.is_archived())
    }

    pub fn active_count(&self, class_id: &str) -> usize {
        self.current_pupils(class_id).count()
    }

    /// How many pupils left a class (archived), counted without listing them.
    pub fn archived_count(&self, class_id: &str) -> usize {
        self.pupils.iter().filter(|p| p.class_id == class_id && p.is_archived()).count()
    }

    fn check_class_name(&self, name: &str, except_id: Option<&str>) -> Result<(), DomainError> {
        let key = name_key(name);
        if self.classes.iter().any(|c| Some(c.id.as_str()) != except_id && name_key(&c.name) == key) {
            return Err(DomainError::DuplicateClass { name: name.to_string() });
        }
        Ok(())
    }

    pub fn add_class(
        &mut self,
        id: String,
        name: &str,
        school_year: &str,
        year_group: YearGroup,
        today: NaiveDate,
    ) -> Result<Change, DomainError> {
        let name = validate_name(name)?;
        valid_year_group(year_group)?;
        self.check_class_name(&name, None)?;
        let class = Class {
            id,
            name,
            school_year: clean_name(school_year),
            year_group,
            created_on: today,
            attention_aim: Default::default(),
        };
        self.classes.push(class.clone());
        Ok(Change::put(Record::Class(class)))
    }

    /// Changes only the fields in the patch, on the class as it is in the book now.
    /// Validates like `add_class`; on error nothing changes. A patch that changes
    /// nothing returns an empty `Change` (nothing to write).
    pub fn patch_class(&mut self, id: &str, patch: &ClassPatch) -> Result<Change, DomainError> {
        if self.class(id).is_none() {
            return Err(DomainError::NotFound);
        }
        let name = patch.name.as_deref().map(validate_name).transpose()?;
        let year_group = patch.year_group.map(valid_year_group).transpose()?;
        if let Some(name) = &name {
            self.check_class_name(name, Some(id))?;
        }
        let class = self.classes.iter_mut().find(|c| c.id == id).ok_or(DomainError::NotFound)?;
        let before = class.clone();
        if let Some(name) = name {
            class.name = name;
        }
        if let Some(year) = &patch.school_year {
            class.school_year = clean_name(year);
        }
        if let Some(year_group) = year_group {
            class.year_group = year_group;
        }
        if *class == before {
            return Ok(Change::default());
        }
        Ok(Change::put(Record::Class(class.clone())))
    }

    /// Deletes a class with all its pupils and everything recorded about them (plans).
    /// Reads what it deletes, so the book must hold the class's pupils' records.
    pub fn delete_class(&self, id: &str) -> Result<Change, DomainError> {
        self.class(id).ok_or(DomainError::NotFound)?;
        let mut del = Change::default();
        for p in self.pupils.iter().filter(|p| p.class_id == id) {
            del.deletes.extend(self.owned_by_pupil(&p.id).iter().map(Record::key));
            del.deletes.push(record_key("pupil", &p.id));
        }
        // Its group plans (with their reminders) and cooperative groups go along.
        del.deletes.extend(self.grouping_of_class(id).iter().map(Record::key));
        del.deletes.push(record_key("class", id));
        Ok(del)
    }

    fn check_pupil_name(&self, class_id: &str, name: &str, except_id: Option<&str>) -> Result<(), DomainError> {
        let key = name_key(name);
        let dup = self.pupils.iter().any(|p| {
            p.class_id == class_id && !p.is_archived() && Some(p.id.as_str()) != except_id && name_key(&p.name) == key
        });
        if dup {
            return Err(DomainError::DuplicatePupil { name: name.to_string() });
        }
        Ok(())
    }

    fn validate_fields(fields: &PupilFields) -> Result<PupilFields, DomainError> {
        Ok(PupilFields {
            name: validate_name(&fields.name)?,
            nickname: valid_nickname(&fields.nickname)?,
            support_notes: valid_notes(&fields.support_notes)?,
            year_group: fields.year_group.map(valid_year_group).transpose()?,
            support_level: fields.support_level,
        })
    }

    pub fn add_pupil(
        &mut self,
        id: String,
        class_id: &str,
        fields: &PupilFields,
        today: NaiveDate,
    ) -> Result<Change, DomainError> {
        let pupil = self.new_pupil(id, class_id, fields, today)?;
        self.pupils.push(pupil.clone());
        Ok(Change::put(Record::Pupil(pupil)))
    }

    /// A new pupil of a class, validated like `add_pupil`, not yet in the book.
    fn new_pupil(&self, id: String, class_id: &str, fields: &PupilFields, today: NaiveDate) -> Result<Pupil, DomainError> {
        if self.class(class_id).is_none() {
            return Err(DomainError::NotFound);
        }
        let f = Self::validate_fields(fields)?;
        self.check_pupil_name(class_id, &f.name, None)?;
        Ok(Pupil {
            id,
            class_id: class_id.to_string(),
            name: f.name,
            nickname: f.nickname,
            year_group: f.year_group,
            support_notes: f.support_notes,
            support_level: f.support_level,
            archived_on: None,
            created_on: today,
            picture_pin: None,
        })
    }

    /// Adds one pupil per line. Empty lines, repeats and names already in the class
    /// are reported, never silently dropped or doubled.
    pub fn add_pupils_from_paste(
        &mut self,
        class_id: &str,
        text: &str,
        new_id: impl FnMut() -> String,
        today: NaiveDate,
    ) -> Result<(Change, PasteReport), DomainError> {
        if self.class(class_id).is_none() {
            return Err(DomainError::NotFound);
        }
        let rows: Vec<ClassListRow> = text
            .lines()
            .enumerate()
            .map(|(i, raw)| ClassListRow { line: i + 1, name: strip_list_marker(raw).replace('\t', " "), ..ClassListRow::default() })
            .collect();
        let (fields, report) = self.plan_pupils(class_id, &rows)?;
        let change = self.run(|b| b.add_planned_pupils(class_id, &fields, new_id, today))?;
        Ok((change, report))
    }

    /// The pupils a list would add to a class, and what it reports, without changing
    /// anything: the preview of a class-list import, and the first half of a paste.
    /// Leading and trailing empty rows are not worth a report; empty rows between names
    /// are. `report.added` names the pupils to add.
    pub fn plan_pupils(&self, class_id: &str, rows: &[ClassListRow]) -> Result<(Vec<PupilFields>, PasteReport), DomainError> {
        let class = self.class(class_id).ok_or(DomainError::NotFound)?;
        let system = class.year_group.system;
        let filled = |r: &ClassListRow| !clean_name(&r.name).is_empty();
        let (Some(first), Some(last)) = (rows.iter().position(filled), rows.iter().rposition(filled)) else {
            return Err(DomainError::NothingToAdd);
        };
        let mut report = PasteReport::default();
        let mut seen: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for row in &rows[first..=last] {
            let name = clean_name(&row.name);
            if name.is_empty() {
                report.empty_lines.push(row.line);
                continue;
            }
            let nickname = clean_name(&row.nickname);
            if name.chars().count() > MAX_NAME_LEN || nickname.chars().count() > MAX_NICKNAME_LEN {
                report.too_long.push(row.line);
                continue;
            }
            let key = name_key(&name);
            if seen.contains(&key) {
                if !report.repeated_in_list.iter().any(|n| name_key(n) == key) {
                    report.repeated_in_list.push(name);
                }
                continue;
            }
            seen.push(key);
            if self.check_pupil_name(class_id, &name, None).is_err() {
                report.already_in_class.push(name);
                continue;
            }
            let year_group = match row.year.trim() {
                "" => None,
                cell => {
                    let yg = year_number(cell).map(|n| YearGroup { system, n }).filter(|yg| yg.is_valid());
                    if yg.is_none() {
                        report.year_not_read.push(row.line);
                    }
                    // The class's own year group is "the same as the class".
                    yg.filter(|yg| *yg != class.year_group)
                }
            };
            report.added.push(name.clone());
            out.push(PupilFields { name, nickname, year_group, ..Default::default() });
        }
        Ok((out, report))
    }

    /// Adds the pupils `plan_pupils` gave, in one change (one undo for the whole list).
    /// Each is validated like in `add_pupil`, a name twice in the list too.
    pub fn add_planned_pupils(
        &self,
        class_id: &str,
        fields: &[PupilFields],
        mut new_id: impl FnMut() -> String,
        today: NaiveDate,
    ) -> Result<Change, DomainError> {
        let mut change = Change::default();
        let mut names: Vec<String> = Vec::new();
        for f in fields {
            let pupil = self.new_pupil(new_id(), class_id, f, today)?;
            let key = name_key(&pupil.name);
            if names.contains(&key) {
                return Err(DomainError::DuplicatePupil { name: pupil.name });
            }
            names.push(key);
            change.puts.push(Record::Pupil(pupil));
        }
        Ok(change)
    }

    /// Changes only the fields in the patch, on the pupil as it is in the book now, so
    /// fields changed elsewhere since the form opened stay as they are. Each given field
    /// is validated like in `add_pupil`; on error nothing changes. A patch that changes
    /// nothing returns an empty `Change` (nothing to write).
    pub fn patch_pupil(&mut self, id: &str, patch: &PupilPatch) -> Result<Change, DomainError> {
        let class_id = self.pupil(id).ok_or(DomainError::NotFound)?.class_id.clone();
        let name = patch.name.as_deref().map(validate_name).transpose()?;
        let nickname = patch.nickname.as_deref().map(valid_nickname).transpose()?;
        let notes = patch.support_notes.as_deref().map(valid_notes).transpose()?;
        let year_group = patch.year_group.map(|yg| yg.map(valid_year_group).transpose()).transpose()?;
        if let Some(name) = &name {
            self.check_pupil_name(&class_id, name, Some(id))?;
        }
        let p = self.pupils.iter_mut().find(|p| p.id == id).ok_or(DomainError::NotFound)?;
        let before = p.clone();
        if let Some(name) = name {
            p.name = name;
        }
        if let Some(nickname) = nickname {
            p.nickname = nickname;
        }
        if let Some(notes) = notes {
            p.support_notes = notes;
        }
        if let Some(year_group) = year_group {
            p.year_group = year_group;
        }
        if *p == before {
            return Ok(Change::default());
        }
        Ok(Change::put(Record::Pupil(p.clone())))
    }

    /// Archives a pupil who left; the data stays (and counts toward the retention term).
    pub fn archive_pupil(&self, id: &str, today: NaiveDate) -> Result<Change, DomainError> {
        let mut p = self.pupil(id).ok_or(DomainError::NotFound)?.clone();
        if p.archived_on.is_none() {
            p.archived_on = Some(today);
        }
        Ok(Change::put(Record::Pupil(p)))
    }

    /// Brings an archived pupil back; refused when an active pupil now has the same name.
    pub fn restore_pupil(&mut self, id: &str) -> Result<Change, DomainError> {
        let p = self.pupil(id).ok_or(DomainError::NotFound)?.clone();
        self.check_pupil_name(&p.class_id, &p.name, Some(id))?;
        let p = self.pupils.iter_mut().find(|x| x.id == id).ok_or(DomainError::NotFound)?;
        p.archived_on = None;
        Ok(Change::put(Record::Pupil(p.clone())))
    }

    /// Deletes a pupil with everything recorded about them. Reads what it deletes, so the
    /// book must hold the pupil's records.
    pub fn delete_pupil(&self, id: &str) -> Result<Change, DomainError> {
        self.pupil(id).ok_or(DomainError::NotFound)?;
        let mut del = Change { puts: vec![], deletes: self.owned_by_pupil(id).iter().map(Record::key).collect() };
        del.deletes.push(record_key("pupil", id));
        // The group plans that place the pupil lose that place (no plan names a pupil
        // that is not there).
        del.puts = self.group_plans_without(id);
        del.puts.extend(self.coop_without(id));
        Ok(del)
    }

    /// The teacher's settings (defaults until changed).
    pub fn settings(&self) -> super::settings::Settings {
        self.settings.first().cloned().unwrap_or_default()
    }

    /// Stores the settings record (every feature's settings commands end here).
    pub(crate) fn put_settings(&mut self, settings: super::settings::Settings) -> Change {
        let change = Change::put(Record::Settings(settings));
        self.apply(&change);
        change
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_kit::d;
    const G5: YearGroup = YearGroup { system: SchoolSystem::Nl, n: 5 };

    fn ids() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("p{n}")
        }
    }

    fn book_with_class() -> Book {
        let mut b = Book::default();
        b.add_class("c1".into(), "Groep 5a", "2026-2027", G5, d(2026, 9, 1)).unwrap();
        b
    }

    #[test]
    fn class_names_are_trimmed_required_and_unique() {
        let mut b = book_with_class();
        assert_eq!(b.classes[0].name, "Groep 5a");
        assert_eq!(b.add_class("c2".into(), "   ", "", G5, d(2026, 9, 1)), Err(DomainError::EmptyName));
        assert!(matches!(
            b.add_class("c2".into(), " groep  5A ", "", G5, d(2026, 9, 1)),
            Err(DomainError::DuplicateClass { .. })
        ));
        let bad = YearGroup { system: SchoolSystem::Vl, n: 7 };
        assert_eq!(b.add_class("c2".into(), "L7", "", bad, d(2026, 9, 1)), Err(DomainError::InvalidYearGroup));
        let long = "x".repeat(MAX_NAME_LEN + 1);
        assert_eq!(
            b.add_class("c2".into(), &long, "", G5, d(2026, 9, 1)),
            Err(DomainError::NameTooLong { max: MAX_NAME_LEN })
        );
        assert_eq!(b.classes.len(), 1, "failed commands change nothing");
    }

    #[test]
    fn paste_reports_empty_lines_repeats_and_existing_names() {
        let mut b = book_with_class();
        b.add_pupil("p0".into(), "c1", &PupilFields { name: "Sem".into(), ..Default::default() }, d(2026, 9, 1))
            .unwrap();
        let text = "\n1. Anna de Vries\n- Bram\n\n  sem \nAnna  de vries\nNoor\tBakker\n\n";
        let (change, report) = b.add_pupils_from_paste("c1", text, ids(), d(2026, 9, 2)).unwrap();
        assert_eq!(report.added, vec!["Anna de Vries", "Bram", "Noor Bakker"]);
        assert_eq!(report.empty_lines, vec![4]);
        assert_eq!(report.repeated_in_list, vec!["Anna de vries"]);
        assert_eq!(report.already_in_class, vec!["sem"]);
        assert_eq!(change.puts.len(), 3);
        assert_eq!(b.active_count("c1"), 4);
    }

    #[test]
    fn a_class_list_is_planned_without_changing_anything_then_added_in_one_change() {
        use crate::domain::class_list::parse_class_list;
        let mut b = book_with_class();
        b.add_pupil("p0".into(), "c1", &PupilFields { name: "Sem".into(), ..Default::default() }, d(2026, 9, 2)).unwrap();
        let text = "\u{FEFF}Naam;Roepnaam;Groep\r\nAnna de Vries;Ans;5\r\nBram;;6\r\n;;\r\nsem;;\r\nNoor;;groep 12\r\nCas;Cassius Maximus de Derde;\r\n";
        let rows = parse_class_list(text).unwrap();
        let before = b.clone();
        let (fields, report) = b.plan_pupils("c1", &rows).unwrap();
        assert_eq!(b, before, "planning changes nothing");
        assert_eq!(report.added, ["Anna de Vries", "Bram", "Noor"]);
        assert_eq!(report.empty_lines, [4]);
        assert_eq!(report.already_in_class, ["sem"]);
        assert_eq!(report.year_not_read, [6]);
        assert_eq!(report.too_long, [7]);
        // The class's own year group is "the same as the class"; another one is kept.
        assert_eq!(fields[0].year_group, None);
        assert_eq!(fields[0].nickname, "Ans");
        assert_eq!(fields[1].year_group, Some(YearGroup { system: SchoolSystem::Nl, n: 6 }));
        let (change, undo) = b.run_undoable(|b| b.add_planned_pupils("c1", &fields, ids(), d(2026, 9, 3))).unwrap();
        assert_eq!(change.puts.len(), 3);
        assert_eq!(undo.deletes, change.puts.iter().map(Record::key).collect::<Vec<_>>());
        assert_eq!(b.active_count("c1"), 4);
    }

    #[test]
    fn paste_of_nothing_is_an_error_and_unknown_class_too() {
        let mut b = book_with_class();
        assert_eq!(b.add_pupils_from_paste("c1", " \n\n ", ids(), d(2026, 9, 2)).unwrap_err(), DomainError::NothingToAdd);
        assert_eq!(b.add_pupils_from_paste("nope", "Anna", ids(), d(2026, 9, 2)).unwrap_err(), DomainError::NotFound);
    }

    #[test]
    fn paste_reports_too_long_lines() {
        let mut b = book_with_class();
        let text = format!("Anna\n{}\nBram", "y".repeat(MAX_NAME_LEN + 5));
        let (_, r) = b.add_pupils_from_paste("c1", &text, ids(), d(2026, 9, 2)).unwrap();
        assert_eq!(r.added, vec!["Anna", "Bram"]);
        assert_eq!(r.too_long, vec![2]);
    }

    fn name(n: &str) -> PupilPatch {
        PupilPatch { name: Some(n.into()), ..Default::default() }
    }

    #[test]
    fn edit_validates_and_refuses_duplicates() {
        let mut b = book_with_class();
        b.add_pupils_from_paste("c1", "Anna\nBram", ids(), d(2026, 9, 2)).unwrap();
        assert!(matches!(b.patch_pupil("p2", &name("anna")), Err(DomainError::DuplicatePupil { .. })));
        let long_nick = PupilPatch { nickname: Some("x".repeat(21)), ..Default::default() };
        assert_eq!(b.patch_pupil("p2", &long_nick), Err(DomainError::NicknameTooLong { max: 20 }));
        let p = PupilPatch {
            name: Some(" Bram  Jansen ".into()),
            nickname: Some("BJ".into()),
            support_notes: Some("dyslexie".into()),
            ..Default::default()
        };
        let c = b.patch_pupil("p2", &p).unwrap();
        assert_eq!(c.puts.len(), 1);
        assert_eq!(b.pupil("p2").unwrap().name, "Bram Jansen");
        assert_eq!(b.patch_pupil("p2", &name("bram jansen")).map(|c| c.puts.len()), Ok(1), "own name in other case");
        assert_eq!(b.patch_pupil("zz", &p), Err(DomainError::NotFound));
    }

    #[test]
    fn a_pupil_patch_keeps_the_fields_it_does_not_name_even_when_changed_elsewhere() {
        let mut b = book_with_class();
        b.add_pupils_from_paste("c1", "Anna", ids(), d(2026, 9, 2)).unwrap();
        // Tab B opens the form (support notes still empty); tab A writes notes; tab B's
        // book reloads with them.
        let opened_in_b = b.pupil("p1").unwrap().clone();
        let mut tab_a = b.clone();
        let notes = PupilPatch { support_notes: Some("Dyslexie".into()), ..Default::default() };
        let change = tab_a.patch_pupil("p1", &notes).unwrap();
        b.apply(&change);
        // B changes the nickname only.
        let nick = PupilPatch { nickname: Some(" AdV ".into()), ..Default::default() };
        let change = b.patch_pupil("p1", &nick).unwrap();
        let Record::Pupil(written) = &change.puts[0] else { panic!("a pupil is written") };
        let p = b.pupil("p1").unwrap();
        assert_eq!(written, p);
        assert_eq!(p.nickname, "AdV");
        assert_eq!(p.support_notes, "Dyslexie", "A's notes stay");
        assert_eq!((&p.name, p.year_group, &p.created_on), (&opened_in_b.name, opened_in_b.year_group, &opened_in_b.created_on));
        // Year group: Some(None) sets "same as the class", None leaves it.
        let g6 = YearGroup { system: SchoolSystem::Nl, n: 6 };
        b.patch_pupil("p1", &PupilPatch { year_group: Some(Some(g6)), ..Default::default() }).unwrap();
        assert_eq!(b.pupil("p1").unwrap().year_group, Some(g6));
        b.patch_pupil("p1", &name("Anna B")).unwrap();
        assert_eq!(b.pupil("p1").unwrap().year_group, Some(g6));
        b.patch_pupil("p1", &PupilPatch { year_group: Some(None), ..Default::default() }).unwrap();
        assert_eq!(b.pupil("p1").unwrap().year_group, None);
    }

    #[test]
    fn a_patch_that_changes_nothing_writes_nothing() {
        let mut b = book_with_class();
        b.add_pupils_from_paste("c1", "Anna", ids(), d(2026, 9, 2)).unwrap();
        assert!(b.patch_pupil("p1", &PupilPatch::default()).unwrap().is_empty());
        assert!(b.patch_pupil("p1", &name(" Anna ")).unwrap().is_empty(), "cleaned to the stored name");
        assert!(b.patch_class("c1", &ClassPatch { name: Some("Groep 5a".into()), ..Default::default() }).unwrap().is_empty());
    }

    #[test]
    fn invalid_patches_change_nothing() {
        let mut b = book_with_class();
        b.add_pupils_from_paste("c1", "Anna\nBram", ids(), d(2026, 9, 2)).unwrap();
        b.add_class("c2".into(), "Groep 6", "", G5, d(2026, 9, 1)).unwrap();
        let before = b.clone();
        let notes = Some("ok".to_string());
        let bad_pupil = [
            (PupilPatch { name: Some("  ".into()), support_notes: notes.clone(), ..Default::default() }, DomainError::EmptyName),
            (PupilPatch { name: Some("x".repeat(MAX_NAME_LEN + 1)), ..Default::default() }, DomainError::NameTooLong { max: MAX_NAME_LEN }),
            (PupilPatch { name: Some("BRAM".into()), support_notes: notes.clone(), ..Default::default() }, DomainError::DuplicatePupil { name: "BRAM".into() }),
            (PupilPatch { nickname: Some("x".repeat(21)), support_notes: notes.clone(), ..Default::default() }, DomainError::NicknameTooLong { max: 20 }),
            (PupilPatch { support_notes: Some("x".repeat(MAX_NOTES_LEN + 1)), ..Default::default() }, DomainError::NotesTooLong { max: MAX_NOTES_LEN }),
            (PupilPatch { year_group: Some(Some(YearGroup { system: SchoolSystem::Vl, n: 7 })), support_notes: notes, ..Default::default() }, DomainError::InvalidYearGroup),
        ];
        for (patch, err) in bad_pupil {
            assert_eq!(b.patch_pupil("p1", &patch), Err(err));
        }
        let bad_class = [
            (ClassPatch { name: Some(" ".into()), school_year: Some("2027".into()), ..Default::default() }, DomainError::EmptyName),
            (ClassPatch { name: Some("groep  6".into()), ..Default::default() }, DomainError::DuplicateClass { name: "groep 6".into() }),
            (ClassPatch { year_group: Some(YearGroup { system: SchoolSystem::Nl, n: 9 }), school_year: Some("2027".into()), ..Default::default() }, DomainError::InvalidYearGroup),
        ];
        for (patch, err) in bad_class {
            assert_eq!(b.patch_class("c1", &patch), Err(err));
        }
        assert_eq!(b.patch_class("zz", &ClassPatch::default()), Err(DomainError::NotFound));
        assert_eq!(b, before, "failed patches change nothing");
    }

    #[test]
    fn a_class_patch_keeps_the_fields_it_does_not_name() {
        let mut b = book_with_class();
        let mut tab_a = b.clone();
        let change = tab_a.patch_class("c1", &ClassPatch { school_year: Some(" 2027-2028 ".into()), ..Default::default() }).unwrap();
        b.apply(&change);
        let change = b.patch_class("c1", &ClassPatch { name: Some("Groep 5b".into()), ..Default::default() }).unwrap();
        assert_eq!(change.puts.len(), 1);
        let c = b.class("c1").unwrap();
        assert_eq!((c.name.as_str(), c.school_year.as_str(), c.year_group), ("Groep 5b", "2027-2028", G5));
        let g6 = YearGroup { system: SchoolSystem::Nl, n: 6 };
        b.patch_class("c1", &ClassPatch { year_group: Some(g6), ..Default::default() }).unwrap();
        let c = b.class("c1").unwrap();
        assert_eq!((c.name.as_str(), c.school_year.as_str(), c.year_group), ("Groep 5b", "2027-2028", g6));
    }

    #[test]
    fn archive_and_restore() {
        let mut b = book_with_class();
        b.add_pupils_from_paste("c1", "Anna", ids(), d(2026, 9, 2)).unwrap();
        b.run(|b| b.archive_pupil("p1", d(2026, 10, 1))).unwrap();
        assert_eq!(b.pupils_of("c1", false).len(), 0);
        assert_eq!(b.pupils_of("c1", true).len(), 1);
        assert_eq!((b.active_count("c1"), b.archived_count("c1")), (0, 1));
        // A new Anna may join while the old one is archived; then restoring clashes.
        b.add_pupil("p9".into(), "c1", &PupilFields { name: "Anna".into(), ..Default::default() }, d(2026, 10, 2))
            .unwrap();
        assert!(matches!(b.restore_pupil("p1"), Err(DomainError::DuplicatePupil { .. })));
        b.run_undoable(|b| b.delete_pupil("p9")).unwrap();
        b.restore_pupil("p1").unwrap();
        assert_eq!(b.pupil("p1").unwrap().archived_on, None);
        assert_eq!((b.active_count("c1"), b.archived_count("c1"), b.archived_count("other")), (1, 0, 0));
    }

    #[test]
    fn delete_and_undo_restore_everything() {
        let mut b = book_with_class();
        b.add_pupils_from_paste("c1", "Anna\nBram", ids(), d(2026, 9, 2)).unwrap();
        let before = b.clone();
        let (del, undo) = b.run_undoable(|b| b.delete_class("c1")).unwrap();
        assert_eq!(del.deletes.len(), 3);
        assert!(b.classes.is_empty() && b.pupils.is_empty());
        b.apply(&undo);
        assert_eq!(b.classes, before.classes);
        assert_eq!(b.pupils.len(), 2);
        let (_, undo) = b.run_undoable(|b| b.delete_pupil("p1")).unwrap();
        assert!(b.pupil("p1").is_none());
        b.apply(&undo);
        assert_eq!(b.pupil("p1").unwrap().name, "Anna");
    }

    #[test]
    fn records_round_trip_through_from_records() {
        let mut b = book_with_class();
        b.add_pupils_from_paste("c1", "Anna\nBram", ids(), d(2026, 9, 2)).unwrap();
        let again = Book::from_records(b.records());
        assert_eq!(again, b);
    }
}
