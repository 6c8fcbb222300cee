//! i18n completeness: every variant has non-empty text in both languages, and computed
//! numbers and dates appear formatted per language.

use super::*;
use crate::domain::goals::{check_vague, VagueHit};

const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

use crate::domain::test_kit::d;
use chrono::NaiveDate;

fn both(name: &str, f: impl Fn(Lang) -> String) {
    let nl = f(Lang::Nl);
    let en = f(Lang::En);
    assert!(!nl.trim().is_empty(), "{name}: empty Dutch");
    assert!(!en.trim().is_empty(), "{name}: empty English");
}

fn goal_errors() -> Vec<GoalError> {
    let hit = check_vague("Ik wil beter worden", None).hits;
    let mut v = vec![
        GoalError::MissingPupil,
        GoalError::MissingDomain,
        GoalError::MissingMeasure,
        GoalError::EmptyMeasureName,
        GoalError::ItemCountZero,
        GoalError::MilestoneMustIncrease,
        GoalError::MissingBaseline,
        GoalError::MissingTarget,
        GoalError::MissingTargetDate,
        GoalError::MissingConditions,
        GoalError::MissingConfirmations,
        GoalError::ConfirmationsOutOfRange { value: 0 },
        GoalError::NoActions,
        GoalError::MissingOwnWords,
        GoalError::VagueWords { hits: hit, alternatives: ObservableVerb::ALL.to_vec() },
        GoalError::TargetEqualsBaseline,
        GoalError::TargetWrongSide { direction: Direction::Increasing },
        GoalError::TargetWrongSide { direction: Direction::Decreasing },
        GoalError::BaselineInFuture,
        GoalError::TargetDateNotAfterToday,
        GoalError::TargetDateNotAfterBaseline,
        GoalError::TargetDateTooFar,
    ];
    for field in ValueField::ALL {
        for problem in ValueError::ALL {
            v.push(GoalError::Value { field, problem });
        }
    }
    v
}

#[test]
fn every_simple_enum_has_text_in_both_languages() {
    for x in Domain::ALL {
        both("domain", |l| domain_name(x, l).into());
    }
    for x in Unit::ALL {
        both("unit", |l| unit_name(x, l));
        for v in [0.0, 1.0, 2.5] {
            both("value", |l| format_value(v, x, l));
        }
        both("growth", |l| format_weekly_growth(1.5, x, l));
    }
    for x in Direction::ALL {
        both("direction", |l| direction_name(x, l).into());
    }
    for x in TemplateKey::ALL {
        both("template", |l| template_name(x, l).into());
    }
    for x in Band::ALL {
        both("band", |l| band_label(x, l).into());
        both("band explanation", |l| band_explanation(x, l).into());
        assert_ne!(band_explanation(x, Lang::Nl), band_explanation(x, Lang::En));
    }
    for x in Advice::ALL {
        both("advice", |l| advice_text(x, l).into());
    }
    for x in WizardStep::ALL {
        both("step", |l| wizard_step_name(x, l).into());
    }
    for x in VagueVerb::ALL {
        both("vague", |l| vague_verb_text(x, l).into());
    }
    for x in ObservableVerb::ALL {
        both("observable", |l| observable_verb_text(x, l).into());
    }
    for f in ValueField::ALL {
        for e in ValueError::ALL {
            both("value error", |l| value_error_text(e, f, l));
        }
    }
    for x in NormError::ALL {
        both("norm error", |l| norm_error_text(x, l));
    }
    for x in PlanError::ALL {
        both("plan error", |l| plan_error_text(x, l));
    }
    for x in ProgressError::ALL {
        both("progress error", |l| progress_error_text(x, l));
    }
    for x in RealismError::ALL {
        both("realism error", |l| realism_error_text(x, l));
    }
    both("too many", |l| too_many_goals_text(4, l));
}

#[test]
fn every_goal_and_transition_error_has_text() {
    for e in goal_errors() {
        both("goal error", |l| goal_error_text(&e, l));
        assert_ne!(goal_error_text(&e, Lang::Nl), goal_error_text(&e, Lang::En), "{e:?}");
        let te = TransitionError::Invalid(e.clone());
        both("transition", |l| transition_error_text(&te, l));
    }
    for e in [
        TransitionError::AlreadyAchieved,
        TransitionError::AlreadyStopped,
        TransitionError::DateBeforeStart,
        TransitionError::EmptyReason,
        TransitionError::NothingChanged,
        TransitionError::EmptyApproach,
        TransitionError::ApproachTooLong { max: 80 },
        TransitionError::DateInFuture,
        TransitionError::NoSuchApproach,
    ] {
        both("transition", |l| transition_error_text(&e, l));
    }
    for e in [
        GoalCommandError::NotFound,
        GoalCommandError::Goal(GoalError::MissingTarget),
        GoalCommandError::Progress(ProgressError::MeasurementInFuture),
        GoalCommandError::Transition(TransitionError::AlreadyAchieved),
        GoalCommandError::Norms(NormError::ALL[0]),
    ] {
        both("goal command", |l| e.message(l));
    }
    assert_eq!(GoalCommandError::NotFound.message(Lang::Nl), "Dit doel of deze leerling bestaat niet meer (misschien verwijderd in een ander tabblad).");
    assert_eq!(GoalCommandError::NotFound.message(Lang::En), "This goal or pupil no longer exists (perhaps deleted in another tab).");
}

