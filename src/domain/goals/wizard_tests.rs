//! Tests for the wizard draft: each step's checks, the step an error points back to, and
//! `finish` (cleaning, sub-goals, milestones).

use super::*;
use crate::domain::goals::model::{SubGoal, TemplateKey};
use chrono::Duration;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 3).unwrap()
}

fn complete() -> GoalDraft {
    GoalDraft {
        pupil_id: Some("p1".into()),
        domain: Some(Domain::Reading),
        measure: Some(Measure {
            name: " DMT-kaart 2 ".into(),
            unit: Unit::WordsCorrectPerMinute,
            direction: Direction::Increasing,
            template: Some(TemplateKey::OralReadingFluency),
        }),
        baseline: Some(Baseline { value: 40.0, date: today() }),
        target: Some(46.0),
        target_date: Some(today() + Duration::weeks(6)),
        conditions: Some("een tekst op AVI E4".into()),
        confirmations: Some(2),
        pupil_actions: Some(vec!["elke dag 10 minuten duolezen".into(), "  ".into()]),
        teacher_actions: Some(vec!["verlengde instructie op dinsdag".into()]),
        home_actions: None,
        own_words: Some("Ik kan 46 woorden per minuut lezen".into()),
    }
}

#[test]
fn a_complete_draft_passes_every_step() {
    let d = complete();
    for step in WizardStep::ALL {
        assert_eq!(d.validate_step(step, today()), Ok(()), "{step:?}");
    }
}

