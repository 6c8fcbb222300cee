//! Dutch and English text for every enum of the goals domain: domains, units, templates,
//! bands (with a one-line explanation), references, suggestions and notes with their computed
//! numbers and dates, advice, states, wizard steps, vague and observable verbs, a goal's
//! title, and errors (with `UserMessage for GoalCommandError`).
//!
//! Dutch first, in the warm, concrete words of the classroom (leerling, leerkracht, doel,
//! opvolgen, succes vieren), neutral for the Netherlands and Flanders. Must not touch: logic;
//! every number shown here was computed by the domain.


use crate::domain::goals::{
    Advice, Assessment, Band, Direction, Domain, Goal, GoalError, GoalState, Measure, Measurement, NormError, ObservableVerb, PlanError,
    ProgressError, RealismError, RealismNote, Reference, StopReason, Suggestion, TemplateKey, TransitionError, Unit, VagueVerb, ValueError,
    ValueField, WizardStep,
};
use crate::domain::goals::commands::GoalCommandError;
use crate::i18n::{plural, Lang, UserMessage};
use crate::i18n::{gone, Gone};

fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

pub fn domain_name(d: Domain, lang: Lang) -> &'static str {
    match d {
        Domain::Reading => t(lang, "Lezen", "Reading"),
        Domain::Maths => t(lang, "Rekenen/wiskunde", "Maths"),
        Domain::Spelling => t(lang, "Spelling", "Spelling"),
        Domain::Writing => t(lang, "Schrijven", "Writing"),
        Domain::SocialEmotional => t(lang, "Sociaal-emotioneel", "Social-emotional"),
        Domain::WorkHabits => t(lang, "Werkhouding", "Work habits"),
        Domain::Other => t(lang, "Iets anders", "Other"),
    }
}

/// The unit's name as shown in the measure step.
pub fn unit_name(u: Unit, lang: Lang) -> String {
    match u {
        Unit::WordsCorrectPerMinute => t(lang, "woorden correct per minuut", "words correct per minute").into(),
        Unit::ItemsCorrectOutOf(n) => match lang {
            Lang::Nl => format!("aantal goed van de {n}"),
            Lang::En => format!("items correct out of {n}"),
        },
        Unit::Percentage => t(lang, "percentage", "percentage").into(),
        Unit::TimesPerDay => t(lang, "keer per dag", "times a day").into(),
        Unit::Minutes => t(lang, "minuten", "minutes").into(),
        Unit::RubricLevel => t(lang, "niveau op een rubric (1–4)", "rubric level (1–4)").into(),
        Unit::Milestone => t(lang, "mijlpaal (gehaald of nog niet)", "milestone (reached or not yet)").into(),
    }
}

/// A value with its unit: "52 woorden per minuut", "15 van de 20 goed", "80%", "niveau 3".
pub fn format_value(v: f64, u: Unit, lang: Lang) -> String {
    let n = crate::i18n::format::number(lang, v);
    let one = (v - 1.0).abs() < 1e-9;
    match (u, lang) {
        (Unit::WordsCorrectPerMinute, Lang::Nl) => format!("{n} {} per minuut", plural(v, "woord", "woorden")),
        (Unit::WordsCorrectPerMinute, Lang::En) => format!("{n} {} per minute", plural(v, "word", "words")),
        (Unit::ItemsCorrectOutOf(max), Lang::Nl) => format!("{n} van de {max} goed"),
        (Unit::ItemsCorrectOutOf(max), Lang::En) => format!("{n} out of {max} correct"),
        (Unit::Percentage, _) => format!("{n}%"),
        (Unit::TimesPerDay, Lang::Nl) => format!("{n} keer per dag"),
        (Unit::TimesPerDay, Lang::En) if one => "once a day".into(),
        (Unit::TimesPerDay, Lang::En) => format!("{n} times a day"),
        (Unit::Minutes, Lang::Nl) if one => "1 minuut".into(),
        (Unit::Minutes, Lang::Nl) => format!("{n} minuten"),
        (Unit::Minutes, Lang::En) if one => "1 minute".into(),
        (Unit::Minutes, Lang::En) => format!("{n} minutes"),
        (Unit::RubricLevel, Lang::Nl) => format!("niveau {n}"),
        (Unit::RubricLevel, Lang::En) => format!("level {n}"),
        (Unit::Milestone, _) if v >= 1.0 => t(lang, "gehaald", "reached").into(),
        (Unit::Milestone, _) => t(lang, "nog niet", "not yet").into(),
    }
}

/// The chart's text summary starts with this: "3 metingen, de laatste 52 woorden per
/// minuut op 4 maart".
pub fn chart_summary_head(count: usize, last_value: f64, unit: Unit, date: String, lang: Lang) -> String {
    let value = format_value(last_value, unit, lang);
    match lang {
        Lang::Nl => format!("{} {}, de laatste {value} op {date}", count, plural(count, "meting", "metingen")),
        Lang::En => format!("{} {}, the latest {value} on {date}", count, plural(count, "measurement", "measurements")),
    }
}

