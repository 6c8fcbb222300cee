use super::*;
use crate::domain::book::PupilFields;
use crate::domain::feedback::{FeedbackNote, SuccessSource};
use crate::domain::followup::{AttentionMoment, MomentKind};
use crate::domain::goals::Baseline;
use crate::domain::model::{SchoolSystem, YearGroup};

use crate::domain::test_kit::d;

pub(crate) fn goal(id: &str, pupil: &str, domain: GoalDomain, state: GoalState, created: NaiveDate) -> Goal {
    Goal {
        domain,
        baseline: Some(Baseline { value: 40.0, date: created }),
        target_date: d(2026, 12, 20),
        confirmations: 3,
        home_actions: vec![format!("thuis {id}")],
        own_words: format!("Ik kan {id}"),
        state,
        created_on: created,
        ..crate::domain::goals::test_kit::goal(id, pupil)
    }
}

fn note(id: &str, pupil: &str, goal: Option<&str>, date: NaiveDate, top: &str, tip: &str, next: &str) -> FeedbackNote {
    FeedbackNote {
        id: id.into(),
        pupil_id: pupil.into(),
        goal_id: goal.map(Into::into),
        date,
        tops: vec![top.into()],
        tips: vec![tip.into()],
        next_step: next.into(),
        follow_up: None,
    }
}

fn success(id: &str, pupil: &str, date: NaiveDate, text: &str) -> Success {
    Success { id: id.into(), pupil_id: pupil.into(), date, text: text.into(), goal_id: None, source: SuccessSource::Manual, template: None }
}

/// Anna with two goals (reading active, maths reached in the period), an old stopped goal,
/// notes, successes, a support note and attention; Bram in the same class with nothing.
fn book() -> Book {
    let mut b = Book::default();
    b.add_class("c".into(), "Groep 5", "", YearGroup { system: SchoolSystem::Nl, n: 5 }, d(2026, 1, 5)).unwrap();
    let anna = PupilFields { name: "Anna de Vries".into(), support_notes: "dyslexie, extra tijd".into(), ..Default::default() };
    b.add_pupil("p".into(), "c", &anna, d(2026, 1, 5)).unwrap();
    b.add_pupil("q".into(), "c", &PupilFields { name: "Bram".into(), ..Default::default() }, d(2026, 1, 5)).unwrap();
    b.goals.push(goal("read", "p", GoalDomain::Reading, GoalState::Active, d(2026, 9, 1)));
    b.goals.push(goal("maths", "p", GoalDomain::Maths, GoalState::Achieved { date: d(2026, 10, 20) }, d(2026, 9, 1)));
    b.goals.push(goal(
        "old",
        "p",
        GoalDomain::Writing,
        GoalState::Stopped { date: d(2026, 3, 1), reason: crate::domain::goals::StopReason::NoLongerRelevant },
        d(2026, 1, 10),
    ));
    for (i, (day, v)) in [(d(2026, 9, 8), 41.0), (d(2026, 10, 6), 44.0), (d(2026, 12, 1), 47.0)].into_iter().enumerate() {
        b.measurements.push(Measurement { id: format!("m{i}"), goal_id: "read".into(), value: v, date: day, note: String::new() });
    }
    b.notes.push(note("n1", "p", Some("read"), d(2026, 9, 20), "las in stukjes", "lees tot het eind", "twee keer lezen"));
    b.notes.push(note("n2", "p", None, d(2026, 10, 2), "hielp een ander", "kijk je werk na", "vraag hulp"));
    b.notes.push(note("n3", "p", Some("read"), d(2026, 10, 30), "las met expressie", "stop bij een punt", "leesmaatje"));
    b.notes.push(note("n0", "p", None, d(2026, 5, 1), "te vroeg", "te vroeg", "te vroeg"));
    b.successes.push(success("s2", "p", d(2026, 10, 21), "tafel van 7 gehaald"));
    b.successes.push(success("s1", "p", d(2026, 9, 15), "eerste boek uit"));
    b.successes.push(success("s0", "p", d(2026, 4, 1), "te vroeg"));
    b.moments.push(AttentionMoment {
        id: "a1".into(),
        pupil_id: "p".into(),
        date: d(2026, 10, 1),
        kind: MomentKind::OneOnOne,
        minutes: 10,
        note: String::new(),
        follow_up: None,
    });
    b.moments.push(AttentionMoment {
        id: "a2".into(),
        pupil_id: "p".into(),
        date: d(2026, 10, 8),
        kind: MomentKind::ShortCheckIn,
        minutes: 5,
        note: String::new(),
        follow_up: None,
    });
    b
}

