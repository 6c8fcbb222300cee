//! Which part of the stored records a screen needs (`Scope`), and to which parts each
//! record belongs (`Tags`), so storage can hand a screen its records without reading
//! the rest and the state layer can tell only the views of the changed records.
//!
//! A scope is *complete* once loaded: the book then holds every stored record of it.
//! Records of other scopes may be in the book too (the book is a cache that only grows
//! until a reload), so a query about a loaded scope is always answered in full.

use std::collections::{BTreeSet, HashMap};

use super::book::Change;
use super::records::Record;
use super::records::Book;

/// A part of the stored records, as a screen asks for it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Classes, pupils, settings and own templates: what the class overview, the mode
    /// gate and every form need. Loaded before the first screen.
    Core,
    /// Every goal and reminder, and the unread reflections: the reminder count, the
    /// reminder list, the planner's sessions and the unread badges. Loaded right after
    /// the first screen.
    Followup,
    /// A class with its pupils and what the class screens show about them: everything
    /// but the measurements (half of a school's entries), which only the screens of one
    /// pupil or one goal show.
    Class(String),
    /// One pupil and everything recorded about them, measurements included.
    Pupil(String),
    /// Everything (backup export, the undo of an import).
    All,
}

/// Record kinds read by key range for `Core` (keys are `kind:id`).
pub const CORE_KINDS: &[&str] = &["class", "pupil", "settings", "template"];
/// Record kinds read by key range for `Followup` (plus the unread reflections).
pub const FOLLOWUP_KINDS: &[&str] = &["goal", "reminder"];

/// The parts a stored record belongs to; storage keeps them beside the record as index
/// keys (`by_pupil`, `by_class`, `unread`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tags {
    /// The pupil the record is about (a pupil record: itself).
    pub pupil: Option<String>,
    /// The class of that pupil (a class record: itself); none for a measurement, which
    /// the class screens do not show.
    pub class: Option<String>,
    /// A reflection the teacher has not read yet.
    pub unread: bool,
}

impl Scope {
    /// Whether a stored record with this key and these tags belongs to the scope.
    pub fn covers(&self, key: &str, tags: &Tags) -> bool {
        let kind = key.split(':').next().unwrap_or_default();
        match self {
            Scope::Core => CORE_KINDS.contains(&kind),
            Scope::Followup => FOLLOWUP_KINDS.contains(&kind) || tags.unread,
            Scope::Class(id) => tags.class.as_deref() == Some(id),
            Scope::Pupil(id) => tags.pupil.as_deref() == Some(id),
            Scope::All => true,
        }
    }
}

/// What a change touched: the views that read these kinds, pupils or classes are told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Touched {
    pub kinds: BTreeSet<&'static str>,
    pub pupils: BTreeSet<String>,
    pub classes: BTreeSet<String>,
}

impl Touched {
    fn add(&mut self, kind: &'static str, tags: Tags) {
        self.kinds.insert(kind);
        self.pupils.extend(tags.pupil);
        self.classes.extend(tags.class);
    }
}

/// Looks up the pupil of a goal and the class of a pupil: first among the records being
/// written (a restored pupil with its goals), then in the book.
struct Lookup<'a> {
    goal_pupil: HashMap<&'a str, &'a str>,
    pupil_class: HashMap<&'a str, &'a str>,
    book: Option<&'a Book>,
}

impl<'a> Lookup<'a> {
    fn new(records: impl Iterator<Item = &'a Record>, book: Option<&'a Book>) -> Self {
        let mut l = Lookup { goal_pupil: HashMap::new(), pupil_class: HashMap::new(), book };
        for r in records {
            match r {
                Record::Goal(g) => {
                    l.goal_pupil.insert(&g.id, &g.pupil_id);
                }
                Record::Pupil(p) => {
                    l.pupil_class.insert(&p.id, &p.class_id);
                }
                _ => {}
            }
        }
        l
    }

    fn goal_pupil(&self, goal_id: &str) -> Option<String> {
        if let Some(p) = self.goal_pupil.get(goal_id) {
            return Some((*p).to_string());
        }
        self.book?.goals.iter().find(|g| g.id == goal_id).map(|g| g.pupil_id.clone())
    }