#[test]
fn each_problem_is_caught_at_its_step() {
    type Edit = fn(&mut GoalDraft);
    let cases: &[(&str, Edit, WizardStep, GoalError)] = &[
        ("no pupil", |d| d.pupil_id = None, WizardStep::Domain, GoalError::MissingPupil),
        ("blank pupil", |d| d.pupil_id = Some(" ".into()), WizardStep::Domain, GoalError::MissingPupil),
        ("no domain", |d| d.domain = None, WizardStep::Domain, GoalError::MissingDomain),
        ("no measure", |d| d.measure = None, WizardStep::Measure, GoalError::MissingMeasure),
        ("blank measure name", |d| d.measure.as_mut().unwrap().name = "  ".into(), WizardStep::Measure, GoalError::EmptyMeasureName),
        ("zero items", |d| d.measure.as_mut().unwrap().unit = Unit::ItemsCorrectOutOf(0), WizardStep::Measure, GoalError::ItemCountZero),
        ("milestone down", |d| {
            let m = d.measure.as_mut().unwrap();
            m.unit = Unit::Milestone;
            m.direction = Direction::Decreasing;
        }, WizardStep::Measure, GoalError::MilestoneMustIncrease),
        ("no baseline", |d| d.baseline = None, WizardStep::Baseline, GoalError::MissingBaseline),
        ("baseline without measure", |d| d.measure = None, WizardStep::Baseline, GoalError::MissingMeasure),
        ("negative baseline", |d| d.baseline.as_mut().unwrap().value = -2.0, WizardStep::Baseline, GoalError::Value { field: ValueField::Baseline, problem: ValueError::Negative }),
        ("nan baseline", |d| d.baseline.as_mut().unwrap().value = f64::NAN, WizardStep::Baseline, GoalError::Value { field: ValueField::Baseline, problem: ValueError::NotFinite }),
        ("baseline tomorrow", |d| d.baseline.as_mut().unwrap().date = today() + Duration::days(1), WizardStep::Baseline, GoalError::BaselineInFuture),
        ("no target", |d| d.target = None, WizardStep::Target, GoalError::MissingTarget),
        ("target = baseline", |d| d.target = Some(40.0), WizardStep::Target, GoalError::TargetEqualsBaseline),
        ("target below", |d| d.target = Some(30.0), WizardStep::Target, GoalError::TargetWrongSide { direction: Direction::Increasing }),
        ("target above for errors", |d| d.measure.as_mut().unwrap().direction = Direction::Decreasing, WizardStep::Target, GoalError::TargetWrongSide { direction: Direction::Decreasing }),
        ("infinite target", |d| d.target = Some(f64::INFINITY), WizardStep::Target, GoalError::Value { field: ValueField::Target, problem: ValueError::NotFinite }),
        ("percentage 120", |d| {
            d.measure.as_mut().unwrap().unit = Unit::Percentage;
            d.target = Some(120.0);
        }, WizardStep::Target, GoalError::Value { field: ValueField::Target, problem: ValueError::PercentageOutOfRange }),
        ("rubric 5", |d| {
            d.measure.as_mut().unwrap().unit = Unit::RubricLevel;
            d.baseline.as_mut().unwrap().value = 2.0;
            d.target = Some(5.0);
        }, WizardStep::Target, GoalError::Value { field: ValueField::Target, problem: ValueError::RubricOutOfRange }),
        ("items above n", |d| d.measure.as_mut().unwrap().unit = Unit::ItemsCorrectOutOf(45), WizardStep::Target, GoalError::Value { field: ValueField::Target, problem: ValueError::AboveItemCount { n: 45 } }),
        ("no date", |d| d.target_date = None, WizardStep::Date, GoalError::MissingTargetDate),
        ("date today", |d| {
            d.baseline.as_mut().unwrap().date = today() - Duration::weeks(1);
            d.target_date = Some(today());
        }, WizardStep::Date, GoalError::TargetDateNotAfterToday),
        ("date on baseline", |d| d.target_date = Some(today()), WizardStep::Date, GoalError::TargetDateNotAfterToday),
        ("date in the past", |d| {
            d.baseline.as_mut().unwrap().date = today() - Duration::weeks(3);
            d.target_date = Some(today() - Duration::days(1));
        }, WizardStep::Date, GoalError::TargetDateNotAfterToday),
        ("date too far", |d| d.target_date = Some(today() + Duration::days(366)), WizardStep::Date, GoalError::TargetDateTooFar),
        ("no conditions", |d| d.conditions = Some(" ".into()), WizardStep::Conditions, GoalError::MissingConditions),
        ("no confirmations", |d| d.confirmations = None, WizardStep::Conditions, GoalError::MissingConfirmations),
        ("zero confirmations", |d| d.confirmations = Some(0), WizardStep::Conditions, GoalError::ConfirmationsOutOfRange { value: 0 }),
        ("11 confirmations", |d| d.confirmations = Some(11), WizardStep::Conditions, GoalError::ConfirmationsOutOfRange { value: 11 }),
        ("no actions", |d| {
            d.pupil_actions = Some(vec![" ".into()]);
            d.teacher_actions = None;
        }, WizardStep::Actions, GoalError::NoActions),
        ("no own words", |d| d.own_words = None, WizardStep::OwnWords, GoalError::MissingOwnWords),
    ];
    for (name, edit, step, want) in cases {
        let mut d = complete();
        edit(&mut d);
        assert_eq!(d.validate_step(*step, today()), Err(want.clone()), "{name}");
        assert_eq!(d.validate_all(today()), Err(want.clone()), "{name}: first problem");
        assert_eq!(finish(&d, "g1".into(), today()), Err(want.clone()), "{name}: finish");
        if !matches!(want, GoalError::MissingMeasure) {
            assert_eq!(want.step(), *step, "{name}: step()");
        }
    }
}

