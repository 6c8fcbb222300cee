//! Screen strings of the reports feature (`RK`).

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
