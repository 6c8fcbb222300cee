use super::*;
use crate::domain::book::PupilFields;
use crate::domain::followup::queries::{plan_days, spread, start_of_iso_week};
use crate::domain::followup::{group, HolidayError, ReminderGroup, SupportLevel};
use crate::domain::goals::{Baseline, Goal, GoalState, Measure, SubGoal};
use crate::domain::model::{SchoolSystem, YearGroup};

use crate::domain::test_kit::d;
/// Wednesday 5 March 2025.
fn today() -> NaiveDate {
    d(2025, 3, 5)
}

fn book() -> Book {
    let mut b = Book::default();
    let g5 = YearGroup { system: SchoolSystem::Nl, n: 5 };
    b.add_class("c1".into(), "Groep 5", "", g5, d(2025, 1, 6)).unwrap();
    for (id, name, level) in [("p1", "Anna", SupportLevel::Basis), ("p2", "Bram", SupportLevel::Extra)] {
        let f = PupilFields { name: name.into(), support_level: level, ..Default::default() };
        b.add_pupil(id.into(), "c1", &f, d(2025, 1, 6)).unwrap();
    }
    b
}

/// Words a derived check-in's title for these tests: goal id and sub-goal number (the
/// real words are tested in `i18n::followup`).
fn titles(goal: &Goal, index: u32) -> String {
    format!("{} #{}", goal.id, index + 1)
}

fn free(id: &str, due: NaiveDate, repeat: Repeat) -> NewReminder {
    NewReminder { id: id.into(), source: ReminderSource::Free, pupil_id: Some("p1".into()), title: "Ouders bellen".into(), due, repeat }
}

fn goal(id: &str, pupil: &str) -> Goal {
    let g = crate::domain::goals::test_kit::goal(id, pupil);
    Goal {
        measure: Measure { name: "DMT-kaart 2".into(), ..g.measure.clone() },
        baseline: Some(Baseline { value: 30.0, date: d(2025, 2, 3) }),
        target: 45.0,
        target_date: d(2025, 4, 30),
        sub_goals: vec![
            SubGoal { target: 35.0, date: d(2025, 2, 24), done: true },
            SubGoal { target: 40.0, date: d(2025, 3, 5), done: false },
            SubGoal { target: 45.0, date: d(2025, 3, 19), done: false },
        ],
        created_on: d(2025, 2, 3),
        ..g
    }
}

#[test]
fn add_reminder_validates_pupil_and_fields() {
    let mut b = book();
    let c = b.add_reminder(free("r1", today(), Repeat::None), today()).unwrap();
    assert_eq!(c.puts.len(), 1);
    assert_eq!(b.reminders.len(), 1);
    let mut unknown = free("r2", today(), Repeat::None);
    unknown.pupil_id = Some("nobody".into());
    assert_eq!(b.add_reminder(unknown, today()), Err(FollowUpError::NotFound));
    assert_eq!(
        b.add_reminder(free("r3", d(2025, 3, 4), Repeat::None), today()),
        Err(FollowUpError::Create(CreateReminderError::DateInPast { due: d(2025, 3, 4), today: today() }))
    );
    let mut no_pupil = free("r4", today(), Repeat::None);
    no_pupil.pupil_id = None;
    b.add_reminder(no_pupil, today()).unwrap();
    assert!(b.add_reminder(free("r1", today(), Repeat::None), today()).is_err(), "ids are unique");
    assert_eq!(b.reminders.len(), 2);
    assert_eq!(b.due_reminder_count(today()), 2);
}

#[test]
fn complete_a_repeating_reminder_spawns_the_next_and_undo_takes_it_back() {
    let mut b = book();
    b.add_reminder(free("r1", today(), Repeat::EverySchoolDays(2)), today()).unwrap();
    let before = b.clone();
    let (change, undo) = b.run_undoable(|b| b.complete_reminder("r1", "r1b", today(), titles)).unwrap();
    assert_eq!(change.puts.len(), 2);
    let next = b.reminders.iter().find(|r| r.id == "r1b").unwrap();
    assert_eq!(next.due, d(2025, 3, 7), "Wednesday + 2 school days is Friday");
    assert_eq!(b.due_reminder_count(today()), 0);
    b.apply(&undo);
    assert_eq!(b, before);
    assert_eq!(b.run_undoable(|b| b.complete_reminder("zz", "n", today(), titles)), Err(FollowUpError::NotFound));
}

