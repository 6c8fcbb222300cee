//! The goal data types: domains, units, measures and their templates, goals, sub-goals,
//! revisions and measurements, plus the value checks every unit imposes.
//!
//! Owns the shapes stored as JSON (IndexedDB, backups): new fields get `#[serde(default)]`.
//! Must not touch: validation of whole goals (see `wizard`), realism (see `realism`), text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The learning area a goal belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Domain {
    Reading,
    Maths,
    Spelling,
    Writing,
    SocialEmotional,
    WorkHabits,
    Other,
}

impl Domain {
    pub const ALL: [Domain; 7] = [
        Domain::Reading,
        Domain::Maths,
        Domain::Spelling,
        Domain::Writing,
        Domain::SocialEmotional,
        Domain::WorkHabits,
        Domain::Other,
    ];
}

/// Most items of one test (the measure form's limit).
pub const MAX_ITEM_COUNT: u32 = 1000;
/// Ceiling of words correct per minute: fluent adults read aloud at about 200.
pub const MAX_WORDS_PER_MINUTE: f64 = 500.0;
/// Ceiling of a count per day.
pub const MAX_TIMES_PER_DAY: f64 = 500.0;
/// Ceiling of minutes: a whole day.
pub const MAX_MINUTES: f64 = 1440.0;

/// How a measure is expressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    WordsCorrectPerMinute,
    /// Items correct out of N (N ≥ 1).
    ItemsCorrectOutOf(u32),
    /// 0–100.
    Percentage,
    TimesPerDay,
    Minutes,
    /// A rubric level, whole numbers 1–4.
    RubricLevel,
    /// A yes/no milestone: 0 = not yet, 1 = reached.
    Milestone,
}

impl Unit {
    /// One example of every variant (items with N = 20), for tests and pickers.
    pub const ALL: [Unit; 7] = [
        Unit::WordsCorrectPerMinute,
        Unit::ItemsCorrectOutOf(20),
        Unit::Percentage,
        Unit::TimesPerDay,
        Unit::Minutes,
        Unit::RubricLevel,
        Unit::Milestone,
    ];

    /// Lowest value the unit allows.
    pub fn min_value(self) -> f64 {
        match self {
            Unit::RubricLevel => 1.0,
            _ => 0.0,
        }
    }

    /// Highest value the unit allows. Units without a natural maximum get a ceiling far
    /// above any real pupil's (a typo or a damaged file, never a score), so every number
    /// of a goal stays one a chart can draw.
    pub fn max_value(self) -> f64 {
        match self {
            Unit::ItemsCorrectOutOf(n) => f64::from(n),
            Unit::Percentage => 100.0,
            Unit::RubricLevel => 4.0,
            Unit::Milestone => 1.0,
            Unit::WordsCorrectPerMinute => MAX_WORDS_PER_MINUTE,
            Unit::TimesPerDay => MAX_TIMES_PER_DAY,
            Unit::Minutes => MAX_MINUTES,
        }
    }

    /// Checks the unit itself (an item count of zero makes no test).
    pub fn check_unit(self) -> Result<(), ValueError> {
        match self {
            Unit::ItemsCorrectOutOf(0) => Err(ValueError::ItemCountZero),
            _ => Ok(()),
        }
    }

    /// Checks one value against the unit: finite, not negative, and inside the unit's range.
    pub fn check(self, value: f64) -> Result<(), ValueError> {
        self.check_unit()?;
        if !value.is_finite() {
            return Err(ValueError::NotFinite);
        }
        if value < 0.0 {
            return Err(ValueError::Negative);
        }
        match self {
            Unit::Percentage if value > 100.0 => Err(ValueError::PercentageOutOfRange),
            Unit::ItemsCorrectOutOf(n) if value > f64::from(n) => {
                Err(ValueError::AboveItemCount { n })
            }
            Unit::RubricLevel if !(1.0..=4.0).contains(&value) => {
                Err(ValueError::RubricOutOfRange)
            }
            // Levels are steps on a rubric, not a scale with halves.
            Unit::RubricLevel if value.fract() != 0.0 => Err(ValueError::RubricNotWhole),
            Unit::Milestone if value != 0.0 && value != 1.0 => Err(ValueError::MilestoneNotYesNo),
            _ if value > self.max_value() => Err(ValueError::TooLarge { max: self.max_value() as u32 }),
            _ => Ok(()),
        }
    }