/// The chart's text summary, for screen readers and print: baseline, target, the
/// measurements so far, approach changes and the trend.
pub fn chart_summary(goal: &Goal, ms: &[Measurement], lang: Lang, with_year: bool) -> String {
    let u = goal.measure.unit;
    let mut parts = Vec::new();
    if let Some(b) = goal.start_point() {
        parts.push(match lang {
            Lang::Nl => format!("Beginmeting {} op {}", format_value(b.value, u, lang), crate::i18n::format::date_in(lang, b.date, with_year)),
            Lang::En => format!("Baseline {} on {}", format_value(b.value, u, lang), crate::i18n::format::date_in(lang, b.date, with_year)),
        });
    }
    parts.push(match lang {
        Lang::Nl => format!("doel {} op {}", format_value(goal.target, u, lang), crate::i18n::format::date_in(lang, goal.target_date, with_year)),
        Lang::En => format!("target {} by {}", format_value(goal.target, u, lang), crate::i18n::format::date_in(lang, goal.target_date, with_year)),
    });
    if let Some(last) = ms.last() {
        parts.push(chart_summary_head(ms.len(), last.value, u, crate::i18n::format::date_in(lang, last.date, with_year), lang));
    }
    for a in &goal.approach_changes {
        parts.push(match lang {
            Lang::Nl => format!("nieuwe aanpak vanaf {}: {}", crate::i18n::format::date_in(lang, a.on, with_year), a.label),
            Lang::En => format!("new approach from {}: {}", crate::i18n::format::date_in(lang, a.on, with_year), a.label),
        });
    }
    if let Ok(t) = crate::domain::goals::trend(ms) {
        parts.push(match lang {
            Lang::Nl => format!("trend {} per week", crate::i18n::format::number(lang, t.slope_per_week())),
            Lang::En => format!("trend {} per week", crate::i18n::format::number(lang, t.slope_per_week())),
        });
    }
    format!("{}.", parts.join("; "))
}

/// Weekly growth with its unit: "1,5 woorden per minuut per week".
pub fn format_weekly_growth(rate: f64, u: Unit, lang: Lang) -> String {
    let n = crate::i18n::format::number(lang, rate);
    let (one, many) = match u {
        Unit::WordsCorrectPerMinute => (t(lang, "woord per minuut", "word per minute"), t(lang, "woorden per minuut", "words per minute")),
        Unit::ItemsCorrectOutOf(_) => (t(lang, "opgave", "item"), t(lang, "opgaven", "items")),
        Unit::Percentage => (t(lang, "procentpunt", "percentage point"), t(lang, "procentpunten", "percentage points")),
        Unit::TimesPerDay => (t(lang, "keer per dag", "time a day"), t(lang, "keer per dag", "times a day")),
        Unit::Minutes => (t(lang, "minuut", "minute"), t(lang, "minuten", "minutes")),
        Unit::RubricLevel => (t(lang, "niveau", "level"), t(lang, "niveaus", "levels")),
        Unit::Milestone => (t(lang, "stap", "step"), t(lang, "stappen", "steps")),
    };
    let unit = plural(rate, one, many);
    format!("{n} {unit} {}", t(lang, "per week", "a week"))
}

pub fn direction_name(d: Direction, lang: Lang) -> &'static str {
    match d {
        Direction::Increasing => t(lang, "Hoger is beter", "Higher is better"),
        Direction::Decreasing => t(lang, "Lager is beter (bv. fouten)", "Lower is better (e.g. errors)"),
    }
}

/// A measure's name in this language: the name of a built-in template the teacher did not
/// change follows the app's language ("Technisch lezen: woorden per minuut" becomes "Oral
/// reading: words correct per minute"); a name she typed or changed stays as typed.
pub fn measure_label(m: &Measure, lang: Lang) -> &str {
    measure_name_in(&m.name, m.template, lang)
}

/// A measure's name in `lang`: a template's name (stored in either language) follows the
/// language, a name of the teacher's own stays as typed. Also for a reached goal's success,
/// which keeps the name and template of its measure.
pub fn measure_name_in(name: &str, template: Option<TemplateKey>, lang: Lang) -> &str {
    let name = name.trim();
    match template {
        Some(k) if [Lang::Nl, Lang::En].iter().any(|l| template_name(k, *l) == name) => template_name(k, lang),
        _ => name,
    }
}

/// The headline of a goal for lists: its own words, else the domain and the measure.
/// "Doel gehaald: Ik lees vlot": the one wording of a reached goal, for its success and
/// for the learning log's goal row.
pub fn goal_achieved(what: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Doel gehaald: {what}"),
        Lang::En => format!("Goal achieved: {what}"),
    }
}

