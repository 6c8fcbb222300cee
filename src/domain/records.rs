//! Every kind of stored record, generated from one list: the `Record` enum (the stored
//! and exported format, tagged by kind), the `Book` that holds them all, and the code
//! that moves between the two. Adding a kind is one line here.

use serde::{Deserialize, Serialize};

use super::feedback::{FeedbackNote, Success, Template};
use super::followup::{AttentionMoment, Reminder};
use super::goals::{Goal, Measurement};
use super::grouping::coop::{CoopLesson, CoopSetup};
use super::grouping::{GroupPlan, Support};
use super::model::{record_key, Class, Pupil};
use super::pupilmode::Reflection;
use super::settings::Settings;

/// The records one intent writes and deletes; persisted in one transaction.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    pub puts: Vec<Record>,
    pub deletes: Vec<String>,
}

impl Change {
    pub fn put(record: Record) -> Change {
        Change { puts: vec![record], deletes: vec![] }
    }
    pub fn delete(key: String) -> Change {
        Change { puts: vec![], deletes: vec![key] }
    }
    pub fn is_empty(&self) -> bool {
        self.puts.is_empty() && self.deletes.is_empty()
    }
    /// This change followed by `next`, as one.
    pub fn and(mut self, next: Change) -> Change {
        self.puts.extend(next.puts);
        self.deletes.extend(next.deletes);
        self
    }
}