    /// Rounds to the unit's sensible precision and clamps into its range. Every unit counts in
    /// whole steps (words, items, percentage points, times, minutes, levels), so suggestions
    /// are whole numbers; `up` chooses the rounding direction so a suggestion never crosses
    /// the rate it was computed from.
    pub fn round_clamped(self, value: f64, up: bool) -> f64 {
        let rounded = if up { value.ceil() } else { value.floor() };
        rounded.clamp(self.min_value(), self.max_value())
    }
}

/// Which way is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Direction {
    /// Higher is better (words per minute, items correct).
    #[default]
    Increasing,
    /// Lower is better (errors, outbursts, reminders needed).
    Decreasing,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Increasing, Direction::Decreasing];

    /// Growth from `from` to `to` counted in the good direction (positive = better).
    pub fn growth(self, from: f64, to: f64) -> f64 {
        match self {
            Direction::Increasing => to - from,
            Direction::Decreasing => from - to,
        }
    }

    /// Moves `from` by `amount` in the good direction.
    pub fn advance(self, from: f64, amount: f64) -> f64 {
        match self {
            Direction::Increasing => from + amount,
            Direction::Decreasing => from - amount,
        }
    }

    /// True when `value` meets or beats `target`.
    pub fn meets(self, value: f64, target: f64) -> bool {
        self.growth(target, value) >= -crate::domain::goals::stats::eps(target)
    }
}

/// A stable key for a measure template: stored with the measure, translated by `crate::i18n::goals`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TemplateKey {
    OralReadingFluency,
    ReadingComprehension,
    ReadingMinutes,
    MathsFactsCorrect,
    MathsAccuracy,
    CountingAidUse,
    SpellingWordsCorrect,
    SpellingErrorsInText,
    WritingRubric,
    WritingMinutes,
    OutburstsPerDay,
    AsksForHelp,
    SocialRubric,
    MinutesOnTask,
    TasksFinished,
    RemindersPerDay,
    Milestone,
    OwnRubric,
}

impl TemplateKey {
    pub const ALL: [TemplateKey; 18] = [
        TemplateKey::OralReadingFluency,
        TemplateKey::ReadingComprehension,
        TemplateKey::ReadingMinutes,
        TemplateKey::MathsFactsCorrect,
        TemplateKey::MathsAccuracy,
        TemplateKey::CountingAidUse,
        TemplateKey::SpellingWordsCorrect,
        TemplateKey::SpellingErrorsInText,
        TemplateKey::WritingRubric,
        TemplateKey::WritingMinutes,
        TemplateKey::OutburstsPerDay,
        TemplateKey::AsksForHelp,
        TemplateKey::SocialRubric,
        TemplateKey::MinutesOnTask,
        TemplateKey::TasksFinished,
        TemplateKey::RemindersPerDay,
        TemplateKey::Milestone,
        TemplateKey::OwnRubric,
    ];
}

/// A ready-made measure the wizard offers for a domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureTemplate {
    pub key: TemplateKey,
    pub unit: Unit,
    pub direction: Direction,
    /// True when the editable reading-norm table gives the realism reference.
    pub uses_norm_table: bool,
}

const fn tpl(key: TemplateKey, unit: Unit, direction: Direction) -> MeasureTemplate {
    MeasureTemplate {
        key,
        unit,
        direction,
        // Only oral reading fluency has published weekly growth norms (Fuchs et al. 1993).
        uses_norm_table: matches!(unit, Unit::WordsCorrectPerMinute),
    }
}

