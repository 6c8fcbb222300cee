//! The class's attention aim and how the minutes were actually shared out over the
//! support levels: convergent or divergent, in the sense of the seed text
//! "differentiatie-dilemmas" (Onderwijs: twee doelen van differentiatie).
//!
//! Owns the rules of `AttentionAim` and `SupportWeights` (their stored shape is part of the
//! class record, in `domain::model`), `Period` and the `Distribution` verdict. Must
//! not touch texts: the explaining sentence is `crate::i18n::followup::verdict_sentence`.
//!
//! The verdict compares minutes *per pupil* of the pupils with the lowest support level
//! present (usually Basis) against those of the pupils with a higher level:
//! - `Convergent`: higher-support pupils got at least 15% more per pupil — extra time for
//!   who needs it narrows differences (verlengde instructie, compenseren);
//! - `Divergent`: they got at least 15% less — the stronger pupils get more of the
//!   attention, so differences grow;
//! - `Balanced`: within 15% either way: equal attention. The seed warns that equal
//!   attention tends to let differences grow too; the sentence says so.
//! - `NoData`: no minutes in the period, or only one support level in the class.
//!
//! The 15% band and the compensating weights 1 / 1.5 / 2 (Basis / Extra / Intensive) are
//! practical defaults, not research norms: the teacher can change the weights.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use super::attention::{AttentionMoment, AttentionPupil, SupportLevel};
pub use crate::domain::model::{AttentionAim, SupportWeights};

/// Relative difference in minutes per pupil below which attention counts as equal.
pub const BALANCE_TOLERANCE: f64 = 0.15;
/// Largest accepted weight: beyond 10× the aim stops being a share of one class's time.
pub const MAX_WEIGHT: f64 = 10.0;


#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum WeightsError {
    #[error("weight for {0:?} must be a number above 0 and at most 10")]
    OutOfRange(SupportLevel),
    #[error("a higher support level may not weigh less than a lower one")]
    Decreasing,
}

impl SupportWeights {
    pub fn new(basis: f64, extra: f64, intensive: f64) -> Result<Self, WeightsError> {
        let w = Self {
            basis,
            extra,
            intensive,
        };
        for level in SupportLevel::ALL {
            let v = w.raw(level);
            if !(v.is_finite() && v > 0.0 && v <= MAX_WEIGHT) {
                return Err(WeightsError::OutOfRange(level));
            }
        }
        if basis > extra || extra > intensive {
            return Err(WeightsError::Decreasing);
        }
        Ok(w)
    }

    fn raw(&self, level: SupportLevel) -> f64 {
        match level {
            SupportLevel::Basis => self.basis,
            SupportLevel::Extra => self.extra,
            SupportLevel::Intensive => self.intensive,
        }
    }

    /// The weight of a level; invalid stored weights fall back to the defaults so a
    /// hand-edited backup can never produce NaN shares.
    pub fn weight(&self, level: SupportLevel) -> f64 {
        match Self::new(self.basis, self.extra, self.intensive) {
            Ok(valid) => valid.raw(level),
            Err(_) => Self::default().raw(level),
        }
    }
}

impl AttentionAim {
    pub fn compensating() -> Self {
        Self::Compensating {
            weights: SupportWeights::default(),
        }
    }

    pub fn is_compensating(&self) -> bool {
        matches!(self, Self::Compensating { .. })
    }

    /// Expected minutes of a pupil at this level relative to a Basis pupil's.
    pub fn weight(&self, level: SupportLevel) -> f64 {
        match self {
            Self::Equal => 1.0,
            Self::Compensating { weights } => weights.weight(level),
        }
    }
}

/// A date range, both ends inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PeriodError {
    #[error("period ends ({end}) before it starts ({start})")]
    EndBeforeStart { start: NaiveDate, end: NaiveDate },
    #[error("a period needs at least one week")]
    ZeroWeeks,
}

impl Period {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self, PeriodError> {
        if start > end {
            return Err(PeriodError::EndBeforeStart { start, end });
        }
        Ok(Self { start, end })
    }

