//! Calendar export of the open reminders as an iCalendar file (RFC 5545), plus the text
//! helpers (escaping, folding) that the reader in `ics_parse` mirrors.
//!
//! Owns the .ics text format. Must not touch files, downloads or system time: the caller
//! passes the DTSTAMP (its "now" in UTC) and saves the returned string. No user-visible
//! text here: the caller words each DESCRIPTION (`crate::i18n::followup::ics_description`).
//!
//! Choices: every reminder is an all-day event (DTSTART;VALUE=DATE, DTEND the next day,
//! TRANSP:TRANSPARENT so it never blocks the teacher's agenda); done reminders are left
//! out; a weekly repeat becomes RRULE:FREQ=WEEKLY; an every-N-school-days repeat cannot
//! be said in RRULE (it needs the school's holidays), so only the next occurrence is
//! exported and the DESCRIPTION explains the rhythm. Dates outside the years 0–9999
//! cannot be written in iCalendar and are skipped (no real reminder gets there).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::reminder_list::sort_in_list_order;
use super::reminders::{Reminder, Repeat};

/// RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding CRLF.
pub const MAX_LINE_OCTETS: usize = 75;

/// Domain of the stable UIDs: `<reminder id>@groeipad.app`.
pub const UID_DOMAIN: &str = "groeipad.app";

const PRODID: &str = "-//Groeipad//Groeipad opvolging 1.0//NL";

/// Text as iCalendar can carry it: CRLF and lone CR become LF, and control characters
/// other than TAB and LF are dropped (RFC 5545 TEXT forbids them).
pub fn normalize_text(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in normalize_text(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Reverses `escape_text`; lenient with escapes other writers use (`\N`) and keeps an
/// unknown or trailing backslash as it is.
pub fn unescape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some(n @ ('\\' | ';' | ',')) => {
                out.push(n);
                chars.next();
            }
            Some('n' | 'N') => {
                out.push('\n');
                chars.next();
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// Folds one content line: pieces of at most 75 octets joined by CRLF + space (the
/// space counts toward the next piece's 75), never splitting a UTF-8 character.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out
}

/// Undoes folding: a line break (CRLF, or a bare LF from a lenient writer) followed by
/// one space or tab is removed together with that one whitespace character.
pub fn unfold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('\n') {
        let (before, after) = rest.split_at(pos);
        let after = &after[1..];
        if after.starts_with([' ', '\t']) {
            out.push_str(before.strip_suffix('\r').unwrap_or(before));
            rest = &after[1..];
        } else {
            out.push_str(before);
            out.push('\n');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

fn ics_date(date: NaiveDate) -> Option<String> {
    (0..=9999)
        .contains(&date.year())
        .then(|| format!("{:04}{:02}{:02}", date.year(), date.month(), date.day()))
}

fn ics_utc(stamp: NaiveDateTime) -> String {
    let date = ics_date(stamp.date()).unwrap_or_else(|| "19700101".to_string());
    format!(
        "{date}T{:02}{:02}{:02}Z",
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    )
}

/// The open reminders as an iCalendar text with CRLF line endings. `dtstamp` is the
/// export moment in UTC; `description` gives the DESCRIPTION of each exported reminder
/// (left out when empty).
pub fn to_ics(
    reminders: &[Reminder],
    calendar_name: &str,
    dtstamp: NaiveDateTime,
    description: impl Fn(&Reminder) -> String,
) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let name = escape_text(calendar_name.trim());
    if !name.is_empty() {
        // NAME is RFC 7986; X-WR-CALNAME is what Apple and Google calendars read.
        lines.push(format!("NAME:{name}"));
        lines.push(format!("X-WR-CALNAME:{name}"));
    }
    let stamp = ics_utc(dtstamp);
    let mut open: Vec<&Reminder> = reminders.iter().filter(|r| r.is_open()).collect();
    sort_in_list_order(&mut open);
    for r in open {
        let Some(start) = ics_date(r.due) else {
            continue;
        };
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}@{UID_DOMAIN}", escape_text(&r.id)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{start}"));
        if let Some(end) = r.due.succ_opt().and_then(ics_date) {
            lines.push(format!("DTEND;VALUE=DATE:{end}"));
        }
        lines.push(format!("SUMMARY:{}", escape_text(&r.title)));
        let description = description(r);
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
        }
        if r.repeat == Repeat::Weekly {
            lines.push("RRULE:FREQ=WEEKLY".into());
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold_line(&line));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escaping_table() {
        let cases = [
            ("a;b,c\\d", "a\\;b\\,c\\\\d"),
            ("regel 1\nregel 2", "regel 1\\nregel 2"),
            ("crlf\r\nlf", "crlf\\nlf"),
            ("bel\u{7}tab\t", "beltab\t"),
            ("Zoë 📚: lezen", "Zoë 📚: lezen"),
        ];
        for (raw, escaped) in cases {
            assert_eq!(escape_text(raw), escaped);
        }
        assert_eq!(unescape_text("a\\Nb\\x\\"), "a\nb\\x\\");
    }

    #[test]
    fn folding_table() {
        let exact = "x".repeat(75);
        assert_eq!(fold_line(&exact), exact);
        assert_eq!(fold_line(&"x".repeat(76)), format!("{exact}\r\n x"));
        // 74 ASCII + "é" (2 octets) would be 76: the é moves whole to the next line.
        let accent = format!("{}é", "x".repeat(74));
        assert_eq!(fold_line(&accent), format!("{}\r\n é", "x".repeat(74)));
        assert_eq!(unfold("ab\r\n c\n\td\r\ne"), "abcd\r\ne");
    }

    proptest! {
        #[test]
        fn fold_unfold_round_trip(s in "[^\r\n]{0,400}", accents in "[éëïüçàñ😀📚🇳🇱]{0,60}") {
            for text in [s.clone(), accents.clone(), format!("{s}{accents}")] {
                let folded = fold_line(&text);
                for line in folded.split("\r\n") {
                    prop_assert!(line.len() <= MAX_LINE_OCTETS);
                }
                prop_assert_eq!(unfold(&folded), text);
            }
        }

        #[test]
        fn escape_round_trip(s in any::<String>(), t in "[a-zé😀;,\\\\\n ]{0,80}") {
            prop_assert_eq!(unescape_text(&escape_text(&s)), normalize_text(&s));
            prop_assert_eq!(unescape_text(&escape_text(&t)), t);
        }
    }
}
