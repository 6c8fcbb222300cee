//! Strings of the quick-action sheet on the class page: record a measurement, a feedback
//! note, a success or an attention moment for one pupil, and go on to the next pupil.
//! The forms inside keep the words of their full pages (goals, feedback, follow-up).

use crate::i18n::Lang;
use crate::domain::quick_actions::Place;
use crate::i18n::Text;

crate::strings! { QK {
    SheetTitle => "Snel vastleggen", "Quick actions";
    TabsLabel => "Wat leg je vast?", "What do you record?";
    TabMeasure => "Meting", "Measurement";
    TabFeedback => "Feedback", "Feedback";
    TabSuccess => "Succes", "Success";
    TabAttention => "Aandacht", "Attention";
    GoalChoice => "Voor welk doel?", "For which goal?";
    Top => "Top: wat ging goed?", "Top: what went well?";
    NextStep => "Volgende stap: wat probeert de leerling nu?", "Next step: what does the pupil try next?";
    NextPupil => "Volgende leerling", "Next pupil";
    LastPupil => "Dit is de laatste leerling van de klas.", "This is the last pupil of the class.";
    PupilPage => "Naar de leerlingpagina", "Open the pupil page";
}}

/// The accessible name of a tile's action button.
pub fn open_for(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Snel vastleggen voor {name}"),
        Lang::En => format!("Quick actions for {name}"),
    }
}

/// Where the pupil stands in the class list: "3 van 25".
pub fn place(lang: Lang, p: Place) -> String {
    match lang {
        Lang::Nl => format!("{} van {}", p.number, p.of),
        Lang::En => format!("{} of {}", p.number, p.of),
    }
}

/// The next-pupil button with the name of who comes next.
pub fn next_pupil(lang: Lang, name: &str) -> String {
    format!("{}: {name}", QK::NextPupil.t(lang))
}

/// A pupil with no active goal to measure.
pub fn no_active_goal(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} heeft geen actief doel om te meten."),
        Lang::En => format!("{name} has no active goal to measure."),
    }
}

/// The sheet's own confirmation line: who it was for, and what was saved.
pub fn saved_for(name: &str, text: &str) -> String {
    format!("{name}: {text}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quick_action_string_exists_in_both_languages() {
        // "Feedback" is the same word in both.
        crate::i18n::assert_complete(QK::ALL, 1);
        assert_eq!(open_for(Lang::Nl, "Noor"), "Snel vastleggen voor Noor");
        assert_eq!(open_for(Lang::En, "Noor"), "Quick actions for Noor");
        assert_eq!(place(Lang::Nl, Place { number: 3, of: 25 }), "3 van 25");
        assert_eq!(place(Lang::En, Place { number: 3, of: 25 }), "3 of 25");
        assert_eq!(next_pupil(Lang::Nl, "Pim"), "Volgende leerling: Pim");
        assert_eq!(next_pupil(Lang::En, "Pim"), "Next pupil: Pim");
        assert_eq!(no_active_goal(Lang::Nl, "Noor"), "Noor heeft geen actief doel om te meten.");
        assert_eq!(saved_for("Noor", "Meting opgeslagen."), "Noor: Meting opgeslagen.");
    }
}
