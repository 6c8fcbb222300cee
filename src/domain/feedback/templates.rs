//! Sentence starters and templates: the built-in set and the teacher's own.
//!
//! Owns: the built-ins' stable ids with their subject and part, and the add/edit/delete rules
//! for the teacher's templates. Must not touch: storage (the caller keeps the list and saves
//! it), notes, or any user-visible text: the built-ins' wording (Dutch and English, warm,
//! concrete, about the process, run through the word checks by a test) is app text in
//! `crate::i18n::feedback`, found there by id.

use super::{Domain, Part};
use serde::{Deserialize, Serialize};

/// Longest text of each of a template's two fields, in characters.
pub const MAX_TEMPLATE_CHARS: usize = 300;

/// A sentence starter or template. A teacher's own holds the teacher's text in `nl`, `en` or
/// both. A built-in from [`builtin_templates`] holds no text here (its fields are empty): its
/// wording is app text, looked up by id in `crate::i18n::feedback`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    pub domain: Domain,
    pub part: Part,
    #[serde(default)]
    pub nl: String,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub builtin: bool,
}

/// One of a template's two text fields: `nl` (Dutch) or `en` (English).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TemplateField {
    Nl,
    En,
}

impl Template {
    /// The text of `field`, or of the other field when that one is blank (a teacher may
    /// write only one).
    pub fn text_in(&self, field: TemplateField) -> &str {
        let (first, second) = match field {
            TemplateField::Nl => (&self.nl, &self.en),
            TemplateField::En => (&self.en, &self.nl),
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }
}

/// Why adding, editing or deleting a template failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum TemplateEditError {
    #[error("the template has no id")]
    MissingId,
    #[error("the template has no text in either language")]
    NoText,
    #[error("the {field:?} text has {len} characters, at most {max}")]
    TooLong {
        field: TemplateField,
        len: usize,
        max: usize,
    },
    #[error("a template with this id already exists")]
    DuplicateId,
    #[error("no template with this id")]
    NotFound,
    #[error("built-in templates cannot be changed or deleted; copy one to make it your own")]
    BuiltinReadOnly,
}

fn clean_text(text: &str, field: TemplateField) -> Result<String, TemplateEditError> {
    let t = text.trim();
    let len = t.chars().count();
    if len > MAX_TEMPLATE_CHARS {
        return Err(TemplateEditError::TooLong {
            field,
            len,
            max: MAX_TEMPLATE_CHARS,
        });
    }
    Ok(t.to_string())
}

/// Validates a teacher's template: trimmed id and texts, at least one text, length limits.
fn validated_own(t: Template) -> Result<Template, TemplateEditError> {
    let id = t.id.trim().to_string();
    if id.is_empty() {
        return Err(TemplateEditError::MissingId);
    }
    let nl = clean_text(&t.nl, TemplateField::Nl)?;
    let en = clean_text(&t.en, TemplateField::En)?;
    if nl.is_empty() && en.is_empty() {
        return Err(TemplateEditError::NoText);
    }
    Ok(Template {
        id,
        domain: t.domain,
        part: t.part,
        nl,
        en,
        builtin: false,
    })
}

/// Adds a teacher's own template (always stored with `builtin: false`).
/// `own` is the teacher's list; ids of built-ins are reserved too.
pub fn add_template(own: &mut Vec<Template>, template: Template) -> Result<(), TemplateEditError> {
    let t = validated_own(template)?;
    if own.iter().any(|o| o.id == t.id) || BUILTIN.iter().any(|b| b.0 == t.id) {
        return Err(TemplateEditError::DuplicateId);
    }
    own.push(t);
    Ok(())
}

/// Replaces the domain, part and texts of the teacher's template with `id`.
pub fn edit_template(
    own: &mut [Template],
    id: &str,
    domain: Domain,
    part: Part,
    nl: &str,
    en: &str,
) -> Result<(), TemplateEditError> {
    if BUILTIN.iter().any(|b| b.0 == id) {
        return Err(TemplateEditError::BuiltinReadOnly);
    }
    let slot = own
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or(TemplateEditError::NotFound)?;
    if slot.builtin {
        return Err(TemplateEditError::BuiltinReadOnly);
    }
    let t = validated_own(Template {
        id: id.to_string(),
        domain,
        part,
        nl: nl.into(),
        en: en.into(),
        builtin: false,
    })?;
    *slot = t;
    Ok(())
}