pub fn goal_title(goal: &Goal, lang: Lang) -> String {
    let words = goal.own_words.trim();
    if words.is_empty() {
        format!("{} · {}", domain_name(goal.domain, lang), measure_label(&goal.measure, lang))
    } else {
        words.to_string()
    }
}

pub fn template_name(k: TemplateKey, lang: Lang) -> &'static str {
    use TemplateKey as K;
    match k {
        K::OralReadingFluency => t(lang, "Technisch lezen: woorden per minuut", "Oral reading: words correct per minute"),
        K::ReadingComprehension => t(lang, "Begrijpend lezen: vragen goed", "Reading comprehension: questions correct"),
        K::ReadingMinutes => t(lang, "Minuten zelfstandig lezen", "Minutes of independent reading"),
        K::MathsFactsCorrect => t(lang, "Rekenfeiten goed (bv. tafels)", "Number facts correct (e.g. times tables)"),
        K::MathsAccuracy => t(lang, "Percentage sommen goed", "Percentage of sums correct"),
        K::CountingAidUse => t(lang, "Keer per dag telhulp nodig", "Times a day a counting aid is needed"),
        K::SpellingWordsCorrect => t(lang, "Dictee: woorden goed", "Spelling test: words correct"),
        K::SpellingErrorsInText => t(lang, "Percentage spelfouten in eigen tekst", "Percentage of misspelt words in own writing"),
        K::WritingRubric => t(lang, "Schrijfrubric: niveau", "Writing rubric: level"),
        K::WritingMinutes => t(lang, "Minuten geconcentreerd schrijven", "Minutes of focused writing"),
        K::OutburstsPerDay => t(lang, "Keer per dag boos uitgevallen", "Outbursts a day"),
        K::AsksForHelp => t(lang, "Keer per dag zelf hulp gevraagd", "Times a day asking for help"),
        K::SocialRubric => t(lang, "Rubric samenwerken: niveau", "Working-together rubric: level"),
        K::MinutesOnTask => t(lang, "Minuten zelfstandig aan de taak", "Minutes on task independently"),
        K::TasksFinished => t(lang, "Percentage taken afgemaakt", "Percentage of tasks finished"),
        K::RemindersPerDay => t(lang, "Herinneringen per dag nodig", "Reminders needed a day"),
        K::Milestone => t(lang, "Mijlpaal: gehaald of nog niet", "Milestone: reached or not yet"),
        K::OwnRubric => t(lang, "Eigen rubric: niveau", "Own rubric: level"),
    }
}

pub fn band_label(b: Band, lang: Lang) -> &'static str {
    match b {
        Band::TooEasy => t(lang, "Te makkelijk", "Too easy"),
        Band::Realistic => t(lang, "Realistisch", "Realistic"),
        Band::Ambitious => t(lang, "Ambitieus", "Ambitious"),
        Band::VeryAmbitious => t(lang, "Erg ambitieus", "Very ambitious"),
        Band::Unrealistic => t(lang, "Niet realistisch", "Unrealistic"),
        Band::Unknown => t(lang, "Niet te beoordelen", "Cannot be judged"),
    }
}

/// One line that says what the band means for the teacher.
pub fn band_explanation(b: Band, lang: Lang) -> &'static str {
    match b {
        Band::TooEasy => t(lang,
            "Dit vraagt hooguit de helft van de gewone groei: de leerling kan meer aan.",
            "This needs at most half the usual growth: the pupil can do more."),
        Band::Realistic => t(lang,
            "Dit vraagt de groei die leerlingen gewoonlijk halen: haalbaar met de gewone aanpak.",
            "This needs the growth pupils usually make: within reach with the usual approach."),
        Band::Ambitious => t(lang,
            "Uitdagend maar haalbaar: een goed doel, met wat extra begeleiding.",
            "Challenging but within reach: a good goal, with some extra support."),
        Band::VeryAmbitious => t(lang,
            "Meer dan ambitieus: het kan, maar volg goed op en plan tussendoelen.",
            "More than ambitious: it can work, but follow up closely and plan sub-goals."),
        Band::Unrealistic => t(lang,
            "Zoveel groei per week is niet te verwachten: kies een latere datum of een doel dichterbij, zodat de leerling succes ervaart.",
            "That much weekly growth is not to be expected: choose a later date or a nearer target, so the pupil gets to succeed."),
        Band::Unknown => t(lang,
            "Er is geen norm en nog te weinig eigen metingen: beoordeel zelf of dit haalbaar is.",
            "There is no norm and too few earlier measurements: judge for yourself whether this is within reach."),
    }
}

