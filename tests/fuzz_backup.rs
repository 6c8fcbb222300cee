//! Fuzz of the backup import, on the host, through `backup::parse`: the same reading and
//! validation the settings page runs on a chosen file. A seeded generator damages a good
//! backup the way files get damaged or edited by hand (cut off, a line lost or doubled, a
//! number or text changed, an id swapped, a date retyped, stray characters) and feeds a
//! few hundred of them through. Every one must give a typed error, or records that are
//! whole (the oracle in `support/consistent.rs`) and come back the same from their own
//! backup. Runs in plain `cargo test`, deterministic, in well under a second.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, HashSet};

use groeipad::domain::backup::{export, parse};
use groeipad::domain::goals::Unit;
use groeipad::domain::records::Record;
use serde_json::Value;

#[path = "support/consistent.rs"]
mod consistent;

/// The records of every schema's fixture, each key once: every kind the app stores.
fn good_backup() -> String {
    let fixtures = [
        include_str!("../src/domain/fixtures/records_v8.json"),
        include_str!("../src/domain/fixtures/records_v7.json"),
        include_str!("../src/domain/fixtures/records_v6.json"),
        include_str!("../src/domain/fixtures/records_v5.json"),
        include_str!("../src/domain/fixtures/records_v4.json"),
        include_str!("../src/domain/fixtures/records_v3.json"),
        include_str!("../src/domain/fixtures/records_v2.json"),
        include_str!("../src/domain/fixtures/records_v1.json"),
    ];
    let mut seen = HashSet::new();
    let mut records = Vec::new();
    for json in fixtures {
        for v in serde_json::from_str::<Vec<Value>>(json).unwrap() {
            let r = Record::from_value(&v).unwrap();
            if seen.insert(r.key()) {
                records.push(r);
            }
        }
    }
    let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(9, 0, 0).unwrap();
    export(&records, at)
}

/// xorshift64*: the same files on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// A span of the text: start and end byte.
type Span = (usize, usize);

/// The spans of the JSON text's string contents and numbers.
fn tokens(text: &str) -> (Vec<Span>, Vec<Span>) {
    let b = text.as_bytes();
    let (mut strings, mut numbers) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                strings.push((start, i.min(b.len())));
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    i += 1;
                }
                numbers.push((start, i));
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    (strings, numbers)
}

const STRINGS: &[&str] = &[
    "", "ghost", "26-01-01", "2026-02-30", " 2026-1-1", "0026-01-01", "2026/01/01", "01-01-2026", "Active", "kind",
    "pupil", "goal", "measurement", "werkstuk", "\\u0000", "é😀", "2026-01-01T00:00:00",
];
const NUMBERS: &[&str] = &["1e308", "-1e308", "-1", "0", "65536", "2.5", "4294967296", "241", "1e999", "-0", "00", "7"];

fn damage(text: &str, rng: &mut Rng) -> String {
    let (strings, numbers) = tokens(text);
    let lines: Vec<&str> = text.lines().collect();
    match rng.below(9) {
        // Cut off.
        0 => text.chars().take(rng.below(text.chars().count())).collect(),
        // A text changed, or made 10,000 characters long.
        1 | 2 if !strings.is_empty() => {
            let (s, e) = strings[rng.below(strings.len())];
            let new = if rng.below(8) == 0 { "x".repeat(10_000) } else { rng.pick(STRINGS).to_string() };
            format!("{}{new}{}", &text[..s], &text[e..])
        }
        // A number changed.
        3 | 4 if !numbers.is_empty() => {
            let (s, e) = numbers[rng.below(numbers.len())];
            format!("{}{}{}", &text[..s], rng.pick(NUMBERS), &text[e..])
        }
        // A line lost or doubled (a field, or half a record).
        5 => {
            let n = rng.below(lines.len());
            lines.iter().enumerate().filter(|(i, _)| *i != n).map(|(_, l)| *l).collect::<Vec<_>>().join("\n")
        }
        6 => {
            let n = rng.below(lines.len());
            let mut out: Vec<&str> = lines.clone();
            out.insert(n, lines[n]);
            out.join("\n")
        }
        // One id put where another was: a record of another pupil, class or goal.
        7 if !strings.is_empty() => {
            let ids: Vec<(usize, usize)> = strings.iter().copied().filter(|(s, _)| text[..*s].ends_with("\"id\": \"") || text[..*s].ends_with("_id\": \"")).collect();
            if ids.is_empty() {
                return text.to_string();
            }
            let (a, b) = (ids[rng.below(ids.len())], ids[rng.below(ids.len())]);
            let (first, second) = if a.0 <= b.0 { (a, b) } else { (b, a) };
            if first == second {
                return text.to_string();
            }
            format!("{}{}{}{}{}", &text[..first.0], &text[second.0..second.1], &text[first.1..second.0], &text[first.0..first.1], &text[second.1..])
        }
        // A stray character, or a digit of a date retyped.
        _ => {
            let at = rng.below(text.len());
            let at = (at..text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            let stray = ["1", "9", "-", "\"", ",", "}", "é", " "][rng.below(8)];
            format!("{}{stray}{}", &text[..at], &text[at..])
        }
    }
}

#[test]
fn a_few_hundred_damaged_backups_give_a_typed_error_or_whole_data() {
    let good = good_backup();
    let whole = parse(&good).expect("the good backup imports");
    assert_eq!(consistent::consistent(&whole.records), Ok(()));
    let mut rng = Rng(0x5EED_CAFE_F00D_0006);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for round in 0..400 {
        let mut text = good.clone();
        for _ in 0..=rng.below(3) {
            text = damage(&text, &mut rng);
        }
        let outcome = parse(&text);
        let name = match &outcome {
            Ok(contents) => {
                let back = parse(&export(&contents.records, contents.exported_at));
                assert_eq!(consistent::consistent(&contents.records), Ok(()), "round {round}: accepted inconsistent data");
                assert_eq!(back.map(|c| c.records), Ok(contents.records.clone()), "round {round}: does not come back");
                "accepted".to_string()
            }
            Err(e) => {
                // Every refusal has its message (and says nothing was changed).
                let nl = groeipad::i18n::backup_error(groeipad::i18n::Lang::Nl, e);
                assert!(nl.ends_with("Er is niets veranderd."), "round {round}: {nl}");
                format!("{e:?}").split([' ', '{', '(']).next().unwrap_or_default().to_string()
            }
        };
        *seen.entry(name).or_default() += 1;
    }
    // The damage reaches every layer: JSON, the record's shape, dates, references, numbers.
    for wanted in ["accepted", "NotJson", "BadRecord", "BadDate", "MissingRef", "BadValue", "OutOfRange", "TooLong"] {
        assert!(seen.contains_key(wanted), "no {wanted} in {seen:?}");
    }
}
