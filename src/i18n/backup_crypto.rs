//! Strings of the encrypted backup ("versleutelde back-up", `domain::backup_crypto`): the
//! password choice on export, the password prompt on import, their progress and errors,
//! and the hint when support notes are stored.

use crate::domain::backup_crypto::{BackupCryptoError, PassphraseError};
use crate::i18n::Lang;

crate::strings! { BC {
    Protect => "Beveilig met een wachtwoord", "Protect with a password";
    ProtectHelp => "Wie het bestand vindt, kan het dan niet lezen. Bewaar het wachtwoord goed: zonder wachtwoord kan niemand deze back-up terugzetten, ook Groeipad niet.", "Whoever finds the file cannot read it then. Keep the password safe: without it nobody can restore this backup, Groeipad included.";
    Passphrase => "Wachtwoord (minstens 8 tekens)", "Password (at least 8 characters)";
    PassphraseRepeat => "Herhaal het wachtwoord", "Repeat the password";
    ExportEncrypted => "Versleutelde back-up downloaden", "Download encrypted backup";
    Encrypting => "Bezig met versleutelen… Dit duurt een paar tellen.", "Encrypting… This takes a few seconds.";
    EncryptedDone => "Versleutelde back-up gedownload.", "Encrypted backup downloaded.";
    ExportUnavailable => "Versleutelen lukt niet in deze browser: Groeipad moet via https geopend zijn. Er is geen back-up gemaakt.", "This browser cannot encrypt: Groeipad must be opened over https. No backup was made.";
    NotesHint => "Er staan zorgnotities in Groeipad. Die kunnen gezondheidsgegevens bevatten: beveilig je back-up met een wachtwoord.", "There are support notes in Groeipad. They can hold health data: protect your backup with a password.";
    ReminderNotes => "Er staan zorgnotities in je gegevens: beveilig de back-up met een wachtwoord.", "Your data holds support notes: protect the backup with a password.";
    Prompt => "Deze back-up is versleuteld. Typ het wachtwoord waarmee hij gemaakt is; er verandert niets tot je daarna bevestigt.", "This backup is encrypted. Type the password it was made with; nothing changes until you confirm afterwards.";
    ImportPassphrase => "Wachtwoord van de back-up", "The backup's password";
    Open => "Back-up openen", "Open the backup";
    Decrypting => "Bezig met openen… Dit duurt een paar tellen.", "Opening… This takes a few seconds.";
    EnterPassphrase => "Typ het wachtwoord van de back-up.", "Type the backup's password.";
}}

/// The encrypted backup's file name: "groeipad-backup-2026-12-01-versleuteld.json".
pub fn file_name(lang: Lang, day: chrono::NaiveDate) -> String {
    let day = day.format("%Y-%m-%d");
    match lang {
        Lang::Nl => format!("groeipad-backup-{day}-versleuteld.json"),
        Lang::En => format!("groeipad-backup-{day}-encrypted.json"),
    }
}

/// A new password that is not taken.
pub fn passphrase_error(lang: Lang, e: &PassphraseError) -> String {
    match (lang, e) {
        (Lang::Nl, PassphraseError::TooShort { len, min }) => format!("Het wachtwoord heeft {len} tekens; kies er minstens {min}."),
        (Lang::En, PassphraseError::TooShort { len, min }) => format!("The password has {len} characters; choose at least {min}."),
        (Lang::Nl, PassphraseError::TooLong { len, max }) => format!("Het wachtwoord heeft {len} tekens; het mogen er hoogstens {max} zijn."),
        (Lang::En, PassphraseError::TooLong { len, max }) => format!("The password has {len} characters; at most {max} are allowed."),
        (Lang::Nl, PassphraseError::Differ) => "De twee wachtwoorden verschillen. Typ twee keer hetzelfde wachtwoord.".into(),
        (Lang::En, PassphraseError::Differ) => "The two passwords differ. Type the same password twice.".into(),
    }
}

