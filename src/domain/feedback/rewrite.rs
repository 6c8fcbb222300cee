//! "Use suggestion": puts a nudge's rewrite into the draft in place of the flagged sentence.
//!
//! Owns: finding the sentence around a flagged word (the same sentence rules as the checks)
//! and turning a rewrite text into a sentence. Must not touch: which words are flagged or
//! what the rewrite says (`words`, `crate::i18n::feedback`). That every word nudge is gone
//! after using its rewrite is tested with the real lists and texts, in `crate::i18n::feedback`.

use super::check::{is_end_mark, scan_sentences, TextSpot};

/// Byte range of the sentence that holds `pos`: it starts after an end mark followed by white
/// space (or a line break) and runs through its own end marks ("Top!!"), or to the line end.
pub fn sentence_bounds(text: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(text.len());
    let start = scan_sentences(text, pos).last_start;
    let mut end = text.len();
    let mut chars = text.char_indices().filter(|(i, _)| *i >= pos).peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            end = i;
            break;
        }
        if is_end_mark(c) {
            let mut stop = i + c.len_utf8();
            while let Some((j, d)) = chars.peek().copied() {
                if !is_end_mark(d) {
                    break;
                }
                stop = j + d.len_utf8();
                chars.next();
            }
            if chars.peek().is_none_or(|(_, d)| d.is_whitespace()) {
                end = stop;
                break;
            }
        }
    }
    (start, end.max(start))
}

/// The rewrite as a sentence for the note: the quoted example if the text holds one
/// (‘…’), first letter upper case, and a full stop unless it ends in . ! ? or an ellipsis.
pub fn suggestion_sentence(rewrite: &str) -> String {
    let quoted = match (rewrite.find('‘'), rewrite.rfind('’')) {
        (Some(a), Some(b)) if b > a => rewrite.get(a + '‘'.len_utf8()..b).unwrap_or(rewrite),
        _ => rewrite,
    };
    let t = quoted.trim();
    let mut chars = t.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !out.ends_with(['.', '!', '?', '…']) {
        out.push('.');
    }
    out
}

/// The item text with the sentence that holds the flagged word replaced by the rewrite.
pub fn apply_suggestion(text: &str, spot: &TextSpot, rewrite: &str) -> String {
    let (start, end) = sentence_bounds(text, spot.start);
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    format!("{before}{}{after}", suggestion_sentence(rewrite))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot_of(text: &str, word: &str) -> TextSpot {
        let start = text.find(word).unwrap();
        TextSpot { item: 0, sentence: 0, start, end: start + word.len() }
    }

    #[test]
    fn sentence_bounds_follow_the_check_rules() {
        let t = "Je las vlot. Je bent zo slim!! Morgen verder.";
        let (a, b) = sentence_bounds(t, t.find("slim").unwrap());
        assert_eq!(&t[a..b], "Je bent zo slim!!");
        let t = "Het kost 3.5 minuut, knap hoor";
        let (a, b) = sentence_bounds(t, t.find("knap").unwrap());
        assert_eq!(&t[a..b], t);
        let t = "Eerste regel\nJe bent altijd zo snel. Ok";
        let (a, b) = sentence_bounds(t, t.find("altijd").unwrap());
        assert_eq!(&t[a..b], "Je bent altijd zo snel.");
        assert_eq!(sentence_bounds("", 0), (0, 0));
        assert_eq!(sentence_bounds("abc", 99), (0, 3));
    }

    #[test]
    fn suggestion_sentences_take_the_quoted_example() {
        assert_eq!(
            suggestion_sentence("je hebt goed doorgezet, ook toen het lastig werd"),
            "Je hebt goed doorgezet, ook toen het lastig werd."
        );
        assert_eq!(
            suggestion_sentence("noem één moment: ‘vandaag bij rekenen zag ik dat …’"),
            "Vandaag bij rekenen zag ik dat …"
        );
        assert_eq!(
            suggestion_sentence("‘… isn't working yet; tomorrow we'll try …’"),
            "… isn't working yet; tomorrow we'll try …"
        );
        assert_eq!(suggestion_sentence("  "), "");
        assert_eq!(suggestion_sentence("één stap"), "Één stap.");
    }

    #[test]
    fn applying_replaces_only_the_flagged_sentence() {
        let t = "Je las vlot. Je bent zo slim! Morgen verder.";
        let out = apply_suggestion(t, &spot_of(t, "slim"), "je koos een aanpak die werkte");
        assert_eq!(out, "Je las vlot. Je koos een aanpak die werkte. Morgen verder.");
        let t = "Lui";
        assert_eq!(apply_suggestion(t, &spot_of(t, "Lui"), "‘je begon laat’"), "Je begon laat.");
    }
}
