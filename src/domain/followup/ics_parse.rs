//! A small iCalendar reader for the events Groeipad writes (and that other calendars
//! write in the same simple shape): unfolds lines, unescapes TEXT, reads the VEVENTs.
//!
//! Owns only reading. It is used by the tests to read the export back (the export's
//! tests are here, so `ics` never needs the reader) and can check an imported file; it must not grow into a full RFC 5545 implementation (no time zones,
//! no recurrence expansion: RRULE is returned as written). Line numbers in errors count
//! the unfolded content lines, starting at 1.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::ics::{unescape_text, unfold};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IcsEvent {
    pub uid: String,
    #[serde(default)]
    pub dtstamp: Option<NaiveDateTime>,
    /// The date of DTSTART (a DATE-TIME start keeps only its date).
    pub start: NaiveDate,
    #[serde(default)]
    pub end: Option<NaiveDate>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub rrule: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum IcsError {
    #[error("not an iCalendar file (no BEGIN:VCALENDAR)")]
    NotACalendar,
    #[error("line {line}: not a content line")]
    MalformedLine { line: usize },
    #[error("line {line}: END:{found} but {expected} is open")]
    MismatchedEnd {
        line: usize,
        expected: String,
        found: String,
    },
    #[error("{component} is never closed")]
    Unclosed { component: String },
    #[error("line {line}: bad date or time {value:?}")]
    BadDate { line: usize, value: String },
    #[error("line {line}: event without {property}")]
    MissingProperty { line: usize, property: String },
}

/// One content line split into name (upper case), parameters and raw value.
struct ContentLine<'a> {
    name: String,
    value: &'a str,
}

fn split_line(line: &str) -> Option<ContentLine<'_>> {
    // The value starts after the first colon outside a quoted parameter value.
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            quoted = !quoted;
            None
        }
        ':' if !quoted => Some(i),
        _ => None,
    })?;
    let (head, value) = (line.get(..colon)?, line.get(colon + 1..)?);
    let name = head.split(';').next().unwrap_or_default().trim();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    Some(ContentLine {
        name: name.to_ascii_uppercase(),
        value,
    })
}

fn parse_date(value: &str, line: usize) -> Result<NaiveDate, IcsError> {
    let bad = || IcsError::BadDate {
        line,
        value: value.to_string(),
    };
    let digits = value.get(..8).ok_or_else(bad)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    NaiveDate::parse_from_str(digits, "%Y%m%d").map_err(|_| bad())
}

fn parse_stamp(value: &str, line: usize) -> Result<NaiveDateTime, IcsError> {
    NaiveDateTime::parse_from_str(value.trim_end_matches('Z'), "%Y%m%dT%H%M%S").map_err(|_| {
        IcsError::BadDate {
            line,
            value: value.to_string(),
        }
    })
}

#[derive(Default)]
struct Draft {
    begin_line: usize,
    uid: Option<String>,
    dtstamp: Option<NaiveDateTime>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    summary: String,
    description: String,
    rrule: Option<String>,
}

impl Draft {
    fn finish(self) -> Result<IcsEvent, IcsError> {
        let missing = |property: &str| IcsError::MissingProperty {
            line: self.begin_line,
            property: property.into(),
        };
        let uid = self.uid.clone().ok_or_else(|| missing("UID"))?;
        let start = self.start.ok_or_else(|| missing("DTSTART"))?;
        Ok(IcsEvent {
            uid,
            dtstamp: self.dtstamp,
            start,
            end: self.end,
            summary: self.summary,
            description: self.description,
            rrule: self.rrule,
        })
    }
}

