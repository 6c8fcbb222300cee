//! The pupil's dossier: everything stored about one pupil, for the right of access (AVG),
//! a school change or leaving. Exported in the backup envelope marked `kind: "dossier"`,
//! holding only that pupil's records; imported into a class the teacher chooses, with new
//! ids for every record, so it never touches other data (not even the pupil it came from,
//! when imported on the same device).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;

use crate::domain::backup::{export_as, read_envelope, BackupError, DOSSIER_KIND};
use crate::domain::book::{clean_name, Change};
use crate::domain::feedback::MAX_ITEM_CHARS;
use crate::domain::followup::ReminderSource;
use crate::domain::model::{MAX_NAME_LEN, MAX_NICKNAME_LEN, MAX_NOTES_LEN};
use crate::domain::records::Record;
use crate::domain::records::Book;

/// Why a dossier file cannot be read or imported; nothing is changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DossierError {
    /// Not JSON, not Groeipad, newer, damaged: as for a backup.
    #[error(transparent)]
    File(BackupError),
    #[error("the file is a full backup, not one pupil's dossier")]
    IsBackup,
    #[error("the dossier does not hold exactly one pupil")]
    NotOnePupil,
    #[error("record {index} in the dossier is damaged or about someone else")]
    BadRecord { index: usize },
    #[error("the chosen class no longer exists")]
    NoClass,
    #[error("a pupil called {name} is already in this class")]
    NameTaken { name: String },
}

/// A dossier file that was read and checked, ready to import.
#[derive(Clone, Debug, PartialEq)]
pub struct DossierContents {
    pub exported_at: NaiveDateTime,
    /// The pupil's name as stored in the file.
    pub pupil_name: String,
    pub records: Vec<Record>,
}

impl Book {
    /// The pupil and everything recorded about them, in id order within each kind.
    pub fn dossier_records(&self, pupil_id: &str) -> Vec<Record> {
        let Some(p) = self.pupil(pupil_id) else { return vec![] };
        let mut out = vec![Record::Pupil(p.clone())];
        out.extend(self.owned_by_pupil(pupil_id));
        out
    }

