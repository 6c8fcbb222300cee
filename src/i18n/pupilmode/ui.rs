//! Strings of the teacher lock, pupil mode and the learning log. The child-language texts
//! of the pupil screens (questions, faces, phrases, prompts) live in `domain.rs` next
//! door; these are the frame around them and the teacher's screens.

use crate::i18n::Lang;

crate::strings! { PK {
    ModeNotStored => "Leerlingmodus start niet: deze browser kan niets meer bewaren (de opslag is vol). Dan zou herladen de leerkrachtschermen openen. Maak ruimte vrij (bijvoorbeeld oude websitegegevens wissen) en probeer het opnieuw.", "Pupil mode does not start: this browser cannot store anything more (its storage is full). A reload would then open the teacher screens. Free some space (for example clear old site data) and try again.";
    LockNow => "Vergrendel", "Lock";
    LockNowLabel => "Vergrendel Groeipad nu", "Lock Groeipad now";
    LockedTitle => "Groeipad is vergrendeld", "Groeipad is locked";
    LockedHelp => "Typ je pincode om verder te werken.", "Enter your PIN to continue.";
    TeacherPin => "Pincode van de leerkracht", "Teacher PIN";
    Unlock => "Ontgrendel", "Unlock";
    Checking => "Pincode controleren…", "Checking the PIN…";
    LeaveTitle => "Leerlingmodus verlaten", "Leave pupil mode";
    LeaveHelp => "Alleen de leerkracht kan de leerlingmodus verlaten.", "Only the teacher can leave pupil mode.";
    GoBack => "Terug", "Back";
    Leave => "Verlaten", "Leave";
    PinTitle => "Pincode en vergrendeling", "PIN and lock";
    PinIntro => "Met een pincode vergrendelt Groeipad zich als je het even niet gebruikt, en kun je de leerlingmodus starten. De pincode zelf wordt nergens bewaard: alleen een onomkeerbare controlewaarde (een gezouten, trage hash).", "With a PIN, Groeipad locks itself when you leave it for a while, and you can start pupil mode. The PIN itself is never stored: only a one-way check value (a salted, slow hash).";
    PinIsSet => "Er is een pincode ingesteld.", "A PIN is set.";
    PinNotSet => "Er is nog geen pincode.", "No PIN is set yet.";
    CurrentPin => "Huidige pincode", "Current PIN";
    NewPin => "Nieuwe pincode (4 tot 8 cijfers)", "New PIN (4 to 8 digits)";
    RepeatPin => "Herhaal de nieuwe pincode", "Repeat the new PIN";
    SetPin => "Pincode instellen", "Set PIN";
    ChangePin => "Pincode wijzigen", "Change PIN";
    RemovePin => "Pincode verwijderen", "Remove PIN";
    PinSaved => "Pincode opgeslagen.", "PIN saved.";
    PinRemoved => "Pincode verwijderd. Groeipad vergrendelt zich niet meer.", "PIN removed. Groeipad no longer locks itself.";
    Securing => "Pincode beveiligen…", "Securing the PIN…";
    IdleLabel => "Vergrendel na zoveel minuten niets doen", "Lock after this many idle minutes";
    IdleHelp => "1 tot 60 minuten. Werkt alleen met een pincode.", "1 to 60 minutes. Works only with a PIN.";
    IdleSaved => "Vergrendeltijd opgeslagen.", "Lock time saved.";
    PupilModeTitle => "Leerlingmodus", "Pupil mode";
    PupilModeClassHelp => "Geef de tablet door in de klas: elke leerling tikt op de eigen naam, ziet alleen de eigen doelen en vult een korte reflectie in. Terug naar je eigen schermen kan alleen met je pincode.", "Pass the tablet round the class: each pupil taps their name, sees only their own goals and fills in a short reflection. Getting back to your screens needs your PIN.";
    PupilModePupilHelp => "Laat deze leerling zelf reflecteren: alleen de eigen doelen, in eigen woorden. Terug naar je eigen schermen kan alleen met je pincode.", "Let this pupil reflect: only their own goals, in their own words. Getting back to your screens needs your PIN.";
    StartForClass => "Start leerlingmodus voor de klas", "Start pupil mode for the class";
    StartForPupil => "Start leerlingmodus voor deze leerling", "Start pupil mode for this pupil";
    NeedPin => "Voor de leerlingmodus heb je een pincode nodig: daarmee verlaat je de leerlingmodus weer. Stel die eerst in.", "Pupil mode needs a PIN: you use it to leave pupil mode again. Set one first.";
    GoToPinSettings => "Pincode instellen in Instellingen", "Set a PIN in Settings";
    LearningLog => "Leerlogboek", "Learning log";
    LearningLogHelp => "Alles over deze leerling op één tijdlijn: doelen, metingen, feedback, reflecties, individuele momenten en successen.", "Everything about this pupil on one timeline: goals, measurements, feedback, reflections, individual moments and successes.";
    OpenLog => "Open het leerlogboek", "Open the learning log";
    PicturePinTitle => "Plaatjescode", "Picture PIN";
    PicturePinHelp => "Kies drie plaatjes, in volgorde. In de leerlingmodus tikt de leerling ze na de naam aan. Geen echt geheim: het voorkomt vooral dat klasgenoten voor elkaar invullen.", "Choose three pictures, in order. In pupil mode the pupil taps them after their name. Not a real secret: it mostly keeps classmates from answering for one another.";
    PicturePinNone => "Geen plaatjescode: na de naam gaat de leerling meteen naar de reflectie.", "No picture PIN: after their name the pupil goes straight to the reflection.";
    PicturePinCurrent => "Plaatjescode", "Picture PIN";
    PicturePinChosen => "Gekozen", "Chosen";
    PicturePinPick => "Tik drie plaatjes aan", "Tap three pictures";
    SavePicturePin => "Plaatjescode opslaan", "Save picture PIN";
    RemovePicturePin => "Plaatjescode verwijderen", "Remove picture PIN";
    ChooseAgain => "Opnieuw kiezen", "Choose again";
    PicturePinSaved => "Plaatjescode opgeslagen.", "Picture PIN saved.";
    PicturePinRemoved => "Plaatjescode verwijderd.", "Picture PIN removed.";
    Hello => "Hoi", "Hi";
    ReadAloud => "Lees voor", "Read aloud";
    NotAboutGoal => "Niet over een doel", "Not about a goal";
    OrTap => "Of tik:", "Or tap:";
    UndoPicture => "Wis", "Erase";
    PicturesEntered => "Plaatjes", "Pictures";
    LogTitle => "Leerlogboek", "Learning log";
    LogKinds => "Soort", "Kind";
    LogAll => "Alles", "All";
    LogGoal => "Doel", "Goal";
    LogAllGoals => "Alle doelen", "All goals";
    LogEmpty => "Nog niets in het leerlogboek. Stel een doel op, noteer feedback of laat de leerling reflecteren in de leerlingmodus.", "Nothing in the learning log yet. Set a goal, write feedback or let the pupil reflect in pupil mode.";
    LogEmptyFilter => "Niets gevonden met dit filter.", "Nothing found with this filter.";
    ClearFilter => "Filter wissen", "Clear filter";
    NewBadge => "Nieuw", "New";
    Timeline => "Tijdlijn", "Timeline";
    ReflectionAbout => "Over", "About";
}}

/// "3 nieuwe reflecties" (for the badge's accessible name).
pub fn unread_label(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 nieuwe reflectie".into(),
        (Lang::Nl, n) => format!("{n} nieuwe reflecties"),
        (Lang::En, 1) => "1 new reflection".into(),
        (Lang::En, n) => format!("{n} new reflections"),
    }
}

/// "40 van 2000" rows shown.
pub fn shown_of(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("{shown} van {total} getoond"),
        Lang::En => format!("{shown} of {total} shown"),
    }
}

/// "10 min".
pub fn minutes(lang: Lang, n: u32) -> String {
    let _ = lang;
    format!("{n} min")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pupilmode_string_exists_in_both_languages() {
        crate::i18n::assert_complete(PK::ALL, 3);
        assert_eq!(unread_label(Lang::Nl, 2), "2 nieuwe reflecties");
        assert_eq!(unread_label(Lang::En, 1), "1 new reflection");
        assert_eq!(shown_of(Lang::Nl, 50, 2000), "50 van 2000 getoond");
    }
}