#[test]
fn holidays_shift_every_n_school_days() {
    let mut b = book();
    b.add_holiday(d(2025, 3, 6), d(2025, 3, 7), "Studiedagen").unwrap();
    b.add_reminder(free("r1", today(), Repeat::EverySchoolDays(2)), today()).unwrap();
    b.run_undoable(|b| b.complete_reminder("r1", "r1b", today(), titles)).unwrap();
    let next = b.reminders.iter().find(|r| r.id == "r1b").unwrap();
    assert_eq!(next.due, d(2025, 3, 11), "Thu/Fri off, weekend: Monday is 1, Tuesday 2");
}

#[test]
fn snooze_reschedule_repeat_and_delete() {
    let mut b = book();
    b.add_reminder(free("r1", today(), Repeat::None), today()).unwrap();
    let ((_, due), undo) = b.run_undoable(|b| b.snooze_reminder("r1", Snooze::SchoolDay, today(), titles)).unwrap();
    assert_eq!(due, d(2025, 3, 6));
    assert_eq!(b.reminders[0].snoozed_from, Some(today()));
    b.apply(&undo);
    assert_eq!(b.reminders[0].due, today());
    let ((_, due), _) = b.run_undoable(|b| b.snooze_reminder("r1", Snooze::Week, today(), titles)).unwrap();
    assert_eq!(due, d(2025, 3, 12));
    b.run_undoable(|b| b.reschedule_reminder("r1", d(2025, 3, 20), today(), titles)).unwrap();
    assert_eq!((b.reminders[0].due, b.reminders[0].snoozed_from), (d(2025, 3, 20), None));
    assert!(matches!(b.run_undoable(|b| b.reschedule_reminder("r1", d(2025, 3, 1), today(), titles)), Err(FollowUpError::Reschedule(_))));
    b.run_undoable(|b| b.set_reminder_repeat("r1", Repeat::Weekly, titles)).unwrap();
    assert_eq!(b.reminders[0].repeat, Repeat::Weekly);
    assert_eq!(
        b.run_undoable(|b| b.set_reminder_repeat("r1", Repeat::EverySchoolDays(0), titles)),
        Err(FollowUpError::Create(CreateReminderError::ZeroInterval))
    );
    let (_, undo) = b.run_undoable(|b| b.delete_reminder("r1")).unwrap();
    assert!(b.reminders.is_empty());
    b.apply(&undo);
    assert_eq!(b.reminders.len(), 1);
    b.run_undoable(|b| b.complete_reminder("r1", "r2", d(2025, 3, 20), titles)).unwrap();
    assert_eq!(b.run_undoable(|b| b.set_reminder_repeat("r1", Repeat::None, titles)), Err(FollowUpError::AlreadyDone));
}

#[test]
fn sub_goal_check_ins_are_derived_once_and_stored_only_when_acted_on() {
    let mut b = book();
    b.goals.push(goal("g1", "p1"));
    let derived = b.derived_checkins(titles);
    assert_eq!(derived.len(), 2, "the done sub-goal gives no check-in");
    assert_eq!(derived[0].id, "checkin:g1:1");
    assert_eq!(derived[0].title, "g1 #2", "titled by the goal and the sub-goal's index");
    assert_eq!(derived[0].source, ReminderSource::SubGoalCheckIn { goal_id: "g1".into(), index: 1 });
    assert_eq!(b.due_reminder_count(today()), 1);
    assert!(b.reminders.is_empty());

    // Snoozing stores it; the derived one is then not listed again.
    let (_, undo) = b.run_undoable(|b| b.snooze_reminder("checkin:g1:1", Snooze::Week, today(), titles)).unwrap();
    assert_eq!(b.reminders.len(), 1);
    assert_eq!(b.reminders[0].title, "g1 #2", "stored with the title it was listed with");
    assert_eq!(b.reminder_list(titles).len(), 2);
    assert_eq!(b.due_reminder_count(today()), 0);
    b.apply(&undo);
    assert!(b.reminders.is_empty(), "undo removes the stored copy: derived again");
    assert_eq!(b.due_reminder_count(today()), 1);

    // Done: stored as done, disappears from the open list.
    b.run_undoable(|b| b.complete_reminder("checkin:g1:1", "n", today(), titles)).unwrap();
    assert_eq!(group(&b.reminder_list(titles), today()).today.len(), 0);
    assert_eq!(b.reminder_list(titles).len(), 2);

    // Goals that are no longer active and archived pupils give none.
    b.goals[0].state = GoalState::Achieved { date: today() };
    assert!(b.derived_checkins(titles).is_empty());
    let mut g2 = goal("g2", "p2");
    g2.measure.name = String::new();
    b.goals.push(g2);
    assert_eq!(b.derived_checkins(titles)[0].title, "g2 #2");
    b.run(|b| b.archive_pupil("p2", today())).unwrap();
    assert!(b.derived_checkins(titles).is_empty());
}

