//! Book commands of the feedback feature: feedback notes, successes and the teacher's own
//! templates, and the read-only views the pages show (a pupil's notes and successes, the
//! ratio, the class fairness list, the class board).
//!
//! Owns: the checks that tie these records to the rest of the book (the pupil exists, a linked
//! goal is the pupil's own). Must not touch: the rules themselves (validation, balance, names:
//! the sibling modules), storage or the clock ("today" is a parameter).

use chrono::NaiveDate;

use super::balance::{pupil_ratio, pupils_without_strength, BalanceSettings};
use super::success::{board_names, successes_this_week};
use super::templates::{add_template, builtin_templates, delete_template, edit_template};
use super::{
    Domain, FeedbackNote, NoStrengthFlag, NoteValidationError, Part, RatioAssessment, Success,
    SuccessValidationError, Template, TemplateEditError, TemplateField,
};
use crate::domain::book::{Book, Change};
use crate::domain::model::record_key;
use crate::domain::records::Record;

/// Why a feedback command changed nothing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FeedbackError {
    #[error(transparent)]
    Note(#[from] NoteValidationError),
    #[error(transparent)]
    Success(#[from] SuccessValidationError),
    #[error(transparent)]
    Template(#[from] TemplateEditError),
    #[error("the pupil no longer exists")]
    PupilNotFound,
    #[error("the goal is not one of this pupil's goals")]
    GoalNotOfPupil,
    #[error("the feedback note no longer exists")]
    NoteNotFound,
    #[error("the success no longer exists")]
    SuccessNotFound,
    #[error("a record with this id already exists")]
    DuplicateId,
}

/// One pupil on the class board: the board name and this week's successes, oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardEntry {
    pub pupil_id: String,
    pub name: String,
    pub successes: Vec<Success>,
}

const NOTE: &str = "feedback_note";
const SUCCESS: &str = "success";
const TEMPLATE: &str = "template";

impl Book {
    fn check_goal(&self, pupil_id: &str, goal_id: Option<&str>) -> Result<(), FeedbackError> {
        match goal_id {
            Some(g) if !self.goals.iter().any(|x| x.id == g && x.pupil_id == pupil_id) => {
                Err(FeedbackError::GoalNotOfPupil)
            }
            _ => Ok(()),
        }
    }

    /// Saves a new feedback note. Balance nudges never block: only validation does.
    pub fn add_note(&self, note: FeedbackNote) -> Result<Change, FeedbackError> {
        let note = note.validated()?;
        if self.pupil(&note.pupil_id).is_none() {
            return Err(FeedbackError::PupilNotFound);
        }
        self.check_goal(&note.pupil_id, note.goal_id.as_deref())?;
        if self.notes.iter().any(|n| n.id == note.id) {
            return Err(FeedbackError::DuplicateId);
        }
        Ok(Change::put(Record::FeedbackNote(note)))
    }

    /// Deletes a note.
    pub fn delete_note(&self, id: &str) -> Result<Change, FeedbackError> {
        self.notes.iter().find(|n| n.id == id).ok_or(FeedbackError::NoteNotFound)?;
        Ok(Change::delete(record_key(NOTE, id)))
    }

    /// Logs a success ("successen vieren") for a pupil.
    pub fn add_success(&self, success: Success) -> Result<Change, FeedbackError> {
        let success = success.validated()?;
        if self.pupil(&success.pupil_id).is_none() {
            return Err(FeedbackError::PupilNotFound);
        }
        self.check_goal(&success.pupil_id, success.goal_id.as_deref())?;
        if self.successes.iter().any(|s| s.id == success.id) {
            return Err(FeedbackError::DuplicateId);
        }
        Ok(Change::put(Record::Success(success)))
    }

    /// Deletes a success.
    pub fn delete_success(&self, id: &str) -> Result<Change, FeedbackError> {
        self.successes.iter().find(|s| s.id == id).ok_or(FeedbackError::SuccessNotFound)?;
        Ok(Change::delete(record_key(SUCCESS, id)))
    }

    /// Adds one of the teacher's own templates (stored, and so part of every backup).
    pub fn add_own_template(&mut self, template: Template) -> Result<Change, FeedbackError> {
        let id = template.id.trim().to_string();
        add_template(&mut self.templates, template)?;
        let saved = self.templates.iter().find(|t| t.id == id).cloned().ok_or(TemplateEditError::NotFound)?;
        Ok(Change::put(Record::Template(saved)))
    }

    /// Changes the domain, part and texts of one of the teacher's own templates.
    pub fn edit_own_template(
        &mut self,
        id: &str,
        domain: Domain,
        part: Part,
        nl: &str,
        en: &str,
    ) -> Result<Change, FeedbackError> {
        edit_template(&mut self.templates, id, domain, part, nl, en)?;
        let saved = self.templates.iter().find(|t| t.id == id).cloned().ok_or(TemplateEditError::NotFound)?;
        Ok(Change::put(Record::Template(saved)))
    }

    /// Deletes one of the teacher's own templates (a built-in one is refused).
    pub fn delete_own_template(&self, id: &str) -> Result<Change, FeedbackError> {
        delete_template(&mut self.templates.clone(), id)?;
        Ok(Change::delete(record_key(TEMPLATE, id)))
    }

    /// The teacher's own templates in a stable order: by subject, kind, then text (the Dutch
    /// field, or the English one when that is all there is; storage order is by random id,
    /// so it is no order at all).
    pub fn own_templates(&self) -> Vec<Template> {
        let pos = |t: &Template| {
            let d = Domain::ALL.iter().position(|x| *x == t.domain).unwrap_or(usize::MAX);
            let p = Part::ALL.iter().position(|x| *x == t.part).unwrap_or(usize::MAX);
            (d, p, t.text_in(TemplateField::Nl).to_lowercase())
        };
        let mut own: Vec<Template> = self.templates.iter().filter(|t| !t.builtin).cloned().collect();
        own.sort_by_cached_key(pos);
        own
    }

    /// The built-in templates followed by the teacher's own.
    pub fn all_templates(&self) -> Vec<Template> {
        let mut all = builtin_templates();
        all.extend(self.own_templates());
        all
    }

    /// A pupil's feedback notes, newest first. On the same day the last added comes first:
    /// the app's ids sort by creation time, so this holds after a reload too.
    pub fn notes_of(&self, pupil_id: &str) -> Vec<&FeedbackNote> {
        let mut v: Vec<&FeedbackNote> = self.notes.iter().filter(|n| n.pupil_id == pupil_id).collect();
        v.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
        v
    }

    /// A pupil's successes, newest first (on the same day: the last added first, as above).
    pub fn successes_of(&self, pupil_id: &str) -> Vec<&Success> {
        let mut v: Vec<&Success> = self.successes.iter().filter(|s| s.pupil_id == pupil_id).collect();
        v.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
        v
    }

    /// The positive-to-corrective ratio of one pupil over the last four weeks.
    pub fn feedback_ratio(&self, pupil_id: &str, today: NaiveDate) -> RatioAssessment {
        pupil_ratio(pupil_id, &self.notes, &self.successes, today, &BalanceSettings::default())
    }

    /// Active pupils of a class (in name order) with no top or success in the last three
    /// weeks, looking at notes and successes since `since` (the class page's window, see
    /// `class_page_scope`; none: all of them). For a pupil added on or after `since` that
    /// is everything: their flag says it looked at all.
    pub fn class_without_strength(&self, class_id: &str, today: NaiveDate, since: Option<NaiveDate>) -> Vec<NoStrengthFlag> {
        let ids: Vec<&str> = self.pupils_of(class_id, false).into_iter().map(|p| p.id.as_str()).collect();
        let mut flags = pupils_without_strength(&ids, &self.notes, &self.successes, today, since, &BalanceSettings::default());
        for f in &mut flags {
            f.looked_since = self.looked_since(&f.pupil_id, since);
        }
        flags
    }

    /// This week's successes of a class for the board: board names (first name, nickname, or
    /// initials in privacy mode), pupils in name order, never by how many successes they have.
    pub fn class_board(&self, class_id: &str, today: NaiveDate, privacy: bool) -> Vec<BoardEntry> {
        let pupils = self.pupils_of(class_id, false);
        let named: Vec<(&str, Option<&str>)> =
            pupils.iter().map(|p| (p.name.as_str(), Some(p.nickname.as_str()))).collect();
        let names = board_names(&named, privacy);
        let of_class: Vec<Success> = self
            .successes
            .iter()
            .filter(|s| pupils.iter().any(|p| p.id == s.pupil_id))
            .cloned()
            .collect();
        let week = successes_this_week(&of_class, today);
        let mut out: Vec<BoardEntry> = pupils
            .iter()
            .zip(names)
            .filter_map(|(p, name)| {
                let group = week.iter().find(|g| g.pupil_id == p.id)?;
                Some(BoardEntry { pupil_id: p.id.clone(), name, successes: group.successes.clone() })
            })
            .collect();
        out.sort_by_cached_key(|e| e.name.to_lowercase());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::SuccessSource;
    use super::*;
    use crate::domain::book::PupilFields;
    use crate::domain::goals::Goal;
    use crate::domain::model::{SchoolSystem, YearGroup};

    use crate::domain::test_kit::d;
    const G5: YearGroup = YearGroup { system: SchoolSystem::Nl, n: 5 };

    fn book() -> Book {
        let mut b = Book::default();
        b.add_class("c1".into(), "Groep 5a", "", G5, d(2026, 9, 1)).unwrap();
        b.add_class("c2".into(), "Groep 6", "", G5, d(2026, 9, 1)).unwrap();
        for (id, class, name, nick) in [
            ("p1", "c1", "Anna de Vries", ""),
            ("p2", "c1", "Bram Peeters", ""),
            ("p3", "c1", "Anna Jansen", ""),
            ("p4", "c1", "Sem Bakker", "Semmie"),
            ("p9", "c2", "Zoë Other", ""),
        ] {
            let f = PupilFields { name: name.into(), nickname: nick.into(), ..Default::default() };
            b.add_pupil(id.into(), class, &f, d(2026, 9, 1)).unwrap();
        }
        b
    }

    fn note(id: &str, pupil: &str, date: NaiveDate, tops: &[&str], tips: &[&str]) -> FeedbackNote {
        FeedbackNote {
            id: id.into(),
            pupil_id: pupil.into(),
            goal_id: None,
            date,
            tops: tops.iter().map(|s| s.to_string()).collect(),
            tips: tips.iter().map(|s| s.to_string()).collect(),
            next_step: "Morgen oefenen.".into(),
            follow_up: None,
        }
    }

    fn success(id: &str, pupil: &str, date: NaiveDate, text: &str) -> Success {
        Success {
            id: id.into(),
            pupil_id: pupil.into(),
            date,
            text: text.into(),
            goal_id: None,
            source: SuccessSource::Manual,
            template: None,
        }
    }

    fn goal_of(b: &mut Book, id: &str, pupil: &str) {
        // A goal record as the goals feature stores it; only id and pupil matter here.
        let json = serde_json::json!({
            "id": id, "pupil_id": pupil, "domain": "Reading",
            "measure": {"name": "DMT", "unit": "WordsCorrectPerMinute", "direction": "Increasing"},
            "baseline": {"value": 20.0, "date": "2026-09-01"}, "target": 40.0,
            "target_date": "2026-12-01", "confirmations": 2, "created_on": "2026-09-01"
        });
        let g: Goal = serde_json::from_value(json).unwrap();
        b.goals.push(g);
    }

    #[test]
    fn add_note_validates_trims_and_checks_pupil_and_goal() {
        let mut b = book();
        let c = b.run(|b| b.add_note(note("n1", "p1", d(2026, 9, 7), &["  Vlot gelezen. ", ""], &[]))).unwrap();
        assert_eq!(c.puts.len(), 1);
        assert_eq!(c.puts[0].key(), "feedback_note:n1");
        assert_eq!(b.notes[0].tops, vec!["Vlot gelezen."]);

        assert_eq!(
            b.run(|b| b.add_note(note("n2", "p1", d(2026, 9, 7), &[" "], &["tip"]))),
            Err(FeedbackError::Note(NoteValidationError::NoTop))
        );
        assert_eq!(b.run(|b| b.add_note(note("n2", "zz", d(2026, 9, 7), &["top"], &[]))), Err(FeedbackError::PupilNotFound));
        assert_eq!(b.run(|b| b.add_note(note("n1", "p1", d(2026, 9, 7), &["top"], &[]))), Err(FeedbackError::DuplicateId));

        goal_of(&mut b, "g1", "p1");
        goal_of(&mut b, "g2", "p2");
        let mut n = note("n3", "p1", d(2026, 9, 8), &["top"], &[]);
        n.goal_id = Some("g2".into());
        assert_eq!(b.run(|b| b.add_note(n.clone())), Err(FeedbackError::GoalNotOfPupil));
        n.goal_id = Some("g1".into());
        assert!(b.run(|b| b.add_note(n)).is_ok());
        assert_eq!(b.notes.len(), 2, "failed commands change nothing");
    }

    #[test]
    fn delete_note_and_undo() {
        let mut b = book();
        b.run(|b| b.add_note(note("n1", "p1", d(2026, 9, 7), &["top"], &[]))).unwrap();
        let before = b.clone();
        let (del, undo) = b.run_undoable(|b| b.delete_note("n1")).unwrap();
        assert_eq!(del.deletes, vec!["feedback_note:n1"]);
        assert!(b.notes.is_empty());
        b.apply(&undo);
        assert_eq!(b, before);
        assert_eq!(b.run_undoable(|b| b.delete_note("zz")).unwrap_err(), FeedbackError::NoteNotFound);
    }

    #[test]
    fn notes_and_successes_of_a_pupil_newest_first() {
        let mut b = book();
        b.run(|b| b.add_note(note("a", "p1", d(2026, 9, 7), &["top"], &[]))).unwrap();
        b.run(|b| b.add_note(note("b", "p1", d(2026, 9, 9), &["top"], &[]))).unwrap();
        b.run(|b| b.add_note(note("c", "p1", d(2026, 9, 7), &["top"], &[]))).unwrap();
        b.run(|b| b.add_note(note("x", "p2", d(2026, 9, 10), &["top"], &[]))).unwrap();
        let ids: Vec<&str> = b.notes_of("p1").iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, vec!["b", "c", "a"]);
        b.run(|b| b.add_success(success("s1", "p1", d(2026, 9, 1), "Tafel van 3"))).unwrap();
        b.run(|b| b.add_success(success("s2", "p1", d(2026, 9, 8), "Boek uit"))).unwrap();
        let ids: Vec<&str> = b.successes_of("p1").iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, vec!["s2", "s1"]);
        assert!(b.successes_of("p2").is_empty());
    }

    #[test]
    fn successes_validate_and_delete_with_undo() {
        let mut b = book();
        assert_eq!(
            b.run(|b| b.add_success(success("s1", "p1", d(2026, 9, 7), "  "))),
            Err(FeedbackError::Success(SuccessValidationError::EmptyText))
        );
        assert_eq!(b.run(|b| b.add_success(success("s1", "nope", d(2026, 9, 7), "Yes"))), Err(FeedbackError::PupilNotFound));
        let c = b.run(|b| b.add_success(success("s1", "p1", d(2026, 9, 7), " Boek uitgelezen "))).unwrap();
        assert_eq!(c.puts[0].key(), "success:s1");
        assert_eq!(b.successes[0].text, "Boek uitgelezen");
        // A goal success from the goals feature needs the pupil's own goal.
        let mut g = success("s2", "p1", d(2026, 9, 7), "Doel gehaald");
        g.source = SuccessSource::GoalAchieved;
        assert_eq!(b.run(|b| b.add_success(g.clone())), Err(FeedbackError::Success(SuccessValidationError::GoalMissing)));
        goal_of(&mut b, "g1", "p1");
        g.goal_id = Some("g1".into());
        assert!(b.run(|b| b.add_success(g)).is_ok());
        let (del, undo) = b.run_undoable(|b| b.delete_success("s1")).unwrap();
        assert_eq!(del.deletes, vec!["success:s1"]);
        assert_eq!(b.successes.len(), 1);
        b.apply(&undo);
        assert_eq!(b.successes.len(), 2);
        assert_eq!(b.run_undoable(|b| b.delete_success("zz")).unwrap_err(), FeedbackError::SuccessNotFound);
    }

    fn own(id: &str, nl: &str) -> Template {
        Template { id: id.into(), domain: Domain::Maths, part: Part::Top, nl: nl.into(), en: String::new(), builtin: true }
    }

    #[test]
    fn own_templates_add_edit_delete_and_undo() {
        let mut b = book();
        let builtins = b.all_templates().len();
        let c = b.add_own_template(own(" t1 ", " Je rekende het zelf na. ")).unwrap();
        assert_eq!(c.puts.len(), 1);
        assert_eq!(c.puts[0].key(), "template:t1");
        assert!(!b.templates[0].builtin, "own templates are never built-in");
        assert_eq!(b.templates[0].nl, "Je rekende het zelf na.");
        assert_eq!(b.all_templates().len(), builtins + 1);
        assert_eq!(
            b.add_own_template(own("t1", "Nog een")),
            Err(FeedbackError::Template(TemplateEditError::DuplicateId))
        );
        assert_eq!(
            b.add_own_template(own("fb-gen-top-1", "Kaping")),
            Err(FeedbackError::Template(TemplateEditError::DuplicateId))
        );
        assert_eq!(b.add_own_template(own("t2", "  ")), Err(FeedbackError::Template(TemplateEditError::NoText)));

        let c = b.edit_own_template("t1", Domain::Reading, Part::Tip, "Lees het woord in stukjes.", "Read it in chunks.").unwrap();
        let Record::Template(t) = &c.puts[0] else { panic!("not a template") };
        assert_eq!((t.domain, t.part, t.en.as_str()), (Domain::Reading, Part::Tip, "Read it in chunks."));
        assert_eq!(
            b.edit_own_template("fb-gen-top-1", Domain::General, Part::Top, "x", ""),
            Err(FeedbackError::Template(TemplateEditError::BuiltinReadOnly))
        );
        assert_eq!(
            b.edit_own_template("t1", Domain::General, Part::Top, "", ""),
            Err(FeedbackError::Template(TemplateEditError::NoText))
        );
        assert_eq!(b.templates[0].nl, "Lees het woord in stukjes.", "failed edit changes nothing");

        let before = b.clone();
        let (del, undo) = b.run_undoable(|b| b.delete_own_template("t1")).unwrap();
        assert_eq!(del.deletes, vec!["template:t1"]);
        assert!(b.templates.is_empty());
        b.apply(&undo);
        assert_eq!(b, before);
        assert_eq!(
            b.run_undoable(|b| b.delete_own_template("fb-gen-top-1")),
            Err(FeedbackError::Template(TemplateEditError::BuiltinReadOnly))
        );
        assert_eq!(b.run_undoable(|b| b.delete_own_template("zz")), Err(FeedbackError::Template(TemplateEditError::NotFound)));
    }

    #[test]
    fn own_templates_come_in_a_stable_order() {
        let mut b = book();
        let mut t = |id: &str, domain, part, nl: &str| {
            b.add_own_template(Template { id: id.into(), domain, part, nl: nl.into(), en: String::new(), builtin: false }).unwrap();
        };
        t("z", Domain::General, Part::Top, "Algemeen");
        t("y", Domain::Reading, Part::Tip, "Lees tip");
        t("x", Domain::Reading, Part::Top, "b lezen");
        t("w", Domain::Reading, Part::Top, "A lezen");
        let ids: Vec<String> = b.own_templates().into_iter().map(|t| t.id).collect();
        assert_eq!(ids, vec!["w", "x", "y", "z"]);
        let again = Book::from_records(b.records().into_iter().rev());
        assert_eq!(again.own_templates(), b.own_templates());
    }

    #[test]
    fn own_templates_round_trip_through_records_like_a_backup() {
        let mut b = book();
        b.add_own_template(own("t1", "Eigen zin")).unwrap();
        let again = Book::from_records(b.records());
        assert_eq!(again.templates, b.templates);
    }

    #[test]
    fn ratio_counts_tops_and_successes_against_tips() {
        let mut b = book();
        let today = d(2026, 10, 1);
        assert_eq!(b.feedback_ratio("p1", today).positive, 0);
        b.run(|b| b.add_note(note("n1", "p1", d(2026, 9, 30), &["a"], &["x", "y"]))).unwrap();
        let r = b.feedback_ratio("p1", today);
        assert_eq!((r.positive, r.corrective, r.aim), (1, 2, 3));
        assert_eq!(r.level, super::super::RatioLevel::Warning);
        b.run(|b| b.add_success(success("s1", "p1", d(2026, 9, 29), "Gelukt"))).unwrap();
        b.run(|b| b.add_note(note("n2", "p1", d(2026, 9, 30), &["a", "b", "c", "d"], &[]))).unwrap();
        let r = b.feedback_ratio("p1", today);
        assert_eq!((r.positive, r.corrective), (6, 2));
        assert_eq!(r.level, super::super::RatioLevel::Good);
        // Older than four weeks: not counted.
        b.run(|b| b.add_note(note("old", "p1", d(2026, 9, 1), &["top"], &["z"]))).unwrap();
        assert_eq!(b.feedback_ratio("p1", today).corrective, 2);
    }

    #[test]
    fn class_without_strength_lists_active_pupils_of_the_class_only() {
        let mut b = book();
        let today = d(2026, 10, 1);
        b.run(|b| b.add_note(note("n1", "p1", d(2026, 9, 20), &["top"], &[]))).unwrap();
        b.run(|b| b.add_success(success("s1", "p4", d(2026, 9, 28), "Gelukt"))).unwrap();
        b.run(|b| b.add_note(note("n2", "p2", d(2026, 9, 1), &["top"], &[]))).unwrap();
        let flags = b.class_without_strength("c1", today, None);
        let ids: Vec<&str> = flags.iter().map(|f| f.pupil_id.as_str()).collect();
        // Name order: Anna Jansen (p3), Bram Peeters (p2); never the other class.
        assert_eq!(ids, vec!["p3", "p2"]);
        assert_eq!(flags[1].last_strength, Some(d(2026, 9, 1)));
        // Looking back from 10 September only, the same pupils are flagged, and p2's
        // strength of 1 September is not seen: "none since 10 September".
        let since = d(2026, 9, 10);
        let flags = b.class_without_strength("c1", today, Some(since));
        let got: Vec<(&str, Option<NaiveDate>, Option<NaiveDate>)> =
            flags.iter().map(|f| (f.pupil_id.as_str(), f.last_strength, f.looked_since)).collect();
        assert_eq!(got, vec![("p3", None, Some(since)), ("p2", None, Some(since))]);
        // From the day they were added (1 September) it is everything: never is never.
        let flags = b.class_without_strength("c1", today, Some(d(2026, 9, 1)));
        let got: Vec<(&str, Option<NaiveDate>, Option<NaiveDate>)> =
            flags.iter().map(|f| (f.pupil_id.as_str(), f.last_strength, f.looked_since)).collect();
        assert_eq!(got, vec![("p3", None, None), ("p2", Some(d(2026, 9, 1)), None)]);
        b.run(|b| b.archive_pupil("p3", today)).unwrap();
        assert_eq!(b.class_without_strength("c1", today, None).len(), 1);
    }

    #[test]
    fn class_board_shows_this_weeks_successes_by_name_without_surnames() {
        let mut b = book();
        let today = d(2026, 10, 1); // a Thursday
        b.run(|b| b.add_success(success("s1", "p2", d(2026, 9, 28), "Tafel van 7"))).unwrap();
        b.run(|b| b.add_success(success("s2", "p1", d(2026, 9, 30), "Boek uit"))).unwrap();
        b.run(|b| b.add_success(success("s3", "p1", d(2026, 9, 29), "Spreekbeurt"))).unwrap();
        b.run(|b| b.add_success(success("s4", "p3", d(2026, 9, 27), "Vorige week"))).unwrap();
        b.run(|b| b.add_success(success("s5", "p4", d(2026, 10, 2), "Morgen"))).unwrap();
        b.run(|b| b.add_success(success("s6", "p9", d(2026, 9, 30), "Andere klas"))).unwrap();
        let board = b.class_board("c1", today, false);
        let names: Vec<&str> = board.iter().map(|e| e.name.as_str()).collect();
        // Two Annas get their surname initial; Sem shows his nickname.
        assert_eq!(names, vec!["Anna V.", "Bram", "Semmie"]);
        let anna: Vec<&str> = board[0].successes.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(anna, vec!["Spreekbeurt", "Boek uit"]);
        let private = b.class_board("c1", today, true);
        assert!(private.iter().all(|e| !e.name.contains("Anna") && !e.name.contains("Bram")), "{private:?}");
        assert!(b.class_board("c2", d(2026, 10, 12), false).is_empty());
    }
}
