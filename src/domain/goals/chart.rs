//! The geometry of a goal's progress chart: where points, aim line, trend line, target and
//! sub-goals fall in a plot of a given size. Pure, so it is tested on the host; the page
//! only draws what this returns as SVG.

use chrono::NaiveDate;

use crate::domain::goals::{aim_line, trend, Goal, Measurement};

/// A point in plot coordinates (x to the right, y downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pt {
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartGeometry {
    pub width: f64,
    pub height: f64,
    /// The plotting area inside the axes.
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub points: Vec<(Pt, f64, NaiveDate)>,
    pub aim: Option<(Pt, Pt)>,
    pub trend: Option<(Pt, Pt)>,
    pub target_y: f64,
    pub sub_goals: Vec<(Pt, bool)>,
    /// Y-axis ticks: (y position, value).
    pub y_ticks: Vec<(f64, f64)>,
    /// X-axis ticks: (x position, date).
    pub x_ticks: Vec<(f64, NaiveDate)>,
    pub today_x: Option<f64>,
    /// Where each approach change falls (x) with its label, when inside the plot.
    pub approach_changes: Vec<(f64, String)>,
}

/// The school year `today` falls in: 1 August up to and including 31 July.
pub fn school_year_of(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    use chrono::Datelike;
    let start_year = if today.month() >= 8 { today.year() } else { today.year() - 1 };
    let start = NaiveDate::from_ymd_opt(start_year, 8, 1).unwrap_or(today);
    let end = NaiveDate::from_ymd_opt(start_year + 1, 7, 31).unwrap_or(today);
    (start, end)
}

/// Whether dates shown together need their year: when they span two calendar years
/// ("21 december" beside "11 januari"), or one of them lies outside the current school year.
pub fn dates_need_year(dates: impl IntoIterator<Item = NaiveDate>, today: NaiveDate) -> bool {
    use chrono::Datelike;
    let (start, end) = school_year_of(today);
    let mut year = None;
    for d in dates {
        if d < start || d > end || year.is_some_and(|y| y != d.year()) {
            return true;
        }
        year = Some(d.year());
    }
    false
}

/// Whether a goal's page shows its dates with the year: every date it shows (start,
/// target, check-ins, measurements, approach changes, earlier targets, the end) is weighed.
pub fn goal_dates_need_year(goal: &Goal, measurements: &[Measurement], today: NaiveDate) -> bool {
    use crate::domain::goals::GoalState;
    let state = match goal.state {
        GoalState::Achieved { date } | GoalState::Stopped { date, .. } => Some(date),
        _ => None,
    };
    let dates = goal.baseline.iter().map(|b| b.date)
        .chain(goal.start_point().map(|b| b.date))
        .chain([goal.target_date])
        .chain(goal.sub_goals.iter().map(|s| s.date))
        .chain(goal.revisions.iter().flat_map(|r| [r.on, r.previous_target_date]))
        .chain(goal.approach_changes.iter().map(|a| a.on))
        .chain(measurements.iter().map(|m| m.date))
        .chain(state);
    dates_need_year(dates, today)
}

/// A "nice" step (1, 2, 5 × 10^k) giving about `n` ticks over `span`.
fn nice_step(span: f64, n: f64) -> f64 {
    if span <= 0.0 || !span.is_finite() {
        return 1.0;
    }
    let raw = span / n;
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let m = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    m * mag
}

