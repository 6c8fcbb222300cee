//! One form field while its record may change elsewhere (another tab, an import).
//!
//! Owns the rule of every autosaving form: remember the stored value the field started
//! from (its base), send only a value that differs from its base, and when the stored
//! value changes elsewhere either take it in (the teacher did not touch the field) or
//! keep the teacher's text and hold the other version until the teacher chooses.
//! Must not touch: signals, the browser, visible text (`components::field_sync` wraps it).

use super::book::clean_name;

/// One field of a form: the teacher's value and what is known about the stored one.
#[derive(Clone, Debug)]
pub struct FieldEdit<T> {
    value: T,
    /// The stored value this form last agreed with.
    base: T,
    /// The stored value right after this form's own write, until all writes settled.
    sent: Option<T>,
    /// A value stored elsewhere while this field held unsaved edits.
    other: Option<T>,
    /// Whether the teacher's value means the same as a stored value.
    same: fn(&T, &T) -> bool,
}

/// Values mean the same when they are equal.
pub fn exact<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b
}

/// Text the domain stores cleaned (names): "Anna " means the stored "Anna".
/// (`&String`, not `&str`: it is a `FieldEdit<String>`'s `fn(&T, &T) -> bool`.)
#[allow(clippy::ptr_arg)]
pub fn same_cleaned(typed: &String, stored: &String) -> bool {
    clean_name(typed) == clean_name(stored)
}

impl<T: Clone + PartialEq> FieldEdit<T> {
    /// A field showing the stored value.
    pub fn new(stored: T, same: fn(&T, &T) -> bool) -> Self {
        FieldEdit { value: stored.clone(), base: stored, sent: None, other: None, same }
    }

    /// What the field shows.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The version stored elsewhere that waits for the teacher's choice.
    pub fn other(&self) -> Option<&T> {
        self.other.as_ref()
    }

    /// The teacher typed or picked a value.
    pub fn input(&mut self, value: T) {
        self.value = value;
    }

    fn known(&self) -> &T {
        self.sent.as_ref().unwrap_or(&self.base)
    }

    /// The value a save sends: the teacher's, when it differs from what is stored and no
    /// other version waits for a choice.
    pub fn to_send(&self) -> Option<T> {
        (self.other.is_none() && !(self.same)(&self.value, self.known())).then(|| self.value.clone())
    }

    /// The field holds something not (yet) stored: a refused or failed edit, or a choice.
    pub fn unsaved(&self) -> bool {
        self.other.is_some() || !(self.same)(&self.value, self.known())
    }

    /// This form's write was accepted; `stored` is the field's value after it.
    pub fn sent(&mut self, stored: T) {
        self.sent = Some(stored);
    }

    /// A write failed and the ones queued after it were dropped: what was sent is not
    /// stored. Returns whether this field had a write on its way.
    pub fn write_failed(&mut self) -> bool {
        self.sent.take().is_some()
    }

    /// Every write has settled and the record holds `stored`: this form's writes are
    /// now the base, and a value changed elsewhere is taken in or held for a choice.
    pub fn settle(&mut self, stored: &T) {
        if let Some(sent) = self.sent.take() {
            self.base = sent;
        }
        if *stored == self.base {
            self.other = None;
        } else if (self.same)(&self.value, &self.base) || (self.same)(&self.value, stored) {
            self.value = stored.clone();
            self.base = stored.clone();
            self.other = None;
        } else {
            self.other = Some(stored.clone());
        }
    }

    /// Keep the teacher's value: the next save writes it over the other version.
    pub fn keep_mine(&mut self) {
        if let Some(other) = self.other.take() {
            self.base = other;
        }
    }

    /// Take the other version: the field shows what is stored.
    pub fn take_other(&mut self) {
        if let Some(other) = self.other.take() {
            self.value = other.clone();
            self.base = other;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(stored: &str) -> FieldEdit<String> {
        FieldEdit::new(stored.to_string(), exact)
    }
    fn s(x: &str) -> String {
        x.to_string()
    }

    #[test]
    fn an_untouched_field_takes_the_value_stored_elsewhere() {
        let mut f = notes("");
        f.settle(&s("Dyslexie"));
        assert_eq!(f.value(), "Dyslexie");
        assert_eq!((f.to_send(), f.unsaved(), f.other()), (None, false, None));
    }

    #[test]
    fn only_changed_fields_are_sent_and_a_settled_save_becomes_the_base() {
        let mut f = notes("a");
        assert_eq!(f.to_send(), None);
        f.input(s("ab"));
        assert_eq!(f.to_send(), Some(s("ab")));
        f.sent(s("ab"));
        assert_eq!(f.to_send(), None, "on its way");
        f.settle(&s("ab"));
        assert!(!f.unsaved());
        // Changed elsewhere after the save: the field was saved, so it takes the new value.
        f.settle(&s("abc"));
        assert_eq!(f.value(), "abc");
        // Typing back to what is stored sends nothing.
        f.input(s("abc"));
        assert_eq!(f.to_send(), None);
    }

    #[test]
    fn unsaved_edits_are_kept_and_the_other_version_waits_for_a_choice() {
        let mut f = notes("");
        f.input(s("mine"));
        f.sent(s("mine"));
        assert!(f.write_failed(), "the write was on its way");
        f.settle(&s("theirs"));
        assert_eq!((f.value().as_str(), f.other().map(String::as_str)), ("mine", Some("theirs")));
        assert!(f.unsaved());
        assert_eq!(f.to_send(), None, "no save until the teacher chooses");
        // Changed once more elsewhere: the newest other version is shown.
        f.settle(&s("theirs 2"));
        assert_eq!(f.other().map(String::as_str), Some("theirs 2"));

        let mut keep = f.clone();
        keep.keep_mine();
        assert_eq!((keep.to_send(), keep.other()), (Some(s("mine")), None));
        keep.sent(s("mine"));
        keep.settle(&s("mine"));
        assert!(!keep.unsaved());

        let mut take = f;
        take.take_other();
        assert_eq!((take.value().as_str(), take.to_send(), take.unsaved()), ("theirs 2", None, false));
    }

    #[test]
    fn a_failed_write_on_an_unchanged_record_is_sent_again() {
        let mut f = notes("");
        f.input(s("mine"));
        f.sent(s("mine"));
        assert!(f.write_failed());
        f.settle(&s(""));
        assert_eq!((f.value().as_str(), f.other()), ("mine", None));
        assert_eq!(f.to_send(), Some(s("mine")));
        assert!(!f.write_failed(), "nothing on its way any more");
    }

    #[test]
    fn the_same_edit_in_both_tabs_is_no_conflict() {
        let mut f = notes("");
        f.input(s("same"));
        f.write_failed();
        f.settle(&s("same"));
        assert_eq!((f.other(), f.unsaved()), (None, false));
    }

    #[test]
    fn an_other_version_that_goes_away_leaves_the_edit_to_send() {
        let mut f = notes("");
        f.input(s("mine"));
        f.settle(&s("theirs"));
        assert!(f.other().is_some());
        f.settle(&s(""));
        assert_eq!((f.other(), f.to_send()), (None, Some(s("mine"))));
    }

    #[test]
    fn names_compare_cleaned_so_a_trailing_space_is_not_an_edit() {
        let mut f = FieldEdit::new(s("Anna"), same_cleaned);
        f.input(s("Anna "));
        assert_eq!((f.to_send(), f.unsaved()), (None, false));
        f.input(s("Anna  B"));
        f.sent(s("Anna B"));
        f.settle(&s("Anna B"));
        assert!(!f.unsaved());
    }
}