macro_rules! record_kinds {
    ($($variant:ident($ty:ty) => $field:ident, $kind:literal;)*) => {
        /// One stored record. The tag (`kind`) is part of the stored and backup format:
        /// `{"kind": "pupil", "data": {…}}`.
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(tag = "kind", content = "data", rename_all = "snake_case")]
        pub enum Record { $($variant($ty)),* }

        /// Reads `{"kind", "data"}` in either order: the kind picks the type, which reads
        /// its data from the raw JSON text. Hand-written because serde's derive for an
        /// adjacently tagged enum builds every kind's decoding twice (tag first, and data
        /// first through a buffer), some 100 KB of wasm.
        impl<'de> Deserialize<'de> for Record {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use serde::de::Error;
                #[derive(Deserialize)]
                struct Tagged<'a> {
                    #[serde(borrow)]
                    kind: std::borrow::Cow<'a, str>,
                    #[serde(borrow)]
                    data: &'a serde_json::value::RawValue,
                }
                let tagged = Tagged::deserialize(deserializer)?;
                let record = match tagged.kind.as_ref() {
                    $($kind => serde_json::from_str(tagged.data.get()).map(Record::$variant),)*
                    other => return Err(D::Error::unknown_variant(other, &[$($kind),*])),
                };
                record.map_err(D::Error::custom)
            }
        }

        /// The kind of a record as a value (an import's refusal names it in the
        /// teacher's words).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RecordKind { $($variant),* }

        impl RecordKind {
            /// How many kinds there are (`kind as usize` is below it).
            pub const COUNT: usize = [$($kind),*].len();

            /// The kind stored under a tag (`pupil`, `goal`, …), if it is one we know.
            pub fn from_tag(tag: &str) -> Option<RecordKind> {
                match tag { $($kind => Some(RecordKind::$variant),)* _ => None }
            }

            /// The tag it is stored under.
            pub fn tag(self) -> &'static str {
                match self { $(RecordKind::$variant => $kind),* }
            }
        }

        impl Record {
            /// Reads a record from its JSON text: the one way a record is decoded, so the
            /// wasm holds one copy of its deserializer (`serde_json::from_value` would
            /// instantiate a second one of some 50 KB).
            pub fn from_json(text: &str) -> Result<Record, serde_json::Error> {
                serde_json::from_str(text)
            }

            /// Reads a record from a JSON value (an upgraded or imported one) through
            /// `from_json`.
            pub fn from_value(value: &serde_json::Value) -> Result<Record, serde_json::Error> {
                Record::from_json(&value.to_string())
            }

            pub fn kind(&self) -> &'static str {
                match self { $(Record::$variant(_) => $kind),* }
            }
            pub fn record_kind(&self) -> RecordKind {
                match self { $(Record::$variant(_) => RecordKind::$variant),* }
            }
            pub fn id(&self) -> &str {
                match self { $(Record::$variant(r) => &r.id),* }
            }
            /// The storage key: kind and id, so ids of different kinds never collide.
            pub fn key(&self) -> String {
                record_key(self.kind(), self.id())
            }
            /// The kind named by a storage key (`kind:id`), if it is a kind we know.
            pub fn kind_of_key(key: &str) -> Option<&'static str> {
                let kind = key.split(':').next()?;
                [$($kind),*].into_iter().find(|k| *k == kind)
            }
        }

        /// Everything stored, one list per record kind.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Book { $(pub $field: Vec<$ty>),* }

        impl Book {
            /// Builds the book from stored records.
            pub fn from_records(records: impl IntoIterator<Item = Record>) -> Book {
                let mut book = Book::default();
                for r in records {
                    match r { $(Record::$variant(x) => book.$field.push(x)),* }
                }
                book.sort();
                book
            }

            pub fn records(&self) -> Vec<Record> {
                let mut out = Vec::new();
                $(out.extend(self.$field.iter().cloned().map(Record::$variant));)*
                out
            }

            /// Adds records read from storage (a scope loaded later, another tab's
            /// writes): each replaces the record with its id or joins its list, which
            /// stays in id order (ids sort by creation time). Costs what is merged, plus
            /// one pass over the lists of the kinds it touches.
            pub fn merge(&mut self, records: Vec<Record>) {
                $(let mut $field: Vec<$ty> = Vec::new();)*
                for r in records {
                    match r { $(Record::$variant(x) => $field.push(x)),* }
                }
                $(merge_into(&mut self.$field, $field, |x: &$ty| x.id.as_str());)*
                self.sort();
            }

            /// The record stored under a key (`kind:id`), if the book holds it.
            pub fn get(&self, key: &str) -> Option<Record> {
                let (kind, id) = key.split_once(':')?;
                match kind {
                    $($kind => by_id(&self.$field, id, |x: &$ty| x.id.as_str()).cloned().map(Record::$variant),)*
                    _ => None,
                }
            }

            /// Removes records by key (another tab deleted them).
            pub fn remove_keys(&mut self, keys: &[String]) {
                if keys.is_empty() {
                    return;
                }
                let set: std::collections::HashSet<&str> = keys.iter().map(String::as_str).collect();
                $(if keys.iter().any(|k| k.starts_with(concat!($kind, ":"))) {
                    self.$field.retain(|x| !set.contains(record_key($kind, &x.id).as_str()));
                })*
            }

            /// The change that undoes `change`, computed from the records before it (call
            /// before applying it): what it replaces or deletes comes back, what it adds goes.
            pub fn inverse_of(&self, change: &Change) -> Change {
                let put_keys: Vec<String> = change.puts.iter().map(Record::key).collect();
                // The records before the change, each list read once (deleting a class
                // names thousands of records).
                let mut wanted: std::collections::HashMap<&str, std::collections::HashSet<&str>> = Default::default();
                for key in put_keys.iter().chain(&change.deletes) {
                    if let Some((kind, id)) = key.split_once(':') {
                        wanted.entry(kind).or_default().insert(id);
                    }
                }
                let mut before: std::collections::HashMap<String, Record> = Default::default();
                $(if let Some(ids) = wanted.get($kind) {
                    for x in self.$field.iter().filter(|x| ids.contains(x.id.as_str())) {
                        before.insert(record_key($kind, &x.id), Record::$variant(x.clone()));
                    }
                })*
                let mut undo = Change::default();
                for key in put_keys {
                    match before.get(&key) {
                        Some(old) => undo.puts.push(old.clone()),
                        None => undo.deletes.push(key),
                    }
                }
                undo.puts.extend(change.deletes.iter().filter_map(|key| before.get(key).cloned()));
                undo
            }

            /// Applies a change made elsewhere (undo, another tab) to this book.
            pub fn apply(&mut self, change: &Change) {
                self.remove_keys(&change.deletes);
                for r in &change.puts {
                    match r {
                        $(Record::$variant(x) => match self.$field.iter_mut().find(|y| y.id == x.id) {
                            Some(y) => *y = x.clone(),
                            None => self.$field.push(x.clone()),
                        }),*
                    }
                }
            }
        }
    };
}

record_kinds! {
    Class(Class) => classes, "class";
    Pupil(Pupil) => pupils, "pupil";
    Goal(Goal) => goals, "goal";
    Measurement(Measurement) => measurements, "measurement";
    FeedbackNote(FeedbackNote) => notes, "feedback_note";
    Success(Success) => successes, "success";
    Template(Template) => templates, "template";
    Reminder(Reminder) => reminders, "reminder";
    AttentionMoment(AttentionMoment) => moments, "attention_moment";
    Reflection(Reflection) => reflections, "reflection";
    Settings(Settings) => settings, "settings";
    Support(Support) => supports, "support";
    GroupPlan(GroupPlan) => group_plans, "group_plan";
    CoopSetup(CoopSetup) => coop_setups, "coop_setup";
    CoopLesson(CoopLesson) => coop_lessons, "coop_lesson";
}