/// Removes the teacher's template with `id` and returns it (so the UI can offer undo).
pub fn delete_template(own: &mut Vec<Template>, id: &str) -> Result<Template, TemplateEditError> {
    if BUILTIN.iter().any(|b| b.0 == id) {
        return Err(TemplateEditError::BuiltinReadOnly);
    }
    let pos = own
        .iter()
        .position(|t| t.id == id)
        .ok_or(TemplateEditError::NotFound)?;
    if own.get(pos).is_some_and(|t| t.builtin) {
        return Err(TemplateEditError::BuiltinReadOnly);
    }
    Ok(own.remove(pos))
}

/// A teacher's editable copy of any template under a new id. A built-in is copied with its
/// wording filled in (`crate::i18n::feedback::builtins_with_text`): without text it is
/// [`TemplateEditError::NoText`].
pub fn copy_template(source: &Template, new_id: &str) -> Result<Template, TemplateEditError> {
    validated_own(Template {
        id: new_id.to_string(),
        builtin: false,
        ..source.clone()
    })
}

/// Templates for one domain and part; `General` ones are offered in every domain.
pub fn templates_for(all: &[Template], domain: Domain, part: Part) -> Vec<&Template> {
    all.iter()
        .filter(|t| t.part == part && (t.domain == domain || t.domain == Domain::General))
        .collect()
}

/// The built-in templates: id, subject and part, without text (see [`Template`]). Ids are
/// stable: never renumber, only append.
pub fn builtin_templates() -> Vec<Template> {
    BUILTIN
        .iter()
        .map(|(id, domain, part)| Template {
            id: (*id).to_string(),
            domain: *domain,
            part: *part,
            nl: String::new(),
            en: String::new(),
            builtin: true,
        })
        .collect()
}

use Domain::{
    General as Gen, Maths as Ma, Reading as Re, SocialEmotional as Se, Spelling as Sp,
    WorkHabits as Wh, Writing as Wr,
};
use Part::{FeedUp as Up, HomeTip as Home, NextStep as Next, Tip, Top};

