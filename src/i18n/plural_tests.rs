//! Every counted message, walked with 0, 1 and 2 in both languages: one thing takes the
//! singular ("1 meting", "1 word per minute"), every other count the plural.


use crate::domain::feedback::NoStrengthFlag;
use crate::domain::followup::{PlanCheck, Repeat};
use crate::domain::goals::Unit;
use crate::domain::grouping::{GroupNaming, PlanWarning};
use crate::i18n::{counted, plural, Lang};
use crate::domain::reports::AttentionSummary;

/// (singular, plural) of every counted noun, Dutch and English.
const NOUNS: &[(&str, &str)] = &[
    ("meting", "metingen"), ("woord", "woorden"), ("klas", "klassen"), ("leerling", "leerlingen"),
    ("minuut", "minuten"), ("moment", "momenten"), ("dag", "dagen"), ("schooldag", "schooldagen"),
    ("week", "weken"), ("herinnering", "herinneringen"), ("reflectie", "reflecties"),
    ("onderdeel", "onderdelen"), ("gegeven", "gegevens"), ("opgave", "opgaven"),
    ("procentpunt", "procentpunten"), ("niveau", "niveaus"), ("stap", "stappen"), ("periode", "perioden"),
    ("seconde", "seconden"),
    ("measurement", "measurements"), ("word", "words"), ("class", "classes"), ("pupil", "pupils"),
    ("minute", "minutes"), ("day", "days"), ("reminder", "reminders"), ("reflection", "reflections"),
    ("item", "items"), ("entry", "entries"), ("point", "points"), ("level", "levels"), ("step", "steps"),
    ("period", "periods"), ("time", "times"), ("occasion", "occasions"), ("second", "seconds"),
];

/// Words that may stand between a count and its noun ("1 nieuwe reflectie", "2 school days").
const BETWEEN: &[&str] = &["nieuwe", "new", "opgeslagen", "stored", "school", "percentage"];

/// Every (count, noun) pair in a text: a whole number token followed by a word.
fn counts(text: &str) -> Vec<(String, String)> {
    let tokens: Vec<String> = text
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut j = i + 1;
        while tokens.get(j).is_some_and(|w| BETWEEN.contains(&w.as_str())) {
            j += 1;
        }
        if let Some(w) = tokens.get(j) {
            out.push((t.clone(), w.clone()));
        }
    }
    out
}

/// Fails when a count is followed by the wrong number of its noun.
fn check(label: &str, text: &str) {
    for (n, word) in counts(text) {
        for (one, many) in NOUNS {
            if one == many {
                continue;
            }
            let wrong = if n == "1" { *many } else { *one };
            assert_ne!(word, wrong, "{label}: '{n} {word}' in {text:?}");
        }
    }
}

use crate::domain::test_kit::d;