#[test]
fn reminders_of_pupils_who_left_leave_the_list() {
    let mut b = book();
    b.add_reminder(free("r1", today(), Repeat::None), today()).unwrap();
    b.run(|b| b.archive_pupil("p1", today())).unwrap();
    assert_eq!(b.due_reminder_count(today()), 0);
    b.restore_pupil("p1").unwrap();
    assert_eq!(b.due_reminder_count(today()), 1);
}

fn moment(id: &str, pupil: &str, follow_up: Option<NaiveDate>) -> NewMoment {
    NewMoment { id: id.into(), pupil_id: pupil.into(), date: today(), kind: MomentKind::ShortCheckIn, minutes: 5, note: String::new(), follow_up }
}

#[test]
fn log_moment_with_a_follow_up_makes_a_session_reminder() {
    let mut b = book();
    let f = MomentFollowUp { reminder_id: "r1".into(), title: "Opvolgen".into() };
    let (change, undo) = b.run_undoable(|b| b.log_moment(moment("m1", "p1", Some(d(2025, 3, 10))), Some(f), today())).unwrap();
    assert_eq!(change.puts.len(), 2);
    assert_eq!(b.moments.len(), 1);
    assert_eq!(b.reminders[0].source, ReminderSource::Session { session_id: "m1".into() });
    assert_eq!(b.reminders[0].due, d(2025, 3, 10));
    b.apply(&undo);
    assert!(b.moments.is_empty() && b.reminders.is_empty());
    // Without a follow-up date no reminder is made; bad input changes nothing.
    b.run_undoable(|b| b.log_moment(moment("m2", "p1", None), None, today())).unwrap();
    assert_eq!((b.moments.len(), b.reminders.len()), (1, 0));
    assert_eq!(b.run_undoable(|b| b.log_moment(moment("m3", "ghost", None), None, today())), Err(FollowUpError::Moment(MomentError::NoPupil)));
    let mut long = moment("m4", "p1", None);
    long.minutes = 0;
    assert!(matches!(b.run_undoable(|b| b.log_moment(long, None, today())), Err(FollowUpError::Moment(MomentError::MinutesOutOfRange { .. }))));
    assert_eq!(b.moments.len(), 1);
}

