//! The domain's shared test kit (tests only): dates, and the builders that many modules'
//! tests share. Feature kits with their own builders live beside their feature
//! (`goals::test_kit`).

use chrono::NaiveDate;

pub mod generated;

/// A date from its year, month and day (a test writes only real dates).
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