/// The measure templates offered for a domain, most common first.
pub fn templates(domain: Domain) -> Vec<MeasureTemplate> {
    use Direction::{Decreasing as Dec, Increasing as Inc};
    use TemplateKey as K;
    match domain {
        Domain::Reading => vec![
            tpl(K::OralReadingFluency, Unit::WordsCorrectPerMinute, Inc),
            tpl(K::ReadingComprehension, Unit::ItemsCorrectOutOf(10), Inc),
            tpl(K::ReadingMinutes, Unit::Minutes, Inc),
        ],
        Domain::Maths => vec![
            tpl(K::MathsFactsCorrect, Unit::ItemsCorrectOutOf(20), Inc),
            tpl(K::MathsAccuracy, Unit::Percentage, Inc),
            tpl(K::CountingAidUse, Unit::TimesPerDay, Dec),
        ],
        Domain::Spelling => vec![
            tpl(K::SpellingWordsCorrect, Unit::ItemsCorrectOutOf(20), Inc),
            tpl(K::SpellingErrorsInText, Unit::Percentage, Dec),
        ],
        Domain::Writing => vec![
            tpl(K::WritingRubric, Unit::RubricLevel, Inc),
            tpl(K::WritingMinutes, Unit::Minutes, Inc),
        ],
        Domain::SocialEmotional => vec![
            tpl(K::OutburstsPerDay, Unit::TimesPerDay, Dec),
            tpl(K::AsksForHelp, Unit::TimesPerDay, Inc),
            tpl(K::SocialRubric, Unit::RubricLevel, Inc),
        ],
        Domain::WorkHabits => vec![
            tpl(K::MinutesOnTask, Unit::Minutes, Inc),
            tpl(K::TasksFinished, Unit::Percentage, Inc),
            tpl(K::RemindersPerDay, Unit::TimesPerDay, Dec),
        ],
        Domain::Other => vec![
            tpl(K::Milestone, Unit::Milestone, Inc),
            tpl(K::OwnRubric, Unit::RubricLevel, Inc),
        ],
    }
}

/// What is measured and how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    /// The teacher's own name for it (user text, e.g. "DMT-kaart 2").
    pub name: String,
    pub unit: Unit,
    pub direction: Direction,
    /// The template it came from, if any.
    #[serde(default)]
    pub template: Option<TemplateKey>,
}

/// A value measured on a date (the baseline, or a restart point after an adjustment).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub value: f64,
    pub date: NaiveDate,
}

/// A near step on the way to the goal, with its check-in date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubGoal {
    pub target: f64,
    /// The check-in date.
    pub date: NaiveDate,
    #[serde(default)]
    pub done: bool,
}

/// Longest label of an approach change: a short line on a chart.
pub const MAX_APPROACH_CHARS: usize = 80;

/// The day a new approach or intervention started ("verlengde instructie 3× per week"):
/// a vertical line on the chart, and the decision rules judge only the points after it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApproachChange {
    pub on: NaiveDate,
    pub label: String,
}

/// Why a goal was stopped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StopReason {
    NoLongerRelevant,
    ReplacedByNewGoal,
    PupilLeft,
    /// The teacher's own words.
    Other(String),
}

/// Where a goal stands. Adjustments keep the goal active and are recorded in `revisions`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub enum GoalState {
    #[default]
    Active,
    Achieved {
        date: NaiveDate,
    },
    Stopped {
        date: NaiveDate,
        reason: StopReason,
    },
}

/// What a goal looked like before an adjustment, so the history stays visible.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalRevision {
    /// The day of the adjustment.
    pub on: NaiveDate,
    pub previous_baseline: Option<Baseline>,
    pub previous_target: f64,
    pub previous_target_date: NaiveDate,
    #[serde(default)]
    pub previous_sub_goals: Vec<SubGoal>,
}

