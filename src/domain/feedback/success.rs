//! The success log ("successen vieren") and the class board of this week's successes.
//!
//! Owns: success validation, the ISO week (Monday to Sunday) selection grouped per pupil, and
//! the name shown on the board (first name, nickname or initials). Must not touch: storage,
//! goals (only their ids), and never counts, sorts or ranks pupils by their successes: the
//! board celebrates, it does not compare.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::goals::TemplateKey;

/// Longest success text in characters: it is a short line on a board.
pub const MAX_SUCCESS_CHARS: usize = 300;

/// Where a success came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum SuccessSource {
    /// Noted by the teacher.
    #[default]
    Manual,
    /// Logged automatically when a goal was reached. Its `text` holds what was reached, in
    /// the teacher's words (the goal's own words, else its measure's name); the screens put
    /// "Doel gehaald: " before it in the language they show, so nothing stored is worded by
    /// the app (before schema v8 the text held that prefix in the language of the day).
    GoalAchieved,
}

/// One success of one pupil.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Success {
    pub id: String,
    pub pupil_id: String,
    pub date: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub source: SuccessSource,
    /// For a reached goal without own words: the measure template its `text` names, so the
    /// name is shown in the screen's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateKey>,
}

/// Why a success could not be saved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum SuccessValidationError {
    #[error("the success has no id")]
    MissingId,
    #[error("the success has no pupil")]
    MissingPupil,
    #[error("the success has no text")]
    EmptyText,
    #[error("the success text has {len} characters, at most {max}")]
    TooLong { len: usize, max: usize },
    #[error("a success from a reached goal needs the goal")]
    GoalMissing,
}

impl Success {
    /// Trims the texts and checks them; an empty goal id becomes `None`.
    pub fn validated(self) -> Result<Success, SuccessValidationError> {
        let id = self.id.trim().to_string();
        if id.is_empty() {
            return Err(SuccessValidationError::MissingId);
        }
        let pupil_id = self.pupil_id.trim().to_string();
        if pupil_id.is_empty() {
            return Err(SuccessValidationError::MissingPupil);
        }
        let text = self.text.trim().to_string();
        if text.is_empty() {
            return Err(SuccessValidationError::EmptyText);
        }
        let len = text.chars().count();
        if len > MAX_SUCCESS_CHARS {
            return Err(SuccessValidationError::TooLong {
                len,
                max: MAX_SUCCESS_CHARS,
            });
        }
        let goal_id = self
            .goal_id
            .map(|g| g.trim().to_string())
            .filter(|g| !g.is_empty());
        if self.source == SuccessSource::GoalAchieved && goal_id.is_none() {
            return Err(SuccessValidationError::GoalMissing);
        }
        Ok(Success {
            id,
            pupil_id,
            date: self.date,
            text,
            goal_id,
            source: self.source,
            template: self.template.filter(|_| self.source == SuccessSource::GoalAchieved),
        })
    }
}

/// This week's successes of one pupil, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilWeekSuccesses {
    pub pupil_id: String,
    pub successes: Vec<Success>,
}

/// Successes in the ISO week (Monday to Sunday) that holds `today`, grouped per pupil.
/// Pupils appear in the order of their first success in the input (never by how many they
/// have: that would be a ranking); a board sorts them by name.
pub fn successes_this_week(successes: &[Success], today: NaiveDate) -> Vec<PupilWeekSuccesses> {
    let week = today.iso_week();
    let mut groups: Vec<PupilWeekSuccesses> = Vec::new();
    for s in successes.iter().filter(|s| s.date.iso_week() == week) {
        match groups.iter_mut().find(|g| g.pupil_id == s.pupil_id) {
            Some(g) => g.successes.push(s.clone()),
            None => groups.push(PupilWeekSuccesses {
                pupil_id: s.pupil_id.clone(),
                successes: vec![s.clone()],
            }),
        }
    }
    for g in &mut groups {
        g.successes.sort_by_key(|s| s.date);
    }
    groups
}

/// Lower-case name particles skipped for initials (Dutch "de Jong" → J). A capitalised one
/// (Flemish "Van den Broeck") starts the surname and gives the initial (V).
const PARTICLES: &[&str] = &[
    "van", "de", "den", "der", "het", "'t", "t", "ten", "ter", "te", "in", "op", "aan", "bij",
    "uit", "von", "la", "le", "du", "da", "di", "del", "des", "el", "al", "d'", "l'",
];

fn is_particle(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    PARTICLES.contains(&lower.as_str())
}

