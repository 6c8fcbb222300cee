//! Which part of the stored records a screen needs (`Scope`), and to which parts each
//! record belongs (`Tags`), so storage can hand a screen its records without reading
//! the rest and the state layer can tell only the views of the changed records.
//!
//! A scope is *complete* once loaded: the book then holds every stored record of it.
//! Records of other scopes may be in the book too (the book is a cache that only grows
//! until a reload), so a query about a loaded scope is always answered in full.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

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
    /// Some kinds of a class's records: those dated on or after `since` (every date when
    /// none) and the undated ones. What one class screen shows, without the years of
    /// records it does not (see `Book::class_page_scope`, `BOARD_KINDS`).
    ClassPart { class: String, kinds: &'static [&'static str], since: Option<NaiveDate> },
    /// One pupil and everything recorded about them, measurements included.
    Pupil(String),
    /// Everything (backup export, the undo of an import).
    All,
}

/// Record kinds read by key range for `Core` (keys are `kind:id`).
pub const CORE_KINDS: &[&str] = &["class", "pupil", "settings", "template"];
/// Record kinds read by key range for `Followup` (plus the unread reflections).
pub const FOLLOWUP_KINDS: &[&str] = &["goal", "reminder"];

/// The kinds the class page shows: who was seen lately, recent strengths, the latest
/// group plan.
pub const CLASS_PAGE_KINDS: &[&str] = &["attention_moment", "feedback_note", "success", "group_plan"];
/// The kinds the success board shows.
pub const BOARD_KINDS: &[&str] = &["success"];
/// How far back the class page reads at least (its strength chips say when a pupil's last
/// strength was, within this window).
pub const CLASS_PAGE_WEEKS: i64 = 8;

/// The parts a stored record belongs to; storage keeps them beside the record as index
/// keys (`by_pupil`, `by_class`, `unread`, and class, kind and day together).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tags {
    /// The pupil the record is about (a pupil record: itself).
    pub pupil: Option<String>,
    /// The class of that pupil (a class record: itself); none for a measurement, which
    /// the class screens do not show.
    pub class: Option<String>,
    /// A reflection the teacher has not read yet.
    pub unread: bool,
    /// The day a dated record is about (a moment, note, success, reflection; a reminder's
    /// due day); none for the undated ones (class, pupil, goal, plan, support, ...).
    pub day: Option<NaiveDate>,
}

impl Scope {
    /// Whether a stored record with this key and these tags belongs to the scope.
    pub fn covers(&self, key: &str, tags: &Tags) -> bool {
        let kind = key.split(':').next().unwrap_or_default();
        match self {
            Scope::Core => CORE_KINDS.contains(&kind),
            Scope::Followup => FOLLOWUP_KINDS.contains(&kind) || tags.unread,
            Scope::Class(id) => tags.class.as_deref() == Some(id),
            Scope::ClassPart { class, kinds, since } => {
                tags.class.as_deref() == Some(class.as_str())
                    && kinds.contains(&kind)
                    && since.is_none_or(|s| tags.day.is_none_or(|d| d >= s))
            }
            Scope::Pupil(id) => tags.pupil.as_deref() == Some(id),
            Scope::All => true,
        }
    }
}

impl Scope {
    /// The first day of a class part's dated records (none: every day, or not a part).
    pub fn since(&self) -> Option<NaiveDate> {
        match self {
            Scope::ClassPart { since, .. } => *since,
            _ => None,
        }
    }

