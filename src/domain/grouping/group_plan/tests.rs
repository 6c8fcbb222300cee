use super::*;
use crate::domain::book::Book;
use crate::domain::followup::ReminderSource;
use crate::domain::records::Record;
use crate::domain::book::PupilFields;
use crate::domain::goals::{Baseline, Goal, Measurement};
use crate::domain::model::{SchoolSystem, SupportLevel, YearGroup};

use crate::domain::test_kit::d;

const TODAY: (i32, u32, u32) = (2026, 11, 30);
fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

/// Class c1: Anna (basis), Bram (extra support), Noor (enrichment in reading), Sem (basis,
/// but his reading goal is behind its aim line). Class c2: Lotte.
fn school() -> Book {
    let mut b = Book::default();
    let yg = YearGroup { system: SchoolSystem::Nl, n: 5 };
    b.add_class("c1".into(), "Groep 5", "2026-2027", yg, d(2026, 9, 1)).unwrap();
    b.add_class("c2".into(), "Groep 6", "2026-2027", yg, d(2026, 9, 1)).unwrap();
    for (id, class, name, level) in [
        ("p1", "c1", "Anna", SupportLevel::Basis),
        ("p2", "c1", "Bram", SupportLevel::Extra),
        ("p3", "c1", "Noor", SupportLevel::Basis),
        ("p4", "c1", "Sem", SupportLevel::Basis),
        ("p9", "c2", "Lotte", SupportLevel::Basis),
    ] {
        let f = PupilFields { name: name.into(), support_level: level, ..Default::default() };
        b.add_pupil(id.into(), class, &f, d(2026, 9, 1)).unwrap();
    }
    b.run_undoable(|b| b.set_support("s1".into(), "p3", Some(Domain::Reading), SupportPhase::Enrichment, vec![], d(2026, 9, 14))).unwrap();
    let goal = Goal {
        baseline: Some(Baseline { value: 30.0, date: d(2026, 9, 7) }),
        target_date: d(2027, 1, 25),
        confirmations: 2,
        own_words: "Ik lees 50 woorden".into(),
        created_on: d(2026, 9, 7),
        ..crate::domain::goals::test_kit::goal("g4", "p4")
    };
    b.goals.push(goal);
    // Halfway the aim is 40; 33 is behind.
    b.measurements.push(Measurement { id: "m1".into(), goal_id: "g4".into(), value: 33.0, date: d(2026, 11, 16), note: String::new() });
    b
}

fn new(id: &str) -> NewPlan {
    NewPlan {
        id: id.into(),
        reminder_id: format!("rem-{id}"),
        class_id: "c1".into(),
        subject: Domain::Reading,
        start: d(2026, 11, 30),
        end: d(2027, 1, 24),
        evaluation: d(2027, 1, 24),
        goal: " Iedereen leest AVI E4 vlot ".into(),
        naming: GroupNaming::Bhv,
        reminder_title: "Groepsplan lezen evalueren".into(),
    }
}

fn tiers(b: &Book, id: &str) -> Vec<(Tier, Vec<String>)> {
    b.group_plan(id).unwrap().groups.iter().map(|g| (g.tier, g.pupils.clone())).collect()
}

fn s(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|x| x.to_string()).collect()
}

#[test]
fn a_new_plan_places_every_pupil_as_proposed_and_puts_its_evaluation_in_the_reminders() {
    let mut b = school();
    assert_eq!(b.goal_progress("p4", Domain::Reading, today()), GoalProgress::Behind);
    assert_eq!(b.goal_progress("p1", Domain::Reading, today()), GoalProgress::NoGoal);
    let (change, _) = b.run_undoable(|b| b.new_group_plan(new("gp1"), today())).unwrap();
    assert_eq!(change.puts.len(), 2);
    assert_eq!(
        tiers(&b, "gp1"),
        vec![(Tier::Intensive, s(&["p2", "p4"])), (Tier::Core, s(&["p1"])), (Tier::Enrichment, s(&["p3"]))]
    );
    let plan = b.group_plan("gp1").unwrap();
    assert_eq!(plan.goal, "Iedereen leest AVI E4 vlot");
    let r = b.reminders.iter().find(|r| r.id == "rem-gp1").unwrap();
    assert_eq!((r.due, &r.source), (d(2027, 1, 24), &ReminderSource::GroupPlan { plan_id: "gp1".into(), class_id: "c1".into() }));
    assert!(b.group_plan_warnings(plan).is_empty());
}