    fn pupil_class(&self, pupil_id: &str) -> Option<String> {
        if let Some(c) = self.pupil_class.get(pupil_id) {
            return Some((*c).to_string());
        }
        self.book?.pupil(pupil_id).map(|p| p.class_id.clone())
    }

    fn tags(&self, record: &Record) -> Tags {
        let of_pupil = |pupil: Option<&str>| Tags {
            pupil: pupil.map(str::to_string),
            class: pupil.and_then(|p| self.pupil_class(p)),
            unread: false,
        };
        match record {
            Record::Class(c) => Tags { pupil: None, class: Some(c.id.clone()), unread: false },
            Record::Pupil(p) => Tags { pupil: Some(p.id.clone()), class: Some(p.class_id.clone()), unread: false },
            Record::Goal(g) => of_pupil(Some(&g.pupil_id)),
            Record::Measurement(m) => Tags { pupil: self.goal_pupil(&m.goal_id), class: None, unread: false },
            Record::FeedbackNote(n) => of_pupil(Some(&n.pupil_id)),
            Record::Success(s) => of_pupil(Some(&s.pupil_id)),
            Record::AttentionMoment(m) => of_pupil(Some(&m.pupil_id)),
            Record::Reflection(r) => Tags { unread: !r.read_by_teacher, ..of_pupil(Some(&r.pupil_id)) },
            Record::Reminder(r) => of_pupil(r.pupil_id.as_deref()),
            Record::Support(s) => of_pupil(Some(&s.pupil_id)),
            Record::GroupPlan(p) => Tags { pupil: None, class: Some(p.class_id.clone()), unread: false },
            Record::CoopSetup(s) => Tags { pupil: None, class: Some(s.class_id.clone()), unread: false },
            Record::CoopLesson(l) => Tags { pupil: None, class: Some(l.class_id.clone()), unread: false },
            Record::Template(_) | Record::Settings(_) => Tags::default(),
        }
    }
}

/// The tags of every record of a complete set (an import, a layout upgrade).
pub fn tags_for_all(records: &[Record]) -> Vec<Tags> {
    let lookup = Lookup::new(records.iter(), None);
    records.iter().map(|r| lookup.tags(r)).collect()
}

impl Book {
    /// The tags of the records a change writes, in the order of `change.puts`. Goals and
    /// pupils written by the same change count (a pupil restored with their goals).
    pub fn tags_of(&self, change: &Change) -> Vec<Tags> {
        let lookup = Lookup::new(change.puts.iter(), Some(self));
        change.puts.iter().map(|r| lookup.tags(r)).collect()
    }

    /// What a change touches. Call it *before* applying the change, so the records it
    /// deletes can still be found.
    pub fn touched_by(&self, change: &Change) -> Touched {
        let mut t = self.touched_by_puts(&change.puts);
        let lookup = Lookup::new(change.puts.iter(), Some(self));
        for key in &change.deletes {
            if let Some(r) = self.get(key) {
                t.add(r.kind(), lookup.tags(&r));
            } else if let Some(kind) = Record::kind_of_key(key) {
                t.kinds.insert(kind);
            }
        }
        t
    }

    /// What writing these records touches: their kinds, pupils and classes. For records
    /// read from storage into the book (a scope load), whose older versions, if any, are
    /// of the same pupil.
    pub fn touched_by_puts(&self, puts: &[Record]) -> Touched {
        let lookup = Lookup::new(puts.iter(), Some(self));
        let mut t = Touched::default();
        for r in puts {
            t.add(r.kind(), lookup.tags(r));
        }
        t
    }