    /// Whether every record of this scope is also one of `other`'s (a loaded `other`
    /// answers for it).
    pub fn within(&self, other: &Scope) -> bool {
        match (self, other) {
            (a, b) if a == b => true,
            (_, Scope::All) => true,
            (Scope::ClassPart { class, .. }, Scope::Class(c)) => class == c,
            (
                Scope::ClassPart { class: a, kinds: ka, since: sa },
                Scope::ClassPart { class: b, kinds: kb, since: sb },
            ) => {
                a == b
                    && ka.iter().all(|k| kb.contains(k))
                    && match (sa, sb) {
                        (_, None) => true,
                        (Some(x), Some(y)) => y <= x,
                        (None, Some(_)) => false,
                    }
            }
            _ => false,
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
        self.book?.goal(goal_id).map(|g| g.pupil_id.clone())
    }

    fn pupil_class(&self, pupil_id: &str) -> Option<String> {
        if let Some(c) = self.pupil_class.get(pupil_id) {
            return Some((*c).to_string());
        }
        self.book?.pupil(pupil_id).map(|p| p.class_id.clone())
    }

    fn tags(&self, record: &Record) -> Tags {
        let of_pupil = |pupil: Option<&str>, day: Option<NaiveDate>| Tags {
            pupil: pupil.map(str::to_string),
            class: pupil.and_then(|p| self.pupil_class(p)),
            unread: false,
            day,
        };
        let of_class = |class: &str| Tags { class: Some(class.to_string()), ..Tags::default() };
        match record {
            Record::Class(c) => of_class(&c.id),
            Record::Pupil(p) => Tags { pupil: Some(p.id.clone()), ..of_class(&p.class_id) },
            Record::Goal(g) => of_pupil(Some(&g.pupil_id), None),
            Record::Measurement(m) => Tags { pupil: self.goal_pupil(&m.goal_id), ..Tags::default() },
            Record::FeedbackNote(n) => of_pupil(Some(&n.pupil_id), Some(n.date)),
            Record::Success(s) => of_pupil(Some(&s.pupil_id), Some(s.date)),
            Record::AttentionMoment(m) => of_pupil(Some(&m.pupil_id), Some(m.date)),
            Record::Reflection(r) => Tags { unread: !r.read_by_teacher, ..of_pupil(Some(&r.pupil_id), Some(r.date)) },
            Record::Reminder(r) => of_pupil(r.pupil_id.as_deref(), Some(r.due)),
            Record::Support(s) => of_pupil(Some(&s.pupil_id), None),
            Record::GroupPlan(p) => of_class(&p.class_id),
            Record::CoopSetup(s) => of_class(&s.class_id),
            Record::CoopLesson(l) => of_class(&l.class_id),
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
    /// What the class page reads of a class: its moments, notes, successes and group
    /// plans of the last `CLASS_PAGE_WEEKS` weeks, and further back when the not-seen line
    /// needs it (the day `not_seen_school_days` school days ago: a moment before that
    /// leaves a pupil "not seen" anyway). The page's queries give the same answers on
    /// these records as on all of them (`class_without_strength` says how far back it
    /// looked).
    pub fn class_page_scope(&self, class_id: &str, today: NaiveDate) -> Scope {
        let s = self.settings();
        let weeks_back = today - chrono::Duration::weeks(CLASS_PAGE_WEEKS);
        let mut not_seen_back = today;
        // At most 60 school days (the setting's limit): well within two years of days.
        for _ in 0..730 {
            if s.calendar.school_days_between(not_seen_back, today) >= i64::from(s.not_seen_school_days) {
                break;
            }
            not_seen_back = not_seen_back.pred_opt().unwrap_or(not_seen_back);
        }
        Scope::ClassPart { class: class_id.to_string(), kinds: CLASS_PAGE_KINDS, since: Some(weeks_back.min(not_seen_back)) }
    }

    /// How far back an answer from the records since `since` looked for this pupil: `since`,
    /// or none when the pupil was added on or after it (then it saw all of theirs).
    pub fn looked_since(&self, pupil_id: &str, since: Option<NaiveDate>) -> Option<NaiveDate> {
        since.filter(|s| self.pupil(pupil_id).is_none_or(|p| p.created_on < *s))
    }

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
    use crate::domain::test_kit::d;
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
        assert_eq!(*t, Tags { pupil: None, class: Some("c1".into()), unread: false, day: None });
        let (m, t) = find(&recs, &tags, "measurement:m1");
        assert_eq!(*t, Tags { pupil: Some("p1".into()), class: None, unread: false, day: None });
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
    fn a_class_part_holds_the_kinds_it_names_from_its_day_on_and_the_undated_ones() {
        let mut recs = school();
        recs.push(rec("attention_moment", serde_json::json!({"id": "am-old", "pupil_id": "p1", "date": "2026-01-05", "minutes": 5, "kind": "OneOnOne"})));
        recs.push(rec("attention_moment", serde_json::json!({"id": "am-new", "pupil_id": "p1", "date": "2026-10-05", "minutes": 5, "kind": "OneOnOne"})));
        let tags = tags_for_all(&recs);
        let part_of = |class: &str, since| Scope::ClassPart { class: class.into(), kinds: CLASS_PAGE_KINDS, since };
        let part = part_of("c1", Some(d(2026, 9, 1)));
        let (r, t) = find(&recs, &tags, "attention_moment:am-new");
        assert_eq!(t.day, Some(d(2026, 10, 5)));
        assert!(part.covers(&r.key(), t) && Scope::Class("c1".into()).covers(&r.key(), t));
        let (r, t) = find(&recs, &tags, "attention_moment:am-old");
        assert!(!part.covers(&r.key(), t), "before the day");
        assert!(part_of("c1", None).covers(&r.key(), t));
        let other = part_of("c2", None);
        assert!(!other.covers(&r.key(), t), "another class");
        let (r, t) = find(&recs, &tags, "goal:g1");
        assert_eq!(t.day, None);
        assert!(!part.covers(&r.key(), t), "a kind it does not name");
        let (r, t) = find(&recs, &tags, "class:c1");
        assert!(!part.covers(&r.key(), t));
        let (_, t) = find(&recs, &tags, "reminder:rem1");
        assert_eq!(t.day, Some(d(2026, 11, 30)), "a reminder is dated by its due day");
    }

    #[test]
    fn a_loaded_scope_answers_for_the_parts_within_it() {
        const MOMENTS: &[&str] = &["attention_moment"];
        let part = |kinds, since| Scope::ClassPart { class: "c1".into(), kinds, since };
        let recent = part(CLASS_PAGE_KINDS, Some(d(2026, 9, 1)));
        assert!(recent.within(&recent) && recent.within(&Scope::All) && recent.within(&Scope::Class("c1".into())));
        assert!(!recent.within(&Scope::Class("c2".into())) && !recent.within(&Scope::Pupil("p1".into())));
        assert!(recent.within(&part(CLASS_PAGE_KINDS, Some(d(2026, 8, 1)))), "an earlier day holds more");
        assert!(!recent.within(&part(CLASS_PAGE_KINDS, Some(d(2026, 9, 2)))));
        assert!(recent.within(&part(CLASS_PAGE_KINDS, None)));
        assert!(!part(CLASS_PAGE_KINDS, None).within(&recent));
        assert!(part(MOMENTS, None).within(&part(CLASS_PAGE_KINDS, None)), "fewer kinds");
        assert!(!part(CLASS_PAGE_KINDS, None).within(&part(MOMENTS, None)));
        assert!(!Scope::Class("c1".into()).within(&recent));
    }

    #[test]
    fn the_class_page_reads_eight_weeks_or_as_far_back_as_the_not_seen_line_needs() {
        let mut b = Book::from_records(school());
        let today = d(2026, 11, 30); // a Monday
        let since = |b: &Book| match b.class_page_scope("c1", today) {
            Scope::ClassPart { since, kinds, .. } => {
                assert_eq!(kinds, CLASS_PAGE_KINDS);
                since.unwrap()
            }
            other => panic!("{other:?}"),
        };
        // 10 school days (the default) is two weeks: eight weeks is further back.
        assert_eq!(since(&b), d(2026, 10, 5));
        // 60 school days is twelve weeks without holidays.
        b.set_attention_settings(60, 150, 15).unwrap();
        let back = since(&b);
        assert_eq!(b.settings().calendar.school_days_between(back, today), 60);
        assert_eq!(back, d(2026, 9, 7), "twelve weeks back: a moment that day is 60 school days ago");
        // A two-week holiday in between pushes it two weeks further.
        b.add_holiday(d(2026, 10, 19), d(2026, 10, 30), "Herfstvakantie").unwrap();
        assert_eq!(since(&b), d(2026, 8, 24));
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
