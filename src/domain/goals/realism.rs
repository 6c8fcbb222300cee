//! The realism engine: is the weekly growth a goal needs realistic for this pupil?
//!
//! Owns the comparison of needed weekly growth = (target − baseline) / weeks with a reference
//! (in order of preference: the pupil's own growth, the reading norm for their grade, the
//! percentage or rubric rule), the band that follows, and concrete computed suggestions.
//! Figures and rules: /work/shared/DOMAIN.md "Goals: measurable and realistic".
//! Must not touch: goal state, storage, text (see `crate::i18n::goals`).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::goals::model::{Direction, Unit, ValueError, ValueField};
use crate::domain::goals::norms::{NormError, NormTable};
use crate::domain::goals::plan::{sub_goal_count, MAX_GOAL_DAYS};
use crate::domain::goals::school::YearGroup;
use crate::domain::goals::stats::{eps, fit, weeks_between};

/// The percentage rule: a rise of more than 30 percentage points within four weeks is very
/// ambitious (no published weekly norm exists; DOMAIN.md).
pub const PERCENTAGE_RULE_POINTS: f64 = 30.0;
/// The rubric rule: a rise of more than two levels within four weeks is very ambitious.
pub const RUBRIC_RULE_LEVELS: f64 = 2.0;
/// The period both rules are stated for.
pub const RULE_WEEKS: f64 = 4.0;
/// Own growth needs at least this many earlier measurements.
pub const MIN_OWN_HISTORY: usize = 3;
/// Ambitious growth relative to the pupil's own slope.
pub const OWN_AMBITIOUS_FACTOR: f64 = 1.5;

/// Everything the realism check looks at.
#[derive(Clone, Copy, Debug)]
pub struct RealismInput<'a> {
    pub unit: Unit,
    pub direction: Direction,
    pub baseline: f64,
    pub baseline_date: NaiveDate,
    pub target: f64,
    pub target_date: NaiveDate,
    pub today: NaiveDate,
    pub year_group: Option<YearGroup>,
    /// Earlier measurements of the same measure (the baseline itself need not be in here).
    pub own_history: &'a [(NaiveDate, f64)],
    pub norms: &'a NormTable,
    /// The class benchmark for this measure, if the teacher set one.
    pub class_benchmark: Option<f64>,
}

/// What the needed growth was compared with.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reference {
    /// The norm-table row for this US grade.
    NormForGrade(u8),
    /// The pupil's own least-squares growth per week, counted in the good direction (> 0).
    OwnGrowth(f64),
    /// More than 30 percentage points (or 30 % of the items) in four weeks is very ambitious.
    PercentageRule,
    /// More than two rubric levels in four weeks is very ambitious.
    RubricRule,
    NoReference,
}

/// How demanding the goal is compared with the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Band {
    TooEasy,
    Realistic,
    Ambitious,
    VeryAmbitious,
    Unrealistic,
    /// No reference: the app cannot judge, the teacher does.
    Unknown,
}

impl Band {
    pub const ALL: [Band; 6] = [
        Band::TooEasy,
        Band::Realistic,
        Band::Ambitious,
        Band::VeryAmbitious,
        Band::Unrealistic,
        Band::Unknown,
    ];
}

/// The weekly growth rates the reference stands for.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    pub realistic: f64,
    pub ambitious: f64,
}

/// A concrete, computed way to make the goal fit better.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Suggestion {
    /// The first whole-week date (counted from the baseline) at which the goal is ambitious
    /// or easier.
    LaterDate(NaiveDate),
    /// The target reachable at the ambitious rate by the target date, in whole units.
    NearerTarget(f64),
    /// For a goal that is too easy: the target reachable at the realistic rate.
    HigherTarget(f64),
    /// Split into this many sub-goals of one to three weeks.
    SubGoals(usize),
    /// An intermediate target that closes (at least) half the gap to the class benchmark.
    CloseHalfGap(f64),
}

/// Extra facts the teacher should see next to the band.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum RealismNote {
    /// The pupil's own trend is flat or going the wrong way, so it cannot serve as a growth
    /// reference; the next reference was used. Worth looking at the approach first.
    OwnGrowthNotRising { slope_per_week: f64 },
    /// Words per minute, but no year group (or a kindergarten year) to pick a norm row.
    NoNormForYearGroup,
}

/// The result of the realism check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub weeks: f64,
    /// (target − baseline) / weeks, counted in the good direction (always > 0).
    pub needed_weekly_growth: f64,
    pub reference: Reference,
    /// The rates compared with; None for `Reference::NoReference`.
    pub rates: Option<Rates>,
    pub band: Band,
    pub suggestions: Vec<Suggestion>,
    pub notes: Vec<RealismNote>,
}

