//! Tests for the realism engine: every band boundary, every grade and the groep/leerjaar
//! mapping, own growth, the percentage and rubric rules, decreasing measures, suggestions and
//! every invalid input.

use super::*;
use crate::domain::goals::school::SchoolSystem;
use chrono::Duration;

use crate::domain::test_kit::d;

const START: (i32, u32, u32) = (2025, 3, 3);

fn start() -> NaiveDate {
    d(START.0, START.1, START.2)
}

fn groep(n: u8) -> Option<YearGroup> {
    Some(YearGroup { system: SchoolSystem::Nl, n })
}

fn leerjaar(n: u8) -> Option<YearGroup> {
    Some(YearGroup { system: SchoolSystem::Vl, n })
}

/// A words-per-minute goal for groep 5 (grade 3: 1.0 / 1.5), baseline today, `weeks` long.
fn input<'a>(norms: &'a NormTable, baseline: f64, target: f64, weeks: i64) -> RealismInput<'a> {
    RealismInput {
        unit: Unit::WordsCorrectPerMinute,
        direction: Direction::Increasing,
        baseline,
        baseline_date: start(),
        target,
        target_date: start() + Duration::weeks(weeks),
        today: start(),
        year_group: groep(5),
        own_history: &[],
        norms,
        class_benchmark: None,
    }
}