/// Reads the VEVENTs of an iCalendar text, in file order.
pub fn parse_ics(text: &str) -> Result<Vec<IcsEvent>, IcsError> {
    let text = unfold(text.strip_prefix('\u{feff}').unwrap_or(text));
    let mut events = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut draft: Option<Draft> = None;
    let mut seen_calendar = false;
    let lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    for (index, raw) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let line = index + 1;
        let content = split_line(raw).ok_or(IcsError::MalformedLine { line })?;
        if !seen_calendar {
            if content.name == "BEGIN" && content.value.trim().eq_ignore_ascii_case("VCALENDAR") {
                seen_calendar = true;
                stack.push("VCALENDAR".into());
                continue;
            }
            return Err(IcsError::NotACalendar);
        }
        if stack.is_empty() {
            // Anything after END:VCALENDAR is ignored.
            continue;
        }
        let in_event = stack.last().map(String::as_str) == Some("VEVENT");
        match content.name.as_str() {
            "BEGIN" => {
                let component = content.value.trim().to_ascii_uppercase();
                if component == "VEVENT" {
                    if draft.is_some() {
                        return Err(IcsError::MalformedLine { line });
                    }
                    draft = Some(Draft {
                        begin_line: line,
                        ..Draft::default()
                    });
                }
                stack.push(component);
            }
            "END" => {
                let component = content.value.trim().to_ascii_uppercase();
                let expected = stack.pop().unwrap_or_default();
                if component != expected {
                    return Err(IcsError::MismatchedEnd {
                        line,
                        expected,
                        found: component,
                    });
                }
                if component == "VEVENT" {
                    if let Some(done) = draft.take() {
                        events.push(done.finish()?);
                    }
                }
            }
            name if in_event => {
                let Some(event) = draft.as_mut() else {
                    continue;
                };
                let value = content.value;
                match name {
                    "UID" => event.uid = Some(unescape_text(value)),
                    "DTSTAMP" => event.dtstamp = Some(parse_stamp(value, line)?),
                    "DTSTART" => event.start = Some(parse_date(value, line)?),
                    "DTEND" => event.end = Some(parse_date(value, line)?),
                    "SUMMARY" => event.summary = unescape_text(value),
                    "DESCRIPTION" => event.description = unescape_text(value),
                    "RRULE" => event.rrule = Some(value.to_string()),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if !seen_calendar {
        return Err(IcsError::NotACalendar);
    }
    match stack.last() {
        Some(open) => Err(IcsError::Unclosed {
            component: open.clone(),
        }),
        None => Ok(events),
    }
}

#[cfg(test)]
mod tests {
    use super::super::ics::{normalize_text, to_ics, MAX_LINE_OCTETS};
    use super::super::reminders::{Reminder, ReminderSource, Repeat};
    use super::*;
    use proptest::prelude::*;

    use crate::domain::test_kit::d;

    fn stamp() -> NaiveDateTime {
        d(2025, 3, 3).and_hms_opt(7, 5, 9).unwrap()
    }

    fn reminder(id: &str, title: &str, due: NaiveDate, repeat: Repeat) -> Reminder {
        Reminder {
            id: id.into(),
            source: ReminderSource::Goal {
                goal_id: "g1".into(),
            },
            pupil_id: Some("p1".into()),
            title: title.into(),
            due,
            repeat,
            done_on: None,
            snoozed_from: None,
            anchor: None,
            minutes: None,
            owner: None,
        }
    }

    /// A DESCRIPTION as the caller gives it: two lines, so escaping is exercised.
    fn describe(r: &Reminder) -> String {
        format!("{:?}\nvolgende regel", r.repeat)
    }

    #[test]
    fn export_shape() {
        let mut done = reminder("done", "klaar", d(2025, 3, 1), Repeat::None);
        done.done_on = Some(d(2025, 3, 2));
        let list = vec![
            reminder(
                "r2",
                "Check-in, lezen; AVI E4",
                d(2025, 3, 30),
                Repeat::Weekly,
            ),
            reminder(
                "r1",
                "Tussendoel",
                d(2025, 3, 10),
                Repeat::EverySchoolDays(5),
            ),
            done,
        ];
        let ics = to_ics(&list, "Groep 5, opvolging", stamp(), describe);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "only CRLF line endings"
        );
        assert!(ics.contains("X-WR-CALNAME:Groep 5\\, opvolging\r\n"));
        assert!(ics.contains("UID:r1@groeipad.app\r\n"));
        assert!(ics.contains("DTSTAMP:20250303T070509Z\r\n"));
        // The DST Sunday is a plain date: no time zone can move it.
        assert!(ics.contains("DTSTART;VALUE=DATE:20250330\r\nDTEND;VALUE=DATE:20250331\r\n"));
        assert!(ics.contains("SUMMARY:Check-in\\, lezen\\; AVI E4\r\n"));
        assert!(ics.contains("DESCRIPTION:EverySchoolDays(5)\\nvolgende regel\r\n"));
        assert_eq!(ics.matches("RRULE:FREQ=WEEKLY").count(), 1);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(!ics.contains("klaar"));
        assert!(
            ics.find("UID:r1").unwrap() < ics.find("UID:r2").unwrap(),
            "sorted by date"
        );

        let events = parse_ics(&ics).unwrap();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].uid, "r1@groeipad.app");
        assert_eq!(events[0].start, d(2025, 3, 10));
        assert_eq!(events[0].end, Some(d(2025, 3, 11)));
        assert_eq!(events[0].rrule, None);
        assert_eq!(events[0].description, "EverySchoolDays(5)\nvolgende regel");
        assert_eq!(events[1].summary, "Check-in, lezen; AVI E4");
        assert_eq!(events[1].rrule.as_deref(), Some("FREQ=WEEKLY"));
        assert_eq!(events[1].dtstamp, Some(stamp()));

        let unnamed = to_ics(&list, "", stamp(), |_| String::new());
        assert!(!unnamed.contains("X-WR-CALNAME"));
        assert!(!unnamed.contains("DESCRIPTION"), "an empty description is left out");
        assert_eq!(parse_ics(&unnamed).unwrap()[0].description, "");
    }

    #[test]
    fn year_end_and_unrepresentable_dates() {
        let list = vec![
            reminder("a", "oudjaar", d(2025, 12, 31), Repeat::None),
            reminder("b", "ver weg", d(10000, 1, 1), Repeat::None),
        ];
        let events = parse_ics(&to_ics(&list, "x", stamp(), describe)).unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].end, Some(d(2026, 1, 1)));
    }

    proptest! {
        #[test]
        fn export_reads_back(titles in prop::collection::vec("[^\r\n]{1,120}", 1..6), name in any::<String>()) {
            let list: Vec<Reminder> = titles
                .iter()
                .enumerate()
                .map(|(i, t)| reminder(&format!("id{i}"), t, d(2025, 3, 1) + chrono::Days::new(i as u64), Repeat::None))
                .collect();
            let ics = to_ics(&list, &name, stamp(), describe);
            for line in ics.split("\r\n") {
                prop_assert!(line.len() <= MAX_LINE_OCTETS);
            }
            let events = parse_ics(&ics).unwrap();
            prop_assert_eq!(events.len(), list.len());
            for (e, r) in events.iter().zip(&list) {
                prop_assert_eq!(&e.summary, &normalize_text(&r.title));
                prop_assert_eq!(e.start, r.due);
            }
        }
    }

    const OTHER_WRITER: &str = "\u{feff}BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Europe/Brussels\n\
        END:VTIMEZONE\nBEGIN:VEVENT\nuid:x@y\nDTSTART;TZID=\"Europe/Brussels: CET\":20251026T090000\n\
        SUMMARY:Oudercontact\\, lang\n  verhaal\nDESCRIPTION:a\\Nb\nBEGIN:VALARM\nDESCRIPTION:alarm\n\
        END:VALARM\nEND:VEVENT\nEND:VCALENDAR\nX-AFTER:ignored\n";

    #[test]
    fn reads_a_lenient_file() {
        let events = parse_ics(OTHER_WRITER).unwrap();
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!(e.uid, "x@y");
        assert_eq!(e.start, d(2025, 10, 26));
        assert_eq!(e.summary, "Oudercontact, lang verhaal");
        assert_eq!(
            e.description, "a\nb",
            "VALARM's DESCRIPTION does not overwrite the event's"
        );
        assert_eq!((e.end, e.dtstamp, e.rrule.clone()), (None, None, None));
    }

    #[test]
    fn errors_table() {
        let cases: [(&str, IcsError); 8] = [
            ("", IcsError::NotACalendar),
            ("BEGIN:VEVENT\r\n", IcsError::NotACalendar),
            (
                "BEGIN:VCALENDAR\r\nno colon here\r\n",
                IcsError::MalformedLine { line: 2 },
            ),
            (
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
                IcsError::MismatchedEnd {
                    line: 3,
                    expected: "VEVENT".into(),
                    found: "VCALENDAR".into(),
                },
            ),
            (
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n",
                IcsError::Unclosed {
                    component: "VEVENT".into(),
                },
            ),
            (
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:2025-3-1\r\n",
                IcsError::BadDate {
                    line: 4,
                    value: "2025-3-1".into(),
                },
            ),
            (
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20250230\r\n",
                IcsError::BadDate {
                    line: 4,
                    value: "20250230".into(),
                },
            ),
            (
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                IcsError::MissingProperty {
                    line: 2,
                    property: "DTSTART".into(),
                },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse_ics(text), Err(want), "{text:?}");
        }
        assert_eq!(
            parse_ics("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VEVENT\r\n"),
            Err(IcsError::MalformedLine { line: 3 })
        );
        assert_eq!(
            parse_ics("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
            Ok(vec![])
        );
        // Multi-byte text right where a date is expected must not panic.
        assert!(parse_ics("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:2025010é\n").is_err());
    }
}