/// Why a goal could not be assessed.
#[derive(Clone, Copy, Debug, PartialEq, Error, Serialize, Deserialize)]
pub enum RealismError {
    #[error("{field:?}: {problem}")]
    Value { field: ValueField, problem: ValueError },
    #[error("the target equals the baseline")]
    TargetEqualsBaseline,
    #[error("the target lies on the wrong side of the baseline for {direction:?}")]
    TargetWrongSide { direction: Direction },
    #[error("the target date is not after the baseline date")]
    TargetDateNotAfterBaseline,
    #[error("the target date is not after today")]
    TargetDateNotAfterToday,
    #[error("the baseline date is in the future")]
    BaselineInFuture,
    #[error("less than one week between baseline and target date")]
    ZeroWeeks,
    #[error("more than a year between baseline and target date")]
    SpanTooLong,
    #[error("norm table: {0}")]
    Norms(NormError),
}

impl RealismError {
    pub const ALL: [RealismError; 9] = [
        RealismError::Value { field: ValueField::Target, problem: ValueError::Negative },
        RealismError::TargetEqualsBaseline,
        RealismError::TargetWrongSide { direction: Direction::Increasing },
        RealismError::TargetDateNotAfterBaseline,
        RealismError::TargetDateNotAfterToday,
        RealismError::BaselineInFuture,
        RealismError::ZeroWeeks,
        RealismError::SpanTooLong,
        RealismError::Norms(NormError::MissingGrade { grade: 1 }),
    ];
}

fn check(unit: Unit, field: ValueField, value: f64) -> Result<(), RealismError> {
    unit.check(value).map_err(|problem| RealismError::Value { field, problem })
}

/// The band for a needed weekly growth against realistic/ambitious rates (DOMAIN.md):
/// ≤ ½ realistic too easy · ≤ realistic · ≤ ambitious · ≤ 1.5 × ambitious very ambitious ·
/// above that unrealistic. Boundaries are inclusive, with a tiny tolerance for rounding.
pub fn band_for(needed: f64, rates: Rates) -> Band {
    let le = |x: f64, bound: f64| x <= bound + eps(bound);
    if le(needed, 0.5 * rates.realistic) {
        Band::TooEasy
    } else if le(needed, rates.realistic) {
        Band::Realistic
    } else if le(needed, rates.ambitious) {
        Band::Ambitious
    } else if le(needed, 1.5 * rates.ambitious) {
        Band::VeryAmbitious
    } else {
        Band::Unrealistic
    }
}

/// The rules only say where "very ambitious" starts; below that the goal counts as
/// realistic, since there is no evidence to grade it more finely.
fn rule_band(needed: f64, limit: f64) -> Band {
    if needed <= limit + eps(limit) {
        Band::Realistic
    } else {
        Band::VeryAmbitious
    }
}