#[test]
fn vague_own_words_are_refused_with_hits() {
    let mut d = complete();
    d.own_words = Some("Ik wil beter worden in lezen".into());
    match d.validate_step(WizardStep::OwnWords, today()) {
        Err(GoalError::VagueWords { hits, alternatives }) => {
            assert_eq!(hits.len(), 1);
            assert_eq!(hits[0].found, "beter worden");
            assert_eq!(alternatives, ObservableVerb::for_domain(d.domain));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(GoalError::VagueWords { hits: vec![], alternatives: vec![] }.step(), WizardStep::OwnWords);
}

#[test]
fn finish_cleans_and_builds_an_active_goal() {
    let g = finish(&complete(), "g1".into(), today()).unwrap();
    assert_eq!(g.id, "g1");
    assert_eq!(g.pupil_id, "p1");
    assert_eq!(g.measure.name, "DMT-kaart 2");
    assert_eq!(g.pupil_actions, vec!["elke dag 10 minuten duolezen".to_string()]);
    assert!(g.home_actions.is_empty());
    assert_eq!(g.state, GoalState::Active);
    assert_eq!(g.created_on, today());
    assert_eq!(g.confirmations, 2);
    assert!(g.sub_goals.is_empty(), "six weeks is near enough");
    assert!(g.revisions.is_empty());
}

#[test]
fn finish_plans_rounded_sub_goals_for_long_goals() {
    let mut d = complete();
    d.target = Some(52.0);
    d.target_date = Some(today() + Duration::weeks(8));
    let g = finish(&d, "g1".into(), today()).unwrap();
    let got: Vec<(f64, NaiveDate)> = g.sub_goals.iter().map(|s| (s.target, s.date)).collect();
    // 19/56 × 12 = 4.07 → 45; 37/56 × 12 = 7.9 → 48; then the target.
    assert_eq!(got, vec![(45.0, today() + Duration::days(19)), (48.0, today() + Duration::days(37)), (52.0, today() + Duration::weeks(8))]);
    // Decreasing: rounded down, away from the baseline.
    let mut d = complete();
    d.measure = Some(Measure { name: "uitbarstingen".into(), unit: Unit::TimesPerDay, direction: Direction::Decreasing, template: None });
    d.baseline = Some(Baseline { value: 9.0, date: today() });
    d.target = Some(2.0);
    d.target_date = Some(today() + Duration::weeks(8));
    d.own_words = Some("Ik kan rustig blijven als iets tegenzit".into());
    let g = finish(&d, "g2".into(), today()).unwrap();
    let targets: Vec<f64> = g.sub_goals.iter().map(|s: &SubGoal| s.target).collect();
    assert_eq!(targets, vec![6.0, 4.0, 2.0]); // 6.6 → 6, 4.4 → 4
}

#[test]
fn milestone_needs_no_baseline() {
    let mut d = complete();
    d.measure = Some(Measure { name: "zelf hulp vragen".into(), unit: Unit::Milestone, direction: Direction::Increasing, template: Some(TemplateKey::Milestone) });
    d.baseline = None;
    d.target = Some(1.0);
    d.target_date = Some(today() + Duration::weeks(10));
    d.own_words = Some("Ik kan zelf hulp vragen".into());
    let g = finish(&d, "g3".into(), today()).unwrap();
    assert_eq!(g.baseline, None);
    assert!(g.sub_goals.is_empty(), "a yes/no milestone has no in-between values");
    assert_eq!(g.start_point(), Some(Baseline { value: 0.0, date: today() }));
    d.target = Some(0.0);
    assert_eq!(d.validate_step(WizardStep::Target, today()), Err(GoalError::TargetEqualsBaseline));
}

#[test]
fn draft_round_trips_and_tolerates_missing_fields() {
    let d = complete();
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(serde_json::from_str::<GoalDraft>(&json).unwrap(), d);
    assert_eq!(serde_json::from_str::<GoalDraft>("{}").unwrap(), GoalDraft::default());
    let g = finish(&d, "g1".into(), today()).unwrap();
    let json = serde_json::to_string(&g).unwrap();
    assert_eq!(serde_json::from_str::<Goal>(&json).unwrap(), g);
}

#[test]
fn sub_goals_never_pass_a_fractional_target() {
    let mut d = complete();
    d.target = Some(41.5);
    d.target_date = Some(today() + Duration::weeks(8));
    let g = finish(&d, "g1".into(), today()).unwrap();
    assert!(g.sub_goals.iter().all(|s| s.target <= 41.5), "{:?}", g.sub_goals);
    assert_eq!(g.sub_goals.last().map(|s| s.target), Some(41.5));
}
