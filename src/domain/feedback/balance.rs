//! Balance over time: the ratio of positive to corrective remarks per pupil, and the pupils
//! of a class with no strength noted lately (a fairness signal).
//!
//! Owns: the windows, the thresholds and their assessment. Must not touch: notes or
//! successes themselves (read only), the clock ("today" is a parameter), and it must never
//! turn the counts into a score or a ranking between pupils.

use super::success::Success;
use super::FeedbackNote;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The teacher-adjustable defaults of the balance checks, with their source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BalanceSettings {
    /// Days (ending today, inclusive) over which the ratio is counted: four weeks.
    pub ratio_window_days: u32,
    /// Positive remarks per corrective one counted as "good": 3:1 to 4:1 is a good aim
    /// (Caldarella et al. 2020; benefits rise steadily, no magic threshold).
    pub good_ratio: u32,
    /// Below this many positive per corrective remark: a warning (below 1:1).
    pub warning_ratio: u32,
    /// Days without a strength (top or success) before a pupil is flagged: three weeks
    /// (low achievers tend to get less praise and warmth; DOMAIN.md "Feedback").
    pub strength_window_days: u32,
}

impl Default for BalanceSettings {
    fn default() -> Self {
        BalanceSettings {
            ratio_window_days: 28,
            good_ratio: 3,
            warning_ratio: 1,
            strength_window_days: 21,
        }
    }
}

/// How the ratio of one pupil looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RatioLevel {
    /// No tops, successes or tips in the window.
    NoData,
    /// Fewer positive than `warning_ratio` per corrective remark.
    Warning,
    /// Between the warning line and the aim.
    Ok,
    /// At or above the aim (also: positive remarks and no tips at all).
    Good,
}

/// The ratio of one pupil, with the aim to show next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatioAssessment {
    /// Tops and successes in the window.
    pub positive: u32,
    /// Tips in the window.
    pub corrective: u32,
    /// The aim, as "aim : 1".
    pub aim: u32,
    pub window_days: u32,
    pub level: RatioLevel,
}

/// A pupil with no strength noted in the window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoStrengthFlag {
    pub pupil_id: String,
    /// The latest strength on or before today (and on or after `looked_since`), if any.
    pub last_strength: Option<NaiveDate>,
    pub window_days: u32,
    /// How far back was looked: none when every record was (then no `last_strength` means
    /// never).
    pub looked_since: Option<NaiveDate>,
}