#[test]
fn bad_input_gets_its_own_error_and_changes_nothing() {
    let mut b = school();
    let before = b.clone();
    let with = |f: &dyn Fn(&mut NewPlan)| {
        let mut n = new("gp1");
        f(&mut n);
        n
    };
    assert_eq!(b.run_undoable(|b| b.new_group_plan(with(&|n| n.end = d(2026, 11, 1)), today())), Err(PlanError::EndBeforeStart));
    assert_eq!(b.run_undoable(|b| b.new_group_plan(with(&|n| { n.start = d(2026, 11, 16); n.evaluation = d(2026, 11, 29) }), today())), Err(PlanError::EvaluationInPast));
    assert_eq!(b.run_undoable(|b| b.new_group_plan(with(&|n| { n.end = d(2026, 11, 1); n.evaluation = d(2026, 11, 1) }), today())), Err(PlanError::EndBeforeStart));
    assert_eq!(
        b.run_undoable(|b| b.new_group_plan(with(&|n| { n.start = d(2026, 12, 7); n.evaluation = d(2026, 12, 1) }), today())),
        Err(PlanError::EvaluationBeforeStart)
    );
    assert_eq!(
        b.run_undoable(|b| b.new_group_plan(with(&|n| n.goal = "x".repeat(MAX_GOAL_CHARS + 1)), today())),
        Err(PlanError::TooLong { field: PlanText::Goal, max: MAX_GOAL_CHARS })
    );
    assert_eq!(b.run_undoable(|b| b.new_group_plan(with(&|n| n.class_id = "nope".into()), today())), Err(PlanError::ClassNotFound));
    b.add_class("c3".into(), "Leeg", "2026-2027", YearGroup { system: SchoolSystem::Nl, n: 3 }, d(2026, 9, 1)).unwrap();
    let empty_class = b.clone();
    assert_eq!(b.run_undoable(|b| b.new_group_plan(with(&|n| n.class_id = "c3".into()), today())), Err(PlanError::EmptyClass));
    assert_eq!(b, empty_class);
    b = before.clone();
    b.run_undoable(|b| b.new_group_plan(new("gp1"), today())).unwrap();
    assert_eq!(b.run_undoable(|b| b.place_pupil("gp1", "p9", Tier::Core)), Err(PlanError::PupilNotInClass));
    let fields = GroupFields { approach: "a".into(), materials: "m".into(), minutes_per_week: MAX_MINUTES_PER_WEEK + 1, given_by: Provider::Teacher, form: GroupForm::Shared };
    assert_eq!(b.run_undoable(|b| b.edit_plan_group("gp1", Tier::Core, fields)), Err(PlanError::TooManyMinutes { max: MAX_MINUTES_PER_WEEK }));
    assert_eq!(b.run_undoable(|b| b.place_pupil("gone", "p1", Tier::Core)), Err(PlanError::PlanNotFound));
}

#[test]
fn placing_is_one_tap_and_undo_puts_the_pupil_back() {
    let mut b = school();
    b.run_undoable(|b| b.new_group_plan(new("gp1"), today())).unwrap();
    let before = b.clone();
    let (_, undo) = b.run_undoable(|b| b.place_pupil("gp1", "p1", Tier::Enrichment)).unwrap();
    assert_eq!(b.group_plan("gp1").unwrap().tier_of("p1"), Some(Tier::Enrichment));
    assert_eq!(b.group_plan("gp1").unwrap().group(Tier::Core).unwrap().pupils, Vec::<String>::new());
    assert_eq!(b.group_plan_warnings(b.group_plan("gp1").unwrap()), vec![PlanWarning::EmptyGroup(Tier::Core)]);
    let (c, _) = b.run_undoable(|b| b.place_pupil("gp1", "p1", Tier::Enrichment)).unwrap();
    assert!(c.is_empty(), "the same group again writes nothing");
    b.apply(&undo);
    assert_eq!(b, before);
}