    /// Everything a change touches, for a change that came from elsewhere and is applied
    /// as a whole (another tab): the union of before and after.
    pub fn touched_by_records(&self, puts: &[Record], deletes: &[String]) -> Touched {
        let change = Change { puts: puts.to_vec(), deletes: deletes.to_vec() };
        let mut t = self.touched_by(&change);
        // The old version of a record may have belonged to another pupil or class.
        let lookup = Lookup::new(std::iter::empty(), Some(self));
        for r in puts {
            if let Some(old) = self.get(&r.key()) {
                let tags = lookup.tags(&old);
                t.pupils.extend(tags.pupil);
                t.classes.extend(tags.class);
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::record_key;
    use crate::storage::contract::{rec, school};

    fn find<'a>(recs: &'a [Record], tags: &'a [Tags], key: &str) -> (&'a Record, &'a Tags) {
        let i = recs.iter().position(|r| r.key() == key).unwrap();
        (&recs[i], &tags[i])
    }

    #[test]
    fn a_measurement_belongs_to_the_pupil_of_its_goal_and_that_pupils_class() {
        let mut recs = school();
        recs.push(rec("measurement", serde_json::json!({"id": "m9", "goal_id": "nope", "value": 1.0, "date": "2026-10-01"})));
        let tags = tags_for_all(&recs);
        let (_, t) = find(&recs, &tags, "class:c1");
        assert_eq!(*t, Tags { pupil: None, class: Some("c1".into()), unread: false });
        let (m, t) = find(&recs, &tags, "measurement:m1");
        assert_eq!(*t, Tags { pupil: Some("p1".into()), class: None, unread: false });
        assert!(Scope::Pupil("p1".into()).covers(&m.key(), t));
        assert!(!Scope::Class("c1".into()).covers(&m.key(), t), "the class screens do not read measurements");
        assert!(!Scope::Core.covers(&m.key(), t) && !Scope::Followup.covers(&m.key(), t));
        let (_, t) = find(&recs, &tags, "measurement:m9");
        assert_eq!(*t, Tags::default(), "a measurement of an unknown goal belongs to no pupil");
        let (r, t) = find(&recs, &tags, "reflection:r2");
        assert!(t.unread && Scope::Followup.covers(&r.key(), t));
        let (r, t) = find(&recs, &tags, "goal:g1");
        assert!(Scope::Followup.covers(&r.key(), t));
    }

    #[test]
    fn a_change_is_tagged_from_the_book_and_from_its_own_records() {
        let all = school();
        let (core, entries): (Vec<Record>, Vec<Record>) =
            all.into_iter().partition(|r| matches!(r, Record::Class(_) | Record::Pupil(_)));
        let mut b = Book::from_records(core);
        let change = Change { puts: entries, deletes: vec![] };
        let tags = b.tags_of(&change);
        let m = change.puts.iter().position(|r| r.key() == "measurement:m1").unwrap();
        assert_eq!(tags[m].pupil.as_deref(), Some("p1"), "the goal comes from the same change");
        let touched = b.touched_by(&change);
        assert!(touched.kinds.contains("measurement") && touched.kinds.contains("reminder"));
        assert_eq!(touched.pupils, BTreeSet::from(["p1".to_string(), "p2".to_string()]));
        b.apply(&change);
        // A delete is traced through the record still in the book.
        let del = Change { puts: vec![], deletes: vec![record_key("measurement", "m1")] };
        let touched = b.touched_by(&del);
        assert_eq!(touched.pupils, BTreeSet::from(["p1".to_string()]));
        assert_eq!(touched.kinds, BTreeSet::from(["measurement"]));
    }

    #[test]
    fn merge_replaces_by_id_and_keeps_id_order() {
        let all = school();
        let mut b = Book::default();
        b.merge(all.iter().rev().cloned().collect());
        let mut by_key = all.clone();
        by_key.sort_by_key(Record::key);
        assert_eq!(b, Book::from_records(by_key), "merging everything equals loading it in key order");
        let ids: Vec<&str> = b.reflections.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["r1", "r2"]);
        b.merge(vec![all[0].clone()]);
        assert_eq!(b.classes.len(), 2, "merging again adds nothing");
        assert_eq!(b.get("pupil:p2"), Some(all[3].clone()));
        b.remove_keys(&["pupil:p2".into(), "reflection:r1".into()]);
        assert!(b.get("pupil:p2").is_none() && b.reflections.len() == 1);
    }
}