#[test]
fn plan_sessions_then_hold_one_in_one_tap() {
    let mut b = book();
    let days = plan_days(today(), &b.settings().calendar);
    assert_eq!(days, vec![d(2025, 3, 5), d(2025, 3, 6), d(2025, 3, 7)]);
    let dates = spread(2, &days);
    assert_eq!(dates, vec![d(2025, 3, 5), d(2025, 3, 6)]);
    let sessions = vec![
        PlannedSession { reminder_id: "s1".into(), pupil_id: "p1".into(), due: dates[0], minutes: 10, title: "Moment".into() },
        PlannedSession { reminder_id: "s2".into(), pupil_id: "p2".into(), due: dates[1], minutes: 15, title: "Moment".into() },
    ];
    assert_eq!(b.run_undoable(|b| b.plan_sessions(vec![], today())), Err(FollowUpError::NothingPlanned));
    let (_, undo) = b.run_undoable(|b| b.plan_sessions(sessions, today())).unwrap();
    assert_eq!(b.planned_sessions(Some("c1"), today()).len(), 2);
    assert_eq!(b.planned_sessions(Some("other"), today()).len(), 0);
    b.set_session_minutes("s2", 20).unwrap();
    assert!(b.set_session_minutes("s2", 0).is_err());

    let (_, held_undo) = b.run_undoable(|b| b.hold_session("s2", "m1", "n1", today(), titles)).unwrap();
    assert_eq!(b.moments.len(), 1);
    assert_eq!((b.moments[0].pupil_id.as_str(), b.moments[0].minutes, b.moments[0].kind), ("p2", 20, MomentKind::OneOnOne));
    assert!(!b.reminders.iter().find(|r| r.id == "s2").unwrap().is_open());
    assert_eq!(b.run_undoable(|b| b.hold_session("s2", "m2", "n2", today(), titles)), Err(FollowUpError::AlreadyDone));
    b.apply(&held_undo);
    assert!(b.moments.is_empty());
    assert!(b.reminders.iter().find(|r| r.id == "s2").unwrap().is_open());

    b.add_reminder(free("f1", today(), Repeat::None), today()).unwrap();
    assert_eq!(b.run_undoable(|b| b.hold_session("f1", "m3", "n3", today(), titles)), Err(FollowUpError::NotASession));
    b.apply(&undo);
    assert_eq!(b.planned_sessions(None, today()).len(), 0);
}

#[test]
fn plan_days_skip_weekends_and_holidays() {
    let b = book();
    let cal = b.settings().calendar;
    // Saturday: next week.
    assert_eq!(plan_days(d(2025, 3, 8), &cal).first(), Some(&d(2025, 3, 10)));
    assert_eq!(plan_days(d(2025, 3, 8), &cal).len(), 5);
    let mut b = book();
    b.add_holiday(d(2025, 3, 6), d(2025, 3, 14), "Voorjaarsvakantie").unwrap();
    let cal = b.settings().calendar;
    assert_eq!(plan_days(d(2025, 3, 6), &cal), (17..=21).map(|n| d(2025, 3, n)).collect::<Vec<_>>());
    assert_eq!(start_of_iso_week(d(2025, 3, 9)), d(2025, 3, 3));
    assert_eq!(spread(5, &[d(2025, 3, 7)]), vec![d(2025, 3, 7); 5]);
    assert!(spread(3, &[]).is_empty());
}

#[test]
fn settings_aim_and_holidays() {
    let mut b = book();
    b.set_attention_aim("c1", AttentionAim::compensating()).unwrap();
    assert!(b.class("c1").unwrap().attention_aim.is_compensating());
    assert_eq!(b.set_attention_aim("zz", AttentionAim::Equal), Err(FollowUpError::NotFound));

    b.set_attention_settings(8, 120, 15).unwrap();
    let s = b.settings();
    assert_eq!((s.not_seen_school_days, s.weekly_budget_minutes, s.session_minutes), (8, 120, 15));
    assert_eq!(
        b.set_attention_settings(0, 120, 15),
        Err(FollowUpError::SettingOutOfRange { field: SettingField::NotSeen, min: 1, max: 60 })
    );
    assert!(b.set_attention_settings(8, 2, 15).is_err());
    assert!(b.set_attention_settings(8, 120, 0).is_err());

    b.add_holiday(d(2025, 4, 21), d(2025, 4, 21), "Paasmaandag").unwrap();
    b.add_holiday(d(2025, 2, 24), d(2025, 2, 28), "Voorjaarsvakantie").unwrap();
    assert_eq!(b.settings().calendar.holidays[0].name, "Voorjaarsvakantie", "sorted by start");
    assert_eq!(b.add_holiday(today(), today(), "  "), Err(FollowUpError::Holiday(HolidayError::EmptyName)));
    let (_, undo) = b.run_undoable(|b| b.remove_holiday(0)).unwrap();
    assert_eq!(b.settings().calendar.holidays.len(), 1);
    b.apply(&undo);
    assert_eq!(b.settings().calendar.holidays.len(), 2);
    assert_eq!(b.run_undoable(|b| b.remove_holiday(5)), Err(FollowUpError::NotFound));
    assert_eq!(b.settings().not_seen_school_days, 8, "other settings kept");
}