#[test]
fn references_suggestions_notes_and_states() {
    let refs = [Reference::NormForGrade(3), Reference::OwnGrowth(1.25), Reference::PercentageRule, Reference::RubricRule, Reference::NoReference];
    for r in refs {
        for u in Unit::ALL {
            both("reference", |l| reference_text(r, u, l));
        }
    }
    let sugg = [Suggestion::LaterDate(d(2025, 3, 14)), Suggestion::NearerTarget(46.0), Suggestion::HigherTarget(60.0), Suggestion::SubGoals(4), Suggestion::CloseHalfGap(61.0)];
    for s in sugg {
        both("suggestion", |l| suggestion_text(s, Unit::WordsCorrectPerMinute, l));
    }
    for n in [RealismNote::OwnGrowthNotRising { slope_per_week: -0.5 }, RealismNote::NoNormForYearGroup] {
        both("note", |l| note_text(n, Unit::WordsCorrectPerMinute, l));
    }
    let states = [
        GoalState::Active,
        GoalState::Achieved { date: d(2025, 3, 14) },
        GoalState::Stopped { date: d(2025, 3, 14), reason: StopReason::NoLongerRelevant },
        GoalState::Stopped { date: d(2025, 3, 14), reason: StopReason::ReplacedByNewGoal },
        GoalState::Stopped { date: d(2025, 3, 14), reason: StopReason::PupilLeft },
        GoalState::Stopped { date: d(2025, 3, 14), reason: StopReason::Other("verhuisd".into()) },
    ];
    for s in &states {
        both("state", |l| state_text(s, l));
    }
}