/// Every counted message of the app with the count `n`, labelled.
fn messages(n: usize, lang: Lang) -> Vec<(String, String)> {
    use crate::i18n::feedback as fb;
    use crate::i18n::followup as fu;
    use crate::i18n::goals as tg;
    use crate::i18n::pupilmode as pm;
    let n32 = u32::try_from(n).unwrap();
    let today = d(2026, 3, 20);
    let mut v: Vec<(&str, String)> = vec![
        ("pupils_count", crate::i18n::pupils_count(lang, n)),
        ("backup_contents", crate::i18n::backup_contents(lang, n, n, today)),
        ("damaged_banner", crate::i18n::damaged_banner(lang, n)),
        ("due_summary", crate::i18n::followup::due_summary(lang, n)),
        ("not_seen_summary pupils", crate::i18n::followup::not_seen_summary(lang, n, 10)),
        ("not_seen_summary days", crate::i18n::followup::not_seen_summary(lang, 2, n32)),
        ("recent_minutes", crate::i18n::followup::recent_minutes(lang, n32, n32)),
        ("unread_label", crate::i18n::pupilmode::unread_label(lang, n)),
        ("attention_minutes", crate::i18n::reports::attention_minutes(n32, lang)),
        ("profile_attention", crate::i18n::reports::profile_attention(&AttentionSummary { moments: n, minutes: n32, by_kind: vec![] }, lang)),
        ("retention home_note", crate::i18n::retention::home_note(lang, n)),
        ("retention details", crate::i18n::retention::details(lang, "1 maart", "Groep 5a", Some(n))),
        ("dossier_preview", crate::i18n::reports::dossier_preview("Anna", "1 maart", n, lang)),
        ("plan warning", crate::i18n::grouping::warning(&PlanWarning::Unplaced(n), GroupNaming::default(), lang)),
        ("long_in_lowest", crate::i18n::grouping::long_in_lowest("Anna", "intensief", i64::from(n32) * 7, 1, lang)),
        ("goal_sentence", crate::i18n::goals::goal_sentence(lang, "1 mei", "met een tekst", "60", "DMT", u8::try_from(n).unwrap())),
        ("chart_summary_head", tg::chart_summary_head(n, 40.0, Unit::WordsCorrectPerMinute, crate::i18n::format::day_month(lang, today), lang)),
        ("no_strength_heading", fb::no_strength_heading(n32, lang)),
        ("no_strength_heading weeks", fb::no_strength_heading(n32 * 7, lang)),
        ("no_strength_text", fb::no_strength_text(&NoStrengthFlag { pupil_id: "p".into(), last_strength: Some(today - chrono::Duration::days(i64::from(n32))), window_days: 21, looked_since: None }, today, lang)),
        ("school_days", fu::school_days(n32, lang)),
        ("repeat_label", fu::repeat_label(Repeat::EverySchoolDays(u16::try_from(n).unwrap().max(1)), lang)),
        ("plan_check_text", fu::plan_check_text(PlanCheck::OverBudget { by: n32 }, lang)),
        ("duration seconds", pm::duration(u64::from(n32) * 1000, lang)),
        ("duration minutes", pm::duration(120_000 + u64::from(n32) * 60_000, lang)),
    ];
    for u in [Unit::WordsCorrectPerMinute, Unit::ItemsCorrectOutOf(20), Unit::Percentage, Unit::TimesPerDay, Unit::Minutes, Unit::RubricLevel] {
        v.push(("format_value", tg::format_value(n as f64, u, lang)));
        v.push(("format_weekly_growth", tg::format_weekly_growth(n as f64, u, lang)));
    }
    v.into_iter().map(|(l, t)| (format!("{l} ({lang:?}, {n})"), t)).collect()
}

#[test]
fn every_counted_message_takes_singular_for_one_and_plural_otherwise() {
    for lang in [Lang::Nl, Lang::En] {
        for n in [0, 1, 2] {
            for (label, text) in messages(n, lang) {
                check(&label, &text);
            }
        }
    }
}

#[test]
fn the_checker_catches_the_known_mistakes() {
    for wrong in ["1 woorden per minuut", "1 metingen", "1 klassen", "1 words per minute", "2 meting", "0 class"] {
        let caught = std::panic::catch_unwind(|| check("probe", wrong)).is_err();
        assert!(caught, "the checker missed {wrong:?}");
    }
}

#[test]
fn the_rule_is_one_singular_everything_else_plural() {
    assert_eq!(plural(1_usize, "meting", "metingen"), "meting");
    assert_eq!(plural(0_u32, "meting", "metingen"), "metingen");
    assert_eq!(plural(2_i64, "meting", "metingen"), "metingen");
    assert_eq!(plural(1.0_f64, "woord", "woorden"), "woord");
    assert_eq!(plural(1.5_f64, "woord", "woorden"), "woorden");
    assert_eq!(counted(1_u32, "klas", "klassen"), "1 klas");
    assert_eq!(counted(3_u32, "class", "classes"), "3 classes");
}

#[test]
fn the_examples_of_the_issue_read_right() {
    use crate::i18n::goals::format_value;
    assert_eq!(format_value(1.0, Unit::WordsCorrectPerMinute, Lang::Nl), "1 woord per minuut");
    assert_eq!(format_value(1.0, Unit::WordsCorrectPerMinute, Lang::En), "1 word per minute");
    assert_eq!(format_value(2.0, Unit::WordsCorrectPerMinute, Lang::Nl), "2 woorden per minuut");
    assert!(crate::i18n::backup_contents(Lang::Nl, 1, 1, d(2026, 3, 1)).contains("1 klas, 1 leerling"));
    assert!(crate::i18n::backup_contents(Lang::En, 2, 0, d(2026, 3, 1)).contains("2 classes, 0 pupils"));
}