/// "groep 5 / leerjaar 3" for US grade 3 (the norms' grade).
pub fn grade_label(grade: u8, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("groep {} / leerjaar {grade}", grade.saturating_add(2)),
        Lang::En => format!("groep {} / leerjaar {grade} (US grade {grade})", grade.saturating_add(2)),
    }
}

/// What the goal was compared with; `unit` tells how to phrase rates and rules.
pub fn reference_text(r: Reference, u: Unit, lang: Lang) -> String {
    match r {
        Reference::NormForGrade(g) => match lang {
            Lang::Nl => format!("Leesnorm voor {} (Fuchs e.a., 1993)", grade_label(g, lang)),
            Lang::En => format!("Reading norm for {} (Fuchs et al., 1993)", grade_label(g, lang)),
        },
        Reference::OwnGrowth(s) => match lang {
            Lang::Nl => format!("De eigen groei van de leerling: {}", format_weekly_growth(s, u, lang)),
            Lang::En => format!("The pupil's own growth: {}", format_weekly_growth(s, u, lang)),
        },
        Reference::PercentageRule => match (u, lang) {
            (Unit::ItemsCorrectOutOf(_), Lang::Nl) => "Vuistregel: meer dan 30% van de opgaven erbij in 4 weken is erg ambitieus".into(),
            (Unit::ItemsCorrectOutOf(_), Lang::En) => "Rule of thumb: more than 30% of the items gained in 4 weeks is very ambitious".into(),
            (_, Lang::Nl) => "Vuistregel: meer dan 30 procentpunt verschil in 4 weken is erg ambitieus".into(),
            (_, Lang::En) => "Rule of thumb: more than 30 percentage points of change in 4 weeks is very ambitious".into(),
        },
        Reference::RubricRule => t(lang,
            "Vuistregel: meer dan 2 niveaus erbij in 4 weken is erg ambitieus",
            "Rule of thumb: more than 2 levels gained in 4 weeks is very ambitious").into(),
        Reference::NoReference => t(lang,
            "Geen norm en geen eigen groei beschikbaar",
            "No norm and no own growth available").into(),
    }
}

/// "Dit doel vraagt 1,5 woorden per minuut per week."
pub fn needed_growth_text(a: &Assessment, u: Unit, lang: Lang) -> String {
    let g = format_weekly_growth(a.needed_weekly_growth, u, lang);
    match lang {
        Lang::Nl => format!("Dit doel vraagt {g}."),
        Lang::En => format!("This goal needs {g}."),
    }
}

pub fn suggestion_text(s: Suggestion, u: Unit, lang: Lang) -> String {
    match (s, lang) {
        (Suggestion::LaterDate(d), Lang::Nl) => format!("Kies een latere datum: tegen {} is dit doel haalbaar.", crate::i18n::format::day_month(lang, d)),
        (Suggestion::LaterDate(d), Lang::En) => format!("Choose a later date: by {} this goal is within reach.", crate::i18n::format::day_month(lang, d)),
        (Suggestion::NearerTarget(v), Lang::Nl) => format!("Kies een doel dichterbij: {} tegen de gekozen datum.", format_value(v, u, lang)),
        (Suggestion::NearerTarget(v), Lang::En) => format!("Choose a nearer target: {} by the chosen date.", format_value(v, u, lang)),
        (Suggestion::HigherTarget(v), Lang::Nl) => format!("Dit mag uitdagender: {} is nog steeds realistisch.", format_value(v, u, lang)),
        (Suggestion::HigherTarget(v), Lang::En) => format!("This can be more challenging: {} is still realistic.", format_value(v, u, lang)),
        (Suggestion::SubGoals(n), Lang::Nl) => format!("Verdeel het doel in {n} tussendoelen van 1 tot 3 weken, elk met een opvolgmoment."),
        (Suggestion::SubGoals(n), Lang::En) => format!("Split the goal into {n} sub-goals of 1 to 3 weeks, each with a check-in."),
        (Suggestion::CloseHalfGap(v), Lang::Nl) => format!("Tussendoel: {} maakt de helft van het verschil met de klas goed.", format_value(v, u, lang)),
        (Suggestion::CloseHalfGap(v), Lang::En) => format!("Intermediate goal: {} closes half the gap to the class benchmark.", format_value(v, u, lang)),
    }
}

pub fn note_text(n: RealismNote, u: Unit, lang: Lang) -> String {
    match (n, lang) {
        (RealismNote::OwnGrowthNotRising { slope_per_week }, Lang::Nl) => format!(
            "De eigen metingen laten geen groei zien (trend {}). Kijk eerst samen of de aanpak werkt; ter vergelijking is de norm of vuistregel gebruikt.",
            format_weekly_growth(slope_per_week, u, lang)),
        (RealismNote::OwnGrowthNotRising { slope_per_week }, Lang::En) => format!(
            "The earlier measurements show no growth (trend {}). First check together whether the approach works; the norm or rule of thumb was used instead.",
            format_weekly_growth(slope_per_week, u, lang)),
        (RealismNote::NoNormForYearGroup, _) => t(lang,
            "Er is geen leesnorm voor deze leerling: vul de groep (3–8) of het leerjaar (1–6) in.",
            "There is no reading norm for this pupil: fill in the groep (3–8) or leerjaar (1–6).").into(),
    }
}

