//! The composer's draft: tops, tips and next step as signals (with the undo of "use
//! suggestion"), the in-memory copy kept while the teacher looks elsewhere, storing it as a
//! note (the composer and the quick-action sheet), and focusing a field with its first gap
//! (…) selected.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::feedback::note_error_text;
use crate::domain::feedback::{apply_suggestion, Domain, FeedbackNote, Nudge, Part, MAX_ITEMS_PER_PART};
use crate::state::{new_id, today, AppState, Undo};

/// What the draft held before "use suggestion", for its undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    tops: Vec<String>,
    tips: Vec<String>,
    next: String,
}

/// A draft kept in memory while the teacher looks elsewhere (the templates page, the pupil
/// page): coming back to the composer brings it back. Never stored: it is not a note yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeptDraft {
    pub tops: Vec<String>,
    pub tips: Vec<String>,
    pub next: String,
    pub goal: Option<String>,
    pub domain: Option<Domain>,
}

impl KeptDraft {
    fn is_empty(&self) -> bool {
        self.tops.iter().chain(&self.tips).all(|t| t.trim().is_empty()) && self.next.trim().is_empty() && self.goal.is_none()
    }
}

thread_local! {
    static KEPT: std::cell::RefCell<std::collections::HashMap<String, KeptDraft>> = Default::default();
}

/// The kept draft of a pupil, if any.
pub fn kept_draft(pupil_id: &str) -> Option<KeptDraft> {
    KEPT.with(|k| k.borrow().get(pupil_id).cloned())
}

/// Keeps (or, when empty, forgets) the draft of a pupil.
pub fn keep_draft(pupil_id: &str, draft: KeptDraft) {
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        if draft.is_empty() {
            k.remove(pupil_id);
        } else {
            k.insert(pupil_id.to_string(), draft);
        }
    });
}

/// The draft note as signals; empty rows stay so the nudges point at the right row.
#[derive(Clone, Copy)]
pub struct Draft {
    pub tops: RwSignal<Vec<String>>,
    pub tips: RwSignal<Vec<String>>,
    pub next: RwSignal<String>,
    /// Set after "use suggestion" until the next edit.
    pub undo: RwSignal<Option<Snapshot>>,
}

impl Draft {
    pub fn new(kept: Option<&KeptDraft>) -> Draft {
        let rows = |v: Option<&Vec<String>>| v.filter(|v| !v.is_empty()).cloned().unwrap_or_else(|| vec![String::new()]);
        Draft {
            tops: RwSignal::new(rows(kept.map(|k| &k.tops))),
            tips: RwSignal::new(rows(kept.map(|k| &k.tips))),
            next: RwSignal::new(kept.map(|k| k.next.clone()).unwrap_or_default()),
            undo: RwSignal::new(None),
        }
    }

    /// Empties the draft: one empty top and tip row, no next step.
    pub fn clear(self) {
        self.tops.set(vec![String::new()]);
        self.tips.set(vec![String::new()]);
        self.next.set(String::new());
        self.undo.set(None);
    }

    /// The rows of tops or tips (none for the next step).
    pub fn list(self, part: Part) -> Option<RwSignal<Vec<String>>> {
        match part {
            Part::Top => Some(self.tops),
            Part::Tip => Some(self.tips),
            Part::NextStep | Part::FeedUp | Part::HomeTip => None,
        }
    }

    /// Puts a sentence starter into the draft: the first empty row of its part, else a new
    /// row; a next step is added after what is there, a feed-up goes in front of it.
    /// Returns the id of the field that got it.
    pub fn insert(self, part: Part, text: &str) -> Option<String> {
        self.undo.set(None);
        if let Some(list) = self.list(part) {
            let mut at = None;
            list.update(|v| {
                if let Some(i) = v.iter().position(|s| s.trim().is_empty()) {
                    if let Some(slot) = v.get_mut(i) {
                        *slot = text.to_string();
                        at = Some(i);
                    }
                } else if v.len() < MAX_ITEMS_PER_PART {
                    v.push(text.to_string());
                    at = Some(v.len() - 1);
                }
            });
            return at.map(|i| field_id(part, i));
        }
        self.next.update(|s| {
            *s = match (part, s.trim().is_empty()) {
                (_, true) => text.to_string(),
                (Part::FeedUp, false) => format!("{text} {}", s.trim_start()),
                _ => format!("{} {text}", s.trim_end()),
            }
        });
        Some(field_id(Part::NextStep, 0))
    }

