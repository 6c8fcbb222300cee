//! The book as a signal with keyed subscriptions.
//!
//! Why not one `RwSignal<Book>`: with a whole school in it, every command cloned the
//! book and every view recomputed on every change. Here the book lives once, commands
//! change it in place, and a change notifies only the views that read what it touched:
//! a record kind, a pupil, or a class (`domain::scope::Touched`). `reactive_stores`
//! would need the domain's `Book` to derive `Store` (a Leptos type in the domain) and
//! keys per collection; the topics here follow the same idea with the domain's own
//! notion of which pupil and class a record belongs to.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use leptos::prelude::*;

use crate::domain::records::Book;
use crate::domain::scope::Touched;

#[derive(Default)]
struct Topics {
    /// Notified on every change (views that read the whole book).
    any: ArcTrigger,
    kinds: HashMap<&'static str, ArcTrigger>,
    pupils: HashMap<String, ArcTrigger>,
    classes: HashMap<String, ArcTrigger>,
}

fn trigger<K: std::hash::Hash + Eq>(map: &mut HashMap<K, ArcTrigger>, key: K) -> ArcTrigger {
    map.entry(key).or_default().clone()
}

/// The book, shared by the whole app (cheap to copy into closures).
#[derive(Clone, Copy)]
pub struct BookSignal {
    book: StoredValue<Arc<RwLock<Book>>>,
    topics: StoredValue<Arc<RwLock<Topics>>>,
}

impl Default for BookSignal {
    fn default() -> Self {
        Self::new()
    }
}

impl BookSignal {
    pub fn new() -> Self {
        BookSignal {
            book: StoredValue::new(Arc::new(RwLock::new(Book::default()))),
            topics: StoredValue::new(Arc::new(RwLock::new(Topics::default()))),
        }
    }

    fn read_book<T>(&self, f: impl FnOnce(&Book) -> T) -> T {
        let cell = self.book.get_value();
        let guard = cell.read().unwrap_or_else(|e| e.into_inner());
        f(&guard)
    }

    fn topics<T>(&self, f: impl FnOnce(&mut Topics) -> T) -> T {
        let cell = self.topics.get_value();
        let mut guard = cell.write().unwrap_or_else(|e| e.into_inner());
        f(&mut guard)
    }

    /// Reads the book and re-runs the caller on *any* change. For small books and
    /// rare views; lists and pages use the keyed reads below.
    pub fn with<T>(&self, f: impl FnOnce(&Book) -> T) -> T {
        self.topics(|t| t.any.clone()).track();
        self.read_book(f)
    }

    /// Reads the book without subscribing.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Book) -> T) -> T {
        self.read_book(f)
    }

    /// Reads the book; re-runs the caller when records of these kinds change.
    pub fn with_kinds<T>(&self, kinds: &[&'static str], f: impl FnOnce(&Book) -> T) -> T {
        let triggers: Vec<ArcTrigger> = self.topics(|t| kinds.iter().map(|k| trigger(&mut t.kinds, *k)).collect());
        for tr in triggers {
            tr.track();
        }
        self.read_book(f)
    }

    /// Reads the book; re-runs the caller when the pupil or anything about them changes.
    pub fn with_pupil<T>(&self, pupil_id: &str, f: impl FnOnce(&Book) -> T) -> T {
        self.topics(|t| trigger(&mut t.pupils, pupil_id.to_string())).track();
        self.read_book(f)
    }

    /// Reads the book; re-runs the caller when the class, its pupils or anything about
    /// them changes.
    pub fn with_class<T>(&self, class_id: &str, f: impl FnOnce(&Book) -> T) -> T {
        self.topics(|t| trigger(&mut t.classes, class_id.to_string())).track();
        self.read_book(f)
    }

    /// Changes the book in place without telling anyone (the caller notifies).
    pub(super) fn mutate<T>(&self, f: impl FnOnce(&mut Book) -> T) -> T {
        let cell = self.book.get_value();
        let mut guard = cell.write().unwrap_or_else(|e| e.into_inner());
        f(&mut guard)
    }

    /// Tells the views that read what a change touched.
    pub(super) fn notify(&self, touched: &Touched) {
        let triggers: Vec<ArcTrigger> = self.topics(|t| {
            let mut v = vec![t.any.clone()];
            v.extend(touched.kinds.iter().filter_map(|k| t.kinds.get(k).cloned()));
            v.extend(touched.pupils.iter().filter_map(|p| t.pupils.get(p).cloned()));
            v.extend(touched.classes.iter().filter_map(|c| t.classes.get(c).cloned()));
            v
        });
        for tr in triggers {
            tr.notify();
        }
    }

    /// Tells every view (a replaced book, a delete whose records are already gone).
    pub(super) fn notify_all(&self) {
        let triggers: Vec<ArcTrigger> = self.topics(|t| {
            let mut v = vec![t.any.clone()];
            v.extend(t.kinds.values().cloned());
            v.extend(t.pupils.values().cloned());
            v.extend(t.classes.values().cloned());
            v
        });
        for tr in triggers {
            tr.notify();
        }
    }
}