pub fn advice_text(a: Advice, lang: Lang) -> &'static str {
    match a {
        Advice::AdjustApproach => t(lang,
            "Vier metingen op rij achter op de doellijn. Ga eerst na of het plan echt zo is uitgevoerd; pas dan de aanpak aan (meer oefentijd, ander materiaal, verlengde instructie).",
            "Four measurements in a row behind the aim line. First check that the plan was really carried out; then change the approach (more practice time, other material, extended instruction)."),
        Advice::RaiseGoal => t(lang,
            "Vier metingen op rij voor op de doellijn: vier die groei samen en stel een uitdagender doel.",
            "Four measurements in a row ahead of the aim line: celebrate that growth together and set a more challenging target."),
    }
}

pub fn stop_reason_text(r: &StopReason, lang: Lang) -> String {
    match r {
        StopReason::NoLongerRelevant => t(lang, "Niet meer nodig", "No longer needed").into(),
        StopReason::ReplacedByNewGoal => t(lang, "Vervangen door een nieuw doel", "Replaced by a new goal").into(),
        StopReason::PupilLeft => t(lang, "Leerling is vertrokken", "The pupil has left").into(),
        StopReason::Other(text) => text.clone(),
    }
}

pub fn state_text(s: &GoalState, lang: Lang) -> String {
    state_text_in(s, lang, false)
}

/// `state_text`, with the year in its date when the page's dates need it.
pub fn state_text_in(s: &GoalState, lang: Lang, with_year: bool) -> String {
    match (s, lang) {
        (GoalState::Active, _) => t(lang, "Loopt", "Active").into(),
        (GoalState::Achieved { date }, Lang::Nl) => format!("Gehaald op {}", crate::i18n::format::date_in(lang, *date, with_year)),
        (GoalState::Achieved { date }, Lang::En) => format!("Achieved on {}", crate::i18n::format::date_in(lang, *date, with_year)),
        (GoalState::Stopped { date, reason }, Lang::Nl) => format!("Gestopt op {}: {}", crate::i18n::format::date_in(lang, *date, with_year), stop_reason_text(reason, lang)),
        (GoalState::Stopped { date, reason }, Lang::En) => format!("Stopped on {}: {}", crate::i18n::format::date_in(lang, *date, with_year), stop_reason_text(reason, lang)),
    }
}

pub fn wizard_step_name(s: WizardStep, lang: Lang) -> &'static str {
    match s {
        WizardStep::Domain => t(lang, "Domein", "Area"),
        WizardStep::Measure => t(lang, "Wat meten we?", "What do we measure?"),
        WizardStep::Baseline => t(lang, "Beginmeting", "Baseline"),
        WizardStep::Target => t(lang, "Doel", "Target"),
        WizardStep::Date => t(lang, "Datum", "Date"),
        WizardStep::Conditions => t(lang, "Voorwaarden", "Conditions"),
        WizardStep::Actions => t(lang, "Wie doet wat?", "Who does what?"),
        WizardStep::OwnWords => t(lang, "In eigen woorden", "In the pupil's own words"),
    }
}

/// The vague phrase as flagged, with a gloss in the other language where it helps.
pub fn vague_verb_text(v: VagueVerb, lang: Lang) -> &'static str {
    use VagueVerb as V;
    match v {
        V::BeterWorden => t(lang, "beter worden", "beter worden (get better)"),
        V::Verbeteren => t(lang, "verbeteren", "verbeteren (improve)"),
        V::Begrijpen => t(lang, "begrijpen", "begrijpen (understand)"),
        V::Weten => t(lang, "weten", "weten (know)"),
        V::Leren => t(lang, "leren", "leren (learn)"),
        V::Snappen => t(lang, "snappen", "snappen (get it)"),
        V::BestDoen => t(lang, "(meer) je best doen", "je best doen (try harder)"),
        V::Improve => t(lang, "improve (verbeteren)", "improve"),
        V::GetBetter => t(lang, "get better (beter worden)", "get better"),
        V::Understand => t(lang, "understand (begrijpen)", "understand"),
        V::Know => t(lang, "know (weten)", "know"),
        V::Learn => t(lang, "learn (leren)", "learn"),
        V::TryHarder => t(lang, "try harder (meer je best doen)", "try harder"),
    }
}