fn autumn() -> Period {
    Period::new(d(2026, 9, 1), d(2026, 11, 30)).unwrap()
}

#[test]
fn a_period_must_run_forward_and_fit_two_school_years() {
    assert_eq!(Period::new(d(2026, 10, 1), d(2026, 9, 1)), Err(PeriodError::EndsBeforeStart));
    assert!(Period::new(d(2026, 9, 1), d(2026, 9, 1)).is_ok());
    let far = NaiveDate::from_ymd_opt(2029, 1, 1).unwrap();
    assert_eq!(Period::new(d(2026, 1, 1), far), Err(PeriodError::TooLong));
    let p = Period::default_for(d(2026, 12, 1));
    assert_eq!((p.to - p.from).num_weeks(), DEFAULT_PERIOD_WEEKS);
}

#[test]
fn successes_come_first_in_the_period_oldest_first() {
    let r = book().parent_report("p", &ParentChoices::new(autumn())).unwrap();
    let texts: Vec<&str> = r.successes.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["eerste boek uit", "tafel van 7 gehaald"]);
}

#[test]
fn the_usual_goals_are_active_or_reached_in_the_period_and_a_stopped_one_is_only_offered() {
    let b = book();
    let offer: Vec<(&str, bool)> = b.report_goals_on_offer("p", &autumn()).into_iter().map(|(g, on)| (g.id.as_str(), on)).collect();
    assert_eq!(offer, [("read", true), ("maths", true)], "the goal stopped in March did not run this autumn");
    let spring = Period::new(d(2026, 1, 1), d(2026, 3, 31)).unwrap();
    let offer: Vec<(&str, bool)> = b.report_goals_on_offer("p", &spring).into_iter().map(|(g, on)| (g.id.as_str(), on)).collect();
    assert_eq!(offer, [("old", false)]);
    let r = b.parent_report("p", &ParentChoices::new(autumn())).unwrap();
    let ids: Vec<&str> = r.goals.iter().map(|g| g.goal.id.as_str()).collect();
    assert_eq!(ids, ["read", "maths"]);
    assert_eq!(r.goals[1].reached_on, Some(d(2026, 10, 20)));
    assert_eq!(r.goals[0].reached_on, None);
}

#[test]
fn the_teacher_picks_the_goals_and_feedback_on_a_left_out_goal_counts_as_general() {
    let mut c = ParentChoices::new(autumn());
    c.goals = Some(vec!["maths".into()]);
    let r = book().parent_report("p", &c).unwrap();
    assert_eq!(r.goals.len(), 1);
    assert_eq!(r.goals[0].goal.id, "maths");
    let tops: Vec<&str> = r.tops.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(tops, ["las in stukjes", "hielp een ander", "las met expressie"]);
    assert_eq!(r.next_step.as_ref().map(|n| n.text.as_str()), Some("leesmaatje"));
}

#[test]
fn a_goal_gets_its_own_tops_and_latest_next_step_and_its_measurements_up_to_the_period_end() {
    let r = book().parent_report("p", &ParentChoices::new(autumn())).unwrap();
    let read = &r.goals[0];
    let tops: Vec<&str> = read.tops.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(tops, ["las in stukjes", "las met expressie"]);
    assert_eq!(read.next_step.as_ref().map(|n| n.text.as_str()), Some("leesmaatje"));
    assert_eq!(read.measurements.len(), 2, "the December measurement is after the period");
    let general: Vec<&str> = r.tops.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(general, ["hielp een ander"], "the May note is before the period");
    assert_eq!(r.next_step.as_ref().map(|n| n.text.as_str()), Some("vraag hulp"));
}

