//! Tests for progress monitoring: aim line, trend, decision rules in both directions,
//! achievement with confirmations, and the state transitions.

use super::*;
use crate::domain::goals::model::{Direction, Measure, SubGoal, Unit};
use chrono::Duration;

fn day0() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 6).unwrap()
}

fn w(n: i64) -> NaiveDate {
    day0() + Duration::weeks(n)
}

/// 40 → 52 words per minute in 12 weeks: the aim line rises 1 a week.
fn goal(direction: Direction) -> Goal {
    let (base, target) = match direction {
        Direction::Increasing => (40.0, 52.0),
        Direction::Decreasing => (52.0, 40.0),
    };
    let g = crate::domain::goals::test_kit::goal("g", "p");
    Goal {
        measure: Measure { direction, ..g.measure.clone() },
        baseline: Some(Baseline { value: base, date: day0() }),
        target,
        target_date: w(12),
        conditions: "AVI E4".into(),
        confirmations: 2,
        own_words: "Ik kan 52 woorden per minuut lezen".into(),
        created_on: day0(),
        ..g
    }
}

/// Measurements at weeks 1.. with the given offsets from the aim line (in the good direction).
fn along(g: &Goal, offsets: &[f64]) -> Vec<Measurement> {
    offsets
        .iter()
        .enumerate()
        .map(|(i, off)| {
            let date = w(i as i64 + 1);
            let aim = aim_line(g, date).unwrap();
            Measurement { id: format!("m{i}"), goal_id: g.id.clone(), value: g.measure.direction.advance(aim, *off), date, note: String::new() }
        })
        .collect()
}

#[test]
fn aim_line_runs_from_baseline_to_target() {
    let g = goal(Direction::Increasing);
    let cases = [(day0() - Duration::days(3), 40.0), (day0(), 40.0), (w(1), 41.0), (w(6), 46.0), (w(12), 52.0), (w(20), 52.0)];
    for (date, want) in cases {
        assert!((aim_line(&g, date).unwrap() - want).abs() < 1e-9, "{date}");
    }
    let mut no_base = g.clone();
    no_base.baseline = None;
    assert_eq!(aim_line(&no_base, w(1)), Err(ProgressError::NoBaseline));
    no_base.measure.unit = Unit::Milestone;
    assert_eq!(aim_line(&no_base, day0()), Ok(0.0));
}

#[test]
fn trend_line_and_its_errors() {
    let g = goal(Direction::Increasing);
    let ms = along(&g, &[0.0, 0.0, 0.0, 0.0]);
    let t = trend(&ms).unwrap();
    assert!((t.slope_per_week() - 1.0).abs() < 1e-9);
    assert!((t.value_at(w(12)) - 52.0).abs() < 1e-9);
    assert_eq!(trend(&ms[..1]), Err(ProgressError::TooFewPoints { got: 1 }));
    assert_eq!(trend(&[]), Err(ProgressError::TooFewPoints { got: 0 }));
    let mut same = ms.clone();
    for m in &mut same {
        m.date = w(1);
    }
    assert_eq!(trend(&same), Err(ProgressError::NoDateSpread));
    let mut nan = ms;
    nan[2].value = f64::NAN;
    assert_eq!(trend(&nan), Err(ProgressError::Value(ValueError::NotFinite)));
}

#[test]
fn decision_rules_in_both_directions() {
    let cases: &[(&[f64], Option<Advice>)] = &[
        (&[-1.0, -1.0, -1.0, -1.0, -1.0], None),                   // five points: too few
        (&[1.0, 1.0, -1.0, -1.0, -1.0, -1.0], Some(Advice::AdjustApproach)),
        (&[-1.0, -1.0, 1.0, 1.0, 1.0, 1.0], Some(Advice::RaiseGoal)),
        (&[-1.0, -1.0, -1.0, -1.0, -1.0, 1.0], None),              // the last one is ahead
        (&[1.0, 1.0, 1.0, 1.0, 1.0, -1.0], None),
        (&[-1.0, -1.0, -1.0, 0.0, -1.0, -1.0], None),              // a point on the line breaks the run
        (&[0.0, 0.0, 0.0, 0.0, 0.0, 0.0], None),
        (&[-2.0, -2.0, -2.0, -2.0, -2.0, -2.0, -2.0, -2.0], Some(Advice::AdjustApproach)),
    ];
    for dir in Direction::ALL {
        let g = goal(dir);
        for (offsets, want) in cases {
            assert_eq!(decision(&g, &along(&g, offsets)), Ok(*want), "{dir:?} {offsets:?}");
        }
    }
    // For a decreasing measure "behind" is a value above the line.
    let g = goal(Direction::Decreasing);
    let ms = along(&g, &[0.0, 0.0, -1.0, -1.0, -1.0, -1.0]);
    assert!(ms[5].value > aim_line(&g, ms[5].date).unwrap());
    assert_eq!(decision(&g, &ms), Ok(Some(Advice::AdjustApproach)));
}