/// Checks the input, picks a reference, and grades the goal. Never panics.
///
/// Weeks run from the baseline date to the target date (the aim line's span). Own growth
/// (≥ 3 earlier measurements with a date spread) is preferred; when its slope is flat or
/// going the wrong way it cannot say what growth to expect, so the next reference is used
/// and `RealismNote::OwnGrowthNotRising` tells the teacher. Items out of N follow the
/// percentage rule scaled to N. Milestones, minutes and times per day have no reference
/// without own growth (band `Unknown`).
pub fn assess(input: RealismInput<'_>) -> Result<Assessment, RealismError> {
    let RealismInput {
        unit,
        direction,
        baseline,
        baseline_date,
        target,
        target_date,
        today,
        own_history,
        class_benchmark,
        ..
    } = input;
    check(unit, ValueField::Baseline, baseline)?;
    check(unit, ValueField::Target, target)?;
    if let Some(b) = class_benchmark {
        check(unit, ValueField::ClassBenchmark, b)?;
    }
    for (_, v) in own_history {
        check(unit, ValueField::History, *v)?;
    }
    let growth = direction.growth(baseline, target);
    if growth.abs() <= eps(baseline) {
        return Err(RealismError::TargetEqualsBaseline);
    }
    if growth < 0.0 {
        return Err(RealismError::TargetWrongSide { direction });
    }
    if target_date <= today {
        return Err(RealismError::TargetDateNotAfterToday);
    }
    if target_date <= baseline_date {
        return Err(RealismError::TargetDateNotAfterBaseline);
    }
    if baseline_date > today {
        return Err(RealismError::BaselineInFuture);
    }
    let days = (target_date - baseline_date).num_days();
    if days < 7 {
        return Err(RealismError::ZeroWeeks);
    }
    if days > MAX_GOAL_DAYS {
        return Err(RealismError::SpanTooLong);
    }
    let weeks = weeks_between(baseline_date, target_date);
    let needed = growth / weeks;

    let mut notes = Vec::new();
    let (reference, rates) = pick_reference(&input, &mut notes)?;
    let band = match (reference, rates) {
        (Reference::PercentageRule | Reference::RubricRule, Some(r)) => rule_band(needed, r.ambitious),
        (_, Some(r)) => band_for(needed, r),
        (_, None) => Band::Unknown,
    };

    let mut suggestions = Vec::new();
    let round_toward_baseline = direction == Direction::Decreasing;
    if let Some(r) = rates {
        if matches!(band, Band::VeryAmbitious | Band::Unrealistic) {
            let whole_weeks = (growth / r.ambitious - 1e-9).ceil();
            if whole_weeks.is_finite() && whole_weeks * 7.0 <= MAX_GOAL_DAYS as f64 {
                if let Some(date) = baseline_date.checked_add_days(Days::new(whole_weeks as u64 * 7)) {
                    suggestions.push(Suggestion::LaterDate(date));
                }
            }
            let nearer = unit.round_clamped(direction.advance(baseline, r.ambitious * weeks), round_toward_baseline);
            if direction.growth(baseline, nearer) > eps(baseline) {
                suggestions.push(Suggestion::NearerTarget(nearer));
            }
        }
        if band == Band::TooEasy {
            let higher = unit.round_clamped(direction.advance(baseline, r.realistic * weeks), round_toward_baseline);
            if direction.growth(target, higher) > eps(target) {
                suggestions.push(Suggestion::HigherTarget(higher));
            }
        }
    }
    let n = sub_goal_count(days);
    if n > 0 && unit != Unit::Milestone {
        suggestions.push(Suggestion::SubGoals(n));
    }
    if let Some(bench) = class_benchmark {
        if direction.growth(baseline, bench) > eps(bench) {
            let half = baseline + (bench - baseline) / 2.0;
            // Rounded away from the baseline so at least half the gap is closed.
            let half = unit.round_clamped(half, !round_toward_baseline);
            if (half - target).abs() > eps(target) && direction.growth(baseline, half) > eps(baseline) {
                suggestions.push(Suggestion::CloseHalfGap(half));
            }
        }
    }

    Ok(Assessment {
        weeks,
        needed_weekly_growth: needed,
        reference,
        rates,
        band,
        suggestions,
        notes,
    })
}

fn pick_reference(
    input: &RealismInput<'_>,
    notes: &mut Vec<RealismNote>,
) -> Result<(Reference, Option<Rates>), RealismError> {
    let unit = input.unit;
    if unit != Unit::Milestone && input.own_history.len() >= MIN_OWN_HISTORY {
        if let Some(trend) = fit(input.own_history) {
            let slope = match input.direction {
                Direction::Increasing => trend.slope_per_week(),
                Direction::Decreasing => -trend.slope_per_week(),
            };
            if slope > 1e-9 {
                let rates = Rates {
                    realistic: slope,
                    ambitious: OWN_AMBITIOUS_FACTOR * slope,
                };
                return Ok((Reference::OwnGrowth(slope), Some(rates)));
            }
            notes.push(RealismNote::OwnGrowthNotRising { slope_per_week: slope });
        }
    }
    let rule = |limit_per_4_weeks: f64| {
        let per_week = limit_per_4_weeks / RULE_WEEKS;
        Some(Rates {
            realistic: per_week,
            ambitious: per_week,
        })
    };
    Ok(match (unit, input.direction) {
        (Unit::WordsCorrectPerMinute, Direction::Increasing) => {
            match input.year_group.and_then(YearGroup::us_grade) {
                Some(grade) => {
                    input.norms.validate().map_err(RealismError::Norms)?;
                    match input.norms.row(grade) {
                        Some(row) => (
                            Reference::NormForGrade(grade),
                            Some(Rates {
                                realistic: row.realistic,
                                ambitious: row.ambitious,
                            }),
                        ),
                        None => (Reference::NoReference, None),
                    }
                }
                None => {
                    notes.push(RealismNote::NoNormForYearGroup);
                    (Reference::NoReference, None)
                }
            }
        }
        (Unit::Percentage, _) => (Reference::PercentageRule, rule(PERCENTAGE_RULE_POINTS)),
        (Unit::ItemsCorrectOutOf(n), _) => (
            Reference::PercentageRule,
            rule(PERCENTAGE_RULE_POINTS / 100.0 * f64::from(n)),
        ),
        (Unit::RubricLevel, _) => (Reference::RubricRule, rule(RUBRIC_RULE_LEVELS)),
        _ => (Reference::NoReference, None),
    })
}

#[cfg(test)]
#[path = "realism_tests.rs"]
mod tests;