fn assert_own_growth(a: &Assessment, slope: f64) {
    match (a.reference, a.rates) {
        (Reference::OwnGrowth(s), Some(r)) => {
            assert!((s - slope).abs() < 1e-9, "{s}");
            assert!((r.realistic - slope).abs() < 1e-9 && (r.ambitious - 1.5 * slope).abs() < 1e-9);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn band_boundaries_grade_3() {
    let norms = NormTable::default();
    // 10 weeks from 40 wcpm; realistic 1.0, ambitious 1.5 per week.
    let cases = [
        (41.0, Band::TooEasy),
        (45.0, Band::TooEasy), // exactly ½ × realistic
        (45.1, Band::Realistic),
        (50.0, Band::Realistic), // exactly realistic
        (50.1, Band::Ambitious),
        (55.0, Band::Ambitious), // exactly ambitious
        (55.1, Band::VeryAmbitious),
        (62.5, Band::VeryAmbitious), // exactly 1.5 × ambitious
        (62.6, Band::Unrealistic),
        (100.0, Band::Unrealistic),
    ];
    for (target, band) in cases {
        let a = assess(input(&norms, 40.0, target, 10)).unwrap();
        assert_eq!(a.band, band, "target {target}");
        assert_eq!(a.reference, Reference::NormForGrade(3));
        assert_eq!(a.weeks, 10.0);
        assert!((a.needed_weekly_growth - (target - 40.0) / 10.0).abs() < 1e-12);
    }
}

#[test]
fn band_for_is_inclusive_at_every_boundary() {
    let r = Rates { realistic: 0.85, ambitious: 1.1 };
    let cases = [
        (0.425, Band::TooEasy),
        (0.4251, Band::Realistic),
        (0.85, Band::Realistic),
        (0.8501, Band::Ambitious),
        (1.1, Band::Ambitious),
        (1.1001, Band::VeryAmbitious),
        (1.65, Band::VeryAmbitious),
        (1.6501, Band::Unrealistic),
    ];
    for (needed, band) in cases {
        assert_eq!(band_for(needed, r), band, "{needed}");
    }
}

#[test]
fn every_grade_through_groep_and_leerjaar() {
    let norms = NormTable::default();
    let rows = [(1, 2.0, 3.0), (2, 1.5, 2.0), (3, 1.0, 1.5), (4, 0.85, 1.1), (5, 0.5, 0.8), (6, 0.3, 0.65)];
    for (grade, realistic, ambitious) in rows {
        for yg in [groep(grade + 2), leerjaar(grade)] {
            let check = |growth: f64, band: Band| {
                let mut i = input(&norms, 40.0, 40.0 + growth * 10.0, 10);
                i.year_group = yg;
                let a = assess(i).unwrap();
                assert_eq!(a.reference, Reference::NormForGrade(grade), "{yg:?}");
                assert_eq!(a.rates, Some(Rates { realistic, ambitious }));
                assert_eq!(a.band, band, "{yg:?} growth {growth}");
            };
            check(realistic * 0.5, Band::TooEasy);
            check(realistic, Band::Realistic);
            check(ambitious, Band::Ambitious);
            check(ambitious * 1.5, Band::VeryAmbitious);
            check(ambitious * 1.51, Band::Unrealistic);
        }
    }
}

#[test]
fn year_group_mapping() {
    let cases = [
        (SchoolSystem::Nl, 1, None),
        (SchoolSystem::Nl, 2, None),
        (SchoolSystem::Nl, 3, Some(1)),
        (SchoolSystem::Nl, 4, Some(2)),
        (SchoolSystem::Nl, 5, Some(3)),
        (SchoolSystem::Nl, 6, Some(4)),
        (SchoolSystem::Nl, 7, Some(5)),
        (SchoolSystem::Nl, 8, Some(6)),
        (SchoolSystem::Nl, 9, None),
        (SchoolSystem::Vl, 0, None),
        (SchoolSystem::Vl, 1, Some(1)),
        (SchoolSystem::Vl, 6, Some(6)),
        (SchoolSystem::Vl, 7, None),
    ];
    for (system, n, grade) in cases {
        assert_eq!(YearGroup { system, n }.us_grade(), grade, "{system:?} {n}");
    }
}

#[test]
fn no_norm_without_a_school_year() {
    let norms = NormTable::default();
    for yg in [None, groep(1), groep(2), leerjaar(0)] {
        let mut i = input(&norms, 40.0, 50.0, 10);
        i.year_group = yg;
        let a = assess(i).unwrap();
        assert_eq!(a.reference, Reference::NoReference);
        assert_eq!(a.band, Band::Unknown);
        assert_eq!(a.rates, None);
        assert_eq!(a.notes, vec![RealismNote::NoNormForYearGroup]);
    }
}

#[test]
fn edited_norms_are_used() {
    let mut norms = NormTable::default();
    norms.set_row(3, 2.0, 3.0).unwrap();
    let a = assess(input(&norms, 40.0, 65.0, 10)).unwrap(); // 2.5/week
    assert_eq!(a.band, Band::Ambitious);
}

#[test]
fn own_growth_overrides_the_norm() {
    let norms = NormTable::default();
    // Two words a week over the last three weeks: better reference than grade 3's 1.0/1.5.
    let hist = [(d(2025, 2, 10), 34.0), (d(2025, 2, 17), 36.0), (d(2025, 2, 24), 38.0)];
    let cases = [(48.0, Band::TooEasy), (60.0, Band::Realistic), (70.0, Band::Ambitious), (85.0, Band::VeryAmbitious), (86.0, Band::Unrealistic)];
    for (target, band) in cases {
        let mut i = input(&norms, 40.0, target, 10);
        i.own_history = &hist;
        let a = assess(i).unwrap();
        assert_own_growth(&a, 2.0);
        assert_eq!(a.band, band, "{target}");
        assert!(a.notes.is_empty());
    }
}

#[test]
fn own_growth_needs_three_points_with_a_spread() {
    let norms = NormTable::default();
    let two = [(d(2025, 2, 10), 30.0), (d(2025, 2, 24), 38.0)];
    let same_day = [(d(2025, 2, 24), 30.0), (d(2025, 2, 24), 34.0), (d(2025, 2, 24), 38.0)];
    for hist in [&two[..], &same_day[..]] {
        let mut i = input(&norms, 40.0, 50.0, 10);
        i.own_history = hist;
        let a = assess(i).unwrap();
        assert_eq!(a.reference, Reference::NormForGrade(3));
        assert!(a.notes.is_empty());
    }
}

#[test]
fn flat_or_falling_own_growth_falls_back_with_a_note() {
    let norms = NormTable::default();
    let flat = [(d(2025, 2, 10), 40.0), (d(2025, 2, 17), 40.0), (d(2025, 2, 24), 40.0)];
    let falling = [(d(2025, 2, 10), 44.0), (d(2025, 2, 17), 42.0), (d(2025, 2, 24), 40.0)];
    for (hist, slope) in [(&flat, 0.0), (&falling, -2.0)] {
        let mut i = input(&norms, 40.0, 50.0, 10);
        i.own_history = hist;
        let a = assess(i).unwrap();
        assert_eq!(a.reference, Reference::NormForGrade(3));
        assert_eq!(a.band, Band::Realistic);
        match a.notes.as_slice() {
            [RealismNote::OwnGrowthNotRising { slope_per_week }] => assert!((slope_per_week - slope).abs() < 1e-9),
            other => panic!("{other:?}"),
        }
    }
    // Minutes have no fallback: the band is unknown, the note still says why.
    let mut i = input(&norms, 10.0, 20.0, 10);
    i.unit = Unit::Minutes;
    i.own_history = &flat;
    let a = assess(i).unwrap();
    assert_eq!((a.reference, a.band), (Reference::NoReference, Band::Unknown));
    assert_eq!(a.notes.len(), 1);
}

#[test]
fn percentage_rule_scales_per_four_weeks() {
    let norms = NormTable::default();
    let cases = [
        (50.0, 80.0, 4, Band::Realistic),     // exactly 30 points in 4 weeks
        (50.0, 81.0, 4, Band::VeryAmbitious), // 31 in 4
        (50.0, 90.0, 8, Band::Realistic),     // 20 per 4 weeks
        (50.0, 70.0, 2, Band::VeryAmbitious), // 40 per 4 weeks
        (0.0, 100.0, 14, Band::Realistic),    // 28.6 per 4 weeks
    ];
    for (base, target, weeks, band) in cases {
        let mut i = input(&norms, base, target, weeks);
        i.unit = Unit::Percentage;
        let a = assess(i).unwrap();
        assert_eq!((a.reference, a.band), (Reference::PercentageRule, band), "{base}->{target} in {weeks}");
    }
}

#[test]
fn items_out_of_n_follow_the_percentage_rule() {
    let norms = NormTable::default();
    for (target, band) in [(16.0, Band::Realistic), (17.0, Band::VeryAmbitious)] {
        let mut i = input(&norms, 10.0, target, 4);
        i.unit = Unit::ItemsCorrectOutOf(20);
        let a = assess(i).unwrap();
        assert_eq!((a.reference, a.band), (Reference::PercentageRule, band), "{target}");
    }
}

#[test]
fn rubric_rule() {
    let norms = NormTable::default();
    let cases = [(1.0, 3.0, 4, Band::Realistic), (1.0, 4.0, 4, Band::VeryAmbitious), (1.0, 4.0, 6, Band::Realistic), (2.0, 4.0, 3, Band::VeryAmbitious)];
    for (base, target, weeks, band) in cases {
        let mut i = input(&norms, base, target, weeks);
        i.unit = Unit::RubricLevel;
        let a = assess(i).unwrap();
        assert_eq!((a.reference, a.band), (Reference::RubricRule, band), "{base}->{target} in {weeks}");
    }
}

#[test]
fn units_without_reference_are_unknown() {
    let norms = NormTable::default();
    for (unit, base, target) in [(Unit::Minutes, 5.0, 15.0), (Unit::TimesPerDay, 1.0, 4.0), (Unit::Milestone, 0.0, 1.0)] {
        let mut i = input(&norms, base, target, 4);
        i.unit = unit;
        let a = assess(i).unwrap();
        assert_eq!((a.reference, a.band, a.rates), (Reference::NoReference, Band::Unknown, None), "{unit:?}");
        assert!(a.suggestions.is_empty());
    }
}

#[test]
fn decreasing_measures_count_growth_downwards() {
    let norms = NormTable::default();
    // Spelling errors in a text, percent: 20 → 10 in 4 weeks is 10 points: realistic.
    let mut i = input(&norms, 20.0, 10.0, 4);
    i.unit = Unit::Percentage;
    i.direction = Direction::Decreasing;
    let a = assess(i).unwrap();
    assert_eq!(a.needed_weekly_growth, 2.5);
    assert_eq!(a.band, Band::Realistic);
    // 50 → 10 in 4 weeks: very ambitious; later date 6 weeks (40 / 7.5 = 5.3), nearer 20.
    i.baseline = 50.0;
    let a = assess(i).unwrap();
    assert_eq!(a.band, Band::VeryAmbitious);
    assert_eq!(a.suggestions, vec![Suggestion::LaterDate(start() + Duration::weeks(6)), Suggestion::NearerTarget(20.0)]);
    // Own growth of outbursts per day going down by 1 a week.
    let hist = [(d(2025, 2, 10), 9.0), (d(2025, 2, 17), 8.0), (d(2025, 2, 24), 7.0)];
    let mut i = input(&norms, 6.0, 2.0, 4);
    i.unit = Unit::TimesPerDay;
    i.direction = Direction::Decreasing;
    i.own_history = &hist;
    let a = assess(i).unwrap();
    assert_own_growth(&a, 1.0);
    assert_eq!(a.band, Band::Realistic);
    // Decreasing words per minute has no norm.
    let mut i = input(&norms, 50.0, 40.0, 4);
    i.direction = Direction::Decreasing;
    assert_eq!(assess(i).unwrap().band, Band::Unknown);
}

#[test]
fn unrealistic_goal_gets_later_date_and_nearer_target_that_work() {
    let norms = NormTable::default();
    // Grade 3, 40 → 60 in 4 weeks: 5/week, ambitious 1.5. 20 / 1.5 = 13.3 → 14 weeks; 40 + 6 = 46.
    let a = assess(input(&norms, 40.0, 60.0, 4)).unwrap();
    assert_eq!(a.band, Band::Unrealistic);
    assert_eq!(a.suggestions, vec![Suggestion::LaterDate(start() + Duration::weeks(14)), Suggestion::NearerTarget(46.0)]);
    // A grid of goals: every suggestion, when followed, gives ambitious or easier.
    for (grade, base, target, weeks) in [(1, 20.0, 60.0, 3), (4, 80.0, 95.0, 5), (6, 120.0, 130.0, 2), (5, 90.5, 99.0, 6)] {
        let mut i = input(&norms, base, target, weeks);
        i.year_group = leerjaar(grade);
        let a = assess(i).unwrap();
        assert!(matches!(a.band, Band::VeryAmbitious | Band::Unrealistic), "{grade}");
        for s in &a.suggestions {
            let mut j = i;
            match *s {
                Suggestion::LaterDate(date) => {
                    assert_eq!((date - start()).num_days() % 7, 0);
                    j.target_date = date;
                    // One week earlier is still too much: the date is the first that works.
                    let mut k = i;
                    k.target_date = date - Duration::weeks(1);
                    if k.target_date > start() + Duration::days(6) {
                        assert!(matches!(assess(k).unwrap().band, Band::VeryAmbitious | Band::Unrealistic));
                    }
                }
                Suggestion::NearerTarget(t) => {
                    assert_eq!(t.fract(), 0.0);
                    j.target = t;
                }
                other => panic!("{other:?}"),
            }
            let b = assess(j).unwrap().band;
            assert!(matches!(b, Band::TooEasy | Band::Realistic | Band::Ambitious), "{s:?} gave {b:?}");
        }
    }
}

#[test]
fn too_easy_goal_gets_a_higher_target() {
    let norms = NormTable::default();
    // Grade 1 (2.0 / 3.0), 10 weeks: 20 → 25 is too easy; realistic reach is 40.
    let mut i = input(&norms, 20.0, 25.0, 10);
    i.year_group = groep(3);
    let a = assess(i).unwrap();
    assert_eq!(a.band, Band::TooEasy);
    assert_eq!(a.suggestions, vec![Suggestion::HigherTarget(40.0), Suggestion::SubGoals(4)]);
}

#[test]
fn long_goals_suggest_sub_goals() {
    let norms = NormTable::default();
    for (weeks, want) in [(6, None), (7, Some(3)), (10, Some(4)), (12, Some(4)), (13, Some(5))] {
        let a = assess(input(&norms, 40.0, 40.0 + weeks as f64, weeks)).unwrap();
        let got = a.suggestions.iter().find_map(|s| match s {
            Suggestion::SubGoals(n) => Some(*n),
            _ => None,
        });
        assert_eq!(got, want, "{weeks} weeks");
    }
}

#[test]
fn class_benchmark_half_gap() {
    let norms = NormTable::default();
    /// unit, direction, baseline, target, class benchmark, expected half-gap suggestion.
    type Case = (Unit, Direction, f64, f64, f64, Option<f64>);
    let cases: &[Case] = &[
        (Unit::WordsCorrectPerMinute, Direction::Increasing, 40.0, 45.0, 80.0, Some(60.0)),
        (Unit::WordsCorrectPerMinute, Direction::Increasing, 41.0, 45.0, 80.0, Some(61.0)), // 60.5 up
        (Unit::WordsCorrectPerMinute, Direction::Increasing, 40.0, 60.0, 80.0, None),       // already that
        (Unit::WordsCorrectPerMinute, Direction::Increasing, 90.0, 95.0, 80.0, None),       // not behind
        (Unit::TimesPerDay, Direction::Decreasing, 20.0, 18.0, 5.0, Some(12.0)),            // 12.5 down
        (Unit::TimesPerDay, Direction::Decreasing, 4.0, 3.0, 5.0, None),                    // not behind
    ];
    for &(unit, direction, base, target, bench, want) in cases {
        let mut i = input(&norms, base, target, 6);
        i.unit = unit;
        i.direction = direction;
        i.class_benchmark = Some(bench);
        let a = assess(i).unwrap();
        let got = a.suggestions.iter().find_map(|s| match s {
            Suggestion::CloseHalfGap(v) => Some(*v),
            _ => None,
        });
        assert_eq!(got, want, "{base} {target} {bench}");
    }
}

#[test]
fn every_invalid_input_is_a_typed_error() {
    use RealismError as E;
    use ValueError as V;
    let norms = NormTable::default();
    let mut broken = NormTable::default();
    broken.rows.retain(|r| r.grade != 3);
    let nan_hist = [(d(2025, 2, 1), f64::NAN)];
    let neg_hist = [(d(2025, 2, 1), -3.0)];
    type Edit = fn(&mut RealismInput<'_>);
    let cases: &[(&str, Edit, E)] = &[
        ("equal", |i| i.target = 40.0, E::TargetEqualsBaseline),
        ("wrong side up", |i| i.target = 30.0, E::TargetWrongSide { direction: Direction::Increasing }),
        ("wrong side down", |i| {
            i.direction = Direction::Decreasing;
            i.unit = Unit::TimesPerDay;
        }, E::TargetWrongSide { direction: Direction::Decreasing }),
        // The baseline is today: a date on or before it is said to be in the past first.
        ("date = baseline", |i| i.target_date = i.baseline_date, E::TargetDateNotAfterToday),
        ("date before baseline", |i| i.target_date = i.baseline_date - Duration::days(3), E::TargetDateNotAfterToday),
        ("date before a later baseline", |i| {
            i.baseline_date += Duration::days(10);
            i.target_date = i.baseline_date - Duration::days(3);
        }, E::TargetDateNotAfterBaseline),
        ("date = today", |i| {
            i.baseline_date -= Duration::weeks(2);
            i.today = i.target_date;
        }, E::TargetDateNotAfterToday),
        ("date before today", |i| {
            i.baseline_date -= Duration::weeks(20);
            i.today = i.target_date + Duration::days(1);
        }, E::TargetDateNotAfterToday),
        ("baseline in future", |i| i.today = i.baseline_date - Duration::days(1), E::BaselineInFuture),
        ("zero weeks", |i| i.target_date = i.baseline_date + Duration::days(6), E::ZeroWeeks),
        ("too long", |i| i.target_date = i.baseline_date + Duration::days(366), E::SpanTooLong),
        ("nan baseline", |i| i.baseline = f64::NAN, E::Value { field: ValueField::Baseline, problem: V::NotFinite }),
        ("inf target", |i| i.target = f64::INFINITY, E::Value { field: ValueField::Target, problem: V::NotFinite }),
        ("negative baseline", |i| i.baseline = -1.0, E::Value { field: ValueField::Baseline, problem: V::Negative }),
        ("negative target", |i| {
            i.direction = Direction::Decreasing;
            i.target = -5.0;
        }, E::Value { field: ValueField::Target, problem: V::Negative }),
        ("nan benchmark", |i| i.class_benchmark = Some(f64::NAN), E::Value { field: ValueField::ClassBenchmark, problem: V::NotFinite }),
        ("rubric 0", |i| {
            i.unit = Unit::RubricLevel;
            i.baseline = 0.0;
            i.target = 2.0;
        }, E::Value { field: ValueField::Baseline, problem: V::RubricOutOfRange }),
        ("rubric 5", |i| {
            i.unit = Unit::RubricLevel;
            i.baseline = 2.0;
            i.target = 5.0;
        }, E::Value { field: ValueField::Target, problem: V::RubricOutOfRange }),
        ("percentage 101", |i| {
            i.unit = Unit::Percentage;
            i.target = 101.0;
        }, E::Value { field: ValueField::Target, problem: V::PercentageOutOfRange }),
        ("items above n", |i| i.unit = Unit::ItemsCorrectOutOf(45), E::Value { field: ValueField::Target, problem: V::AboveItemCount { n: 45 } }),
        ("items of zero", |i| i.unit = Unit::ItemsCorrectOutOf(0), E::Value { field: ValueField::Baseline, problem: V::ItemCountZero }),
        ("milestone half", |i| {
            i.unit = Unit::Milestone;
            i.baseline = 0.0;
            i.target = 0.5;
        }, E::Value { field: ValueField::Target, problem: V::MilestoneNotYesNo }),
    ];
    for (name, edit, want) in cases {
        // Baseline 40 → 50 wpm over 10 weeks is valid until edited.
        let mut i = input(&norms, 40.0, 50.0, 10);
        edit(&mut i);
        assert_eq!(assess(i), Err(*want), "{name}");
    }
    for (hist, problem) in [(&nan_hist, V::NotFinite), (&neg_hist, V::Negative)] {
        let mut i = input(&norms, 40.0, 50.0, 10);
        i.own_history = hist;
        assert_eq!(assess(i), Err(E::Value { field: ValueField::History, problem }));
    }
    let i = input(&broken, 40.0, 50.0, 10);
    assert_eq!(assess(i), Err(E::Norms(NormError::MissingGrade { grade: 3 })));
}

#[test]
fn weeks_count_from_the_baseline_date() {
    let norms = NormTable::default();
    // Baseline two weeks ago, target in eight weeks: 10 weeks of growth.
    let mut i = input(&norms, 40.0, 50.0, 10);
    i.today = start() + Duration::weeks(2);
    let a = assess(i).unwrap();
    assert_eq!(a.weeks, 10.0);
    assert_eq!(a.band, Band::Realistic);
}

#[test]
fn extreme_inputs_never_panic() {
    let norms = NormTable::default();
    let (cases, hist) = crate::domain::goals::test_kit::extreme_inputs();
    for &(unit, direction, baseline, target, bench) in &cases {
        for weeks in [1, 52] {
            for history in [&[][..], &hist[..]] {
                let mut i = input(&norms, baseline, target, weeks);
                i.unit = unit;
                i.direction = direction;
                i.class_benchmark = bench;
                i.own_history = history;
                if let Ok(a) = assess(i) {
                    assert!(a.needed_weekly_growth > 0.0);
                }
            }
        }
    }
    let mut i = input(&norms, 40.0, 50.0, 10);
    i.baseline_date = NaiveDate::MIN;
    i.target_date = NaiveDate::MAX;
    i.today = NaiveDate::MIN;
    assert_eq!(assess(i), Err(RealismError::SpanTooLong));
}