pub fn observable_verb_text(v: ObservableVerb, lang: Lang) -> &'static str {
    use ObservableVerb as O;
    match v {
        O::ReadAloud => t(lang, "lezen", "read aloud"),
        O::Name => t(lang, "benoemen", "name"),
        O::Calculate => t(lang, "uitrekenen", "calculate"),
        O::Write => t(lang, "schrijven", "write"),
        O::Recite => t(lang, "opzeggen", "recite"),
        O::Sort => t(lang, "sorteren", "sort"),
        O::Tell => t(lang, "vertellen", "tell"),
        O::Finish => t(lang, "afmaken", "finish"),
        O::Ask => t(lang, "vragen", "ask"),
        O::Count => t(lang, "tellen", "count"),
    }
}

/// The warning for more than three active goals.
pub fn too_many_goals_text(active: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Deze leerling heeft {active} lopende doelen. Meer dan drie tegelijk is veel: rond er eerst een af of stop er een."),
        Lang::En => format!("This pupil has {active} active goals. More than three at once is a lot: finish or stop one first."),
    }
}

/// The number a value problem is about, with its article: "De beginmeting".
pub fn value_field_name(f: ValueField, lang: Lang) -> &'static str {
    match f {
        ValueField::Baseline => t(lang, "De beginmeting", "The baseline"),
        ValueField::Target => t(lang, "Het doel", "The target"),
        ValueField::Measurement => t(lang, "De meting", "The measurement"),
        ValueField::History => t(lang, "Een eerdere meting", "An earlier measurement"),
        ValueField::ClassBenchmark => t(lang, "De richtwaarde van de klas", "The class benchmark"),
    }
}

/// "De beginmeting kan niet negatief zijn."
pub fn value_error_text(e: ValueError, field: ValueField, lang: Lang) -> String {
    let problem = match (e, lang) {
        (ValueError::NotFinite, _) => t(lang, "is geen geldig getal", "is not a valid number").to_string(),
        (ValueError::Negative, _) => t(lang, "kan niet negatief zijn", "cannot be negative").into(),
        (ValueError::PercentageOutOfRange, _) => t(lang, "moet tussen 0 en 100% liggen", "must be between 0 and 100%").into(),
        (ValueError::RubricOutOfRange, _) => t(lang, "moet een niveau van 1 tot 4 zijn", "must be a level from 1 to 4").into(),
        (ValueError::RubricNotWhole, _) => t(lang, "moet een heel niveau zijn: 1, 2, 3 of 4", "must be a whole level: 1, 2, 3 or 4").into(),
        (ValueError::AboveItemCount { n }, Lang::Nl) => format!("kan niet hoger zijn dan het aantal opgaven ({n})"),
        (ValueError::AboveItemCount { n }, Lang::En) => format!("cannot be more than the number of items ({n})"),
        (ValueError::ItemCountZero, _) => t(lang, "hoort bij een toets zonder opgaven: vul het aantal opgaven in", "belongs to a test without items: fill in the number of items").into(),
        (ValueError::MilestoneNotYesNo, _) => t(lang, "is 'gehaald' of 'nog niet'", "is either 'reached' or 'not yet'").into(),
        (ValueError::TooLarge { max }, Lang::Nl) => format!("kan niet hoger zijn dan {max}"),
        (ValueError::TooLarge { max }, Lang::En) => format!("cannot be more than {max}"),
    };
    format!("{} {problem}.", value_field_name(field, lang))
}

fn wrong_side_text(d: Direction, lang: Lang) -> &'static str {
    match d {
        Direction::Increasing => t(lang,
            "Hoger is beter bij deze meting: kies een doel boven de beginmeting.",
            "Higher is better for this measure: choose a target above the baseline."),
        Direction::Decreasing => t(lang,
            "Lager is beter bij deze meting: kies een doel onder de beginmeting.",
            "Lower is better for this measure: choose a target below the baseline."),
    }
}

