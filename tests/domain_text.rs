//! The domain holds no month names: dates become text in one place, `crate::i18n`
//! (`month_name`, `date`). The domain's `i18n_*` files, which still hold the texts of
//! its typed values, use that table too. Comments and tests may name months.

use std::fs;
use std::path::Path;

const MONTHS: [&str; 12] =
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

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

/// The code of a file before its test module, without comments.
fn code(text: &str) -> String {
    let body = text.split("#[cfg(test)]").next().unwrap_or_default();
    body.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
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
