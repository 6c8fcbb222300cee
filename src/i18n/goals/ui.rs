//! Strings of the goal wizard, the goal page and the norm table.

use crate::i18n::Lang;

crate::strings! { GK {
    GoalsTitle => "Doelen", "Goals";
    NoGoals => "Nog geen doelen. Stel samen met de leerling een haalbaar, meetbaar doel op.", "No goals yet. Set a realistic, measurable goal together with the pupil.";
    NewGoal => "Nieuw doel", "New goal";
    ResumeDraft => "Verder met het concept", "Continue the draft";
    DiscardDraft => "Concept weggooien", "Discard the draft";
    DraftWaiting => "Er staat een half afgewerkt doel klaar.", "A half-finished goal is waiting.";
    DraftDiscarded => "Concept weggegooid.", "Draft discarded.";
    OtherGoals => "Gehaalde en gestopte doelen", "Achieved and stopped goals";
    WizardTitle => "Doel opstellen", "Set a goal";
    WizardFor => "met", "with";
    Step => "Stap", "Step";
    Of => "van", "of";
    Back => "Vorige", "Back";
    Next => "Volgende", "Next";
    Review => "Overzicht", "Review";
    SaveGoal => "Doel opslaan", "Save goal";
    GoalSaved => "Doel opgeslagen.", "Goal saved.";
    StepsNav => "Stappen van de wizard", "Wizard steps";
    TooManyGoalsNote => "Tip: meer dan drie doelen tegelijk is veel voor een kind. Rond eerst een doel af of stop er een.", "Tip: more than three goals at once is a lot for a child. Finish or stop one first.";
    DomainQuestion => "Waar gaat het doel over?", "What is the goal about?";
    MeasureQuestion => "Wat meten we, en hoe?", "What do we measure, and how?";
    OwnMeasure => "Eigen meting", "Own measure";
    MeasureName => "Naam van de meting", "Name of the measure";
    MeasureNameHelp => "Bijvoorbeeld 'DMT-kaart 2' of 'tafels van 6 en 7'.", "For example 'reading probe 2' or 'times tables 6 and 7'.";
    UnitLabel => "Eenheid", "Unit";
    ItemsN => "Aantal opgaven (N)", "Number of items (N)";
    DirectionLabel => "Wat is beter?", "What is better?";
    BaselineQuestion => "Waar staat de leerling nu?", "Where is the pupil now?";
    BaselineValue => "Beginmeting", "Baseline";
    BaselineDate => "Datum van de beginmeting", "Date of the baseline";
    MilestoneBaselineHelp => "Bij een mijlpaal is het begin 'nog niet'. Je hoeft niets in te vullen.", "For a milestone the start is 'not yet'. Nothing to fill in.";
    TargetQuestion => "Wat is het doel?", "What is the target?";
    TargetValue => "Doel (score)", "Target (score)";
    TargetDate => "Doeldatum", "Target date";
    Benchmark => "Norm van de klas voor deze meting (niet verplicht)", "Class benchmark for this measure (optional)";
    BenchmarkHelp => "Ligt de leerling onder de klasnorm? Dan stelt Groeipad een tussendoel voor dat de helft van de achterstand inhaalt.", "Is the pupil below the class benchmark? Then Groeipad suggests an intermediate goal that closes half of the gap.";
    DateQuestion => "Wanneer kijken jullie of het doel gehaald is?", "When do you check whether the goal is reached?";
    RealismTitle => "Is het doel haalbaar?", "Is the goal realistic?";
    RealismNeedsMore => "Vul beginmeting, doel en datum in: dan zie je meteen of het doel haalbaar is.", "Fill in baseline, target and date: you then see at once whether the goal is realistic.";
    Apply => "Overnemen", "Apply";
    SubGoalsPlanned => "Tussendoelen met een check-in", "Sub-goals with a check-in";
    ConditionsQuestion => "Onder welke voorwaarden, en hoe vaak moet het lukken?", "Under which conditions, and how often must it work?";
    Conditions => "Voorwaarden", "Conditions";
    ConditionsPlaceholder => "bv. met een tekst op AVI-niveau E4, zonder telhulp", "e.g. given a text at AVI level E4, without counting aids";
    Confirmations => "Aantal metingen dat het doel bevestigt", "Number of measurements that confirm the goal";
    ActionsQuestion => "Wie doet wat?", "Who does what?";
    ActionsHelp => "Eén stap per regel.", "One step per line.";
    PupilActions => "Wat doet de leerling?", "What does the pupil do?";
    TeacherActions => "Wat doet de leerkracht?", "What does the teacher do?";
    HomeActions => "Wat kan er thuis gebeuren?", "What can happen at home?";
    OwnWordsQuestion => "Het doel in de woorden van de leerling", "The goal in the pupil's own words";
    OwnWordsHelp => "Laat de leerling zelf zeggen wat hij of zij straks kan. Dat maakt het doel van de leerling.", "Let the pupil say what they will be able to do. That makes it the pupil's own goal.";
    OwnWords => "Ik kan …", "I can …";
    VagueTitle => "Kun je dit zien of meten?", "Can you see or measure this?";
    TryVerb => "Probeer een werkwoord dat je kunt zien:", "Try a verb you can observe:";
    ReviewQuestion => "Klopt dit doel?", "Is this goal right?";
    GoalSentenceLabel => "Het doel", "The goal";
    Measure => "Meting", "Measure";
    Actions => "Stappen", "Steps";
    PupilShort => "Leerling", "Pupil";
    TeacherShort => "Leerkracht", "Teacher";
    HomeShort => "Thuis", "Home";
    // Goal page
    GoalNotFound => "Dit doel bestaat niet (meer).", "This goal does not exist (any more).";
    RecordTitle => "Meting toevoegen", "Add a measurement";
    Value => "Score", "Score";
    Date => "Datum", "Date";
    Note => "Notitie (niet verplicht)", "Note (optional)";
    AddMeasurement => "Meting opslaan", "Save measurement";
    MeasurementSaved => "Meting opgeslagen.", "Measurement saved.";
    MeasurementDeleted => "Meting verwijderd.", "Measurement deleted.";
    Measurements => "Metingen", "Measurements";
    NoMeasurements => "Nog geen metingen. Meet regelmatig, bijvoorbeeld elke week: zo zie je of de aanpak werkt.", "No measurements yet. Measure regularly, for example every week: that shows whether the approach works.";
    Delete => "Verwijderen", "Delete";
    ApproachTitle => "Aanpak gewijzigd", "Approach changed";
    ApproachHelp => "Begon er een nieuwe aanpak of interventie (verlengde instructie, ander materiaal, RT)? Markeer de dag: de grafiek krijgt een verticale lijn en de beslisregels kijken daarna alleen naar de nieuwe metingen.", "Did a new approach or intervention start (extended instruction, other material, remedial teaching)? Mark the day: the chart gets a vertical line and the decision rules then look only at the new measurements.";
    ApproachFrom => "Vanaf", "From";
    ApproachLabel => "Nieuwe aanpak", "New approach";
    ApproachPlaceholder => "bv. verlengde instructie 3× per week", "e.g. extended instruction 3× a week";
    ApproachMark => "Markeren", "Mark";
    ApproachMarked => "Nieuwe aanpak gemarkeerd op de grafiek.", "New approach marked on the chart.";
    ApproachRemoved => "Aanpakwijziging verwijderd.", "Approach change removed.";
    InvalidDate => "Vul een geldige datum in.", "Enter a valid date.";
    ApproachNone => "Nog geen aanpakwijziging gemarkeerd.", "No approach change marked yet.";
    ChartTitle => "Voortgang", "Progress";
    Legend => "Legenda", "Legend";
    LegendPoints => "metingen", "measurements";
    LegendAim => "doellijn", "aim line";
    LegendTrend => "trend", "trend";
    LegendTarget => "doel", "target";
    AdviceTitle => "Advies uit de metingen", "What the measurements say";
    Celebrate => "Doel gehaald! Tijd om dit succes te vieren.", "Goal achieved! Time to celebrate this success.";
    SubGoalReached => "Tussendoel gehaald!", "Sub-goal reached!";
    AdjustTitle => "Doel bijstellen", "Adjust the goal";
    AdjustHelp => "Pas het doel of de datum aan. Het oude doel blijft bewaard in de geschiedenis.", "Change the target or the date. The old goal stays in the history.";
    RestartFromLatest => "Doellijn opnieuw laten starten bij de laatste meting", "Restart the aim line at the latest measurement";
    AdjustSave => "Bijstellen", "Adjust";
    Adjusted => "Doel bijgesteld.", "Goal adjusted.";
    History => "Geschiedenis", "History";
    WasTarget => "eerder doel", "earlier target";
    StopTitle => "Doel stoppen", "Stop the goal";
    StopReasonLabel => "Reden", "Reason";
    ReasonRelevant => "Niet meer van toepassing", "No longer relevant";
    ReasonReplaced => "Vervangen door een nieuw doel", "Replaced by a new goal";
    ReasonLeft => "Leerling vertrokken", "Pupil left";
    ReasonOther => "Andere reden", "Other reason";
    ReasonText => "Welke reden?", "Which reason?";
    StopSave => "Stoppen", "Stop";
    Stopped => "Doel gestopt.", "Goal stopped.";
    DeleteGoal => "Doel verwijderen", "Delete goal";
    GoalDeleted => "Doel verwijderd.", "Goal deleted.";
    CheckIn => "check-in", "check-in";
    Done => "gehaald", "reached";
    Conditions2 => "Voorwaarden", "Conditions";
    // Settings: norms
    NormsTitle => "Groeinormen voor lezen", "Growth norms for reading";
    NormsHelp => "Woorden per minuut die een leerling per week groeit. De realiteitscheck gebruikt deze cijfers; je school kan eigen normen invullen.", "Words per minute a pupil grows per week. The realism check uses these figures; your school may enter its own norms.";
    NormsGrade => "Leerjaar", "Year";
    NormsRealistic => "Realistisch", "Realistic";
    NormsAmbitious => "Ambitieus", "Ambitious";
    NormsSource => "Bron", "Source";
    NormsSave => "Normen opslaan", "Save norms";
    NormsSaved => "Normen opgeslagen.", "Norms saved.";
    NormsReset => "Terug naar de standaard", "Back to the defaults";
    NotANumber => "Vul een getal in (bv. 12 of 1,5).", "Enter a number (e.g. 12 or 1.5).";
    FollowUp => "Opvolgen", "Follow up";
    FollowUpHelp => "Zet een opvolgdatum: het doel verschijnt dan in je lijst Opvolgen.", "Set a follow-up date: the goal then appears in your follow-up list.";
    FollowUpGoalTitle => "Doel opvolgen", "Follow up on goal";
    FollowUpMeasurementTitle => "Meting bespreken", "Discuss measurement";
}}

/// "Stap 3 van 9" / "Step 3 of 9".
/// The wizard's review sentence: "Op 4 maart, bij een tekst op AVI E4: 60 woorden per
/// minuut, gemeten met DMT, 2 keer na elkaar."
pub fn goal_sentence(lang: Lang, date: &str, cond: &str, target: &str, measure: &str, times: u8) -> String {
    match lang {
        Lang::Nl => format!("Op {date}, {cond}: {target}, gemeten met {measure}, {times} keer na elkaar."),
        Lang::En if times == 1 => format!("By {date}, {cond}: {target}, measured by {measure}, once."),
        Lang::En => format!("By {date}, {cond}: {target}, measured by {measure}, on {times} occasions in a row."),
    }
}

pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    use crate::i18n::Text;
    format!("{} {n} {} {total}", GK::Step.t(lang), GK::Of.t(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_goal_string_exists_in_both_languages() {
        crate::i18n::assert_complete(GK::ALL, 3);
        assert_eq!(step_of(Lang::Nl, 3, 9), "Stap 3 van 9");
    }
}
