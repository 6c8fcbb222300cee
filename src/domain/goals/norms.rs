//! The editable norm table for weekly growth in oral reading (words correct per minute per
//! week), one row per US grade 1–6, with its source kept beside the figures.
//!
//! Owns the defaults (Fuchs, Fuchs, Hamlett, Walz & Germann 1993) and the validation of the
//! teacher's edits. Must not touch: the mapping from groep/leerjaar to US grade (that is
//! `YearGroup::us_grade`), storage, text.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The source of the default figures, shown next to them in the settings.
pub const FUCHS_1993_SOURCE: &str = "Fuchs, L. S., Fuchs, D., Hamlett, C. L., Walz, L., & Germann, G. (1993). \
Formative evaluation of academic progress: How much growth can we expect? School Psychology Review, 22(1), 27-48.";

/// The grades the table covers: groep 3–8 and leerjaar 1–6 map onto these.
pub const NORM_GRADES: std::ops::RangeInclusive<u8> = 1..=6;

/// Weekly growth for one US grade, in words correct per minute per week.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct NormRow {
    pub grade: u8,
    pub realistic: f64,
    pub ambitious: f64,
}

/// The reading-growth norms. A plain struct the teacher can change in the settings; call
/// `validate` (or use `set_row`) before storing an edit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NormTable {
    /// Where the figures come from; the teacher may replace it with their school's source.
    pub source: String,
    pub rows: Vec<NormRow>,
    /// True once the teacher changed a figure, so the settings can offer "reset".
    #[serde(default)]
    pub edited: bool,
}

impl Default for NormTable {
    fn default() -> Self {
        let row = |grade, realistic, ambitious| NormRow {
            grade,
            realistic,
            ambitious,
        };
        NormTable {
            source: FUCHS_1993_SOURCE.to_string(),
            rows: vec![
                row(1, 2.0, 3.0),
                row(2, 1.5, 2.0),
                row(3, 1.0, 1.5),
                row(4, 0.85, 1.1),
                row(5, 0.5, 0.8),
                row(6, 0.3, 0.65),
            ],
            edited: false,
        }
    }
}

/// Why an edited norm table cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum NormError {
    #[error("grade {grade}: growth must be a positive number")]
    NotPositive { grade: u8 },
    #[error("grade {grade}: ambitious growth is below realistic growth")]
    AmbitiousBelowRealistic { grade: u8 },
    #[error("grade {grade} is outside 1-6")]
    GradeOutOfRange { grade: u8 },
    #[error("grade {grade} appears twice")]
    DuplicateGrade { grade: u8 },
    #[error("grade {grade} is missing")]
    MissingGrade { grade: u8 },
}

impl NormError {
    pub const ALL: [NormError; 5] = [
        NormError::NotPositive { grade: 1 },
        NormError::AmbitiousBelowRealistic { grade: 1 },
        NormError::GradeOutOfRange { grade: 7 },
        NormError::DuplicateGrade { grade: 1 },
        NormError::MissingGrade { grade: 1 },
    ];
}

fn check_row(row: &NormRow) -> Result<(), NormError> {
    let grade = row.grade;
    if !NORM_GRADES.contains(&grade) {
        return Err(NormError::GradeOutOfRange { grade });
    }
    let positive = |x: f64| x.is_finite() && x > 0.0;
    if !positive(row.realistic) || !positive(row.ambitious) {
        return Err(NormError::NotPositive { grade });
    }
    if row.ambitious < row.realistic {
        return Err(NormError::AmbitiousBelowRealistic { grade });
    }
    Ok(())
}

impl NormTable {
    /// Every grade 1–6 exactly once, positive finite figures, ambitious ≥ realistic.
    pub fn validate(&self) -> Result<(), NormError> {
        for (i, row) in self.rows.iter().enumerate() {
            check_row(row)?;
            if self.rows.iter().take(i).any(|r| r.grade == row.grade) {
                return Err(NormError::DuplicateGrade { grade: row.grade });
            }
        }
        for grade in NORM_GRADES {
            if self.row(grade).is_none() {
                return Err(NormError::MissingGrade { grade });
            }
        }
        Ok(())
    }