#[test]
fn a_pupils_open_reminders_are_the_lists_open_reminders_of_that_pupil() {
    let mut b = book();
    b.goals.push(goal("g1", "p1"));
    b.goals.push(goal("g2", "p2"));
    b.add_reminder(free("r1", d(2025, 3, 10), Repeat::None), today()).unwrap();
    let mut other = free("r2", d(2025, 3, 6), Repeat::None);
    other.pupil_id = Some("p2".into());
    b.add_reminder(other, today()).unwrap();
    b.run_undoable(|b| b.snooze_reminder("checkin:g1:1", Snooze::Week, today(), titles)).unwrap();
    for pupil in ["p1", "p2"] {
        let mut want: Vec<Reminder> = b
            .reminder_list(titles)
            .into_iter()
            .filter(|r| r.is_open() && r.pupil_id.as_deref() == Some(pupil))
            .collect();
        want.sort_by(crate::domain::followup::list_order);
        assert_eq!(b.open_reminders_of(pupil, titles), want, "{pupil}");
        assert!(!want.is_empty());
    }
    b.run(|b| b.archive_pupil("p1", today())).unwrap();
    assert!(b.open_reminders_of("p1", titles).is_empty(), "a pupil who left has nothing open");
}

#[test]
fn the_badge_counts_what_the_list_shows_as_due() {
    let mut b = book();
    b.goals.push(goal("g1", "p1"));
    b.goals.push(goal("g2", "p2"));
    let mut stopped = goal("g3", "p2");
    stopped.state = GoalState::Achieved { date: d(2025, 3, 1) };
    b.goals.push(stopped);
    b.add_reminder(free("r1", today(), Repeat::None), today()).unwrap();
    let mut other = free("r2", d(2025, 3, 6), Repeat::None);
    other.pupil_id = Some("p2".into());
    b.add_reminder(other, today()).unwrap();
    let listed = |b: &Book, day| crate::domain::followup::due_count(&b.reminder_list(titles), day);
    for day in [today(), d(2025, 3, 6), d(2025, 3, 19), d(2025, 2, 1)] {
        assert_eq!(b.due_reminder_count(day), listed(&b, day), "{day}");
    }
    // A stored check-in replaces the derived one; a pupil who left drops out.
    b.run_undoable(|b| b.snooze_reminder("checkin:g1:1", Snooze::Week, today(), titles)).unwrap();
    assert_eq!(b.due_reminder_count(d(2025, 3, 19)), listed(&b, d(2025, 3, 19)));
    b.run(|b| b.archive_pupil("p2", today())).unwrap();
    for day in [today(), d(2025, 3, 19)] {
        assert_eq!(b.due_reminder_count(day), listed(&b, day), "{day}");
    }
    b.add_reminder(free("r3", today(), Repeat::None), today()).unwrap();
    b.run_undoable(|b| b.complete_reminder("r3", "r4", today(), titles)).unwrap();
    assert!(b.reminders.iter().any(|r| r.id == "r3" && !r.is_open()));
    for day in [today(), d(2025, 3, 19)] {
        let page = b.open_reminders_page(titles, day, |_| usize::MAX);
        let all = group(&b.reminder_list(titles), day);
        for g in ReminderGroup::ALL {
            let shown: Vec<&Reminder> = page.get(g).first.iter().map(|l| &l.reminder).collect();
            assert_eq!(shown, all.get(g).iter().collect::<Vec<_>>(), "{day} {g:?}");
            assert_eq!(page.get(g).total, all.get(g).len());
            for l in &page.get(g).first {
                assert_eq!(l.stored, b.reminder(&l.reminder.id).is_some(), "{}", l.reminder.id);
            }
        }
    }
    assert_eq!(b.due_reminder_count(d(2025, 3, 19)), 3, "r1, g1's snoozed check-in and its last one; p2's are gone");
}

