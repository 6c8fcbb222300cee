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

/// The module a file is (`crate::domain::goals` for `src/domain/goals/mod.rs`).
fn module_of(path: &Path, src: &Path) -> String {
    let rel = path.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().to_string()).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    std::iter::once("crate".to_string()).chain(parts).collect::<Vec<_>>().join("::")
}

/// No two files of the app use each other, directly or around a ring: every `use` and
/// every `crate::…` path in a file's code (its tests left out) points one way.
#[test]
fn no_import_circles_between_files() {
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: Vec<String> = files.iter().map(|f| module_of(f, src)).collect();
    let known: std::collections::HashSet<&str> = modules.iter().map(String::as_str).collect();
    let mut edges: std::collections::HashMap<String, std::collections::BTreeSet<String>> = Default::default();
    for (file, module) in files.iter().zip(&modules) {
        let code = code(&fs::read_to_string(file).unwrap());
        let here: Vec<&str> = module.split("::").collect();
        let mut paths: Vec<Vec<String>> = Vec::new();
        for stmt in code.split(';').filter_map(|s| s.trim_start().strip_prefix("use ").or_else(|| s.trim_start().strip_prefix("pub use "))) {
            let stmt: String = stmt.split_whitespace().collect();
            let mut parts: Vec<String> = stmt.split("::").map(str::to_string).collect();
            let mut base: Vec<String> = here.iter().map(|s| s.to_string()).collect();
            let mut relative = false;
            while parts.first().is_some_and(|p| p == "super") {
                base.pop();
                parts.remove(0);
                relative = true;
            }
            if relative {
                paths.push(base.into_iter().chain(parts).collect());
            } else if parts.first().is_some_and(|p| p == "crate") {
                paths.push(parts);
            }
        }
        for (i, _) in code.match_indices("crate::") {
            let tail: String = code[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            paths.push(tail.split("::").filter(|p| !p.is_empty()).map(str::to_string).collect());
        }
        for parts in paths {
            let target = (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|c| known.contains(c.as_str()));
            if let Some(t) = target {
                let related = t == *module || module.starts_with(&format!("{t}::")) || t.starts_with(&format!("{module}::"));
                if !related {
                    edges.entry(module.clone()).or_default().insert(t);
                }
            }
        }
    }
    // Depth-first search for a way back to where it started.
    fn back(from: &str, edges: &std::collections::HashMap<String, std::collections::BTreeSet<String>>, trail: &mut Vec<String>, done: &mut std::collections::HashSet<String>) -> Option<Vec<String>> {
        if let Some(at) = trail.iter().position(|m| m == from) {
            return Some(trail[at..].to_vec());
        }
        if !done.insert(from.to_string()) {
            return None;
        }
        trail.push(from.to_string());
        for next in edges.get(from).into_iter().flatten() {
            if let Some(ring) = back(next, edges, trail, done) {
                return Some(ring);
            }
        }
        trail.pop();
        None
    }
    let mut done = std::collections::HashSet::new();
    for m in &modules {
        let ring = back(m, &edges, &mut Vec::new(), &mut done);
        assert!(ring.is_none(), "files that use each other around a ring: {ring:#?}");
    }
    assert!(edges.get("crate::domain::records").is_some_and(|e| e.contains("crate::domain::model")), "the graph was read");
}