#[test]
fn support_notes_tips_and_attention_appear_only_when_chosen() {
    let b = book();
    let plain = b.parent_report("p", &ParentChoices::new(autumn())).unwrap();
    assert_eq!(plain.support_notes, None);
    assert_eq!(plain.feedback_tips, None);
    assert_eq!(plain.attention_minutes, None);
    let mut c = ParentChoices::new(autumn());
    c.support_notes = true;
    c.feedback_tips = true;
    c.attention = true;
    let full = b.parent_report("p", &c).unwrap();
    assert_eq!(full.support_notes.as_deref(), Some("dyslexie, extra tijd"));
    let tips: Vec<&str> = full.feedback_tips.as_ref().unwrap().iter().map(|t| t.text.as_str()).collect();
    assert_eq!(tips, ["lees tot het eind", "kijk je werk na", "stop bij een punt"]);
    assert_eq!(full.attention_minutes, Some(15));
    // A pupil without support notes gets no empty section even when chosen.
    assert_eq!(b.parent_report("q", &c).unwrap().support_notes, None);
}

#[test]
fn home_lines_hold_the_goals_agreements_and_the_chosen_tips_that_fit() {
    let b = book();
    let goals: Vec<&Goal> = b.report_goals_on_offer("p", &autumn()).into_iter().map(|(g, _)| g).collect();
    let offer = b.home_tips_on_offer(&goals);
    assert!(offer.iter().all(|t| t.part == Part::HomeTip));
    assert!(offer.iter().any(|t| t.domain == TipDomain::Reading));
    assert!(offer.iter().any(|t| t.domain == TipDomain::General));
    assert!(!offer.iter().any(|t| t.domain == TipDomain::Writing), "no writing goal");
    let mut c = ParentChoices::new(autumn());
    c.home_tips = vec!["fb-read-home-1".into(), "fb-write-home-1".into(), "fb-read-top-1".into(), "nope".into()];
    let r = b.parent_report("p", &c).unwrap();
    let lines: Vec<String> = r
        .home
        .iter()
        .map(|h| match h {
            HomeLine::FromGoal { text, .. } => text.clone(),
            HomeLine::Tip(t) => t.id.clone(),
        })
        .collect();
    assert_eq!(lines, ["thuis read", "thuis maths", "fb-read-home-1"], "a writing tip, a top and an unknown id are left out");
}

#[test]
fn an_empty_period_is_said_to_have_no_learning() {
    let b = book();
    let summer = Period::new(d(2026, 7, 1), d(2026, 8, 15)).unwrap();
    let r = b.parent_report("p", &ParentChoices::new(summer)).unwrap();
    assert!(r.has_no_learning());
    // Goals picked for the autumn do not come along into a summer without them.
    let mut picked = ParentChoices::new(summer);
    picked.goals = Some(vec!["read".into(), "maths".into()]);
    assert!(b.parent_report("p", &picked).unwrap().has_no_learning());
    assert!(!b.parent_report("p", &ParentChoices::new(autumn())).unwrap().has_no_learning());
    assert!(b.parent_report("gone", &ParentChoices::new(autumn())).is_none());
}

#[test]
fn the_class_report_has_one_report_per_active_pupil_in_name_order() {
    let mut b = book();
    b.add_pupil("z".into(), "c", &PupilFields { name: "Aaron".into(), ..Default::default() }, d(2026, 1, 5)).unwrap();
    b.run(|b| b.archive_pupil("z", d(2026, 2, 1))).unwrap();
    let mut c = ParentChoices::new(autumn());
    c.goals = Some(vec![]); // ignored: each pupil gets the usual goals
    c.home_tips = vec!["fb-read-home-1".into()];
    let reports = b.class_report("c", &c);
    let names: Vec<&str> = reports.iter().map(|r| r.pupil.name.as_str()).collect();
    assert_eq!(names, ["Anna de Vries", "Bram"]);
    assert_eq!(reports[0].goals.len(), 2);
    assert!(reports[0].home.iter().any(|h| matches!(h, HomeLine::Tip(t) if t.id == "fb-read-home-1")));
    assert!(reports[1].home.is_empty(), "Bram has no reading goal, so the reading tip does not fit him");
    assert!(reports[1].has_no_learning());
    let tips = b.class_home_tips_on_offer("c", &autumn());
    assert!(tips.iter().any(|t| t.id == "fb-math-home-1"));
}
