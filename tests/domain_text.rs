//! The domain holds no visible text and names no language: it returns typed values, and
//! `crate::i18n` words them (dates in one place, `i18n::format`). These checks read the
//! domain's code (comments and test modules aside): no month names, no `Lang`, no use of
//! the i18n layer.

use std::fs;
use std::path::Path;

const MONTHS: [&str; 12] =
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/// The domain's files that are not tests or fixtures, with their code.
fn domain_code() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain")), &mut files);
    assert!(files.len() > 50, "the domain's files were found");
    files
        .into_iter()
        .filter(|f| {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            let test_dir = f.components().any(|c| ["fixtures", "test_kit"].contains(&c.as_os_str().to_str().unwrap_or_default()));
            !(name.ends_with("_tests.rs") || name == "tests.rs" || name == "test_kit.rs" || test_dir)
        })
        .map(|f| (f.display().to_string(), code(&fs::read_to_string(&f).unwrap())))
        .collect()
}

/// Whether `word` occurs in `code` as a whole word.
fn has_word(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(i, _)| {
        let before = code[..i].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let after = code[i + word.len()..].chars().next().is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        before && after
    })
}

#[test]
fn the_domain_names_no_language_and_words_nothing() {
    let mut found = Vec::new();
    for (file, code) in domain_code() {
        for word in ["Lang", "UserMessage"] {
            if has_word(&code, word) {
                found.push(format!("{file}: {word}"));
            }
        }
        if code.contains("crate::i18n") {
            found.push(format!("{file}: uses crate::i18n"));
        }
    }
    assert!(found.is_empty(), "the domain returns typed values; crate::i18n words them: {found:#?}");
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments and without its `#[cfg(test)]` items (a test
/// module, a test-only `use` or fn), wherever they stand.
fn code(text: &str) -> String {
    let text: String = text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        // The item ends at its `;`, or at the brace that closes its first `{`.
        let (semi, open) = (item.find(';'), item.find('{'));
        let end = match (semi, open) {
            (Some(s), Some(o)) if s < o => s + 1,
            (_, Some(o)) => {
                let mut depth = 0usize;
                let mut end = item.len();
                for (i, c) in item[o..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = o + i + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (Some(s), None) => s + 1,
            (None, None) => item.len(),
        };
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn no_month_names_in_the_domain() {
    let mut files = Vec::new();
    rust_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain")), &mut files);
    assert!(files.len() > 50, "the domain's files were found");
    let mut found = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with("_tests.rs") || name == "tests.rs" || f.components().any(|c| c.as_os_str() == "fixtures") {
            continue;
        }
        let code = code(&fs::read_to_string(&f).unwrap()).to_lowercase();
        for m in MONTHS {
            // Whole words only ("mei" is in "meistal", "maart" is not a prefix of anything).
            let hit = code.match_indices(m).any(|(i, _)| {
                let before = code[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = code[i + m.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                before && after
            });
            if hit {
                found.push(format!("{}: {m}", f.display()));
            }
        }
    }
    assert!(found.is_empty(), "month names in the domain (dates become text in crate::i18n): {found:#?}");
}

/// The core model (class, pupil and their parts) imports no feature: features build on it.
#[test]
fn the_core_model_imports_no_feature() {
    let text = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/model.rs")).unwrap();
    let code = code(&text);
    let features = ["goals", "feedback", "followup", "pupilmode", "grouping", "reports"];
    let found: Vec<&str> = features
        .iter()
        .copied()
        .filter(|f| code.contains(&format!("super::{f}")) || code.contains(&format!("domain::{f}")))
        .collect();
    assert!(found.is_empty(), "model.rs uses feature modules: {found:?}");
}