fn initial(word: &str) -> Option<String> {
    word.chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_uppercase().collect())
}

fn starts_upper(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// The initial of the surname: the last word plus the particles in front of it.
fn surname_initial(words: &[&str]) -> Option<String> {
    let (last, before) = words.split_last()?;
    let mut run_start = before.len();
    while run_start > 1 && before.get(run_start - 1).is_some_and(|w| is_particle(w)) {
        run_start -= 1;
    }
    let run: Vec<&str> = before
        .get(run_start..)
        .unwrap_or(&[])
        .iter()
        .copied()
        .chain(std::iter::once(*last))
        .collect();
    let chosen = run.iter().find(|w| starts_upper(w)).unwrap_or(last);
    initial(chosen)
}

/// The name for the class board: the nickname if set, else the first name, or in privacy
/// mode the initials of first name and surname ("Anna de Jong" → "A.J."). Empty input → "".
pub fn display_name_for_board(
    full_name: &str,
    nickname: Option<&str>,
    privacy_mode: bool,
) -> String {
    if let Some(nick) = nickname.map(str::trim).filter(|n| !n.is_empty()) {
        return nick.to_string();
    }
    let words: Vec<&str> = full_name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return String::new();
    };
    if !privacy_mode {
        return (*first).to_string();
    }
    let mut out = String::new();
    if let Some(i) = initial(first) {
        out.push_str(&i);
        out.push('.');
    }
    if words.len() > 1 {
        if let Some(i) = surname_initial(&words) {
            out.push_str(&i);
            out.push('.');
        }
    }
    out
}