#[test]
fn a_short_page_of_the_list_is_the_start_of_the_whole_list() {
    // Six goals with check-ins on the same two dates as stored reminders, so a group's
    // last shown place is decided by title among items of one date.
    let mut b = book();
    for (i, pupil) in ["p1", "p2", "p1", "p2", "p1", "p2"].into_iter().enumerate() {
        b.goals.push(goal(&format!("g{i}"), pupil));
    }
    for (id, due) in [("r1", d(2025, 3, 5)), ("r2", d(2025, 3, 19)), ("r3", d(2025, 3, 3)), ("r4", d(2025, 3, 19))] {
        let mut r = free(id, due, Repeat::None);
        r.title = format!("g3 #{id}");
        b.add_reminder(r, d(2025, 3, 1)).unwrap();
    }
    b.run_undoable(|b| b.snooze_reminder("checkin:g4:1", Snooze::Week, today(), titles)).unwrap();
    let all = group(&b.reminder_list(titles), today());
    assert!(all.get(ReminderGroup::Today).len() >= 6 && all.get(ReminderGroup::Later).len() >= 7);
    for n in 0..=9 {
        let page = b.open_reminders_page(titles, today(), |_| n);
        for g in ReminderGroup::ALL {
            let shown: Vec<&Reminder> = page.get(g).first.iter().map(|l| &l.reminder).collect();
            assert_eq!(shown, all.get(g).iter().take(n).collect::<Vec<_>>(), "{g:?} first {n}");
            assert_eq!(page.get(g).total, all.get(g).len(), "{g:?} first {n}");
            for l in &page.get(g).first {
                assert_eq!(l.stored, b.reminder(&l.reminder.id).is_some(), "{}", l.reminder.id);
            }
        }
    }
}

#[test]
fn an_agreement_is_a_reminder_with_its_owner_and_the_same_checks() {
    let mut b = book();
    let c = b.add_agreement(free("a1", d(2025, 3, 19), Repeat::None), Owner::Parents, today()).unwrap();
    let Record::Reminder(r) = &c.puts[0] else { panic!("a reminder") };
    assert_eq!(r.owner, Some(Owner::Parents));
    assert_eq!(b.reminders[0].owner, Some(Owner::Parents), "the book holds the owner too");
    assert!(b.add_agreement(free("a2", d(2025, 3, 4), Repeat::None), Owner::Pupil, today()).is_err(), "a date in the past");
    let mut gone = free("a3", d(2025, 3, 19), Repeat::None);
    gone.pupil_id = Some("ghost".into());
    assert!(b.add_agreement(gone, Owner::Teacher, today()).is_err());
    assert_eq!(b.reminders.len(), 1);
    // Stored without an owner field when there is none, so older entries read the same.
    let plain = b.add_reminder(free("f1", d(2025, 3, 19), Repeat::None), today()).unwrap();
    assert!(!serde_json::to_string(&plain.puts[0]).unwrap().contains("owner"));
}

#[test]
fn the_planner_proposes_only_pupils_without_a_session_this_week() {
    let mut b = book();
    let (both, everyone) = b.propose_sessions("c1", today(), 100, titles, today()).unwrap();
    let ids = |p: &crate::domain::followup::Proposal| p.items.iter().map(|i| i.pupil_id.clone()).collect::<Vec<_>>();
    assert_eq!((ids(&both).len(), ids(&everyone).len()), (2, 2));
    let s1 = PlannedSession { reminder_id: "s1".into(), pupil_id: "p1".into(), due: today(), minutes: 10, title: "Moment".into() };
    b.run(|b| b.plan_sessions(vec![s1], today())).unwrap();
    let (left, _) = b.propose_sessions("c1", today(), 100, titles, today()).unwrap();
    assert_eq!(ids(&left), ["p2"], "Anna has her moment this week");
    // A budget of nothing plans no one, and the proposal without a budget still lists Bram.
    let (none, everyone) = b.propose_sessions("c1", today(), 0, titles, today()).unwrap();
    assert!(none.items.is_empty());
    assert_eq!(ids(&everyone), ["p2"]);
    // The figures behind the attention page follow the moments of the class's own pupils.
    assert_eq!(b.class_attention("c1", false, today(), None).len(), 2);
    assert!(b.pupil_attention("p1", today()).is_some_and(|s| s.moments_last_4_weeks == 0));
    assert!(b.pupil_attention("nobody", today()).is_none());
}