type Row = (&'static str, Domain, Part);

#[rustfmt::skip]
const BUILTIN: &[Row] = &[
    // Reading
    ("fb-read-top-1", Re, Top),
    ("fb-read-top-2", Re, Top),
    ("fb-read-top-3", Re, Top),
    ("fb-read-tip-1", Re, Tip),
    ("fb-read-tip-2", Re, Tip),
    ("fb-read-tip-3", Re, Tip),
    ("fb-read-next-1", Re, Next),
    ("fb-read-next-2", Re, Next),
    ("fb-read-next-3", Re, Next),
    ("fb-read-up-1", Re, Up),
    // Maths
    ("fb-math-top-1", Ma, Top),
    ("fb-math-top-2", Ma, Top),
    ("fb-math-top-3", Ma, Top),
    ("fb-math-top-4", Ma, Top),
    ("fb-math-tip-1", Ma, Tip),
    ("fb-math-tip-2", Ma, Tip),
    ("fb-math-tip-3", Ma, Tip),
    ("fb-math-next-1", Ma, Next),
    ("fb-math-next-2", Ma, Next),
    ("fb-math-up-1", Ma, Up),
    // Spelling
    ("fb-spell-top-1", Sp, Top),
    ("fb-spell-top-2", Sp, Top),
    ("fb-spell-top-3", Sp, Top),
    ("fb-spell-tip-1", Sp, Tip),
    ("fb-spell-tip-2", Sp, Tip),
    ("fb-spell-tip-3", Sp, Tip),
    ("fb-spell-next-1", Sp, Next),
    ("fb-spell-next-2", Sp, Next),
    ("fb-spell-next-3", Sp, Next),
    ("fb-spell-up-1", Sp, Up),
    // Writing
    ("fb-write-top-1", Wr, Top),
    ("fb-write-top-2", Wr, Top),
    ("fb-write-top-3", Wr, Top),
    ("fb-write-tip-1", Wr, Tip),
    ("fb-write-tip-2", Wr, Tip),
    ("fb-write-tip-3", Wr, Tip),
    ("fb-write-next-1", Wr, Next),
    ("fb-write-next-2", Wr, Next),
    ("fb-write-next-3", Wr, Next),
    ("fb-write-up-1", Wr, Up),
    // Social-emotional
    ("fb-soc-top-1", Se, Top),
    ("fb-soc-top-2", Se, Top),
    ("fb-soc-top-3", Se, Top),
    ("fb-soc-top-4", Se, Top),
    ("fb-soc-tip-1", Se, Tip),
    ("fb-soc-tip-2", Se, Tip),
    ("fb-soc-next-1", Se, Next),
    ("fb-soc-next-2", Se, Next),
    ("fb-soc-up-1", Se, Up),
    // Work habits
    ("fb-work-top-1", Wh, Top),
    ("fb-work-top-2", Wh, Top),
    ("fb-work-top-3", Wh, Top),
    ("fb-work-top-4", Wh, Top),
    ("fb-work-tip-1", Wh, Tip),
    ("fb-work-tip-2", Wh, Tip),
    ("fb-work-tip-3", Wh, Tip),
    ("fb-work-next-1", Wh, Next),
    ("fb-work-next-2", Wh, Next),
    ("fb-work-up-1", Wh, Up),
    // General
    ("fb-gen-top-1", Gen, Top),
    ("fb-gen-top-2", Gen, Top),
    ("fb-gen-top-3", Gen, Top),
    ("fb-gen-top-4", Gen, Top),
    ("fb-gen-tip-1", Gen, Tip),
    ("fb-gen-tip-2", Gen, Tip),
    ("fb-gen-next-1", Gen, Next),
    ("fb-gen-next-2", Gen, Next),
    ("fb-gen-next-3", Gen, Next),
    ("fb-gen-up-1", Gen, Up),
    ("fb-gen-up-2", Gen, Up),
    // Tips for home (the parent report): short, doable in ten minutes, no school material needed.
    ("fb-read-home-1", Re, Home),
    ("fb-read-home-2", Re, Home),
    ("fb-math-home-1", Ma, Home),
    ("fb-math-home-2", Ma, Home),
    ("fb-spell-home-1", Sp, Home),
    ("fb-spell-home-2", Sp, Home),
    ("fb-write-home-1", Wr, Home),
    ("fb-write-home-2", Wr, Home),
    ("fb-soc-home-1", Se, Home),
    ("fb-soc-home-2", Se, Home),
    ("fb-work-home-1", Wh, Home),
    ("fb-work-home-2", Wh, Home),
    ("fb-gen-home-1", Gen, Home),
    ("fb-gen-home-2", Gen, Home),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn own(id: &str, nl: &str, en: &str) -> Template {
        Template {
            id: id.into(),
            domain: Domain::Maths,
            part: Part::Top,
            nl: nl.into(),
            en: en.into(),
            builtin: true,
        }
    }

    #[test]
    fn at_least_sixty_builtins_with_unique_ids() {
        // Their wording in both languages is checked with the texts, in i18n::feedback.
        let all = builtin_templates();
        assert!(all.len() >= 60, "only {}", all.len());
        for (i, t) in all.iter().enumerate() {
            assert!(t.builtin);
            assert!(t.nl.is_empty() && t.en.is_empty(), "{} holds text", t.id);
            assert!(t.id.starts_with("fb-"), "{}", t.id);
            assert!(
                all.iter().skip(i + 1).all(|o| o.id != t.id),
                "duplicate id {}",
                t.id
            );
        }
    }

    #[test]
    fn every_domain_has_every_part() {
        let all = builtin_templates();
        for domain in Domain::ALL {
            for part in Part::ALL {
                assert!(
                    all.iter().any(|t| t.domain == domain && t.part == part),
                    "{domain:?} {part:?}"
                );
            }
        }
    }

    #[test]
    fn stable_ids_spot_check() {
        let all = builtin_templates();
        let t = all.iter().find(|t| t.id == "fb-math-top-1").unwrap();
        assert_eq!((t.domain, t.part), (Domain::Maths, Part::Top));
        assert_eq!(all.first().map(|t| t.id.as_str()), Some("fb-read-top-1"));
    }

    #[test]
    fn add_validates_and_forces_own() {
        let mut list = Vec::new();
        add_template(&mut list, own(" t1 ", "  Je ging door. ", "")).unwrap();
        assert_eq!(list[0].id, "t1");
        assert_eq!(list[0].nl, "Je ging door.");
        assert!(!list[0].builtin);
        assert_eq!(list[0].text_in(TemplateField::En), "Je ging door.");
        let long = "x".repeat(MAX_TEMPLATE_CHARS + 1);
        let cases = [
            (own("t1", "a", ""), TemplateEditError::DuplicateId),
            (own("fb-gen-top-1", "a", ""), TemplateEditError::DuplicateId),
            (own(" ", "a", "b"), TemplateEditError::MissingId),
            (own("t2", "  ", "\n"), TemplateEditError::NoText),
            (
                own("t2", &long, ""),
                TemplateEditError::TooLong {
                    field: TemplateField::Nl,
                    len: MAX_TEMPLATE_CHARS + 1,
                    max: MAX_TEMPLATE_CHARS,
                },
            ),
            (
                own("t2", "a", &long),
                TemplateEditError::TooLong {
                    field: TemplateField::En,
                    len: MAX_TEMPLATE_CHARS + 1,
                    max: MAX_TEMPLATE_CHARS,
                },
            ),
        ];
        for (t, want) in cases {
            assert_eq!(add_template(&mut list, t), Err(want));
        }
        add_template(&mut list, own("t2", "", "Only English")).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].text_in(TemplateField::Nl), "Only English");
    }

    #[test]
    fn edit_and_delete() {
        let mut list = Vec::new();
        add_template(&mut list, own("t1", "a", "b")).unwrap();
        edit_template(&mut list, "t1", Domain::Reading, Part::Tip, " nieuw ", "").unwrap();
        assert_eq!(
            list[0],
            Template {
                id: "t1".into(),
                domain: Domain::Reading,
                part: Part::Tip,
                nl: "nieuw".into(),
                en: "".into(),
                builtin: false
            }
        );
        assert_eq!(
            edit_template(&mut list, "t1", Domain::Reading, Part::Tip, "", " "),
            Err(TemplateEditError::NoText)
        );
        assert_eq!(list[0].nl, "nieuw", "a failed edit changes nothing");
        assert_eq!(
            edit_template(&mut list, "nope", Domain::Reading, Part::Tip, "x", ""),
            Err(TemplateEditError::NotFound)
        );
        assert_eq!(
            edit_template(
                &mut list,
                "fb-gen-top-1",
                Domain::Reading,
                Part::Tip,
                "x",
                ""
            ),
            Err(TemplateEditError::BuiltinReadOnly)
        );
        let mut mixed = builtin_templates();
        assert_eq!(
            delete_template(&mut mixed, "fb-gen-top-1"),
            Err(TemplateEditError::BuiltinReadOnly)
        );
        assert_eq!(
            delete_template(&mut list, "nope"),
            Err(TemplateEditError::NotFound)
        );
        let removed = delete_template(&mut list, "t1").unwrap();
        assert_eq!(removed.id, "t1");
        assert!(list.is_empty());
    }

    #[test]
    fn copy_builtin_and_filter() {
        let all = builtin_templates();
        let bare = all.iter().find(|t| t.id == "fb-read-tip-1").unwrap();
        // A built-in is copied with its wording filled in; bare, it has none to copy.
        assert_eq!(copy_template(bare, "mine-1"), Err(TemplateEditError::NoText));
        let b = &Template {
            nl: "Lees lange woorden helemaal.".into(),
            en: "Read long words right to the end.".into(),
            ..bare.clone()
        };
        let c = copy_template(b, "mine-1").unwrap();
        assert!(!c.builtin);
        assert_eq!(
            (c.nl.as_str(), c.en.as_str(), c.domain, c.part),
            (b.nl.as_str(), b.en.as_str(), b.domain, b.part)
        );
        let reading_tips = templates_for(&all, Domain::Reading, Part::Tip);
        assert!(reading_tips
            .iter()
            .all(|t| t.part == Part::Tip && matches!(t.domain, Domain::Reading | Domain::General)));
        assert!(reading_tips.iter().any(|t| t.domain == Domain::General));
    }

    #[test]
    fn template_roundtrips() {
        let t = builtin_templates().remove(0);
        let back: Template = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
        let old: Template =
            serde_json::from_str(r#"{"id":"x","domain":"Maths","part":"Tip","nl":"hoi"}"#).unwrap();
        assert_eq!((old.en.as_str(), old.builtin), ("", false));
    }
}