/// A measurable goal for one pupil.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: String,
    pub pupil_id: String,
    pub domain: Domain,
    pub measure: Measure,
    /// Required for every unit except a milestone (whose start is "not yet").
    pub baseline: Option<Baseline>,
    pub target: f64,
    pub target_date: NaiveDate,
    /// "given a text at AVI-level E4", "without counting aids" (user text).
    #[serde(default)]
    pub conditions: String,
    /// How many measurements in a row must meet the target.
    pub confirmations: u8,
    #[serde(default)]
    pub pupil_actions: Vec<String>,
    #[serde(default)]
    pub teacher_actions: Vec<String>,
    #[serde(default)]
    pub home_actions: Vec<String>,
    /// The goal in the pupil's own words ("Ik kan ...").
    #[serde(default)]
    pub own_words: String,
    #[serde(default)]
    pub state: GoalState,
    #[serde(default)]
    pub revisions: Vec<GoalRevision>,
    #[serde(default)]
    pub sub_goals: Vec<SubGoal>,
    pub created_on: NaiveDate,
    /// When the approach changed, oldest first (schema 7).
    #[serde(default)]
    pub approach_changes: Vec<ApproachChange>,
}

impl Goal {
    /// The starting point of the aim line: the baseline, or "not yet" (0) for a milestone
    /// without one, dated on the day the goal was made.
    pub fn start_point(&self) -> Option<Baseline> {
        match (self.baseline, self.measure.unit) {
            (Some(b), _) => Some(b),
            (None, Unit::Milestone) => Some(Baseline {
                value: 0.0,
                date: self.created_on,
            }),
            (None, _) => None,
        }
    }

    pub fn is_active(&self) -> bool {
        self.state == GoalState::Active
    }
}

/// One measurement recorded against a goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    pub id: String,
    pub goal_id: String,
    pub value: f64,
    pub date: NaiveDate,
    #[serde(default)]
    pub note: String,
}

/// Which number a value problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ValueField {
    Baseline,
    Target,
    Measurement,
    History,
    ClassBenchmark,
}

impl ValueField {
    pub const ALL: [ValueField; 5] = [
        ValueField::Baseline,
        ValueField::Target,
        ValueField::Measurement,
        ValueField::History,
        ValueField::ClassBenchmark,
    ];
}

/// A number that the unit does not allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum ValueError {
    #[error("value is not a finite number")]
    NotFinite,
    #[error("value is negative")]
    Negative,
    #[error("percentage outside 0-100")]
    PercentageOutOfRange,
    #[error("rubric level outside 1-4")]
    RubricOutOfRange,
    #[error("rubric level is not a whole number")]
    RubricNotWhole,
    #[error("more items correct than the {n} items of the test")]
    AboveItemCount { n: u32 },
    #[error("a test of zero items")]
    ItemCountZero,
    #[error("a milestone is 0 (not yet) or 1 (reached)")]
    MilestoneNotYesNo,
    #[error("more than {max}, the most the unit allows")]
    TooLarge { max: u32 },
}