    /// Adds an empty row to tops or tips; returns its field id.
    pub fn add_row(self, part: Part) -> Option<String> {
        let list = self.list(part)?;
        let mut at = None;
        list.update(|v| {
            if v.len() < MAX_ITEMS_PER_PART {
                v.push(String::new());
                at = Some(v.len() - 1);
            }
        });
        at.map(|i| field_id(part, i))
    }

    /// Replaces the sentence a word nudge points at with the rewrite; returns the field id.
    pub fn use_suggestion(self, nudge: &Nudge, rewrite: &str) -> Option<String> {
        let spot = nudge.spot?;
        let before = self.snapshot();
        match self.list(nudge.part) {
            Some(list) => list.update(|v| {
                if let Some(t) = v.get_mut(spot.item) {
                    *t = apply_suggestion(t, &spot, rewrite);
                }
            }),
            None => self.next.update(|t| *t = apply_suggestion(t, &spot, rewrite)),
        }
        self.undo.set(Some(before));
        Some(field_id(nudge.part, spot.item))
    }

    /// The draft as a new note of this pupil, dated today (untracked).
    pub fn note(self, pupil_id: &str, goal_id: Option<String>) -> FeedbackNote {
        FeedbackNote {
            id: new_id(),
            pupil_id: pupil_id.to_string(),
            goal_id,
            date: today(),
            tops: self.tops.get_untracked(),
            tips: self.tips.get_untracked(),
            next_step: self.next.get_untracked(),
            follow_up: None,
        }
    }

    fn snapshot(self) -> Snapshot {
        Snapshot { tops: self.tops.get_untracked(), tips: self.tips.get_untracked(), next: self.next.get_untracked() }
    }

    /// Undoes the last "use suggestion".
    pub fn restore(self) {
        if let Some(s) = self.undo.get_untracked() {
            self.tops.set(s.tops);
            self.tips.set(s.tips);
            self.next.set(s.next);
        }
        self.undo.set(None);
    }
}

/// Stores a note: `done` gets its undo once it is stored, or the error to show (a note
/// that is not valid yet at once, a failed write when storage reports it).
pub fn store_note(st: AppState, note: FeedbackNote, done: impl FnOnce(Result<Option<Undo>, String>) + 'static) {
    let note = match note.validated() {
        Ok(n) => n,
        Err(e) => return done(Err(note_error_text(&e, st.lang.get_untracked()))),
    };
    st.run_stored_with_undo(|b| b.add_note(note), move |stored| done(stored.map(|((), undo)| undo)));
}

/// The id of a text field of the draft.
pub fn field_id(part: Part, index: usize) -> String {
    match part {
        Part::Top => format!("fb-top-{index}"),
        Part::Tip => format!("fb-tip-{index}"),
        Part::NextStep | Part::FeedUp | Part::HomeTip => "fb-next".to_string(),
    }
}

/// Focuses a field once it is on screen and selects its first gap (…), so the teacher
/// types straight over it.
pub fn focus_field(id: String) {
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(&id) else { return };
        let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
        let _ = el.focus();
        let value = js_sys::Reflect::get(&el, &"value".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let Some(pos) = value.find('…') else { return };
        let start = value.get(..pos).map(|s| s.encode_utf16().count()).unwrap_or(0) as u32;
        if let Ok(f) = js_sys::Reflect::get(&el, &"setSelectionRange".into()) {
            if let Ok(f) = f.dyn_into::<js_sys::Function>() {
                let _ = f.call2(&el, &start.into(), &(start + 1).into());
            }
        }
    });
}