    /// The row for a US grade, if the table has it.
    pub fn row(&self, grade: u8) -> Option<&NormRow> {
        self.rows.iter().find(|r| r.grade == grade)
    }

    /// Changes one grade's figures after checking them; on error nothing changes.
    pub fn set_row(&mut self, grade: u8, realistic: f64, ambitious: f64) -> Result<(), NormError> {
        let new = NormRow {
            grade,
            realistic,
            ambitious,
        };
        check_row(&new)?;
        match self.rows.iter_mut().find(|r| r.grade == grade) {
            Some(row) => *row = new,
            None => {
                self.rows.push(new);
                self.rows.sort_by_key(|r| r.grade);
            }
        }
        self.edited = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_fuchs_1993() {
        let t = NormTable::default();
        assert!(t.validate().is_ok());
        assert!(t.source.contains("Fuchs") && t.source.contains("1993"));
        let want = [(1, 2.0, 3.0), (2, 1.5, 2.0), (3, 1.0, 1.5), (4, 0.85, 1.1), (5, 0.5, 0.8), (6, 0.3, 0.65)];
        for (g, r, a) in want {
            let row = t.row(g).unwrap();
            assert_eq!((row.realistic, row.ambitious), (r, a), "grade {g}");
        }
        assert!(!t.edited);
    }

    #[test]
    fn set_row_validates_and_marks_edited() {
        let cases: &[(u8, f64, f64, Result<(), NormError>)] = &[
            (3, 1.2, 1.8, Ok(())),
            (3, 1.0, 1.0, Ok(())),
            (3, 0.0, 1.0, Err(NormError::NotPositive { grade: 3 })),
            (3, -1.0, 1.0, Err(NormError::NotPositive { grade: 3 })),
            (3, 1.0, f64::NAN, Err(NormError::NotPositive { grade: 3 })),
            (3, 1.5, 1.0, Err(NormError::AmbitiousBelowRealistic { grade: 3 })),
            (0, 1.0, 2.0, Err(NormError::GradeOutOfRange { grade: 0 })),
            (7, 1.0, 2.0, Err(NormError::GradeOutOfRange { grade: 7 })),
        ];
        for (g, r, a, want) in cases {
            let mut t = NormTable::default();
            assert_eq!(t.set_row(*g, *r, *a), *want, "{g} {r} {a}");
            if want.is_ok() {
                assert!(t.edited);
                assert_eq!(t.row(*g).unwrap().realistic, *r);
                assert!(t.validate().is_ok());
            } else {
                assert_eq!(t, NormTable::default(), "unchanged on error");
            }
        }
    }

    #[test]
    fn validate_catches_structural_edits() {
        let mut t = NormTable::default();
        t.rows.retain(|r| r.grade != 4);
        assert_eq!(t.validate(), Err(NormError::MissingGrade { grade: 4 }));
        let mut t = NormTable::default();
        t.rows.push(NormRow { grade: 2, realistic: 1.0, ambitious: 2.0 });
        assert_eq!(t.validate(), Err(NormError::DuplicateGrade { grade: 2 }));
        let mut t = NormTable::default();
        t.rows[0].ambitious = 1.0;
        assert_eq!(t.validate(), Err(NormError::AmbitiousBelowRealistic { grade: 1 }));
    }

    #[test]
    fn set_row_restores_a_missing_grade() {
        let mut t = NormTable::default();
        t.rows.retain(|r| r.grade != 5);
        t.set_row(5, 0.5, 0.8).unwrap();
        assert!(t.validate().is_ok());
        assert_eq!(t.rows.iter().map(|r| r.grade).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn serde_round_trip_and_edited_default() {
        let t = NormTable::default();
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<NormTable>(&json).unwrap(), t);
        let old = r#"{"source":"x","rows":[]}"#;
        assert!(!serde_json::from_str::<NormTable>(old).unwrap().edited);
    }
}