/// `date` lies in the `days` days ending with `today` (inclusive); future dates never count.
fn in_window(date: NaiveDate, today: NaiveDate, days: u32) -> bool {
    let age = today.signed_duration_since(date).num_days();
    age >= 0 && age < i64::from(days)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The ratio of positive (tops, successes) to corrective (tips) remarks for one pupil over
/// the ratio window. Next steps count as neither: they are feed-forward.
pub fn pupil_ratio(
    pupil_id: &str,
    notes: &[FeedbackNote],
    successes: &[Success],
    today: NaiveDate,
    settings: &BalanceSettings,
) -> RatioAssessment {
    let days = settings.ratio_window_days;
    let (mut positive, mut corrective) = (0u32, 0u32);
    for n in notes
        .iter()
        .filter(|n| n.pupil_id == pupil_id && in_window(n.date, today, days))
    {
        positive = positive.saturating_add(count(n.top_count()));
        corrective = corrective.saturating_add(count(n.tip_count()));
    }
    let wins = successes
        .iter()
        .filter(|s| s.pupil_id == pupil_id && in_window(s.date, today, days))
        .count();
    positive = positive.saturating_add(count(wins));
    let (p, c) = (u64::from(positive), u64::from(corrective));
    let level = if p == 0 && c == 0 {
        RatioLevel::NoData
    } else if p < c * u64::from(settings.warning_ratio) {
        RatioLevel::Warning
    } else if p >= c * u64::from(settings.good_ratio) {
        RatioLevel::Good
    } else {
        RatioLevel::Ok
    };
    RatioAssessment {
        positive,
        corrective,
        aim: settings.good_ratio,
        window_days: days,
        level,
    }
}

fn has_strength(n: &FeedbackNote) -> bool {
    n.top_count() > 0
}

/// Pupils (in the order given, each once) with no top or success in the strength window.
/// Records before `since` are not looked at (a screen that read only recent records);
/// `since` must not be inside the strength window.
pub fn pupils_without_strength<S: AsRef<str>>(
    pupil_ids: &[S],
    notes: &[FeedbackNote],
    successes: &[Success],
    today: NaiveDate,
    since: Option<NaiveDate>,
    settings: &BalanceSettings,
) -> Vec<NoStrengthFlag> {
    let days = settings.strength_window_days;
    let mut flags: Vec<NoStrengthFlag> = Vec::new();
    for id in pupil_ids.iter().map(AsRef::as_ref) {
        if flags.iter().any(|f| f.pupil_id == id) {
            continue;
        }
        let dates = notes
            .iter()
            .filter(|n| n.pupil_id == id && has_strength(n))
            .map(|n| n.date)
            .chain(
                successes
                    .iter()
                    .filter(|s| s.pupil_id == id)
                    .map(|s| s.date),
            )
            .filter(|d| *d <= today && since.is_none_or(|s| *d >= s));
        let last_strength = dates.max();
        if !last_strength.is_some_and(|d| in_window(d, today, days)) {
            flags.push(NoStrengthFlag {
                pupil_id: id.to_string(),
                last_strength,
                window_days: days,
                looked_since: since,
            });
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::super::success::SuccessSource;
    use super::*;

    use crate::domain::test_kit::d;
    const TODAY: (i32, u32, u32) = (2025, 3, 28);
    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }
    fn days_ago(n: i64) -> NaiveDate {
        today() - chrono::Duration::days(n)
    }

    fn note(pupil: &str, date: NaiveDate, tops: usize, tips: usize) -> FeedbackNote {
        FeedbackNote {
            id: format!("n-{pupil}-{date}"),
            pupil_id: pupil.into(),
            goal_id: None,
            date,
            tops: vec!["top".into(); tops],
            tips: vec!["tip".into(); tips],
            next_step: String::new(),
            follow_up: None,
        }
    }

    fn success(pupil: &str, date: NaiveDate) -> Success {
        Success {
            id: format!("s-{pupil}-{date}"),
            pupil_id: pupil.into(),
            date,
            text: "Tafel van 7 zonder fouten".into(),
            goal_id: None,
            source: SuccessSource::Manual,
            template: None,
        }
    }

    #[test]
    fn ratio_boundaries() {
        let s = BalanceSettings::default();
        // (tops, tips, successes) → level
        let cases = [
            (0, 0, 0, RatioLevel::NoData),
            (1, 0, 0, RatioLevel::Good),
            (0, 0, 1, RatioLevel::Good),
            (0, 1, 0, RatioLevel::Warning),
            (1, 2, 0, RatioLevel::Warning),
            (1, 1, 0, RatioLevel::Ok),
            (0, 1, 1, RatioLevel::Ok),
            (2, 1, 0, RatioLevel::Ok),
            (5, 2, 0, RatioLevel::Ok),
            (3, 1, 0, RatioLevel::Good),
            (2, 1, 1, RatioLevel::Good),
            (6, 2, 0, RatioLevel::Good),
            (9, 4, 2, RatioLevel::Ok),
        ];
        for (tops, tips, wins, want) in cases {
            let notes = vec![note("p", days_ago(1), tops, tips)];
            let succ: Vec<Success> = (0..wins).map(|_| success("p", today())).collect();
            let r = pupil_ratio("p", &notes, &succ, today(), &s);
            assert_eq!(r.level, want, "{tops} tops {tips} tips {wins} successes");
            assert_eq!(
                (r.positive, r.corrective, r.aim, r.window_days),
                ((tops + wins) as u32, tips as u32, 3, 28)
            );
        }
    }

    #[test]
    fn ratio_window_is_four_weeks_ending_today() {
        let s = BalanceSettings::default();
        let notes = vec![
            note("p", days_ago(27), 0, 1), // first day of the window: counts
            note("p", days_ago(28), 5, 0), // one day too old
            note("p", days_ago(-1), 5, 0), // tomorrow: not yet
            note("q", today(), 5, 0),      // other pupil
        ];
        let succ = vec![
            success("p", days_ago(28)),
            success("p", today()),
            success("q", today()),
        ];
        let r = pupil_ratio("p", &notes, &succ, today(), &s);
        assert_eq!((r.positive, r.corrective, r.level), (1, 1, RatioLevel::Ok));
    }

    #[test]
    fn ratio_ignores_empty_rows_and_respects_settings() {
        let mut n = note("p", today(), 1, 0);
        n.tips = vec!["  ".into(), "".into()];
        let r = pupil_ratio("p", &[n], &[], today(), &BalanceSettings::default());
        assert_eq!((r.corrective, r.level), (0, RatioLevel::Good));
        let s = BalanceSettings {
            good_ratio: 4,
            ..BalanceSettings::default()
        };
        let r = pupil_ratio("p", &[note("p", today(), 3, 1)], &[], today(), &s);
        assert_eq!((r.level, r.aim), (RatioLevel::Ok, 4));
        let s = BalanceSettings {
            ratio_window_days: 0,
            ..BalanceSettings::default()
        };
        assert_eq!(
            pupil_ratio("p", &[note("p", today(), 3, 1)], &[], today(), &s).level,
            RatioLevel::NoData
        );
    }

    #[test]
    fn strength_flag_three_week_boundaries() {
        let s = BalanceSettings::default();
        let ids = ["a", "b", "c", "d", "e", "f", "g", "a"];
        let notes = vec![
            note("a", days_ago(20), 1, 0), // last day inside the window
            note("b", days_ago(21), 1, 0), // just outside
            note("c", today(), 0, 2),      // only tips: no strength
            note("e", days_ago(-3), 1, 0), // future note does not count
        ];
        let succ = vec![success("d", days_ago(20)), success("f", days_ago(40))];
        let flags = pupils_without_strength(&ids, &notes, &succ, today(), None, &s);
        let got: Vec<(&str, Option<NaiveDate>)> = flags
            .iter()
            .map(|f| (f.pupil_id.as_str(), f.last_strength))
            .collect();
        assert_eq!(
            got,
            vec![
                ("b", Some(days_ago(21))),
                ("c", None),
                ("e", None),
                ("f", Some(days_ago(40))),
                ("g", None)
            ]
        );
        assert!(flags.iter().all(|f| f.window_days == 21));
    }

    #[test]
    fn strength_flag_with_string_ids_and_empty_class() {
        let ids: Vec<String> = vec!["a".into()];
        let flags = pupils_without_strength(
            &ids,
            &[],
            &[success("a", today())],
            today(),
            None,
            &BalanceSettings::default(),
        );
        assert!(flags.is_empty());
        let none: [&str; 0] = [];
        assert!(
            pupils_without_strength(&none, &[], &[], today(), None, &BalanceSettings::default())
                .is_empty()
        );
    }

    #[test]
    fn settings_default_from_partial_json() {
        let s: BalanceSettings = serde_json::from_str(r#"{"good_ratio":4}"#).unwrap();
        assert_eq!(
            s,
            BalanceSettings {
                good_ratio: 4,
                ..BalanceSettings::default()
            }
        );
    }
}
