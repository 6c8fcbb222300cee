//! Strings of retention: the settings section that lists the pupils archived more than
//! two years ago (save the dossier, delete after confirmation, undo) and the calm note on
//! the home screen.

use crate::i18n::{counted, plural, Lang};

crate::strings! { RetK {
    Title => "Bewaartermijn", "Retention";
    Intro => "De gegevens van een leerling die vertrokken is (gearchiveerd) hoef je na twee jaar niet meer te bewaren. Groeipad stelt dan voor ze te verwijderen; er gaat niets weg zonder dat je het bevestigt. Bewaar eerst het dossier als de leerling, de ouders of een nieuwe school het nog nodig kunnen hebben.",
        "You need not keep the data of a pupil who left (archived) for more than two years. Groeipad then suggests deleting it; nothing goes without your confirmation. Save the dossier first if the pupil, the parents or a new school may still need it.";
    NothingDue => "Niemand is meer dan twee jaar geleden gearchiveerd: er is nu niets om te verwijderen.",
        "No pupil was archived more than two years ago: there is nothing to delete now.";
    ListLabel => "Leerlingen om te verwijderen", "Pupils to delete";
    SaveDossier => "Dossier bewaren", "Save dossier";
    Delete => "Verwijderen", "Delete";
    ConfirmText => "Doelen, metingen, feedback, reflecties en alle andere gegevens van deze leerling gaan weg. Zolang de app open is, kun je dit ongedaan maken.",
        "Goals, measurements, feedback, reflections and everything else about this pupil go. While the app is open, you can undo this.";
    ConfirmDelete => "Ja, verwijderen", "Yes, delete";
    HomeLink => "Bekijken in Instellingen", "Review in Settings";
}}

/// The line under a pupil's name: when archived, the class, and how much is kept
/// (`None` while the pupil's records are still being read).
pub fn details(lang: Lang, archived_on: &str, class_name: &str, entries: Option<usize>) -> String {
    let mut parts = vec![match lang {
        Lang::Nl => format!("Gearchiveerd op {archived_on}"),
        Lang::En => format!("Archived on {archived_on}"),
    }];
    if !class_name.is_empty() {
        parts.push(class_name.to_string());
    }
    if let Some(n) = entries {
        parts.push(match lang {
            Lang::Nl => counted(n, "gegeven", "gegevens"),
            Lang::En => counted(n, "entry", "entries"),
        });
    }
    parts.join(" · ")
}

/// The question of the confirmation step.
pub fn confirm_title(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} en alles over deze leerling verwijderen?"),
        Lang::En => format!("Delete {name} and everything about this pupil?"),
    }
}

/// The toast once the pupil is deleted (with undo beside it).
pub fn deleted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} en alle gegevens verwijderd."),
        Lang::En => format!("{name} and all their data deleted."),
    }
}

/// The calm note on the home screen: how many pupils are past the term.
pub fn home_note(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nl => format!(
            "{} {} meer dan twee jaar geleden gearchiveerd. De gegevens hoef je niet langer te bewaren.",
            counted(n, "leerling", "leerlingen"),
            plural(n, "is", "zijn")
        ),
        Lang::En => format!(
            "{} {} archived more than two years ago. You need not keep the data any longer.",
            counted(n, "pupil", "pupils"),
            plural(n, "was", "were")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_retention_string_exists_in_both_languages() {
        crate::i18n::assert_complete(RetK::ALL, 0);
        assert_eq!(home_note(Lang::Nl, 1), "1 leerling is meer dan twee jaar geleden gearchiveerd. De gegevens hoef je niet langer te bewaren.");
        assert!(home_note(Lang::Nl, 3).starts_with("3 leerlingen zijn meer"));
        assert!(home_note(Lang::En, 1).starts_with("1 pupil was archived"));
        assert!(home_note(Lang::En, 2).starts_with("2 pupils were archived"));
        assert_eq!(details(Lang::Nl, "1 december 2023", "Groep 5a", Some(1)), "Gearchiveerd op 1 december 2023 · Groep 5a · 1 gegeven");
        assert_eq!(details(Lang::En, "1 December 2023", "", None), "Archived on 1 December 2023");
        assert_eq!(confirm_title(Lang::Nl, "Anna"), "Anna en alles over deze leerling verwijderen?");
    }
}