/// The record with this id in one of the book's lists. The lists are mostly in id order
/// (storage reads them by key, a merge sorts what it adds), so a binary search finds it
/// among a school's thousands at once; a list a command appended to out of order is
/// scanned after all, so the answer is always the right one.
pub(crate) fn by_id<'a, T>(list: &'a [T], id: &str, key: fn(&T) -> &str) -> Option<&'a T> {
    match list.binary_search_by(|x| key(x).cmp(id)) {
        Ok(i) => list.get(i),
        Err(_) => list.iter().find(|x| key(x) == id),
    }
}

/// Upserts `new` into `list` by id, keeping `list` in id order.
fn merge_into<T>(list: &mut Vec<T>, new: Vec<T>, id: impl Fn(&T) -> &str) {
    if new.is_empty() {
        return;
    }
    // Keyed by the new records only (a scope load brings hundreds into a book of
    // thousands): one pass over the list replaces, the rest is appended.
    let mut incoming: std::collections::HashMap<String, T> = new.into_iter().map(|x| (id(&x).to_string(), x)).collect();
    for x in list.iter_mut() {
        if let Some(y) = incoming.remove(id(x)) {
            *x = y;
        }
    }
    if !incoming.is_empty() {
        list.extend(incoming.into_values());
        list.sort_by(|a, b| id(a).cmp(id(b)));
    }
}

impl Record {
    /// The records this one cannot be without, as (kind, id): its owner (the class of a
    /// pupil, the pupil of a goal, the goal of a measurement, …) and the pupils a group
    /// plan or a cooperative lesson names. Every command keeps them whole (deleting a
    /// pupil deletes what is theirs and takes them out of plans and lessons), so an
    /// import refuses a file in which one is missing.
    ///
    /// Links that outlive their target are not listed: a note's, success's or
    /// reflection's goal, a reminder's source (goal, note, measurement, session, plan)
    /// and the plan a plan follows. Deleting a goal or a note keeps them (the success of
    /// a reached goal stays a success), and the screens read a missing one as none.
    pub fn refs(&self) -> Vec<(RecordKind, &str)> {
        use RecordKind as K;
        let mut out = Vec::new();
        match self {
            Record::Class(_) | Record::Template(_) | Record::Settings(_) => {}
            Record::Pupil(p) => out.push((K::Class, p.class_id.as_str())),
            Record::Goal(g) => out.push((K::Pupil, g.pupil_id.as_str())),
            Record::Measurement(m) => out.push((K::Goal, m.goal_id.as_str())),
            Record::FeedbackNote(n) => out.push((K::Pupil, n.pupil_id.as_str())),
            Record::Success(s) => out.push((K::Pupil, s.pupil_id.as_str())),
            Record::Reminder(r) => out.extend(r.pupil_id.as_deref().map(|p| (K::Pupil, p))),
            Record::AttentionMoment(m) => out.push((K::Pupil, m.pupil_id.as_str())),
            Record::Reflection(r) => out.push((K::Pupil, r.pupil_id.as_str())),
            Record::Support(s) => out.push((K::Pupil, s.pupil_id.as_str())),
            Record::GroupPlan(p) => {
                out.push((K::Class, p.class_id.as_str()));
                out.extend(p.groups.iter().flat_map(|g| &g.pupils).map(|id| (K::Pupil, id.as_str())));
                out.extend(p.outcomes.iter().map(|o| (K::Pupil, o.pupil_id.as_str())));
            }
            Record::CoopSetup(s) => {
                out.push((K::Class, s.class_id.as_str()));
                out.extend(s.not_together.iter().flatten().map(|id| (K::Pupil, id.as_str())));
            }
            Record::CoopLesson(l) => {
                out.push((K::Class, l.class_id.as_str()));
                out.extend(l.groups.iter().flatten().map(|s| (K::Pupil, s.pupil_id.as_str())));
                out.extend(l.unhonoured.iter().flatten().map(|id| (K::Pupil, id.as_str())));
            }
        }
        out
    }
}