#[test]
fn after_an_approach_change_the_rule_waits_for_four_new_points() {
    let mut g = goal(Direction::Increasing);
    // Behind for six weeks: change the approach.
    let ms = along(&g, &[-1.0; 6]);
    assert_eq!(decision(&g, &ms), Ok(Some(Advice::AdjustApproach)));
    g.mark_approach_change(w(6), "  Verlengde instructie   3x per week ", w(6)).unwrap();
    assert_eq!(g.approach_changes[0].label, "Verlengde instructie 3x per week");
    assert_eq!(decision(&g, &ms), Ok(None), "the old points no longer speak");
    let three_more = along(&g, &[-1.0; 9]);
    assert_eq!(decision(&g, &three_more), Ok(None), "three new points are too few");
    let four_more = along(&g, &[-1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 1.0, 1.0, 1.0, 1.0]);
    assert_eq!(decision(&g, &four_more), Ok(Some(Advice::RaiseGoal)), "the new approach works");
}

#[test]
fn an_approach_change_needs_a_short_name_and_a_day_in_the_goals_life() {
    let mut g = goal(Direction::Increasing);
    assert_eq!(g.mark_approach_change(w(2), "  ", w(3)), Err(TransitionError::EmptyApproach));
    assert_eq!(g.mark_approach_change(w(2), &"x".repeat(81), w(3)), Err(TransitionError::ApproachTooLong { max: 80 }));
    assert_eq!(g.mark_approach_change(w(4), "RT", w(3)), Err(TransitionError::DateInFuture));
    assert_eq!(g.mark_approach_change(day0() - Duration::days(1), "RT", w(3)), Err(TransitionError::DateBeforeStart));
    g.mark_approach_change(w(3), "B", w(3)).unwrap();
    g.mark_approach_change(w(1), "A", w(3)).unwrap();
    let labels: Vec<&str> = g.approach_changes.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels, ["A", "B"], "kept in date order");
    assert_eq!(g.unmark_approach_change(5), Err(TransitionError::NoSuchApproach));
    g.unmark_approach_change(0).unwrap();
    assert_eq!(g.approach_changes.len(), 1);
}

#[test]
fn decision_ignores_other_goals_old_points_and_order() {
    let g = goal(Direction::Increasing);
    let mut ms = along(&g, &[1.0, 1.0, -1.0, -1.0, -1.0, -1.0]);
    ms.reverse(); // order does not matter
    let mut other = ms[0].clone();
    other.goal_id = "other".into();
    other.value = 100.0;
    other.date = w(7);
    ms.push(other);
    let mut before = ms[1].clone();
    before.date = day0() - Duration::weeks(1);
    before.value = 100.0;
    ms.push(before);
    assert_eq!(decision(&g, &ms), Ok(Some(Advice::AdjustApproach)));
}

#[test]
fn no_advice_for_closed_goals_and_error_without_baseline() {
    let mut g = goal(Direction::Increasing);
    let ms = along(&g, &[-1.0; 6]);
    g.achieve(w(6)).unwrap();
    assert_eq!(decision(&g, &ms), Ok(None));
    let mut g = goal(Direction::Increasing);
    g.baseline = None;
    assert_eq!(decision(&g, &ms), Err(ProgressError::NoBaseline));
}

