//! Visible strings of the feedback feature's screens: the composer, the pupil's feedback and
//! successes, the class signals, the success board and the own-templates page. The texts of
//! what the domain returns (nudges, ratio, errors, part and domain names) are in the sibling
//! `domain` module; both are reached as `crate::i18n::feedback::name`.

use crate::i18n::Lang;

crate::strings! { FK {
    // Pupil page
    SectionTitle => "Feedback en successen", "Feedback and successes";
    WriteFeedback => "Feedback schrijven", "Write feedback";
    NoteSuccess => "Succes noteren", "Note a success";
    SuccessText => "Wat is er gelukt?", "What went well?";
    SuccessPlaceholder => "bv. las het eerste boek helemaal uit", "e.g. read a whole book for the first time";
    SaveSuccess => "Succes bewaren", "Save success";
    SuccessSaved => "Succes genoteerd.", "Success noted.";
    SuccessDeleted => "Succes verwijderd.", "Success deleted.";
    NoteSaved => "Feedback bewaard.", "Feedback saved.";
    NoteDeleted => "Feedback verwijderd.", "Feedback deleted.";
    BalanceTitle => "Balans van de afgelopen 4 weken", "Balance over the last 4 weeks";
    RecentNotes => "Recente feedback", "Recent feedback";
    RecentSuccesses => "Successen", "Successes";
    NoNotesYet => "Nog geen feedback. Begin bij wat goed gaat: tik op ‘Feedback schrijven’.", "No feedback yet. Start from what goes well: tap ‘Write feedback’.";
    NoSuccessesYet => "Nog geen successen. Tik op ‘Succes noteren’ zodra iets lukt.", "No successes yet. Tap ‘Note a success’ as soon as something works out.";
    Delete => "Verwijderen", "Delete";
    NoteOf => "feedback van", "feedback from";
    SuccessOf => "succes van", "success from";
    ShowAll => "Alles tonen", "Show all";
    ShowLess => "Minder tonen", "Show less";
    LinkedGoal => "Doel", "Goal";
    // Composer
    ComposeFor => "Feedback voor", "Feedback for";
    ComposeIntro => "Begin bij wat goed ging. Tik op een zin om hem in te voegen en maak hem daarna concreet; vul de puntjes (…) zelf in.", "Start with what went well. Tap a sentence to insert it, then make it concrete; fill in the dots (…) yourself.";
    GoalLink => "Koppel aan een doel", "Link to a goal";
    NoGoal => "Geen doel", "No goal";
    SentencesFor => "Zinnen voor", "Sentences for";
    TopsLegend => "Tops: wat ging goed?", "Tops: what went well?";
    TipsLegend => "Tips: waar kun je aan werken?", "Tips: what to work on?";
    NextLegend => "Volgende stap: wat ga je nu proberen?", "Next step: what will you try next?";
    InsertSentence => "Zinnen om in te voegen", "Sentences to insert";
    FeedUpStarters => "Waar werk je naartoe? (komt vóór de volgende stap)", "Where are you going? (goes before the next step)";
    OwnMark => "eigen", "own";
    AddTop => "Top toevoegen", "Add a top";
    AddTip => "Tip toevoegen", "Add a tip";
    Remove => "Weghalen", "Remove";
    ManageTemplates => "Eigen zinnen beheren", "Manage your own sentences";
    CheckTitle => "Even nakijken", "Worth a look";
    CheckHelp => "Suggesties om de feedback sterker te maken. Je mag altijd bewaren.", "Suggestions to make the feedback stronger. You can always save.";
    CheckClean => "Mooi in balans: minstens evenveel tops als tips, een volgende stap en concrete woorden.", "Nicely balanced: at least as many tops as tips, a next step and concrete words.";
    UseSuggestion => "Gebruik suggestie", "Use suggestion";
    WriteNextStep => "Volgende stap schrijven", "Write a next step";
    SuggestionUsed => "Suggestie ingevoegd. Vul de puntjes (…) nog in.", "Suggestion inserted. Fill in the dots (…).";
    DraftKept => "Wat je eerder voor deze leerling schreef, staat er nog.", "What you wrote for this pupil earlier is still here.";
    StartOver => "Opnieuw beginnen", "Start over";
    SaveNote => "Feedback bewaren", "Save feedback";
    ConfirmTitle => "Nog niet alles is in balans", "Not everything is balanced yet";
    ConfirmText => "Bekijk de suggesties bij ‘Even nakijken’, of bewaar de feedback zoals hij is.", "Look at the suggestions under ‘Worth a look’, or save the feedback as it is.";
    SaveAnyway => "Toch bewaren", "Save anyway";
    KeepEditing => "Verder aanpassen", "Keep editing";
    // Class page
    ClassTitle => "Successen en sterktes", "Successes and strengths";
    OpenBoard => "Successen van deze week tonen", "Show this week's successes";
    BoardHelp => "Voor het digibord of een tablet in de klas: alleen voornamen, geen aantallen.", "For the whiteboard or a tablet in class: first names only, no counts.";
    QuickSuccess => "Snel een succes noteren", "Quickly note a success";
    Pupil => "Leerling", "Pupil";
    ChoosePupil => "Kies een leerling", "Choose a pupil";
    ChoosePupilFirst => "Kies eerst een leerling.", "Choose a pupil first.";
    NoStrengthHelp => "Alleen voor jou. Let bewust op wat goed gaat bij deze leerlingen; tik op een naam om feedback te schrijven.", "Only for you. Look out for what goes well for these pupils; tap a name to write feedback.";
    EveryoneSeen => "Bij elke leerling is de afgelopen 3 weken een top of succes genoteerd.", "Every pupil had a top or success noted in the last 3 weeks.";
    // Board
    BoardTitle => "Successen van deze week", "This week's successes";
    BoardEmpty => "Deze week zijn nog geen successen genoteerd.", "No successes noted this week yet.";
    BoardEmptyHelp => "Noteer een succes op de klaspagina of bij een leerling: het staat hier meteen.", "Note a success on the class page or with a pupil: it shows up here straight away.";
    // Own templates
    TemplatesTitle => "Eigen zinnen", "Your own sentences";
    TemplatesIntro => "Zinnen die je vaak gebruikt. Ze staan in de feedback bij het gekozen onderwerp en gaan mee in je back-up.", "Sentences you use often. They appear in the feedback composer for the chosen subject and are included in your backup.";
    OwnListTitle => "Jouw zinnen", "Your sentences";
    NewTemplate => "Nieuwe zin", "New sentence";
    TemplateDomain => "Onderwerp", "Subject";
    TemplatePart => "Soort", "Kind";
    TemplateNl => "Tekst in het Nederlands", "Text in Dutch";
    TemplateEn => "Tekst in het Engels", "Text in English";
    TemplateHelp => "Vul één of beide talen in. Gebruik … voor wat je later invult.", "Fill in one or both languages. Use … for what you fill in later.";
    AddTemplate => "Zin toevoegen", "Add sentence";
    TemplateAdded => "Zin toegevoegd.", "Sentence added.";
    TemplateSaved => "Zin bewaard.", "Sentence saved.";
    TemplateDeleted => "Zin verwijderd.", "Sentence deleted.";
    NoOwnTemplates => "Je hebt nog geen eigen zinnen. Voeg hieronder je eerste toe, of maak een kopie van een ingebouwde zin.", "You have no sentences of your own yet. Add your first below, or copy a built-in sentence.";
    Edit => "Wijzigen", "Edit";
    BuiltinTitle => "Ingebouwde zinnen", "Built-in sentences";
    CopyTemplate => "Kopie maken", "Make a copy";
    TemplateCopied => "Kopie gemaakt bij je eigen zinnen: pas hem daar aan.", "Copy added to your own sentences: adjust it there.";
    BackToFeedback => "Terug naar de feedback", "Back to the feedback";
    FollowUp => "Opvolgen", "Follow up";
    FollowUpNoteTitle => "Feedback opvolgen", "Follow up on feedback";
}}