#[test]
fn groups_and_period_are_edited_and_the_evaluation_reminder_moves_along() {
    let mut b = school();
    b.run_undoable(|b| b.new_group_plan(new("gp1"), today())).unwrap();
    let fields = GroupFields { approach: " Verlengde instructie ".into(), materials: "Leesladder".into(), minutes_per_week: 90, given_by: Provider::CareTeacher, form: GroupForm::Extended };
    b.run_undoable(|b| b.edit_plan_group("gp1", Tier::Intensive, fields.clone())).unwrap();
    let g = b.group_plan("gp1").unwrap().group(Tier::Intensive).unwrap().clone();
    assert_eq!((g.approach.as_str(), g.minutes_per_week, g.given_by), ("Verlengde instructie", 90, Provider::CareTeacher));
    assert_eq!((g.form(), g.form), (GroupForm::Extended, None), "the usual form for the tier is not stored");
    let core = b.group_plan("gp1").unwrap().group(Tier::Core).unwrap().clone();
    assert_eq!(core.form(), GroupForm::Shared);
    assert!(b.run_undoable(|b| b.edit_plan_group("gp1", Tier::Intensive, fields)).unwrap().0.is_empty());

    let (c, undo) = b.run_undoable(|b| b.edit_group_plan("gp1", "Vlot lezen".into(), d(2026, 11, 30), d(2027, 2, 7), d(2027, 2, 5), today())).unwrap();
    assert_eq!(c.puts.len(), 2, "the plan and its reminder");
    assert_eq!(b.reminders.iter().find(|r| r.id == "rem-gp1").unwrap().due, d(2027, 2, 5));
    assert_eq!(
        b.run_undoable(|b| b.edit_group_plan("gp1", "Vlot lezen".into(), d(2026, 11, 30), d(2027, 2, 7), d(2026, 11, 2), today())),
        Err(PlanError::EvaluationInPast)
    );
    b.apply(&undo);
    assert_eq!(b.reminders.iter().find(|r| r.id == "rem-gp1").unwrap().due, d(2027, 1, 24));
}

#[test]
fn the_next_period_starts_from_the_evaluation_with_nothing_retyped() {
    let mut b = school();
    b.run_undoable(|b| b.new_group_plan(new("gp1"), today())).unwrap();
    let fields = GroupFields { approach: "Instructietafel".into(), materials: "Leesladder".into(), minutes_per_week: 90, given_by: Provider::Assistant, form: GroupForm::Apart };
    b.run_undoable(|b| b.edit_plan_group("gp1", Tier::Intensive, fields)).unwrap();
    b.run_undoable(|b| b.set_verdict("gp1", "p2", Some(Verdict::Up))).unwrap();
    b.run_undoable(|b| b.set_verdict("gp1", "p1", Some(Verdict::Down))).unwrap();
    b.run_undoable(|b| b.set_verdict("gp1", "p3", Some(Verdict::Up))).unwrap(); // already in the top group: stays
    b.run_undoable(|b| b.set_verdict("gp1", "p4", Some(Verdict::Stays))).unwrap();
    assert_eq!(b.run_undoable(|b| b.set_verdict("gp1", "p9", Some(Verdict::Up))), Err(PlanError::PupilNotInClass));
    // A pupil joins, one leaves.
    let f = PupilFields { name: "Mo".into(), ..Default::default() };
    b.add_pupil("p5".into(), "c1", &f, d(2027, 1, 10)).unwrap();
    b.run(|b| b.archive_pupil("p4", d(2027, 1, 20))).unwrap();

    let day = d(2027, 1, 24);
    let (change, undo) = b.run_undoable(|b| b.copy_forward("gp1", "gp2", "rem-gp2", "Groepsplan lezen evalueren", day)).unwrap();
    let next = b.group_plan("gp2").unwrap().clone();
    assert_eq!((next.start, next.end, next.evaluation), (d(2027, 1, 25), d(2027, 3, 21), d(2027, 3, 21)));
    assert_eq!(next.follows.as_deref(), Some("gp1"));
    assert_eq!((next.goal.as_str(), next.naming, next.subject), ("Iedereen leest AVI E4 vlot", GroupNaming::Bhv, Domain::Reading));
    assert_eq!(next.group(Tier::Intensive).unwrap().approach, "Instructietafel");
    assert_eq!(next.group(Tier::Intensive).unwrap().form(), GroupForm::Apart, "the form is copied forward too");
    assert!(next.outcomes.is_empty());
    assert_eq!(
        tiers(&b, "gp2"),
        vec![(Tier::Intensive, s(&["p1"])), (Tier::Core, s(&["p2", "p5"])), (Tier::Enrichment, s(&["p3"]))]
    );
    // The old plan and its evaluation are kept: the history of every period.
    assert_eq!(b.group_plans_of("c1").iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), vec!["gp2", "gp1"]);
    assert_eq!(b.group_plan("gp1").unwrap().verdict_of("p2"), Some(Verdict::Up));
    assert!(change.puts.iter().any(|r| matches!(r, Record::Reminder(r) if r.due == d(2027, 3, 21))));
    b.apply(&undo);
    assert!(b.group_plan("gp2").is_none() && !b.reminders.iter().any(|r| r.id == "rem-gp2"));
}