#[test]
fn achievement_needs_the_last_n_measurements() {
    let g = goal(Direction::Increasing); // target 52, 2 confirmations
    let m = |i: i64, v: f64| Measurement { id: format!("m{i}"), goal_id: "g".into(), value: v, date: w(i), note: String::new() };
    let cases: &[(&[f64], u8, bool)] = &[
        (&[], 2, false),
        (&[52.0], 2, false),
        (&[52.0], 1, true),
        (&[52.0], 0, true), // zero is read as one
        (&[50.0, 52.0, 53.0], 2, true),
        (&[52.0, 53.0, 51.0], 2, false),
        (&[53.0, 51.9, 55.0], 2, false),
        (&[52.0, 52.0, 52.0], 3, true),
    ];
    for (values, conf, want) in cases {
        let mut g = g.clone();
        g.confirmations = *conf;
        let ms: Vec<_> = values.iter().enumerate().map(|(i, v)| m(i as i64 + 1, *v)).collect();
        assert_eq!(is_achieved(&g, &ms), *want, "{values:?} {conf}");
    }
    let mut down = goal(Direction::Decreasing); // target 40
    down.confirmations = 2;
    assert!(is_achieved(&down, &[m(1, 40.0), m(2, 38.0)]));
    assert!(!is_achieved(&down, &[m(1, 40.0), m(2, 41.0)]));
}

#[test]
fn recording_checks_value_and_date() {
    let g = goal(Direction::Increasing);
    let m = record_measurement(&g, "m1".into(), 44.0, w(1), " vlot gelezen ".into(), w(1)).unwrap();
    assert_eq!((m.goal_id.as_str(), m.note.as_str()), ("g", "vlot gelezen"));
    assert_eq!(record_measurement(&g, "m".into(), -1.0, w(1), String::new(), w(1)), Err(ProgressError::Value(ValueError::Negative)));
    assert_eq!(record_measurement(&g, "m".into(), f64::NAN, w(1), String::new(), w(1)), Err(ProgressError::Value(ValueError::NotFinite)));
    assert_eq!(record_measurement(&g, "m".into(), 44.0, w(2), String::new(), w(1)), Err(ProgressError::MeasurementInFuture));
}

#[test]
fn achieve_and_stop_transitions() {
    let mut g = goal(Direction::Increasing);
    assert_eq!(g.achieve(day0() - Duration::days(1)), Err(TransitionError::DateBeforeStart));
    g.achieve(w(10)).unwrap();
    assert_eq!(g.state, GoalState::Achieved { date: w(10) });
    assert_eq!(g.achieve(w(11)), Err(TransitionError::AlreadyAchieved));
    assert_eq!(g.stop(StopReason::NoLongerRelevant, w(11)), Err(TransitionError::AlreadyAchieved));

    let mut g = goal(Direction::Increasing);
    assert_eq!(g.stop(StopReason::Other("  ".into()), w(2)), Err(TransitionError::EmptyReason));
    assert_eq!(g.stop(StopReason::PupilLeft, day0() - Duration::days(1)), Err(TransitionError::DateBeforeStart));
    assert!(g.is_active());
    g.stop(StopReason::Other(" verhuisd ".into()), w(2)).unwrap();
    assert_eq!(g.state, GoalState::Stopped { date: w(2), reason: StopReason::Other("verhuisd".into()) });
    assert_eq!(g.achieve(w(3)), Err(TransitionError::AlreadyStopped));
    let adj = Adjustment { target: 60.0, target_date: w(14), restart_from: None };
    assert_eq!(g.adjust(adj, w(3)), Err(TransitionError::AlreadyStopped));
}

#[test]
fn adjust_keeps_history_and_replans() {
    let mut g = goal(Direction::Increasing);
    g.sub_goals = vec![SubGoal { target: 46.0, date: w(6), done: true }];
    let restart = Baseline { value: 47.0, date: w(4) };
    let adj = Adjustment { target: 60.0, target_date: w(14), restart_from: Some(restart) };
    g.adjust(adj, w(4)).unwrap();
    assert_eq!((g.target, g.target_date, g.baseline), (60.0, w(14), Some(restart)));
    assert_eq!(g.revisions.len(), 1);
    let r = &g.revisions[0];
    assert_eq!((r.on, r.previous_target, r.previous_target_date), (w(4), 52.0, w(12)));
    assert_eq!(r.previous_baseline, Some(Baseline { value: 40.0, date: day0() }));
    assert_eq!(r.previous_sub_goals.len(), 1);
    // 10 weeks from the restart: 4 new sub-goals, the last is the new target.
    assert_eq!(g.sub_goals.len(), 4);
    assert_eq!(g.sub_goals.last().map(|s| (s.target, s.date)), Some((60.0, w(14))));
    assert!((aim_line(&g, w(9)).unwrap() - 53.5).abs() < 1e-9);
    assert!(g.is_active());
}