/// Board names for a whole class, in the order given: like [`display_name_for_board`], but
/// two pupils with the same first name get their surname initial ("Anna J.", "Anna B.").
pub fn board_names(pupils: &[(&str, Option<&str>)], privacy_mode: bool) -> Vec<String> {
    let names: Vec<String> = pupils
        .iter()
        .map(|(full, nick)| display_name_for_board(full, *nick, privacy_mode))
        .collect();
    if privacy_mode {
        return names;
    }
    names
        .iter()
        .zip(pupils)
        .map(|(name, (full, nick))| {
            let has_nick = nick.is_some_and(|n| !n.trim().is_empty());
            let clash = names
                .iter()
                .filter(|n| n.to_lowercase() == name.to_lowercase())
                .count()
                > 1;
            let words: Vec<&str> = full.split_whitespace().collect();
            match (has_nick, clash, words.len() > 1) {
                (false, true, true) => match surname_initial(&words) {
                    Some(i) => format!("{name} {i}."),
                    None => name.clone(),
                },
                _ => name.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_kit::d;

    fn s(id: &str, pupil: &str, date: NaiveDate) -> Success {
        Success {
            id: id.into(),
            pupil_id: pupil.into(),
            date,
            text: "Gelukt!".into(),
            goal_id: None,
            source: SuccessSource::Manual,
            template: None,
        }
    }

    #[test]
    fn validation() {
        let ok = Success {
            text: "  Tafel van 7 foutloos ".into(),
            goal_id: Some(" ".into()),
            ..s(" s1 ", "p", d(2025, 1, 6))
        };
        let v = ok.validated().unwrap();
        assert_eq!(
            (v.id.as_str(), v.text.as_str(), v.goal_id),
            ("s1", "Tafel van 7 foutloos", None)
        );
        let long = "x".repeat(MAX_SUCCESS_CHARS + 1);
        let base = s("s", "p", d(2025, 1, 6));
        let cases = [
            (
                Success {
                    id: " ".into(),
                    ..base.clone()
                },
                SuccessValidationError::MissingId,
            ),
            (
                Success {
                    pupil_id: "".into(),
                    ..base.clone()
                },
                SuccessValidationError::MissingPupil,
            ),
            (
                Success {
                    text: " \n".into(),
                    ..base.clone()
                },
                SuccessValidationError::EmptyText,
            ),
            (
                Success {
                    text: long,
                    ..base.clone()
                },
                SuccessValidationError::TooLong {
                    len: MAX_SUCCESS_CHARS + 1,
                    max: MAX_SUCCESS_CHARS,
                },
            ),
            (
                Success {
                    source: SuccessSource::GoalAchieved,
                    ..base.clone()
                },
                SuccessValidationError::GoalMissing,
            ),
            (
                Success {
                    source: SuccessSource::GoalAchieved,
                    goal_id: Some("  ".into()),
                    ..base.clone()
                },
                SuccessValidationError::GoalMissing,
            ),
        ];
        for (input, want) in cases {
            assert_eq!(input.validated(), Err(want));
        }
        let reached = Success {
            source: SuccessSource::GoalAchieved,
            goal_id: Some("g1".into()),
            ..base.clone()
        };
        assert!(reached.validated().is_ok());
        assert!(Success {
            text: "é".repeat(MAX_SUCCESS_CHARS),
            ..base
        }
        .validated()
        .is_ok());
    }

    #[test]
    fn week_boundaries_monday_to_sunday() {
        // 2025-03-10 is a Monday, 2025-03-16 a Sunday.
        let all = vec![
            s("1", "a", d(2025, 3, 9)),  // Sunday before
            s("2", "a", d(2025, 3, 10)), // Monday
            s("3", "b", d(2025, 3, 16)), // Sunday
            s("4", "b", d(2025, 3, 17)), // next Monday
            s("5", "a", d(2025, 3, 12)),
            s("6", "c", d(2024, 3, 12)), // same weekday a year earlier
        ];
        for today in [d(2025, 3, 10), d(2025, 3, 13), d(2025, 3, 16)] {
            let week = successes_this_week(&all, today);
            let got: Vec<(&str, Vec<&str>)> = week
                .iter()
                .map(|g| {
                    (
                        g.pupil_id.as_str(),
                        g.successes.iter().map(|s| s.id.as_str()).collect(),
                    )
                })
                .collect();
            assert_eq!(
                got,
                vec![("a", vec!["2", "5"]), ("b", vec!["3"])],
                "today {today}"
            );
        }
        assert!(successes_this_week(&all, d(2025, 3, 24)).is_empty());
    }

    #[test]
    fn week_across_new_year() {
        // ISO week 1 of 2025 runs from Monday 2024-12-30 to Sunday 2025-01-05.
        let all = vec![
            s("1", "a", d(2024, 12, 29)),
            s("2", "a", d(2024, 12, 30)),
            s("3", "a", d(2025, 1, 5)),
            s("4", "a", d(2025, 1, 6)),
        ];
        let week = successes_this_week(&all, d(2025, 1, 2));
        let ids: Vec<&str> = week[0].successes.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, vec!["2", "3"]);
    }

    #[test]
    fn board_display_names() {
        let cases: [(&str, Option<&str>, bool, &str); 14] = [
            ("Anna Jansen", None, false, "Anna"),
            ("Anna Jansen", None, true, "A.J."),
            ("  Anna   de Jong ", None, true, "A.J."),
            ("Tim van 't Hof", None, true, "T.H."),
            ("Lotte Van den Broeck", None, true, "L.V."),
            ("Anna Maria Jansen", None, true, "A.J."),
            ("Özil Çelik", None, true, "Ö.Ç."),
            ("anna de jong", None, true, "A.J."),
            ("Mo", None, true, "M."),
            ("Mo", None, false, "Mo"),
            ("Anna Jansen", Some("Annie"), false, "Annie"),
            ("Anna Jansen", Some("Annie"), true, "Annie"),
            ("Anna Jansen", Some("  "), true, "A.J."),
            ("   ", None, true, ""),
        ];
        for (full, nick, privacy, want) in cases {
            assert_eq!(
                display_name_for_board(full, nick, privacy),
                want,
                "{full:?} {nick:?} {privacy}"
            );
        }
        assert_eq!(
            display_name_for_board("Jean-Luc Dupont", None, false),
            "Jean-Luc"
        );
    }

    #[test]
    fn board_names_disambiguate_same_first_names() {
        let class = [
            ("Anna Jansen", None),
            ("Anna de Bruin", None),
            ("Bram Smit", None),
            ("anna", None),
            ("Anna Kok", Some("Ankie")),
        ];
        assert_eq!(
            board_names(&class, false),
            vec!["Anna J.", "Anna B.", "Bram", "anna", "Ankie"]
        );
        assert_eq!(
            board_names(&class, true),
            vec!["A.J.", "A.B.", "B.S.", "A.", "Ankie"]
        );
    }

    #[test]
    fn success_roundtrips_with_defaults() {
        let old: Success =
            serde_json::from_str(r#"{"id":"s","pupil_id":"p","date":"2025-03-10","text":"x"}"#)
                .unwrap();
        assert_eq!(
            (old.source, old.goal_id.as_deref()),
            (SuccessSource::Manual, None)
        );
        let back: Success = serde_json::from_str(&serde_json::to_string(&old).unwrap()).unwrap();
        assert_eq!(back, old);
    }
}