impl ValueError {
    pub const ALL: [ValueError; 9] = [
        ValueError::NotFinite,
        ValueError::Negative,
        ValueError::PercentageOutOfRange,
        ValueError::RubricOutOfRange,
        ValueError::RubricNotWhole,
        ValueError::AboveItemCount { n: 20 },
        ValueError::ItemCountZero,
        ValueError::MilestoneNotYesNo,
        ValueError::TooLarge { max: 500 },
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_checks_table() {
        use ValueError::*;
        let cases: &[(Unit, f64, Result<(), ValueError>)] = &[
            (Unit::WordsCorrectPerMinute, 0.0, Ok(())),
            (Unit::WordsCorrectPerMinute, 250.0, Ok(())),
            (Unit::WordsCorrectPerMinute, -1.0, Err(Negative)),
            (Unit::WordsCorrectPerMinute, f64::NAN, Err(NotFinite)),
            (Unit::WordsCorrectPerMinute, 500.0, Ok(())),
            (Unit::WordsCorrectPerMinute, 1e308, Err(TooLarge { max: 500 })),
            (Unit::Minutes, 1441.0, Err(TooLarge { max: 1440 })),
            (Unit::TimesPerDay, 501.0, Err(TooLarge { max: 500 })),
            (Unit::Minutes, f64::INFINITY, Err(NotFinite)),
            (Unit::TimesPerDay, f64::NEG_INFINITY, Err(NotFinite)),
            (Unit::Percentage, 100.0, Ok(())),
            (Unit::Percentage, 100.5, Err(PercentageOutOfRange)),
            (Unit::Percentage, -0.5, Err(Negative)),
            (Unit::ItemsCorrectOutOf(20), 20.0, Ok(())),
            (Unit::ItemsCorrectOutOf(20), 21.0, Err(AboveItemCount { n: 20 })),
            (Unit::ItemsCorrectOutOf(0), 0.0, Err(ItemCountZero)),
            (Unit::RubricLevel, 1.0, Ok(())),
            (Unit::RubricLevel, 4.0, Ok(())),
            (Unit::RubricLevel, 0.0, Err(RubricOutOfRange)),
            (Unit::RubricLevel, 5.0, Err(RubricOutOfRange)),
            (Unit::RubricLevel, 2.5, Err(RubricNotWhole)),
            (Unit::Milestone, 0.0, Ok(())),
            (Unit::Milestone, 1.0, Ok(())),
            (Unit::Milestone, 0.5, Err(MilestoneNotYesNo)),
        ];
        for (unit, v, want) in cases {
            assert_eq!(unit.check(*v), *want, "{unit:?} {v}");
        }
    }

    #[test]
    fn every_domain_has_templates_and_only_wcpm_uses_norms() {
        for d in Domain::ALL {
            let t = templates(d);
            assert!(!t.is_empty(), "{d:?}");
            for m in t {
                assert_eq!(m.uses_norm_table, m.unit == Unit::WordsCorrectPerMinute);
                assert!(m.unit.check_unit().is_ok());
            }
        }
        // Every key is offered somewhere, exactly once.
        let all: Vec<TemplateKey> = Domain::ALL.iter().flat_map(|d| templates(*d)).map(|t| t.key).collect();
        for k in TemplateKey::ALL {
            assert_eq!(all.iter().filter(|x| **x == k).count(), 1, "{k:?}");
        }
    }

    #[test]
    fn template_key_is_stable_json() {
        let s = serde_json::to_string(&TemplateKey::OralReadingFluency).unwrap();
        assert_eq!(s, "\"oral_reading_fluency\"");
    }

    #[test]
    fn direction_helpers() {
        assert_eq!(Direction::Increasing.growth(10.0, 15.0), 5.0);
        assert_eq!(Direction::Decreasing.growth(10.0, 4.0), 6.0);
        assert_eq!(Direction::Decreasing.advance(10.0, 3.0), 7.0);
        assert!(Direction::Increasing.meets(15.0, 15.0));
        assert!(!Direction::Increasing.meets(14.9, 15.0));
        assert!(Direction::Decreasing.meets(3.0, 4.0));
        assert!(!Direction::Decreasing.meets(5.0, 4.0));
    }

    #[test]
    fn round_clamped_respects_range() {
        assert_eq!(Unit::Percentage.round_clamped(100.4, true), 100.0);
        assert_eq!(Unit::RubricLevel.round_clamped(0.2, false), 1.0);
        assert_eq!(Unit::ItemsCorrectOutOf(10).round_clamped(9.2, true), 10.0);
        assert_eq!(Unit::TimesPerDay.round_clamped(-0.5, false), 0.0);
        assert_eq!(Unit::WordsCorrectPerMinute.round_clamped(41.7, false), 41.0);
    }
}