/// The suggestions the realism check makes for extreme inputs (huge, tiny and decreasing
/// values, a long own history) read without panicking.
#[test]
fn suggestions_for_extreme_inputs_never_panic() {
    use crate::domain::goals::{assess, NormTable, RealismInput};
    use crate::domain::model::{SchoolSystem, YearGroup};
    let norms = NormTable::default();
    let (cases, hist) = crate::domain::goals::test_kit::extreme_inputs();
    let start = d(2025, 3, 3);
    for &(unit, direction, baseline, target, class_benchmark) in &cases {
        for weeks in [1, 52] {
            for own_history in [&[][..], &hist[..]] {
                let input = RealismInput {
                    unit,
                    direction,
                    baseline,
                    baseline_date: start,
                    target,
                    target_date: start + chrono::Duration::weeks(weeks),
                    today: start,
                    year_group: Some(YearGroup { system: SchoolSystem::Nl, n: 5 }),
                    own_history,
                    norms: &norms,
                    class_benchmark,
                };
                if let Ok(a) = assess(input) {
                    for s in a.suggestions {
                        for l in LANGS {
                            let _ = suggestion_text(s, unit, l);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn numbers_and_dates_are_formatted_per_language() {
    assert_eq!(crate::i18n::format::day_month(Lang::Nl, d(2025, 3, 14)), "14 maart");
    assert_eq!(crate::i18n::format::day_month(Lang::En, d(2025, 3, 14)), "14 March");
    assert_eq!(crate::i18n::format::day_month(Lang::Nl, d(2025, 12, 1)), "1 december");
    let nums = [(1.5, "1,5", "1.5"), (52.0, "52", "52"), (0.85, "0,85", "0.85"), (2.0 / 3.0, "0,67", "0.67"), (-0.0001, "0", "0"), (f64::NAN, "–", "–")];
    for (x, nl, en) in nums {
        assert_eq!(crate::i18n::format::number(Lang::Nl, x), nl, "{x}");
        assert_eq!(crate::i18n::format::number(Lang::En, x), en, "{x}");
    }
    assert_eq!(format_value(15.0, Unit::ItemsCorrectOutOf(20), Lang::Nl), "15 van de 20 goed");
    assert_eq!(format_value(1.0, Unit::TimesPerDay, Lang::En), "once a day");
    assert_eq!(format_value(1.0, Unit::Milestone, Lang::Nl), "gehaald");
    assert_eq!(format_weekly_growth(1.5, Unit::WordsCorrectPerMinute, Lang::Nl), "1,5 woorden per minuut per week");
    assert_eq!(
        suggestion_text(Suggestion::LaterDate(d(2025, 3, 14)), Unit::WordsCorrectPerMinute, Lang::Nl),
        "Kies een latere datum: tegen 14 maart is dit doel haalbaar."
    );
    assert!(suggestion_text(Suggestion::NearerTarget(46.0), Unit::WordsCorrectPerMinute, Lang::En).contains("46 words per minute"));
    assert!(suggestion_text(Suggestion::SubGoals(4), Unit::Minutes, Lang::Nl).contains("4 tussendoelen"));
    assert_eq!(reference_text(Reference::NormForGrade(3), Unit::WordsCorrectPerMinute, Lang::Nl), "Leesnorm voor groep 5 / leerjaar 3 (Fuchs e.a., 1993)");
    assert_eq!(state_text(&GoalState::Achieved { date: d(2025, 5, 2) }, Lang::Nl), "Gehaald op 2 mei");
}

#[test]
fn vague_words_error_names_the_words_and_offers_verbs() {
    let check = check_vague("Ik wil beter worden en snappen", Some(Domain::Maths));
    let hits: Vec<VagueHit> = check.hits;
    let nl = goal_error_text(&GoalError::VagueWords { hits: hits.clone(), alternatives: check.alternatives.clone() }, Lang::Nl);
    assert!(nl.contains("'beter worden'") && nl.contains("'snappen'") && nl.contains("zoals uitrekenen, tellen"), "{nl}");
    assert!(!nl.contains("lezen"), "a maths goal is not offered 'lezen': {nl}");
    let en = goal_error_text(&GoalError::VagueWords { hits, alternatives: check.alternatives }, Lang::En);
    assert!(en.contains("such as calculate, count") && !en.contains("read aloud"), "{en}");
}

#[test]
fn needed_growth_uses_the_assessment() {
    let norms = crate::domain::goals::NormTable::default();
    let a = crate::domain::goals::assess(crate::domain::goals::RealismInput {
        unit: Unit::WordsCorrectPerMinute,
        direction: Direction::Increasing,
        baseline: 40.0,
        baseline_date: d(2025, 3, 3),
        target: 55.0,
        target_date: d(2025, 4, 14),
        today: d(2025, 3, 3),
        year_group: None,
        own_history: &[],
        norms: &norms,
        class_benchmark: None,
    })
    .unwrap();
    assert_eq!(needed_growth_text(&a, Unit::WordsCorrectPerMinute, Lang::Nl), "Dit doel vraagt 2,5 woorden per minuut per week.");
    assert_eq!(needed_growth_text(&a, Unit::WordsCorrectPerMinute, Lang::En), "This goal needs 2.5 words per minute a week.");
    for l in LANGS {
        assert!(!band_label(a.band, l).is_empty());
    }
}

#[test]
fn a_date_in_the_past_is_said_to_be_in_the_past() {
    assert!(goal_error_text(&GoalError::TargetDateNotAfterToday, Lang::Nl).contains("Kies een datum in de toekomst"));
    assert!(goal_error_text(&GoalError::TargetDateNotAfterToday, Lang::En).contains("Choose a date in the future"));
}

#[test]
fn a_built_in_measure_name_follows_the_app_language_and_an_own_name_stays() {
    use crate::domain::goals::Measure;
    let k = TemplateKey::OralReadingFluency;
    let built_in = Measure { name: template_name(k, Lang::Nl).into(), unit: Unit::WordsCorrectPerMinute, direction: Direction::Increasing, template: Some(k) };
    assert_eq!(measure_label(&built_in, Lang::En), "Oral reading: words correct per minute");
    assert_eq!(measure_label(&built_in, Lang::Nl), "Technisch lezen: woorden per minuut");
    let english_made = Measure { name: template_name(k, Lang::En).into(), ..built_in.clone() };
    assert_eq!(measure_label(&english_made, Lang::Nl), "Technisch lezen: woorden per minuut");
    let renamed = Measure { name: "DMT-kaart 2".into(), ..built_in.clone() };
    assert_eq!(measure_label(&renamed, Lang::En), "DMT-kaart 2");
    let own = Measure { name: "Eigen toets".into(), template: None, ..built_in };
    assert_eq!(measure_label(&own, Lang::En), "Eigen toets");
}

#[test]
fn dates_carry_their_year_only_when_asked() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 21).unwrap();
    assert_eq!(crate::i18n::format::date_in(Lang::Nl, day, false), "21 december");
    assert_eq!(crate::i18n::format::date_in(Lang::Nl, day, true), "21 december 2026");
    assert_eq!(crate::i18n::format::date_in(Lang::En, day, true), "21 December 2026");
    assert_eq!(crate::i18n::format::tick(Lang::Nl, day, true), "21 dec 2026");
    assert_eq!(crate::i18n::format::tick(Lang::Nl, NaiveDate::from_ymd_opt(2027, 3, 2).unwrap(), true), "2 mrt 2027");
    assert_eq!(crate::i18n::format::tick(Lang::En, NaiveDate::from_ymd_opt(2027, 3, 2).unwrap(), true), "2 Mar 2027");
    assert_eq!(crate::i18n::format::tick(Lang::En, day, false), "21 December");
}