/// "Week van 2 t/m 8 maart" / "Week of 2 to 8 March" (months named once when they match).
pub fn week_range(lang: Lang, monday: chrono::NaiveDate, sunday: chrono::NaiveDate) -> String {
    use crate::i18n::format::day_month;
    use chrono::Datelike;
    let from = if monday.month() == sunday.month() { monday.day().to_string() } else { day_month(lang, monday) };
    let to = day_month(lang, sunday);
    match lang {
        Lang::Nl => format!("Week van {from} t/m {to}"),
        Lang::En => format!("Week of {from} to {to}"),
    }
}

/// Label of one item field: "Top 2", "Tip 1".
pub fn item_label(part: &str, index: usize) -> String {
    format!("{part} {}", index + 1)
}

/// "Alles tonen (12)".
pub fn show_all(lang: Lang, n: usize) -> String {
    use crate::i18n::Text;
    format!("{} ({n})", FK::ShowAll.t(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_in_both_languages() {
        // "Doel"/"Goal" differ; identical: none expected beyond a couple of loan words.
        crate::i18n::assert_complete(FK::ALL, 1);
    }

    #[test]
    fn formatted_texts() {
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert_eq!(week_range(Lang::Nl, d(3, 2), d(3, 8)), "Week van 2 t/m 8 maart");
        assert_eq!(week_range(Lang::En, d(3, 30), d(4, 5)), "Week of 30 March to 5 April");
        assert_eq!(item_label("Top", 1), "Top 2");
        assert_eq!(show_all(Lang::En, 12), "Show all (12)");
    }
}