#[test]
fn the_planner_counts_the_follow_ups_of_the_class_s_own_pupils_only() {
    // Two classes, each with goals whose check-ins fall due this week and stored reminders,
    // one overdue: the proposal for a class is what the whole list would give it.
    let mut b = book();
    let g5 = YearGroup { system: SchoolSystem::Nl, n: 5 };
    b.add_class("c2".into(), "Groep 5b", "", g5, d(2025, 1, 6)).unwrap();
    let f = PupilFields { name: "Cas".into(), ..Default::default() };
    b.add_pupil("p3".into(), "c2", &f, d(2025, 1, 6)).unwrap();
    for (g, pupil) in [("g1", "p1"), ("g2", "p3"), ("g3", "p3")] {
        b.goals.push(goal(g, pupil));
    }
    for (id, pupil, due) in [("r1", "p2", d(2025, 3, 6)), ("r2", "p3", d(2025, 3, 6)), ("r3", "p2", d(2025, 3, 3))] {
        let mut r = free(id, due, Repeat::None);
        r.pupil_id = Some(pupil.into());
        b.add_reminder(r, d(2025, 3, 1)).unwrap();
    }
    let s = b.settings();
    let settings = crate::domain::followup::PlannerSettings {
        aim: crate::domain::followup::AttentionAim::default(),
        budget_minutes: 100,
        default_minutes_per_session: s.session_minutes,
        not_seen_threshold: s.not_seen_school_days,
    };
    let all = b.reminder_list(titles);
    for class in ["c1", "c2"] {
        let pupils = b.attention_pupils(class, false);
        let want = crate::domain::followup::propose(&pupils, &b.moments, &all, &settings, today(), &s.calendar).unwrap();
        let (got, _) = b.propose_sessions(class, today(), 100, titles, today()).unwrap();
        assert_eq!(got, want, "{class}");
        assert!(!got.items.is_empty());
    }
    let (c1, _) = b.propose_sessions("c1", today(), 100, titles, today()).unwrap();
    assert_eq!(c1.items[0].pupil_id, "p2", "Bram's overdue reminder comes first");
}

#[test]
fn the_attention_figures_from_a_window_say_how_far_back_they_looked() {
    use crate::domain::followup::test_kit::moment;
    let mut b = book(); // Anna and Bram, added 6 January
    let f = PupilFields { name: "Cas".into(), ..Default::default() };
    b.add_pupil("p3".into(), "c1", &f, d(2025, 2, 20)).unwrap();
    b.apply(&Change { puts: vec![Record::AttentionMoment(moment("p1", d(2025, 1, 10), 10)), Record::AttentionMoment(moment("p2", d(2025, 3, 3), 5))], deletes: vec![] });
    let since = d(2025, 2, 1);
    let by_id = |stats: Vec<crate::domain::followup::PupilStats>| stats.into_iter().map(|s| (s.pupil_id.clone(), (s.last_date, s.looked_since))).collect::<std::collections::BTreeMap<_, _>>();
    let window = by_id(b.class_attention("c1", false, today(), Some(since)));
    // Anna's moment is before the window: not seen since 1 February; Bram was seen on 3
    // March; Cas came after the window began, so "never" is known.
    assert_eq!(window["p1"], (None, Some(since)));
    assert_eq!(window["p2"], (Some(d(2025, 3, 3)), None));
    assert_eq!(window["p3"], (None, None));
    // Every moment looked at: Anna's last moment is known.
    let all = by_id(b.class_attention("c1", false, today(), None));
    assert_eq!(all["p1"], (Some(d(2025, 1, 10)), None));
    // The not-seen line is the same either way (threshold 10 school days).
    let not_seen = |s: Option<NaiveDate>| b.class_attention("c1", false, today(), s).iter().filter(|p| p.is_not_seen(10)).count();
    assert_eq!((not_seen(Some(since)), not_seen(None)), (2, 2));
}