#[test]
fn invalid_adjustments_change_nothing() {
    let base = goal(Direction::Increasing);
    let ok_date = w(14);
    let cases: &[(Adjustment, TransitionError)] = &[
        (Adjustment { target: 52.0, target_date: w(12), restart_from: None }, TransitionError::NothingChanged),
        (Adjustment { target: 40.0, target_date: ok_date, restart_from: None }, TransitionError::Invalid(GoalError::TargetEqualsBaseline)),
        (Adjustment { target: 30.0, target_date: ok_date, restart_from: None }, TransitionError::Invalid(GoalError::TargetWrongSide { direction: Direction::Increasing })),
        (Adjustment { target: -1.0, target_date: ok_date, restart_from: None }, TransitionError::Invalid(GoalError::Value { field: ValueField::Target, problem: ValueError::Negative })),
        (Adjustment { target: 60.0, target_date: w(4), restart_from: None }, TransitionError::Invalid(GoalError::TargetDateNotAfterToday)),
        (Adjustment { target: 60.0, target_date: w(3), restart_from: Some(Baseline { value: 45.0, date: w(4) }) }, TransitionError::Invalid(GoalError::TargetDateNotAfterToday)),
        (Adjustment { target: 60.0, target_date: w(60), restart_from: None }, TransitionError::Invalid(GoalError::TargetDateTooFar)),
        (Adjustment { target: 60.0, target_date: ok_date, restart_from: Some(Baseline { value: 45.0, date: w(5) }) }, TransitionError::Invalid(GoalError::BaselineInFuture)),
        (Adjustment { target: 60.0, target_date: ok_date, restart_from: Some(Baseline { value: f64::NAN, date: w(4) }) }, TransitionError::Invalid(GoalError::Value { field: ValueField::Baseline, problem: ValueError::NotFinite })),
    ];
    for (adj, want) in cases {
        let mut g = base.clone();
        assert_eq!(g.adjust(*adj, w(4)), Err(want.clone()), "{adj:?}");
        assert_eq!(g, base, "unchanged");
    }
}

#[test]
fn sub_goals_are_ticked_off_once() {
    let mut g = goal(Direction::Increasing);
    g.sub_goals = vec![
        SubGoal { target: 44.0, date: w(4), done: false },
        SubGoal { target: 48.0, date: w(8), done: false },
        SubGoal { target: 52.0, date: w(12), done: false },
    ];
    let m = |v: f64, d| Measurement { id: "m".into(), goal_id: "g".into(), value: v, date: d, note: String::new() };
    assert_eq!(g.mark_sub_goals(&[m(45.0, w(3))]), 1);
    assert_eq!(g.mark_sub_goals(&[m(45.0, w(3))]), 0);
    assert_eq!(g.mark_sub_goals(&[m(49.0, w(7)), m(47.0, w(8))]), 1);
    assert_eq!(g.sub_goals.iter().map(|s| s.done).collect::<Vec<_>>(), vec![true, true, false]);
}

#[test]
fn goal_json_tolerates_missing_later_fields() {
    let json = r#"{"id":"g","pupil_id":"p","domain":"Maths","measure":{"name":"tafels","unit":{"ItemsCorrectOutOf":20},"direction":"Increasing"},
        "baseline":{"value":8.0,"date":"2025-01-06"},"target":16.0,"target_date":"2025-02-17","confirmations":2,"created_on":"2025-01-06"}"#;
    let g: Goal = serde_json::from_str(json).unwrap();
    assert_eq!(g.state, GoalState::Active);
    assert!(g.sub_goals.is_empty() && g.revisions.is_empty() && g.own_words.is_empty());
    assert_eq!(g.measure.template, None);
}
