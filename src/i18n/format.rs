//! The app's one way to show and read numbers and dates, in Dutch and English: the month
//! table, the number formatter (a decimal comma in Dutch), the date formats and the
//! reader of typed numbers. Every screen and every text function formats through here.

use chrono::{Datelike, NaiveDate};

use super::Lang;

const MONTHS_NL: [&str; 12] =
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// The month of a date: "november" / "November" (the app's one month table).
pub fn month_name(lang: Lang, d: NaiveDate) -> &'static str {
    let months = match lang {
        Lang::Nl => MONTHS_NL,
        Lang::En => MONTHS_EN,
    };
    months.get(d.month0() as usize).copied().unwrap_or("")
}

/// "23 november 2026" / "23 November 2026".
pub fn date(lang: Lang, d: NaiveDate) -> String {
    date_in(lang, d, true)
}

/// "14 maart" / "14 March": a date whose year is clear from what is shown with it.
pub fn day_month(lang: Lang, d: NaiveDate) -> String {
    date_in(lang, d, false)
}

/// "14 maart", or "14 maart 2026" when the dates shown with it need their year
/// (`chart::dates_need_year`).
pub fn date_in(lang: Lang, d: NaiveDate, with_year: bool) -> String {
    let month = month_name(lang, d);
    if with_year {
        format!("{} {} {}", d.day(), month, d.year())
    } else {
        format!("{} {}", d.day(), month)
    }
}

/// A chart's axis label: "21 dec 2026" with the year, else "21 december".
pub fn tick(lang: Lang, d: NaiveDate, with_year: bool) -> String {
    if !with_year {
        return day_month(lang, d);
    }
    let month = match (lang, d.month()) {
        (Lang::Nl, 3) => "mrt".to_string(),
        _ => month_name(lang, d).chars().take(3).collect(),
    };
    format!("{} {month} {}", d.day(), d.year())
}

/// A number with at most two decimals, trailing zeros dropped; a decimal comma in Dutch.
pub fn number(lang: Lang, x: f64) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let rounded = (x * 100.0).round() / 100.0;
    let mut s = format!("{:.2}", if rounded.is_finite() { rounded } else { x });
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if s == "-0" {
        s = "0".to_string();
    }
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Reads a number typed the Dutch or the English way ("1,5" or "1.5"); None if it is not one.
pub fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Bytes as "1,2 MB" / "1.2 MB".
pub fn bytes(lang: Lang, n: f64) -> String {
    let (v, unit) = if n >= 1e9 {
        (n / 1e9, "GB")
    } else if n >= 1e6 {
        (n / 1e6, "MB")
    } else {
        (n / 1e3, "kB")
    };
    let s = format!("{v:.1}");
    match lang {
        Lang::Nl => format!("{} {unit}", s.replace('.', ",")),
        Lang::En => format!("{s} {unit}"),
    }
}