impl Book {
    /// Stable display order: classes by start date then name (ids are random).
    fn sort(&mut self) {
        self.classes.sort_by(|a, b| {
            a.created_on.cmp(&b.created_on).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
    }

    /// Everything that belongs to one pupil (for delete and undo, and the pupil export).
    pub fn owned_by_pupil(&self, pupil_id: &str) -> Vec<Record> {
        let goal_ids: Vec<&str> =
            self.goals.iter().filter(|g| g.pupil_id == pupil_id).map(|g| g.id.as_str()).collect();
        let mut out = Vec::new();
        out.extend(self.goals.iter().filter(|g| g.pupil_id == pupil_id).cloned().map(Record::Goal));
        out.extend(
            self.measurements.iter().filter(|m| goal_ids.contains(&m.goal_id.as_str())).cloned().map(Record::Measurement),
        );
        out.extend(self.notes.iter().filter(|n| n.pupil_id == pupil_id).cloned().map(Record::FeedbackNote));
        out.extend(self.successes.iter().filter(|s| s.pupil_id == pupil_id).cloned().map(Record::Success));
        out.extend(
            self.reminders.iter().filter(|r| r.pupil_id.as_deref() == Some(pupil_id)).cloned().map(Record::Reminder),
        );
        out.extend(self.moments.iter().filter(|m| m.pupil_id == pupil_id).cloned().map(Record::AttentionMoment));
        out.extend(self.reflections.iter().filter(|r| r.pupil_id == pupil_id).cloned().map(Record::Reflection));
        out.extend(self.supports.iter().filter(|s| s.pupil_id == pupil_id).cloned().map(Record::Support));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_json_with_its_tag() {
        let json = include_str!("fixtures/records_v4.json");
        let values: Vec<serde_json::Value> = serde_json::from_str(json).unwrap();
        for v in values {
            let r = Record::from_value(&v).unwrap();
            assert_eq!(r.kind(), v["kind"].as_str().unwrap());
            assert_eq!(r.key(), format!("{}:{}", r.kind(), r.id()));
        }
        let s = Record::Settings(Settings::default());
        let back = Record::from_json(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(back, s);
        assert_eq!(s.key(), "settings:settings");
    }

    #[test]
    fn a_record_reads_with_data_before_kind_and_refuses_an_unknown_kind_or_a_bad_shape() {
        let r = Record::from_json(r#"{"data":{"id":"c1","name":"Groep 5","school_year":"","year_group":{"system":"Nl","n":5},"created_on":"2026-09-01"},"kind":"class"}"#)
            .unwrap();
        assert_eq!(r.key(), "class:c1");
        assert!(Record::from_json(r#"{"kind":"lesson","data":{"id":"x"}}"#).unwrap_err().to_string().contains("unknown variant"));
        assert!(Record::from_json(r#"{"kind":"class","data":{"id":"c1"}}"#).is_err(), "a class without its fields");
        assert!(Record::from_json(r#"{"kind":"class"}"#).is_err(), "no data");
        assert!(Record::from_json(r#"{"kind":"class","data":{"id":"c1","name":"Groep 5","school_year":"","year_group":{"system":"Nl","n":5},"created_on":"2026-09-01"}"#).is_err(), "cut off");
        // Text with escapes in the data is read as the typed value decodes it.
        let p = Record::from_json(r#"{"kind":"pupil","data":{"id":"p\u0031","class_id":"c1","name":"No\u00e9 \"Noor\"","created_on":"2026-09-01"}}"#);
        assert!(matches!(p, Ok(Record::Pupil(ref x)) if x.id == "p1" && x.name == "Noé \"Noor\""), "{p:?}");
    }

    #[test]
    fn by_id_finds_every_record_in_id_order_or_out_of_it_and_nothing_else() {
        let key: fn(&(String, u32)) -> &str = |x| x.0.as_str();
        let mut list: Vec<(String, u32)> = (0..50).map(|i| (format!("r{i:03}"), i)).collect();
        for (id, n) in list.clone() {
            assert_eq!(by_id(&list, &id, key).map(|x| x.1), Some(n), "{id}");
        }
        // Appended out of order (an id from another device sorts first), then one in between.
        list.push(("0199-new".into(), 50));
        list.push(("r0245".into(), 51));
        for (id, n) in list.clone() {
            assert_eq!(by_id(&list, &id, key).map(|x| x.1), Some(n), "{id}");
        }
        assert_eq!(by_id(&list, "r999", key), None);
        assert_eq!(by_id(&[] as &[(String, u32)], "r001", key), None);
    }
}