    /// Adds a dossier's pupil to `class_id` with all its records under new ids (`new_id`
    /// gives ids in creation order). Refused when the class is gone or a pupil of that
    /// name is in it (active or archived).
    pub fn import_dossier(
        &self,
        dossier: &DossierContents,
        class_id: &str,
        mut new_id: impl FnMut() -> String,
    ) -> Result<Change, DossierError> {
        if self.class(class_id).is_none() {
            return Err(DossierError::NoClass);
        }
        let key = |n: &str| clean_name(n).to_lowercase();
        if self.pupils.iter().any(|p| p.class_id == class_id && key(&p.name) == key(&dossier.pupil_name)) {
            return Err(DossierError::NameTaken { name: clean_name(&dossier.pupil_name) });
        }
        // New ids in the order of the old ones, so every list keeps its order.
        let mut old: Vec<(&'static str, &str)> = dossier.records.iter().map(|r| (r.kind(), r.id())).collect();
        old.sort_by(|a, b| a.1.cmp(b.1));
        let ids: HashMap<(&str, &str), String> = old.into_iter().map(|k| (k, new_id())).collect();
        let map = |kind: &'static str, id: &str| ids.get(&(kind, id)).cloned().unwrap_or_default();
        let pupil_id = dossier.records.iter().find_map(|r| match r {
            Record::Pupil(p) => Some(map("pupil", &p.id)),
            _ => None,
        });
        let pupil_id = pupil_id.ok_or(DossierError::NotOnePupil)?;
        let goal = |id: &str| map("goal", id);
        let mut puts = Vec::with_capacity(dossier.records.len());
        for r in &dossier.records {
            let r = match r.clone() {
                Record::Pupil(mut p) => {
                    p.id = pupil_id.clone();
                    p.class_id = class_id.to_string();
                    p.archived_on = None;
                    Record::Pupil(p)
                }
                Record::Goal(mut g) => {
                    g.id = goal(&g.id);
                    g.pupil_id = pupil_id.clone();
                    Record::Goal(g)
                }
                Record::Measurement(mut m) => {
                    m.id = map("measurement", &m.id);
                    m.goal_id = goal(&m.goal_id);
                    Record::Measurement(m)
                }
                Record::FeedbackNote(mut n) => {
                    n.id = map("feedback_note", &n.id);
                    n.pupil_id = pupil_id.clone();
                    n.goal_id = n.goal_id.map(|g| goal(&g));
                    Record::FeedbackNote(n)
                }
                Record::Success(mut s) => {
                    s.id = map("success", &s.id);
                    s.pupil_id = pupil_id.clone();
                    s.goal_id = s.goal_id.map(|g| goal(&g));
                    Record::Success(s)
                }
                Record::Reminder(mut r) => {
                    r.id = map("reminder", &r.id);
                    r.pupil_id = Some(pupil_id.clone());
                    r.source = match r.source {
                        ReminderSource::Goal { goal_id } => ReminderSource::Goal { goal_id: goal(&goal_id) },
                        ReminderSource::SubGoalCheckIn { goal_id, index } => {
                            ReminderSource::SubGoalCheckIn { goal_id: goal(&goal_id), index }
                        }
                        ReminderSource::Feedback { note_id } => ReminderSource::Feedback { note_id: map("feedback_note", &note_id) },
                        ReminderSource::Measurement { goal_id, measurement_id } => ReminderSource::Measurement {
                            goal_id: goal(&goal_id),
                            measurement_id: map("measurement", &measurement_id),
                        },
                        ReminderSource::Session { session_id } => {
                            ReminderSource::Session { session_id: map("attention_moment", &session_id) }
                        }
                        // A plan of the old class does not come along.
                        ReminderSource::GroupPlan { .. } | ReminderSource::Free => ReminderSource::Free,
                    };
                    Record::Reminder(r)
                }
                Record::AttentionMoment(mut m) => {
                    m.id = map("attention_moment", &m.id);
                    m.pupil_id = pupil_id.clone();
                    Record::AttentionMoment(m)
                }
                Record::Reflection(mut r) => {
                    r.id = map("reflection", &r.id);
                    r.pupil_id = pupil_id.clone();
                    r.goal_id = r.goal_id.map(|g| goal(&g));
                    Record::Reflection(r)
                }
                Record::Support(mut s) => {
                    s.id = map("support", &s.id);
                    s.pupil_id = pupil_id.clone();
                    Record::Support(s)
                }
                // `dossier_parse` lets nothing else through.
                _ => continue,
            };
            puts.push(r);
        }
        Ok(Change { puts, deletes: vec![] })
    }
}

/// The dossier file of one pupil (empty when the pupil does not exist).
pub fn dossier_export(book: &Book, pupil_id: &str, exported_at: NaiveDateTime) -> String {
    export_as(Some(DOSSIER_KIND), &book.dossier_records(pupil_id), exported_at)
}

/// Reads and checks a dossier file: ours, not newer, exactly one pupil within the form's
/// limits, and every other record about that pupil. Nothing is returned unless all of it is good.
pub fn dossier_parse(text: &str) -> Result<DossierContents, DossierError> {
    let (kind, contents) = read_envelope(text).map_err(DossierError::File)?;
    if kind.as_deref() != Some(DOSSIER_KIND) {
        return Err(DossierError::IsBackup);
    }
    let records = contents.records;
    let pupils: Vec<_> = records.iter().filter_map(|r| if let Record::Pupil(p) = r { Some(p) } else { None }).collect();
    let [pupil] = pupils.as_slice() else { return Err(DossierError::NotOnePupil) };
    let name = clean_name(&pupil.name);
    let pupil_ok = !name.is_empty()
        && name.chars().count() <= MAX_NAME_LEN
        && pupil.nickname.chars().count() <= MAX_NICKNAME_LEN
        && pupil.support_notes.chars().count() <= MAX_NOTES_LEN
        && pupil.year_group.is_none_or(|y| y.is_valid());
    let pid = pupil.id.as_str();
    let goals: HashSet<&str> =
        records.iter().filter_map(|r| if let Record::Goal(g) = r { Some(g.id.as_str()) } else { None }).collect();
    let goal_ok = |id: &Option<String>| id.as_deref().is_none_or(|g| goals.contains(g));
    let units: std::collections::HashMap<&str, &crate::domain::goals::Goal> =
        records.iter().filter_map(|r| if let Record::Goal(g) = r { Some((g.id.as_str(), g)) } else { None }).collect();
    let text_ok = |t: &String| t.chars().count() <= MAX_ITEM_CHARS;
    let mut keys = HashSet::new();
    for (i, r) in records.iter().enumerate() {
        let ours = match r {
            Record::Pupil(_) => pupil_ok,
            Record::Goal(g) => g.pupil_id == pid,
            Record::Measurement(m) => goals.contains(m.goal_id.as_str()) && m.value.is_finite(),
            Record::FeedbackNote(n) => {
                n.pupil_id == pid && goal_ok(&n.goal_id) && n.tops.iter().chain(&n.tips).all(text_ok) && text_ok(&n.next_step)
            }
            Record::Success(s) => s.pupil_id == pid && goal_ok(&s.goal_id) && s.clone().validated().is_ok(),
            Record::Reminder(r) => r.pupil_id.as_deref() == Some(pid),
            Record::AttentionMoment(m) => m.pupil_id == pid,
            Record::Reflection(r) => r.pupil_id == pid && goal_ok(&r.goal_id) && r.validate().is_ok(),
            Record::Support(s) => s.pupil_id == pid && s.clone().validated().is_ok(),
            _ => false,
        };
        // The same limits as a backup's records: texts, numbers, the forms' other rules.
        let within = crate::domain::backup::check_limits(r, i + 1, &units).is_ok();
        if !ours || !within || r.id().trim().is_empty() || !keys.insert(r.key()) {
            return Err(DossierError::BadRecord { index: i + 1 });
        }
    }
    Ok(DossierContents { exported_at: contents.exported_at, pupil_name: name, records })
}

#[cfg(test)]
#[path = "dossier_tests.rs"]
mod tests;
