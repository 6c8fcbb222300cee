//! Visible strings of the reports feature: the parent report (options and the report
//! itself, which is written in the language chosen per report), the class report, the
//! pupil's dossier (document, file, import) and the words for the domain's report errors.

use crate::i18n::counted;
use crate::domain::backup::BackupError;
use crate::i18n::{Lang, UserMessage};
use crate::domain::reports::{DossierError, PeriodError};

crate::strings! { RK {
    // Options (in the app's language)
    ParentReport => "Verslag voor ouders", "Report for parents";
    ParentReportIntro => "Eerst wat goed ging, dan de doelen in de woorden van je leerling en wat ouders thuis kunnen doen. Kies hieronder wat erin komt; print het verslag of bewaar het als pdf.", "First what went well, then the goals in your pupil's own words and what parents can do at home. Choose below what goes in; print the report or save it as a PDF.";
    ClassReport => "Verslagen voor ouders", "Reports for parents";
    ClassReportIntro => "Eén verslag per leerling, elk op een eigen pagina, in één printopdracht. Elke leerling krijgt de doelen die nu lopen of in de periode bereikt zijn.", "One report per pupil, each on its own page, in one print job. Every pupil gets the goals that are running now or were reached in the period.";
    NoPupilsForReport => "Deze klas heeft nog geen leerlingen. Voeg ze toe op de klaspagina; daarna maak je hier de verslagen.", "This class has no pupils yet. Add them on the class page; then make the reports here.";
    Options => "Wat komt erin", "What goes in";
    PeriodFrom => "Van", "From";
    PeriodTo => "Tot en met", "Up to and including";
    InvalidDate => "Vul een geldige datum in.", "Enter a valid date.";
    ReportLanguage => "Taal van het verslag", "Language of the report";
    LanguageNl => "Nederlands", "Dutch";
    LanguageEn => "Engels", "English";
    GoalsToShow => "Doelen in het verslag", "Goals in the report";
    NoGoalsInPeriod => "Er liepen geen doelen in deze periode.", "No goals ran in this period.";
    Stopped => "gestopt", "stopped";
    Reached => "bereikt", "reached";
    HomeTipsToShow => "Tips voor thuis", "Tips for home";
    HomeTipsHelp => "Wat bij een doel voor thuis is afgesproken, staat er altijd in. Kies er tips bij; ze passen bij de vakken van de gekozen doelen.", "What a goal agreed for home is always in. Add tips; they fit the subjects of the chosen goals.";
    OwnHomeTip => "Eigen tip voor thuis", "Your own tip for home";
    AddOwnTip => "Tip toevoegen", "Add tip";
    OwnTipSaved => "Tip toegevoegd en bewaard bij je eigen sjablonen.", "Tip added and kept with your own templates.";
    AlsoInclude => "Ook opnemen (staat uit tot je het kiest)", "Also include (off until you choose it)";
    IncludeSupportNotes => "Ondersteuningsnotities (kunnen gezondheidsgegevens bevatten)", "Support notes (can hold health data)";
    IncludeFeedbackTips => "Werkpunten uit de feedback", "Points to work on from the feedback";
    IncludeAttention => "Minuten individuele aandacht", "Minutes of individual attention";
    Print => "Printen of opslaan als pdf", "Print or save as PDF";
    Preview => "Voorbeeld", "Preview";
    // The report (in the report's language)
    ReportTitle => "Verslag voor thuis", "Report for home";
    Period => "Periode", "Period";
    Class => "Klas", "Class";
    Successes => "Successen", "Successes";
    NoSuccesses => "In deze periode is nog geen succes vastgelegd. Hieronder staat waar we samen aan werken.", "No success was noted in this period yet. Below is what we are working on together.";
    Goals => "Waar we aan werken", "What we are working on";
    ReachedOn => "Bereikt op", "Reached on";
    StillWorking => "Hier werken we nog aan, tot", "Still working on this, until";
    WentWell => "Wat ging goed", "What went well";
    NextStep => "Volgende stap", "Next step";
    AtHome => "Wat u thuis kunt doen", "What you can do at home";
    NoLearning => "In deze periode zijn nog geen doelen of successen vastgelegd. Dat zegt niets over hoe het gaat: vraag gerust om een gesprek.", "No goals or successes were recorded in this period yet. That says nothing about how things are going: feel free to ask for a talk.";
    SupportNotes => "Ondersteuning", "Support";
    FeedbackTips => "Werkpunten", "Points to work on";
    Attention => "Individuele aandacht", "Individual attention";
    // The dossier
    Dossier => "Dossier", "Dossier";
    OpenDossier => "Dossier (inzage, schoolwissel)", "Dossier (access, school change)";
    DossierIntro => "Alles wat Groeipad over deze leerling bewaart: voor inzage door ouders (AVG), een schoolwissel of vertrek. Print het als document, of bewaar het als bestand dat een andere Groeipad in een klas naar keuze zet.", "Everything Groeipad keeps about this pupil: for parents' right of access (GDPR), a school change or leaving. Print it as a document, or save it as a file that another Groeipad adds to a class of its choosing.";
    DossierExport => "Bewaren als bestand", "Save as a file";
    DossierSaved => "Dossier bewaard als bestand.", "Dossier saved as a file.";
    DossierDetails => "Gegevens", "Details";
    Name => "Naam", "Name";
    Nickname => "Roepnaam of initialen", "Nickname or initials";
    YearGroup => "Groep / leerjaar", "Year group";
    SameAsClass => "zoals de klas", "as the class";
    Notes => "Ondersteuningsnotities", "Support notes";
    InGroeipadSince => "In Groeipad sinds", "In Groeipad since";
    ArchivedOn => "Vertrokken op", "Left on";
    DGoals => "Doelen", "Goals";
    DMeasurements => "Metingen", "Measurements";
    DFeedback => "Feedback", "Feedback";
    DReminders => "Herinneringen", "Reminders";
    DMoments => "Aandachtsmomenten", "Attention moments";
    DReflections => "Reflecties van de leerling", "The pupil's reflections";
    DSupport => "Ondersteuningsniveaus", "Support levels";
    Nothing => "Niets vastgelegd.", "Nothing recorded.";
    Tops => "Tops", "Tops";
    Tips => "Tips", "Tips";
    Done => "afgerond", "done";
    WentWellPupil => "Ging goed", "Went well";
    WasHard => "Was lastig", "Was hard";
    TryNext => "Volgende keer", "Next time";
    // The class page's card and the pupil page's links
    ReportsCard => "Verslagen en dossiers", "Reports and dossiers";
    // The pupil profile for the support meeting
    PupilProfile => "Profiel voor de leerlingbespreking", "Profile for the support meeting";
    ProfileIntro => "Eén tot twee pagina's voor de leerlingbespreking, het MDO of de klassenraad: ondersteuning, doelen met hun grafiek en aanpakwijzigingen, aandacht, de stem van de leerling en wat nog openstaat. Na het overleg leg je hieronder de afspraken vast.", "One or two pages for the support meeting or staff meeting: support, goals with their charts and approach changes, attention, the pupil's own voice and what is still open. After the meeting, note the agreements below.";
    ProfileTitle => "Leerlingprofiel", "Pupil profile";
    Earlier => "eerder", "earlier";
    GoalsProgress => "Doelen en voortgang", "Goals and progress";
    Advice => "De beslisregel zegt", "The decision rule says";
    NoAttention => "Geen individuele momenten vastgelegd in deze periode.", "No individual moments recorded in this period.";
    NoReflections => "Nog geen reflecties van de leerling.", "No reflections by the pupil yet.";
    OpenFollowUps => "Wat nog openstaat", "Still open";
    NothingOpen => "Niets open.", "Nothing open.";
    AgreementsTitle => "Afspraken uit het overleg", "Agreements from the meeting";
    AgreementsHelp => "Elke afspraak komt in Opvolgen, met wie hem uitvoert en wanneer je erop terugkijkt.", "Each agreement goes into the follow-up list, with who carries it out and when you look back on it.";
    Agreement => "Afspraak", "Agreement";
    AgreementPlaceholder => "bv. ouders lezen elke avond tien minuten samen", "e.g. parents read together for ten minutes every evening";
    Owner => "Wie voert het uit", "Who carries it out";
    Due => "Terugkijken op", "Look back on";
    AddAgreement => "Afspraak vastleggen", "Note agreement";
    AgreementAdded => "Afspraak vastgelegd in Opvolgen.", "Agreement added to the follow-up list.";
    // Importing a dossier (class page)
    DossierImport => "Dossier van een leerling importeren", "Import a pupil's dossier";
    DossierImportHelp => "Kies een dossierbestand uit Groeipad. De leerling komt met al zijn gegevens in deze klas; verder verandert er niets.", "Choose a dossier file from Groeipad. The pupil joins this class with all their records; nothing else changes.";
    ChooseDossier => "Dossierbestand kiezen", "Choose dossier file";
    DossierConfirm => "In deze klas zetten", "Add to this class";
    DossierCancelled => "Niets geïmporteerd.", "Nothing imported.";
    ReadFailed => "Het bestand kon niet worden gelezen. Er is niets veranderd.", "The file could not be read. Nothing was changed.";
}}

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
