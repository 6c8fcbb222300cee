//! Small numeric helpers shared by realism and progress: a tolerance for comparing computed
//! rates with boundaries, weeks between dates, and a least-squares line through dated values.
//!
//! Must not touch: domain rules (bands, decision rules live with their owners).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Tolerance for comparing computed numbers with boundaries, so that a goal that needs
/// exactly the norm (e.g. 8.5 words in 10 weeks at 0.85) is not pushed over by rounding.
pub(crate) fn eps(scale: f64) -> f64 {
    1e-9 * scale.abs().max(1.0)
}

/// Weeks (possibly fractional) from `from` to `to`.
pub(crate) fn weeks_between(from: NaiveDate, to: NaiveDate) -> f64 {
    (to - from).num_days() as f64 / 7.0
}

/// A straight line through dated values: value(date) = intercept + slope_per_day × days after
/// `origin`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trend {
    pub origin: NaiveDate,
    pub intercept: f64,
    pub slope_per_day: f64,
}

impl Trend {
    pub fn value_at(&self, date: NaiveDate) -> f64 {
        self.intercept + self.slope_per_day * (date - self.origin).num_days() as f64
    }

    pub fn slope_per_week(&self) -> f64 {
        self.slope_per_day * 7.0
    }
}

/// Ordinary least squares through the points. None when there are fewer than two points,
/// all points share one date (no slope), or a value is not finite.
pub(crate) fn fit(points: &[(NaiveDate, f64)]) -> Option<Trend> {
    let origin = points.iter().map(|p| p.0).min()?;
    if points.len() < 2 || points.iter().any(|p| !p.1.is_finite()) {
        return None;
    }
    let n = points.len() as f64;
    let xs = points.iter().map(|p| (p.0 - origin).num_days() as f64);
    let mean_x = xs.clone().sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for (x, (_, y)) in xs.zip(points) {
        sxy += (x - mean_x) * (y - mean_y);
        sxx += (x - mean_x) * (x - mean_x);
    }
    if sxx <= 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    let trend = Trend {
        origin,
        intercept: mean_y - slope * mean_x,
        slope_per_day: slope,
    };
    (trend.intercept.is_finite() && trend.slope_per_day.is_finite()).then_some(trend)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 1, day).unwrap()
    }

    #[test]
    fn fits_an_exact_line() {
        let pts = [(d(1), 10.0), (d(8), 12.0), (d(15), 14.0), (d(22), 16.0)];
        let t = fit(&pts).unwrap();
        assert!((t.slope_per_week() - 2.0).abs() < 1e-12);
        assert!((t.value_at(d(29)) - 18.0).abs() < 1e-9);
    }

    #[test]
    fn fits_noisy_points_in_any_order() {
        // y = 1, 3, 2 at x = 0, 7, 14 days → slope 0.5 per week.
        let pts = [(d(15), 2.0), (d(1), 1.0), (d(8), 3.0)];
        let t = fit(&pts).unwrap();
        assert!((t.slope_per_week() - 0.5).abs() < 1e-12);
    }

    #[test]
    fn no_line_without_spread_or_points() {
        assert!(fit(&[]).is_none());
        assert!(fit(&[(d(1), 1.0)]).is_none());
        assert!(fit(&[(d(1), 1.0), (d(1), 2.0), (d(1), 3.0)]).is_none());
        assert!(fit(&[(d(1), 1.0), (d(2), f64::NAN)]).is_none());
    }

    #[test]
    fn weeks_are_fractional() {
        assert_eq!(weeks_between(d(1), d(15)), 2.0);
        assert_eq!(weeks_between(d(1), d(4)), 3.0 / 7.0);
    }
}