    /// The `weeks` × 7 days ending today.
    pub fn last_weeks(today: NaiveDate, weeks: u32) -> Result<Self, PeriodError> {
        if weeks == 0 {
            return Err(PeriodError::ZeroWeeks);
        }
        let start = today
            .checked_sub_days(Days::new(u64::from(weeks) * 7 - 1))
            .unwrap_or(NaiveDate::MIN);
        Ok(Self { start, end: today })
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Verdict {
    Convergent,
    Divergent,
    Balanced,
    NoData,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Self::Convergent,
        Self::Divergent,
        Self::Balanced,
        Self::NoData,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelShare {
    pub level: SupportLevel,
    pub pupils: u32,
    pub minutes: u32,
    /// Share of all minutes in the period, 0.0–1.0 (0 when there are no minutes).
    pub share: f64,
    /// Share this level would get under the aim, 0.0–1.0.
    pub expected_share: f64,
    pub minutes_per_pupil: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    pub aim: AttentionAim,
    pub period: Period,
    pub total_minutes: u32,
    /// Always three entries: Basis, Extra, Intensive.
    pub levels: Vec<LevelShare>,
    pub verdict: Verdict,
    /// Largest |share − expected share| over the levels (0 when there are no minutes).
    pub max_gap: f64,
}

/// How the minutes of the period were shared over the support levels, against the aim.
/// Moments of pupils not in `pupils` are ignored.
pub fn distribution(
    pupils: &[AttentionPupil],
    moments: &[AttentionMoment],
    period: Period,
    aim: AttentionAim,
) -> Result<Distribution, PeriodError> {
    let period = Period::new(period.start, period.end)?;
    let level_of: HashMap<&str, SupportLevel> =
        pupils.iter().map(|p| (p.id.as_str(), p.support)).collect();
    // Indexed by `SupportLevel as usize`: the discriminants are 0, 1, 2, always in bounds.
    let mut counts = [0u32; 3];
    for level in level_of.values() {
        counts[*level as usize] = counts[*level as usize].saturating_add(1);
    }
    let mut minutes = [0u32; 3];
    for m in moments.iter().filter(|m| period.contains(m.date)) {
        if let Some(level) = level_of.get(m.pupil_id.as_str()) {
            minutes[*level as usize] =
                minutes[*level as usize].saturating_add(u32::from(m.minutes));
        }
    }
    let total: u32 = minutes.iter().fold(0, |a, m| a.saturating_add(*m));
    let weighted = |level: SupportLevel| f64::from(counts[level as usize]) * aim.weight(level);
    let weight_sum: f64 = SupportLevel::ALL.iter().map(|l| weighted(*l)).sum();
    let levels: Vec<LevelShare> = SupportLevel::ALL
        .iter()
        .map(|&level| {
            let (n, mins) = (counts[level as usize], minutes[level as usize]);
            LevelShare {
                level,
                pupils: n,
                minutes: mins,
                share: if total > 0 {
                    f64::from(mins) / f64::from(total)
                } else {
                    0.0
                },
                expected_share: if weight_sum > 0.0 {
                    weighted(level) / weight_sum
                } else {
                    0.0
                },
                minutes_per_pupil: if n > 0 {
                    f64::from(mins) / f64::from(n)
                } else {
                    0.0
                },
            }
        })
        .collect();
    let max_gap = if total > 0 {
        levels
            .iter()
            .map(|l| (l.share - l.expected_share).abs())
            .fold(0.0, f64::max)
    } else {
        0.0
    };
    Ok(Distribution {
        aim,
        period,
        total_minutes: total,
        verdict: verdict(&levels, total),
        levels,
        max_gap,
    })
}

fn verdict(levels: &[LevelShare], total: u32) -> Verdict {
    let present: Vec<&LevelShare> = levels.iter().filter(|l| l.pupils > 0).collect();
    let (Some(lowest), Some(_)) = (present.first(), present.get(1)) else {
        return Verdict::NoData;
    };
    if total == 0 {
        return Verdict::NoData;
    }
    let (higher_minutes, higher_pupils) = present.iter().skip(1).fold((0u32, 0u32), |(m, n), l| {
        (m.saturating_add(l.minutes), n.saturating_add(l.pupils))
    });
    let higher = f64::from(higher_minutes) / f64::from(higher_pupils);
    let base = lowest.minutes_per_pupil;
    if base == 0.0 {
        return Verdict::Convergent; // all minutes went to higher-support pupils
    }
    let ratio = higher / base;
    if ratio >= 1.0 + BALANCE_TOLERANCE {
        Verdict::Convergent
    } else if ratio <= 1.0 / (1.0 + BALANCE_TOLERANCE) {
        Verdict::Divergent
    } else {
        Verdict::Balanced
    }
}

#[cfg(test)]
mod tests {
    use super::super::attention::MomentKind;
    use super::*;

    use crate::domain::test_kit::d;

    fn class() -> Vec<AttentionPupil> {
        [
            ("a", SupportLevel::Basis),
            ("b", SupportLevel::Basis),
            ("c", SupportLevel::Extra),
            ("e", SupportLevel::Intensive),
        ]
        .iter()
        .map(|(id, s)| AttentionPupil {
            id: (*id).into(),
            name: id.to_uppercase(),
            support: *s,
        })
        .collect()
    }

    fn moments(per_pupil: &[(&str, u16)]) -> Vec<AttentionMoment> {
        per_pupil
            .iter()
            .enumerate()
            .map(|(i, (p, m))| AttentionMoment {
                id: i.to_string(),
                pupil_id: (*p).into(),
                date: d(2025, 3, 10),
                kind: MomentKind::ExtendedInstruction,
                minutes: *m,
                note: String::new(),
                follow_up: None,
            })
            .collect()
    }

    fn period() -> Period {
        Period::new(d(2025, 3, 3), d(2025, 3, 14)).unwrap()
    }

    #[test]
    fn verdict_table() {
        let cases: [(&[(&str, u16)], Verdict); 7] = [
            (&[], Verdict::NoData),
            (
                &[("a", 10), ("b", 10), ("c", 10), ("e", 10)],
                Verdict::Balanced,
            ),
            (
                &[("a", 10), ("b", 10), ("c", 11), ("e", 11)],
                Verdict::Balanced,
            ),
            (
                &[("a", 10), ("b", 10), ("c", 15), ("e", 20)],
                Verdict::Convergent,
            ),
            (&[("c", 5)], Verdict::Convergent),
            (
                &[("a", 20), ("b", 20), ("c", 10), ("e", 10)],
                Verdict::Divergent,
            ),
            (&[("a", 30), ("x", 200)], Verdict::Divergent), // unknown pupil x is ignored
        ];
        for (input, want) in cases {
            let got =
                distribution(&class(), &moments(input), period(), AttentionAim::Equal).unwrap();
            assert_eq!(got.verdict, want, "{input:?}");
        }
    }

    #[test]
    fn shares_against_aims() {
        let m = moments(&[("a", 10), ("b", 10), ("c", 15), ("e", 20)]);
        let eq = distribution(&class(), &m, period(), AttentionAim::Equal).unwrap();
        assert_eq!(eq.total_minutes, 55);
        let basis = &eq.levels[0];
        assert_eq!(
            (basis.level, basis.pupils, basis.minutes),
            (SupportLevel::Basis, 2, 20)
        );
        assert!((basis.expected_share - 0.5).abs() < 1e-9);
        assert!((basis.share - 20.0 / 55.0).abs() < 1e-9);
        // Compensating: weights 2×1 + 1.5 + 2 = 5.5; the minutes follow exactly.
        let comp = distribution(&class(), &m, period(), AttentionAim::compensating()).unwrap();
        for l in &comp.levels {
            assert!((l.share - l.expected_share).abs() < 1e-9, "{l:?}");
        }
        assert!(comp.max_gap < 1e-9 && eq.max_gap > 0.1);
        // Moments outside the period are not counted.
        let outside = distribution(
            &class(),
            &m,
            Period::new(d(2025, 3, 11), d(2025, 3, 14)).unwrap(),
            AttentionAim::Equal,
        );
        assert_eq!(outside.unwrap().verdict, Verdict::NoData);
    }

    #[test]
    fn one_level_only_is_no_data() {
        let only_basis: Vec<AttentionPupil> = class()
            .into_iter()
            .filter(|p| p.support == SupportLevel::Basis)
            .collect();
        let got = distribution(
            &only_basis,
            &moments(&[("a", 10)]),
            period(),
            AttentionAim::Equal,
        )
        .unwrap();
        assert_eq!(got.verdict, Verdict::NoData);
        assert_eq!(got.levels.len(), 3);
    }

    #[test]
    fn periods_and_weights_validate() {
        let bad = Period {
            start: d(2025, 3, 5),
            end: d(2025, 3, 4),
        };
        assert_eq!(
            distribution(&class(), &[], bad, AttentionAim::Equal),
            Err(PeriodError::EndBeforeStart {
                start: d(2025, 3, 5),
                end: d(2025, 3, 4)
            })
        );
        assert_eq!(
            Period::last_weeks(d(2025, 3, 30), 4),
            Ok(Period {
                start: d(2025, 3, 3),
                end: d(2025, 3, 30)
            })
        );
        assert_eq!(
            Period::last_weeks(d(2025, 3, 30), 0),
            Err(PeriodError::ZeroWeeks)
        );
        assert_eq!(
            SupportWeights::new(1.0, 0.5, 2.0),
            Err(WeightsError::Decreasing)
        );
        assert_eq!(
            SupportWeights::new(0.0, 1.0, 2.0),
            Err(WeightsError::OutOfRange(SupportLevel::Basis))
        );
        assert_eq!(
            SupportWeights::new(1.0, 1.0, f64::NAN),
            Err(WeightsError::OutOfRange(SupportLevel::Intensive))
        );
        assert!(SupportWeights::new(1.0, 1.0, 1.0).is_ok());
        let broken = AttentionAim::Compensating {
            weights: SupportWeights {
                basis: -1.0,
                extra: 1.0,
                intensive: 1.0,
            },
        };
        assert_eq!(broken.weight(SupportLevel::Intensive), 2.0);
        let json = serde_json::to_string(&AttentionAim::compensating()).unwrap();
        assert_eq!(
            serde_json::from_str::<AttentionAim>(&json).unwrap(),
            AttentionAim::compensating()
        );
        assert_eq!(
            serde_json::from_str::<AttentionAim>(r#"{"Compensating":{}}"#).unwrap(),
            AttentionAim::compensating()
        );
    }
}