/// Lays out the chart for `goal` with its measurements in a `width` × `height` box.
pub fn layout(goal: &Goal, measurements: &[Measurement], today: NaiveDate, width: f64, height: f64) -> ChartGeometry {
    let (left, right, top, bottom) = (48.0, width - 16.0, 16.0, height - 36.0);
    let start = goal.start_point();
    let first_date = start
        .map(|b| b.date)
        .into_iter()
        .chain(measurements.iter().map(|m| m.date))
        .min()
        .unwrap_or(goal.created_on);
    let last_date = measurements.iter().map(|m| m.date).chain([goal.target_date]).max().unwrap_or(goal.target_date);
    let span_days = ((last_date - first_date).num_days().max(1)) as f64;

    let mut values: Vec<f64> = measurements.iter().map(|m| m.value).collect();
    values.push(goal.target);
    if let Some(b) = start {
        values.push(b.value);
    }
    values.extend(goal.sub_goals.iter().map(|s| s.target));
    let lo = values.iter().cloned().fold(f64::INFINITY, f64::min);
    let hi = values.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi) = if lo.is_finite() && hi.is_finite() { (lo, hi) } else { (0.0, 1.0) };
    let step = nice_step((hi - lo).max(1.0), 4.0);
    let y_min = ((lo / step).floor() * step).min(lo);
    let y_max = ((hi / step).ceil() * step).max(y_min + step);

    let x_of = |d: NaiveDate| left + (right - left) * ((d - first_date).num_days() as f64 / span_days);
    let y_of = |v: f64| bottom - (bottom - top) * ((v - y_min) / (y_max - y_min));

    let points = measurements.iter().map(|m| (Pt { x: x_of(m.date), y: y_of(m.value) }, m.value, m.date)).collect();
    let aim = start.and_then(|b| {
        let end = aim_line(goal, goal.target_date).ok()?;
        Some((Pt { x: x_of(b.date), y: y_of(b.value) }, Pt { x: x_of(goal.target_date), y: y_of(end) }))
    });
    let trend = trend(measurements).ok().map(|t| {
        let from = measurements.iter().map(|m| m.date).min().unwrap_or(first_date);
        let to = measurements.iter().map(|m| m.date).max().unwrap_or(last_date);
        (Pt { x: x_of(from), y: y_of(t.value_at(from)) }, Pt { x: x_of(to), y: y_of(t.value_at(to)) })
    });
    let mut y_ticks = Vec::new();
    let mut v = y_min;
    while v <= y_max + step * 1e-6 && y_ticks.len() < 12 {
        y_ticks.push((y_of(v), (v * 100.0).round() / 100.0));
        v += step;
    }
    let x_ticks = [first_date, first_date + chrono::Duration::days((span_days / 2.0) as i64), last_date]
        .into_iter()
        .map(|d| (x_of(d), d))
        .collect();
    let today_x = (today >= first_date && today <= last_date).then(|| x_of(today));
    ChartGeometry {
        width,
        height,
        left,
        right,
        top,
        bottom,
        points,
        aim,
        trend,
        target_y: y_of(goal.target),
        sub_goals: goal.sub_goals.iter().map(|s| (Pt { x: x_of(s.date), y: y_of(s.target) }, s.done)).collect(),
        y_ticks,
        x_ticks,
        today_x,
        approach_changes: goal
            .approach_changes
            .iter()
            .filter(|a| a.on >= first_date && a.on <= last_date)
            .map(|a| (x_of(a.on), a.label.clone()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_kit::d;

    #[test]
    fn points_and_lines_fall_inside_the_plot_in_the_right_order() {
        let goal = crate::domain::goals::test_kit::goal("g", "p");
        let ms: Vec<Measurement> = [(10, 8, 41.0), (10, 15, 43.0), (10, 22, 44.0)]
            .iter()
            .enumerate()
            .map(|(i, (m, day, v))| Measurement { id: i.to_string(), goal_id: "g".into(), value: *v, date: d(2026, *m, *day), note: String::new() })
            .collect();
        let g = layout(&goal, &ms, d(2026, 10, 22), 600.0, 300.0);
        for (p, _, _) in &g.points {
            assert!(p.x >= g.left && p.x <= g.right && p.y >= g.top && p.y <= g.bottom, "{p:?}");
        }
        assert!(g.points[0].0.x < g.points[1].0.x, "later dates lie to the right");
        assert!(g.points[0].0.y > g.points[2].0.y, "higher values lie higher up");
        let (a, b) = g.aim.unwrap();
        assert!((a.x - g.left).abs() < 1e-9 && (b.x - g.right).abs() < 1e-9, "aim line spans baseline to target date");
        assert!((b.y - g.target_y).abs() < 1e-9, "aim line ends on the target");
        assert!(g.trend.is_some());
        assert!(g.y_ticks.len() >= 2);
        assert!(g.today_x.is_some());
        assert!(g.approach_changes.is_empty());
        let mut changed = goal.clone();
        changed.approach_changes.push(crate::domain::goals::ApproachChange { on: d(2026, 10, 15), label: "RT".into() });
        let g2 = layout(&changed, &ms, d(2026, 10, 22), 600.0, 300.0);
        let (x, label) = &g2.approach_changes[0];
        assert!((*x - g2.points[1].0.x).abs() < 1e-9 && label == "RT", "the line stands at the day of the change");
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(10.0, 4.0), 5.0);
        assert_eq!(nice_step(100.0, 4.0), 50.0);
        assert_eq!(nice_step(3.0, 4.0), 1.0);
        assert_eq!(nice_step(0.0, 4.0), 1.0);
    }
}

#[cfg(test)]
mod year_tests {
    use super::*;

    use crate::domain::test_kit::d;

    #[test]
    fn dates_across_new_year_or_outside_this_school_year_need_their_year() {
        let today = d(2026, 12, 1);
        assert_eq!(school_year_of(today), (d(2026, 8, 1), d(2027, 7, 31)));
        assert_eq!(school_year_of(d(2027, 3, 1)), (d(2026, 8, 1), d(2027, 7, 31)));
        // All in the autumn of this school year: no year.
        assert!(!dates_need_year([d(2026, 9, 1), d(2026, 11, 3), d(2026, 12, 21)], today));
        // 21 December beside 11 January: the year.
        assert!(dates_need_year([d(2026, 12, 21), d(2027, 1, 11)], today));
        // Last school year, even in one calendar year: the year.
        assert!(dates_need_year([d(2026, 3, 1), d(2026, 5, 1)], today));
        // Next school year: the year.
        assert!(dates_need_year([d(2027, 9, 1)], today));
        assert!(!dates_need_year([], today));
    }

    #[test]
    fn a_goal_weighs_every_date_it_shows() {
        let today = d(2026, 12, 1);
        // 1 October → 20 December: one autumn.
        let goal = Goal { target_date: d(2026, 12, 20), ..crate::domain::goals::test_kit::goal("g", "p") };
        assert!(!goal_dates_need_year(&goal, &[], today));
        let later = Goal { target_date: d(2027, 1, 11), ..goal.clone() };
        assert!(goal_dates_need_year(&later, &[], today));
        let m = Measurement { id: "m".into(), goal_id: "g".into(), value: 30.0, date: d(2027, 1, 4), note: String::new() };
        assert!(goal_dates_need_year(&goal, &[m], today));
    }
}