pub fn goal_error_text(e: &GoalError, lang: Lang) -> String {
    use GoalError as E;
    let s = match e {
        E::MissingPupil => t(lang, "Kies eerst voor welke leerling dit doel is.", "First choose which pupil this goal is for."),
        E::MissingDomain => t(lang, "Kies een domein, bijvoorbeeld lezen of rekenen.", "Choose an area, for example reading or maths."),
        E::MissingMeasure => t(lang, "Kies wat we meten en hoe, zodat je de groei kunt zien.", "Choose what we measure and how, so the growth can be seen."),
        E::EmptyMeasureName => t(lang, "Geef de meting een naam, bijvoorbeeld 'DMT-kaart 2'.", "Give the measure a name, for example 'reading probe 2'."),
        E::ItemCountZero => t(lang, "Een toets heeft minstens één opgave: vul het aantal opgaven in.", "A test has at least one item: fill in the number of items."),
        E::MilestoneMustIncrease => t(lang, "Een mijlpaal gaat van 'nog niet' naar 'gehaald': kies 'hoger is beter'.", "A milestone goes from 'not yet' to 'reached': choose 'higher is better'."),
        E::MissingBaseline => t(lang, "Doe eerst een beginmeting: zonder beginpunt is groei niet te zien.", "Take a baseline measurement first: without a starting point, growth cannot be seen."),
        E::MissingTarget => t(lang, "Vul het doel in: welke score wil de leerling halen?", "Fill in the target: what score does the pupil aim for?"),
        E::MissingTargetDate => t(lang, "Kies de datum waarop jullie het doel samen bekijken.", "Choose the date on which you look at the goal together."),
        E::MissingConditions => t(lang, "Beschrijf de voorwaarden, bijvoorbeeld 'met een tekst op AVI E4' of 'zonder telhulp'.", "Describe the conditions, for example 'given a text at AVI level E4' or 'without counting aids'."),
        E::MissingConfirmations => t(lang, "Kies hoeveel metingen het doel moeten bevestigen.", "Choose how many measurements must confirm the goal."),
        E::ConfirmationsOutOfRange { value } => {
            return match lang {
                Lang::Nl => format!("Kies 1 tot 10 metingen die het doel bevestigen (nu {value})."),
                Lang::En => format!("Choose 1 to 10 measurements that confirm the goal (now {value})."),
            }
        }
        E::NoActions => t(lang, "Schrijf minstens één stap op: wat doet de leerling, de leerkracht of thuis?", "Write down at least one step: what does the pupil, the teacher or home do?"),
        E::MissingOwnWords => t(lang, "Laat de leerling het doel in eigen woorden zeggen: 'Ik kan …'.", "Let the pupil put the goal in their own words: 'I can …'."),
        E::VagueWords { hits, alternatives } => {
            let found: Vec<String> = hits.iter().map(|h| format!("'{}'", h.found)).collect();
            let verbs: Vec<&str> = alternatives.iter().map(|v| observable_verb_text(*v, lang)).collect();
            return match lang {
                Lang::Nl => format!("{} kun je niet zien of meten. Kies een werkwoord dat je kunt zien, zoals {}.", found.join(", "), verbs.join(", ")),
                Lang::En => format!("{} cannot be seen or measured. Choose a verb you can observe, such as {}.", found.join(", "), verbs.join(", ")),
            };
        }
        E::Value { field, problem } => return value_error_text(*problem, *field, lang),
        E::TargetEqualsBaseline => t(lang, "Het doel is gelijk aan de beginmeting: kies een doel dat groei laat zien.", "The target equals the baseline: choose a target that shows growth."),
        E::TargetWrongSide { direction } => wrong_side_text(*direction, lang),
        E::BaselineInFuture => t(lang, "De beginmeting ligt in de toekomst: kies de dag waarop je echt gemeten hebt.", "The baseline is in the future: choose the day you actually measured."),
        E::TargetDateNotAfterToday => t(lang, "Die datum is vandaag of al voorbij. Kies een datum in de toekomst.", "That date is today or already past. Choose a date in the future."),
        E::TargetDateNotAfterBaseline => t(lang, "Kies een datum na de beginmeting.", "Choose a date after the baseline."),
        E::TargetDateTooFar => t(lang, "Kies een datum binnen een jaar: een doel dichtbij houdt de leerling gemotiveerd.", "Choose a date within a year: a near goal keeps the pupil motivated."),
    };
    s.to_string()
}

pub fn realism_error_text(e: RealismError, lang: Lang) -> String {
    use RealismError as E;
    match e {
        E::Value { field, problem } => value_error_text(problem, field, lang),
        E::TargetEqualsBaseline => goal_error_text(&GoalError::TargetEqualsBaseline, lang),
        E::TargetWrongSide { direction } => wrong_side_text(direction, lang).into(),
        E::TargetDateNotAfterBaseline => goal_error_text(&GoalError::TargetDateNotAfterBaseline, lang),
        E::TargetDateNotAfterToday => goal_error_text(&GoalError::TargetDateNotAfterToday, lang),
        E::BaselineInFuture => goal_error_text(&GoalError::BaselineInFuture, lang),
        E::ZeroWeeks => t(lang,
            "Tussen beginmeting en doeldatum ligt minder dan een week: kies een datum minstens een week later.",
            "There is less than a week between baseline and target date: choose a date at least a week later.").into(),
        E::SpanTooLong => goal_error_text(&GoalError::TargetDateTooFar, lang),
        E::Norms(n) => norm_error_text(n, lang),
    }
}

