//! The words for the reports domain's typed values and errors.

use crate::i18n::counted;
use crate::domain::backup::BackupError;
use crate::i18n::{Lang, UserMessage};
use crate::domain::reports::{DossierError, PeriodError};
use super::ui::*;

/// "Verslag voor thuis – Anna – 2026-12-01": the page title, which the browser also
/// offers as the PDF's file name.
pub fn document_title(kind: RK, who: &str, day: chrono::NaiveDate, lang: Lang) -> String {
    use crate::i18n::Text;
    format!("{} – {who} – {}", kind.t(lang), day.format("%Y-%m-%d"))
}

/// "35 minuten één-op-één, verlengde instructie of even bijpraten in deze periode."
pub fn attention_minutes(minutes: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{} één-op-één, verlengde instructie of even bijpraten in deze periode.", counted(minutes, "minuut", "minuten")),
        Lang::En => format!("{} one-on-one, extended instruction or a short check-in in this period.", counted(minutes, "minute", "minutes")),
    }
}

/// "35 minuten in 3 momenten: één-op-één 15 min, verlengde instructie 20 min."
pub fn profile_attention(a: &crate::domain::reports::AttentionSummary, lang: Lang) -> String {
    let parts: Vec<String> = a
        .by_kind
        .iter()
        .map(|(k, m)| format!("{} {m} min", crate::i18n::followup::moment_kind_label(*k, lang).to_lowercase()))
        .collect();
    match lang {
        Lang::Nl => format!("{} in {}: {}.", counted(a.minutes, "minuut", "minuten"), counted(a.moments, "moment", "momenten"), parts.join(", ")),
        Lang::En => format!("{} in {}: {}.", counted(a.minutes, "minute", "minutes"), counted(a.moments, "moment", "moments"), parts.join(", ")),
    }
}

/// A reflection in one line: the mood word, then what the pupil wrote under each question
/// ("Goed · Ging goed: Ik las het hele boek · Was lastig: …"); `quoted` puts the pupil's
/// own words between quotation marks.
pub fn reflection_summary(r: &crate::domain::pupilmode::Reflection, quoted: bool, lang: Lang) -> String {
    use crate::i18n::Text;
    let mut parts = vec![crate::i18n::pupilmode::mood_word(r.mood, lang).to_string()];
    for (k, v) in [(RK::WentWellPupil, &r.went_well), (RK::WasHard, &r.was_hard), (RK::TryNext, &r.try_next)] {
        if !v.trim().is_empty() {
            parts.push(if quoted { format!("{}: “{v}”", k.t(lang)) } else { format!("{}: {v}", k.t(lang)) });
        }
    }
    parts.join(" · ")
}

/// "Dossier van Anna de Vries, gemaakt op 30 november 2026, met 12 onderdelen."
pub fn dossier_preview(name: &str, made_on: &str, items: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Dossier van {name}, gemaakt op {made_on}, met {}.", counted(items, "onderdeel", "onderdelen")),
        Lang::En => format!("Dossier of {name}, made on {made_on}, with {}.", counted(items, "item", "items")),
    }
}

/// "Anna de Vries staat nu in deze klas, met alles uit het dossier."
pub fn dossier_imported(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{name} staat nu in deze klas, met alles uit het dossier."),
        Lang::En => format!("{name} is now in this class, with everything from the dossier."),
    }
}

impl UserMessage for PeriodError {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (PeriodError::EndsBeforeStart, Lang::Nl) => "De periode eindigt voordat ze begint. Kies een latere einddatum.".into(),
            (PeriodError::EndsBeforeStart, Lang::En) => "The period ends before it starts. Choose a later end date.".into(),
            (PeriodError::TooLong, Lang::Nl) => "Kies een periode van hoogstens twee schooljaren.".into(),
            (PeriodError::TooLong, Lang::En) => "Choose a period of at most two school years.".into(),
        }
    }
}

impl UserMessage for DossierError {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (DossierError::File(BackupError::Foreign), Lang::Nl) => "Dit is geen bestand van Groeipad. Er is niets veranderd.".into(),
            (DossierError::File(BackupError::Foreign), Lang::En) => "This is not a Groeipad file. Nothing was changed.".into(),
            (DossierError::File(BackupError::NewerVersion { .. }), Lang::Nl) => "Dit dossier komt uit een nieuwere versie van Groeipad. Herlaad de app om bij te werken en probeer opnieuw. Er is niets veranderd.".into(),
            (DossierError::File(BackupError::NewerVersion { .. }), Lang::En) => "This dossier comes from a newer version of Groeipad. Reload the app to update and try again. Nothing was changed.".into(),
            (DossierError::File(BackupError::IsDossier), _) => DossierError::IsBackup.message(lang),
            // An encrypted file is always a full backup: say where it is restored.
            (DossierError::File(BackupError::Encrypted), _) => crate::i18n::backup_error(lang, &BackupError::Encrypted),
            (DossierError::File(_), Lang::Nl) => "Dit bestand is geen geldig dossier: het is beschadigd of onvolledig. Er is niets veranderd.".into(),
            (DossierError::File(_), Lang::En) => "This file is not a valid dossier: it is damaged or incomplete. Nothing was changed.".into(),
            (DossierError::IsBackup, Lang::Nl) => "Dit is een volledige back-up, geen dossier van één leerling. Een back-up zet je terug in Instellingen. Er is niets veranderd.".into(),
            (DossierError::IsBackup, Lang::En) => "This is a full backup, not one pupil's dossier. Restore a backup in Settings. Nothing was changed.".into(),
            (DossierError::NotOnePupil, Lang::Nl) => "Dit dossier bevat niet precies één leerling en is dus beschadigd. Er is niets veranderd.".into(),
            (DossierError::NotOnePupil, Lang::En) => "This dossier does not hold exactly one pupil, so it is damaged. Nothing was changed.".into(),
            (DossierError::BadRecord { index }, Lang::Nl) => format!("Onderdeel {index} van het dossier is beschadigd of gaat over iemand anders. Er is niets veranderd."),
            (DossierError::BadRecord { index }, Lang::En) => format!("Item {index} of the dossier is damaged or about someone else. Nothing was changed."),
            (DossierError::NoClass, lang) => format!("{} {}", crate::i18n::gone(lang, crate::i18n::Gone::Class), crate::i18n::Text::t(crate::i18n::K::ImportCancelled, lang)),
            (DossierError::NameTaken { name }, Lang::Nl) => format!("Er zit al een leerling “{name}” in deze klas. Geef die leerling eerst een andere naam (bijvoorbeeld met een initiaal erbij) of kies een andere klas. Er is niets veranderd."),
            (DossierError::NameTaken { name }, Lang::En) => format!("A pupil called “{name}” is already in this class. Rename that pupil first (for instance with an initial) or choose another class. Nothing was changed."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_report_string_and_error_exists_in_both_languages() {
        crate::i18n::assert_complete(RK::ALL, 4);
        let errors = [
            DossierError::File(BackupError::NotJson),
            DossierError::File(BackupError::NewerVersion { found: 9, supported: 6 }),
            DossierError::IsBackup,
            DossierError::NotOnePupil,
            DossierError::BadRecord { index: 3 },
            DossierError::NoClass,
            DossierError::NameTaken { name: "Anna".into() },
        ];
        for e in errors {
            let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
            assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{e:?}");
        }
        assert!(DossierError::File(BackupError::NotJson).message(Lang::Nl).contains("geen geldig dossier"));
        for e in [PeriodError::EndsBeforeStart, PeriodError::TooLong] {
            assert_ne!(e.message(Lang::Nl), e.message(Lang::En));
        }
    }
}