/// 600000 as "600.000" / "600,000".
fn thousands(lang: Lang, n: u32) -> String {
    let sep = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// An encrypted backup that could not be opened: always ends with "nothing was changed".
pub fn open_error(lang: Lang, e: &BackupCryptoError) -> String {
    use BackupCryptoError::*;
    let what = match (lang, e) {
        (Lang::Nl, WrongPassphrase) => "Dit wachtwoord past niet bij deze back-up. Er is niets veranderd. Weet je zeker dat het wachtwoord klopt? Dan is het bestand beschadigd of aangepast.".into(),
        (Lang::En, WrongPassphrase) => "This password does not fit this backup. Nothing was changed. If you are sure the password is right, the file is damaged or was changed.".into(),
        (Lang::Nl, NotEncrypted) => "Dit is geen versleutelde back-up van Groeipad.".to_string(),
        (Lang::En, NotEncrypted) => "This is not an encrypted Groeipad backup.".to_string(),
        (Lang::Nl, NewerVersion { .. }) => "Deze versleutelde back-up komt uit een nieuwere versie van Groeipad. Herlaad de app om bij te werken en probeer opnieuw.".into(),
        (Lang::En, NewerVersion { .. }) => "This encrypted backup comes from a newer version of Groeipad. Reload the app to update and try again.".into(),
        (Lang::Nl, UnknownAlgorithm { name }) => format!("Deze back-up is versleuteld op een manier die deze versie van Groeipad niet kent (“{name}”). Herlaad de app om bij te werken."),
        (Lang::En, UnknownAlgorithm { name }) => format!("This backup is encrypted in a way this version of Groeipad does not know (“{name}”). Reload the app to update."),
        (Lang::Nl, WeakKey { iterations, min }) => format!("Deze back-up is te zwak beveiligd ({} rondes, Groeipad vraagt er minstens {}): hij komt niet uit Groeipad of is aangepast.", thousands(lang, *iterations), thousands(lang, *min)),
        (Lang::En, WeakKey { iterations, min }) => format!("This backup is protected too weakly ({} rounds, Groeipad asks at least {}): it does not come from Groeipad or was changed.", thousands(lang, *iterations), thousands(lang, *min)),
        (Lang::Nl, TooSlow { iterations, .. }) => format!("Deze back-up vraagt {} rondes om te openen; dat zou dit apparaat minutenlang bezighouden. Hij komt niet uit Groeipad of is aangepast.", thousands(lang, *iterations)),
        (Lang::En, TooSlow { iterations, .. }) => format!("This backup asks {} rounds to open; that would keep this device busy for minutes. It does not come from Groeipad or was changed.", thousands(lang, *iterations)),
        (Lang::Nl, Damaged { .. }) => "Deze versleutelde back-up is beschadigd of onvolledig.".into(),
        (Lang::En, Damaged { .. }) => "This encrypted backup is damaged or incomplete.".into(),
        (Lang::Nl, Unavailable) => "Openen lukt niet in deze browser: Groeipad moet via https geopend zijn.".into(),
        (Lang::En, Unavailable) => "This browser cannot open it: Groeipad must be opened over https.".into(),
    };
    if matches!(e, WrongPassphrase) {
        return what;
    }
    match lang {
        Lang::Nl => format!("{what} Er is niets veranderd."),
        Lang::En => format!("{what} Nothing was changed."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::backup_crypto::SealedPart;
    use crate::i18n::Text;

    #[test]
    fn every_encrypted_backup_string_exists_in_both_languages() {
        crate::i18n::assert_complete(BC::ALL, 0);
        assert_eq!(BC::Protect.t(Lang::Nl), "Beveilig met een wachtwoord");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(file_name(Lang::Nl, day), "groeipad-backup-2026-12-01-versleuteld.json");
        assert_eq!(file_name(Lang::En, day), "groeipad-backup-2026-12-01-encrypted.json");
    }

    #[test]
    fn every_error_says_nothing_changed_in_both_languages() {
        use BackupCryptoError::*;
        let all = [
            NotEncrypted,
            NewerVersion { found: 2, supported: 1 },
            UnknownAlgorithm { name: "x".into() },
            WeakKey { iterations: 1_000, min: 600_000 },
            TooSlow { iterations: 20_000_000, max: 10_000_000 },
            Damaged { part: SealedPart::Salt },
            WrongPassphrase,
            Unavailable,
        ];
        for e in &all {
            let (nl, en) = (open_error(Lang::Nl, e), open_error(Lang::En, e));
            assert!(nl.contains("Er is niets veranderd."), "{nl}");
            assert!(en.contains("Nothing was changed."), "{en}");
            assert_ne!(nl, en);
        }
        assert!(open_error(Lang::Nl, &WrongPassphrase).starts_with("Dit wachtwoord past niet bij deze back-up. Er is niets veranderd."));
        assert!(open_error(Lang::Nl, &WeakKey { iterations: 1_000, min: 600_000 }).contains("minstens 600.000"));
        assert!(open_error(Lang::En, &WeakKey { iterations: 1_000, min: 600_000 }).contains("1,000 rounds"));
        for e in [PassphraseError::TooShort { len: 3, min: 8 }, PassphraseError::TooLong { len: 1_001, max: 1_000 }, PassphraseError::Differ] {
            assert_ne!(passphrase_error(Lang::Nl, &e), passphrase_error(Lang::En, &e));
        }
        assert_eq!(passphrase_error(Lang::Nl, &PassphraseError::TooShort { len: 3, min: 8 }), "Het wachtwoord heeft 3 tekens; kies er minstens 8.");
    }
}