pub fn norm_error_text(e: NormError, lang: Lang) -> String {
    let (g, nl, en) = match e {
        NormError::NotPositive { grade } => (grade, "de groei moet een getal groter dan 0 zijn", "growth must be a number above 0"),
        NormError::AmbitiousBelowRealistic { grade } => (grade, "ambitieuze groei mag niet lager zijn dan realistische groei", "ambitious growth cannot be below realistic growth"),
        NormError::GradeOutOfRange { grade } => (grade, "de tabel kent alleen groep 3–8 / leerjaar 1–6", "the table only covers groep 3–8 / leerjaar 1–6"),
        NormError::DuplicateGrade { grade } => (grade, "dit leerjaar staat twee keer in de tabel", "this year appears twice in the table"),
        NormError::MissingGrade { grade } => (grade, "dit leerjaar ontbreekt in de tabel", "this year is missing from the table"),
    };
    match lang {
        Lang::Nl => format!("Normtabel, {}: {nl}.", grade_label(g, lang)),
        Lang::En => format!("Norm table, {}: {en}.", grade_label(g, lang)),
    }
}

pub fn plan_error_text(e: PlanError, lang: Lang) -> String {
    match e {
        PlanError::NotFinite => t(lang, "Beginmeting of doel is geen geldig getal.", "Baseline or target is not a valid number.").into(),
        PlanError::EndNotAfterStart => goal_error_text(&GoalError::TargetDateNotAfterBaseline, lang),
        PlanError::TooLong => goal_error_text(&GoalError::TargetDateTooFar, lang),
    }
}

pub fn progress_error_text(e: ProgressError, lang: Lang) -> String {
    match (e, lang) {
        (ProgressError::NoBaseline, _) => t(lang, "Dit doel heeft geen beginmeting, dus ook geen doellijn.", "This goal has no baseline, so no aim line.").into(),
        (ProgressError::TooFewPoints { got }, Lang::Nl) => format!("Voor een trend zijn minstens 2 metingen nodig (nu {got})."),
        (ProgressError::TooFewPoints { got }, Lang::En) => format!("A trend needs at least 2 measurements (now {got})."),
        (ProgressError::NoDateSpread, _) => t(lang, "Alle metingen zijn van dezelfde dag: meet op verschillende dagen om een trend te zien.", "All measurements are from the same day: measure on different days to see a trend.").into(),
        (ProgressError::Value(v), _) => value_error_text(v, ValueField::Measurement, lang),
        (ProgressError::MeasurementInFuture, _) => t(lang, "Deze meting ligt in de toekomst: kies de dag waarop je gemeten hebt.", "This measurement is in the future: choose the day you measured.").into(),
    }
}

pub fn transition_error_text(e: &TransitionError, lang: Lang) -> String {
    match e {
        TransitionError::AlreadyAchieved => t(lang, "Dit doel is al gehaald.", "This goal was already achieved.").into(),
        TransitionError::AlreadyStopped => t(lang, "Dit doel is al gestopt.", "This goal was already stopped.").into(),
        TransitionError::DateBeforeStart => t(lang, "Die datum ligt voor de start van het doel.", "That date is before the goal started.").into(),
        TransitionError::EmptyReason => t(lang, "Schrijf kort op waarom het doel stopt.", "Briefly write down why the goal stops.").into(),
        TransitionError::NothingChanged => t(lang, "Er is niets veranderd: kies een ander doel of een andere datum.", "Nothing changed: choose another target or another date.").into(),
        TransitionError::Invalid(g) => goal_error_text(g, lang),
        TransitionError::EmptyApproach => t(lang, "Schrijf kort op wat de nieuwe aanpak is.", "Briefly write down what the new approach is.").into(),
        TransitionError::ApproachTooLong { max } => match lang {
            Lang::Nl => format!("Houd de aanpak kort: hoogstens {max} tekens, het is een label bij de grafiek."),
            Lang::En => format!("Keep the approach short: at most {max} characters, it is a label on the chart."),
        },
        TransitionError::DateInFuture => t(lang, "Die datum ligt in de toekomst. Markeer een nieuwe aanpak op de dag dat hij begon.", "That date is in the future. Mark a new approach on the day it started.").into(),
        TransitionError::NoSuchApproach => t(lang, "Die aanpakwijziging staat niet (meer) bij dit doel.", "That approach change is not (or no longer) on this goal.").into(),
    }
}

impl UserMessage for GoalCommandError {
    fn message(&self, lang: Lang) -> String {
        match self {
            GoalCommandError::NotFound => gone(lang, Gone::GoalOrPupil),
            GoalCommandError::Goal(e) => goal_error_text(e, lang),
            GoalCommandError::Progress(e) => progress_error_text(*e, lang),
            GoalCommandError::Transition(e) => transition_error_text(e, lang),
            GoalCommandError::Norms(e) => norm_error_text(*e, lang),
        }
    }
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
