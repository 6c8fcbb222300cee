//! Strings of the autosaving forms when their record changed in another tab.

use crate::i18n::Lang;
use crate::i18n::Text;

crate::strings! { FormK {
    KeepMine => "Mijn versie houden", "Keep mine";
    TakeOther => "Andere versie nemen", "Take the other";
    EmptyValue => "(leeg)", "(empty)";
}}

/// The inline notice under a field with unsaved edits whose stored value changed in
/// another tab; `other` is that value as the teacher would read it.
pub fn changed_elsewhere(lang: Lang, other: &str) -> String {
    let other = if other.trim().is_empty() { FormK::EmptyValue.t(lang).to_string() } else { format!("«{other}»") };
    match lang {
        Lang::Nl => format!("Dit veld is intussen in een ander tabblad gewijzigd in: {other}. Welke versie wil je houden?"),
        Lang::En => format!("This field was changed in another tab to: {other}. Which version do you want to keep?"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_string_exists_in_both_languages() {
        crate::i18n::assert_complete(FormK::ALL, 0);
        assert_eq!(
            changed_elsewhere(Lang::Nl, "Dyslexie"),
            "Dit veld is intussen in een ander tabblad gewijzigd in: «Dyslexie». Welke versie wil je houden?"
        );
        assert_eq!(
            changed_elsewhere(Lang::En, " "),
            "This field was changed in another tab to: (empty). Which version do you want to keep?"
        );
    }
}