#[test]
fn deleting_a_plan_takes_its_reminder_along_and_undo_brings_both_back() {
    let mut b = school();
    b.run_undoable(|b| b.new_group_plan(new("gp1"), today())).unwrap();
    let before = b.clone();
    let (change, undo) = b.run_undoable(|b| b.delete_group_plan("gp1")).unwrap();
    assert_eq!(change.deletes.len(), 2);
    assert!(b.group_plans.is_empty() && b.reminders.is_empty());
    b.apply(&undo);
    assert_eq!(b, before);
}

#[test]
fn a_stored_plan_is_checked_like_a_form() {
    let mut b = school();
    b.run_undoable(|b| b.new_group_plan(new("gp1"), today())).unwrap();
    let mut plan = b.group_plan("gp1").unwrap().clone();
    plan.groups[1].pupils.push("p2".into()); // p2 is in the intensive group already
    assert_eq!(plan.clone().validated().unwrap().group(Tier::Core).unwrap().pupils, s(&["p1"]));
    plan.groups.pop();
    assert_eq!(plan.validated(), Err(PlanError::BadGroups));
    let json = serde_json::to_value(b.group_plan("gp1").unwrap()).unwrap();
    assert_eq!(json["naming"], "bhv");
    assert_eq!(json["groups"][0]["tier"], "intensive");
}

#[test]
fn deleting_a_pupil_takes_them_out_of_every_plan_and_deleting_the_class_takes_the_plans() {
    let mut b = school();
    b.run_undoable(|b| b.new_group_plan(new("gp1"), today())).unwrap();
    b.run_undoable(|b| b.set_verdict("gp1", "p2", Some(Verdict::Up))).unwrap();
    let before = b.clone();
    let (del, undo) = b.run_undoable(|b| b.delete_pupil("p2")).unwrap();
    assert!(del.puts.iter().any(|r| matches!(r, Record::GroupPlan(_))));
    let plan = b.group_plan("gp1").unwrap();
    assert_eq!((plan.tier_of("p2"), plan.verdict_of("p2")), (None, None));
    b.apply(&undo);
    assert_eq!(b.group_plan("gp1"), before.group_plan("gp1"));
    assert!(b.pupil("p2").is_some());

    let (del, undo) = b.run_undoable(|b| b.delete_class("c1")).unwrap();
    assert!(del.deletes.contains(&"group_plan:gp1".to_string()) && del.deletes.contains(&"reminder:rem-gp1".to_string()));
    assert!(b.group_plans.is_empty() && b.reminders.is_empty());
    b.apply(&undo);
    assert_eq!(b.group_plan("gp1"), before.group_plan("gp1"));
}

#[test]
fn a_pupil_long_in_the_lowest_group_is_flagged_after_eight_weeks_or_two_periods() {
    let mut b = school();
    // One plan of exactly eight weeks (56 days), Bram in the intensive group.
    let mut n = new("gp1");
    n.end = d(2027, 1, 24);
    b.run_undoable(|b| b.new_group_plan(n, today())).unwrap();
    let flags = |b: &Book, plan: &str, day: NaiveDate| b.long_in_lowest_group(plan, day).into_iter().map(|f| (f.pupil_id, f.days, f.periods)).collect::<Vec<_>>();
    assert_eq!(flags(&b, "gp1", d(2027, 1, 24)), vec![]);
    // A plan of 57 days: one day over.
    b.run_undoable(|b| b.edit_group_plan("gp1", "Vlot lezen".into(), d(2026, 11, 30), d(2027, 1, 25), d(2027, 1, 25), today())).unwrap();
    assert_eq!(flags(&b, "gp1", d(2027, 1, 25)), vec![("p2".into(), 57, 1), ("p4".into(), 57, 1)]);
    assert_eq!(flags(&b, "gp1", d(2027, 1, 24)), vec![], "counted up to today only");
    b.run_undoable(|b| b.edit_group_plan("gp1", "Vlot lezen".into(), d(2026, 11, 30), d(2027, 1, 24), d(2027, 1, 24), today())).unwrap();
    // Next period: Bram stays, Sem moves up. Bram is in his second period: flagged at once.
    b.run_undoable(|b| b.set_verdict("gp1", "p4", Some(Verdict::Up))).unwrap();
    b.run_undoable(|b| b.copy_forward("gp1", "gp2", "rem-gp2", "Evalueren", d(2027, 1, 24))).unwrap();
    assert_eq!(flags(&b, "gp2", d(2027, 1, 26)), vec![("p2".into(), 56 + 2, 2)]);
    // A plan of another subject does not count.
    let mut maths = new("gp3");
    maths.subject = Domain::Maths;
    b.run_undoable(|b| b.new_group_plan(maths, today())).unwrap();
    assert_eq!(flags(&b, "gp3", d(2027, 1, 10)).len(), 0);
}
