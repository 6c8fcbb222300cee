//! Dutch and English text for what `crate::domain::pupilmode` returns: the teacher lock,
//! pupil mode and the learning log.
//!
//! Owns: every user-visible word of that module's typed values: errors (teacher language),
//! faces, questions, phrases, prompts and picture names (child language: few, concrete
//! words a 6-year-old can read or have read aloud), throttle waits, log kinds and the
//! text of a learning-log row.
//! Must not touch: logic. Nothing here decides; it only words what the logic returned.

use crate::i18n::followup::moment_kind_label;
use crate::i18n::goals::goal_title;
use crate::i18n::goals::format_value;
use crate::domain::goals::Goal;
use crate::i18n::{Lang, UserMessage};
use crate::domain::pupilmode::access::UnlockError;
use crate::domain::pupilmode::commands::PupilModeError;
use crate::domain::pupilmode::learning_log::{GoalEvent, LogError, LogKind, LogSummary};
use crate::domain::pupilmode::lock::{IdleLockError, ThrottleError};
use crate::domain::pupilmode::pin::PinError;
use crate::domain::pupilmode::reflection::{Mood, Phrase, Question, ReflectionError, ReflectionField};
use crate::domain::pupilmode::session::{PictureKey, PictureOutcome, PicturePinError, PupilPrompt, SessionError};
use crate::i18n::{gone, Gone};

fn pick(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// "5 seconden" / "1 minuut": rounds up, so the text never promises a shorter wait than the
/// real one. Seconds below two minutes, whole minutes above.
pub fn duration(ms: u64, lang: Lang) -> String {
    let secs = ms.div_ceil(1000).max(1);
    if secs < 120 {
        match (lang, secs) {
            (Lang::Nl, 1) => "1 seconde".to_owned(),
            (Lang::Nl, s) => format!("{s} seconden"),
            (Lang::En, 1) => "1 second".to_owned(),
            (Lang::En, s) => format!("{s} seconds"),
        }
    } else {
        let mins = secs.div_ceil(60);
        match lang {
            Lang::Nl => crate::i18n::counted(mins, "minuut", "minuten"),
            Lang::En => crate::i18n::counted(mins, "minute", "minutes"),
        }
    }
}

/// The lock screen's message while the throttle makes the teacher wait.
pub fn wait_message(ms: u64, lang: Lang) -> String {
    let d = duration(ms, lang);
    match lang {
        Lang::Nl => format!("Te vaak een verkeerde pincode. Probeer het over {d} opnieuw."),
        Lang::En => format!("Too many wrong PINs. Try again in {d}."),
    }
}

pub fn throttle_error(e: &ThrottleError, lang: Lang) -> String {
    match e {
        ThrottleError::Wait { ms } => wait_message(*ms, lang),
    }
}

pub fn pin_error(e: &PinError, lang: Lang) -> String {
    match (e, lang) {
        (PinError::Empty, Lang::Nl) => "Vul een pincode in.".to_owned(),
        (PinError::Empty, Lang::En) => "Enter a PIN.".to_owned(),
        (PinError::NotDigitsOnly, Lang::Nl) => "Een pincode bestaat alleen uit cijfers (0-9).".to_owned(),
        (PinError::NotDigitsOnly, Lang::En) => "A PIN has digits only (0-9).".to_owned(),
        (PinError::TooShort { len, min }, Lang::Nl) => {
            format!("Deze pincode heeft {len} cijfers. Kies er minstens {min}.")
        }
        (PinError::TooShort { len, min }, Lang::En) => format!("This PIN has {len} digits. Choose at least {min}."),
        (PinError::TooLong { len, max }, Lang::Nl) => {
            format!("Deze pincode heeft {len} cijfers. Er passen er hoogstens {max}.")
        }
        (PinError::TooLong { len, max }, Lang::En) => format!("This PIN has {len} digits. Use at most {max}."),
        (PinError::IterationsOutOfRange { iterations, .. }, Lang::Nl) => format!(
            "De beveiliging van de pincode is verkeerd ingesteld ({iterations} rondes). Stel de pincode opnieuw in."
        ),
        (PinError::IterationsOutOfRange { iterations, .. }, Lang::En) => {
            format!("The PIN protection is set up wrongly ({iterations} rounds). Set the PIN again.")
        }
    }
}

pub fn idle_lock_error(e: &IdleLockError, lang: Lang) -> String {
    match (e, lang) {
        (IdleLockError::MinutesOutOfRange { minutes }, Lang::Nl) => {
            format!("{minutes} minuten kan niet. Kies een tijd van 1 tot 60 minuten.")
        }
        (IdleLockError::MinutesOutOfRange { minutes }, Lang::En) => {
            format!("{minutes} minutes is not possible. Choose between 1 and 60 minutes.")
        }
    }
}

pub fn unlock_error(e: &UnlockError, lang: Lang) -> String {
    match e {
        UnlockError::Wait { ms } => wait_message(*ms, lang),
        UnlockError::Pin(p) => pin_error(p, lang),
        UnlockError::WrongPin { free_attempts_left, wait_ms } => {
            let head = pick(lang, "Deze pincode klopt niet.", "That PIN is not right.");
            let tail = match (*wait_ms, *free_attempts_left, lang) {
                (w, _, _) if w > 0 => wait_message(w, lang),
                (_, 0, Lang::Nl) => "Na nog een verkeerde poging moet je even wachten.".to_owned(),
                (_, 0, Lang::En) => "After one more wrong try you will have to wait a moment.".to_owned(),
                (_, 1, Lang::Nl) => "Je hebt nog 1 poging voor je even moet wachten.".to_owned(),
                (_, 1, Lang::En) => "You have 1 more try before you have to wait.".to_owned(),
                (_, n, Lang::Nl) => format!("Je hebt nog {n} pogingen voor je even moet wachten."),
                (_, n, Lang::En) => format!("You have {n} more tries before you have to wait."),
            };
            format!("{head} {tail}")
        }
        UnlockError::NoUsablePin => pick(
            lang,
            "De bewaarde pincode is beschadigd en kan niet gecontroleerd worden.",
            "The stored PIN is damaged and cannot be checked.",
        )
        .to_owned(),
    }
}

pub fn picture_pin_error(e: &PicturePinError, lang: Lang) -> String {
    match e {
        PicturePinError::NotDistinct => {
            pick(lang, "Kies drie verschillende plaatjes.", "Choose three different pictures.").to_owned()
        }
    }
}

pub fn session_error(e: &SessionError, lang: Lang) -> String {
    match e {
        SessionError::NoTeacherPin => pick(
            lang,
            "Stel eerst een pincode in bij Instellingen: die heb je nodig om de leerlingmodus weer te verlaten.",
            "First set a PIN in Settings: you need it to leave pupil mode again.",
        )
        .to_owned(),
        SessionError::EmptyScope => pick(
            lang,
            "Er zijn geen huidige leerlingen om de leerlingmodus mee te starten.",
            "There are no current pupils to start pupil mode with.",
        )
        .to_owned(),
        SessionError::NotInScope { .. } => pick(
            lang,
            "Deze leerling hoort niet bij deze leerlingmodus.",
            "This pupil is not part of this pupil mode.",
        )
        .to_owned(),
        SessionError::WrongStep => {
            pick(lang, "Dat kan nu niet. Ga terug naar de namen.", "That is not possible now. Go back to the names.")
                .to_owned()
        }
        SessionError::WrongPupil => pick(lang, "Dit hoort bij een andere leerling.", "This belongs to another pupil.").to_owned(),
        SessionError::Reflection(r) => reflection_error(r, lang),
    }
}

pub fn reflection_error(e: &ReflectionError, lang: Lang) -> String {
    match (e, lang) {
        (ReflectionError::MoodMissing, _) => pick(lang, "Kies eerst een gezichtje.", "First pick a face.").to_owned(),
        (ReflectionError::MoodOutOfRange { value }, Lang::Nl) => format!("Onbekend gezichtje ({value}). Kies 1 tot 5."),
        (ReflectionError::MoodOutOfRange { value }, Lang::En) => format!("Unknown face ({value}). Choose 1 to 5."),
        (ReflectionError::TooLong { field, len, max }, Lang::Nl) => format!(
            "Je antwoord bij '{}' is te lang. Maak het wat korter ({len} van de {max} tekens).",
            field_question(*field, lang)
        ),
        (ReflectionError::TooLong { field, len, max }, Lang::En) => format!(
            "Your answer to '{}' is too long. Make it a bit shorter ({len} of {max} characters).",
            field_question(*field, lang)
        ),
        (ReflectionError::MissingId, _) => pick(
            lang,
            "Deze reflectie mist een id en kan niet bewaard worden.",
            "This reflection has no id and cannot be saved.",
        )
        .to_owned(),
        (ReflectionError::MissingPupil, _) => {
            pick(lang, "Deze reflectie hoort bij geen enkele leerling.", "This reflection belongs to no pupil.").to_owned()
        }
        (ReflectionError::UnknownGoal { .. }, _) => {
            pick(lang, "Dit doel is niet een van jouw doelen.", "This goal is not one of your goals.").to_owned()
        }
    }
}

pub fn log_error(e: &LogError, lang: Lang) -> String {
    match e {
        LogError::PageSizeZero => {
            pick(lang, "Een pagina moet minstens één regel tonen.", "A page must show at least one row.").to_owned()
        }
    }
}

impl UserMessage for PupilModeError {
    fn message(&self, lang: Lang) -> String {
        match self {
            PupilModeError::NotFound => gone(lang, Gone::Pupil),
            PupilModeError::Pin(e) => pin_error(e, lang),
            PupilModeError::PinMismatch => pick(
                lang,
                "De twee pincodes zijn niet gelijk. Typ de nieuwe pincode twee keer hetzelfde.",
                "The two PINs differ. Type the new PIN the same way twice.",
            )
            .to_owned(),
            PupilModeError::BadHash => pick(
                lang,
                "De pincode kon niet veilig bewaard worden. Probeer het opnieuw.",
                "The PIN could not be stored safely. Please try again.",
            )
            .to_owned(),
            PupilModeError::Unlock(e) => unlock_error(e, lang),
            PupilModeError::Idle(e) => idle_lock_error(e, lang),
            PupilModeError::PicturePin(e) => picture_pin_error(e, lang),
            PupilModeError::Session(e) => session_error(e, lang),
        }
    }
}

/// The five faces, as emoji (the same in both languages).
pub fn mood_emoji(m: Mood) -> &'static str {
    match m {
        Mood::NotGood => "😞",
        Mood::Hard => "🙁",
        Mood::Okay => "😐",
        Mood::Good => "🙂",
        Mood::Great => "😄",
    }
}

/// The word under each face: what a child would say.
pub fn mood_word(m: Mood, lang: Lang) -> &'static str {
    match m {
        Mood::NotGood => pick(lang, "Niet goed", "Not good"),
        Mood::Hard => pick(lang, "Moeilijk", "Hard"),
        Mood::Okay => pick(lang, "Gaat wel", "Okay"),
        Mood::Good => pick(lang, "Goed", "Good"),
        Mood::Great => pick(lang, "Super!", "Great!"),
    }
}

/// The four reflection questions, in child language.
pub fn question(q: Question, lang: Lang) -> &'static str {
    match q {
        Question::HowDidItGo => pick(lang, "Hoe ging het?", "How did it go?"),
        Question::WentWell => pick(lang, "Wat ging goed?", "What went well?"),
        Question::WasHard => pick(lang, "Wat was moeilijk?", "What was hard?"),
        Question::TryNext => pick(lang, "Wat probeer ik nu?", "What will I try next?"),
    }
}

/// The question that fills a written answer (also its heading in the teacher's log).
pub fn field_question(f: ReflectionField, lang: Lang) -> &'static str {
    match f {
        ReflectionField::WentWell => question(Question::WentWell, lang),
        ReflectionField::WasHard => question(Question::WasHard, lang),
        ReflectionField::TryNext => question(Question::TryNext, lang),
    }
}

/// The tap-to-use answers. Tapped text is stored as the answer in the pupil's language.
pub fn phrase(p: Phrase, lang: Lang) -> &'static str {
    match p {
        Phrase::PaidAttention => pick(lang, "Ik heb goed opgelet", "I paid attention"),
        Phrase::AskedForHelp => pick(lang, "Ik vroeg om hulp", "I asked for help"),
        Phrase::KeptGoing => pick(lang, "Ik ben blijven doorgaan", "I kept going"),
        Phrase::FinishedMyWork => pick(lang, "Ik heb mijn werk af", "I finished my work"),
        Phrase::WorkedWellTogether => pick(lang, "Ik werkte fijn samen", "I worked well with others"),
        Phrase::PractisedALot => pick(lang, "Ik heb veel geoefend", "I practised a lot"),
        Phrase::UsedMyStepPlan => pick(lang, "Ik gebruikte mijn stappenplan", "I used my step plan"),
        Phrase::GettingStarted => pick(lang, "Beginnen", "Getting started"),
        Phrase::KeepingAttention => pick(lang, "Blijven opletten", "Keeping my attention"),
        Phrase::UnderstandingTheTask => pick(lang, "De opdracht snappen", "Understanding the task"),
        Phrase::WorkingInNoise => pick(lang, "Het was druk om me heen", "It was noisy around me"),
        Phrase::NotGivingUp => pick(lang, "Niet opgeven", "Not giving up"),
        Phrase::AskingForHelp => pick(lang, "Hulp vragen", "Asking for help"),
        Phrase::WorkingNeatly => pick(lang, "Netjes werken", "Working neatly"),
        Phrase::WillAskForHelp => pick(lang, "Ik vraag om hulp", "I'll ask for help"),
        Phrase::WillPractiseMore => pick(lang, "Ik oefen nog meer", "I'll practise more"),
        Phrase::WillReadTheTaskAgain => pick(lang, "Ik lees de opdracht nog eens", "I'll read the task again"),
        Phrase::WillCheckMyWork => pick(lang, "Ik kijk mijn werk na", "I'll check my work"),
        Phrase::WillUseMyStepPlan => pick(lang, "Ik gebruik mijn stappenplan", "I'll use my step plan"),
        Phrase::WillSitSomewhereQuiet => pick(lang, "Ik zoek een rustig plekje", "I'll find a quiet spot"),
        Phrase::WillKeepTrying => pick(lang, "Ik blijf het proberen", "I'll keep trying"),
    }
}

/// The fixed texts of the pupil-mode screens.
pub fn pupil_prompt(p: PupilPrompt, lang: Lang) -> &'static str {
    match p {
        PupilPrompt::TapYourName => pick(lang, "Tik op je naam", "Tap your name"),
        PupilPrompt::TapYourPictures => pick(lang, "Tik je drie plaatjes", "Tap your three pictures"),
        PupilPrompt::NotMe => pick(lang, "Dit ben ik niet", "This is not me"),
        PupilPrompt::MyGoals => pick(lang, "Mijn doelen", "My goals"),
        PupilPrompt::NoGoalsYet => pick(lang, "Je hebt nog geen doel", "You have no goal yet"),
        PupilPrompt::WhichGoal => pick(lang, "Over welk doel gaat het?", "Which goal is it about?"),
        PupilPrompt::Done => pick(lang, "Klaar!", "Done!"),
        PupilPrompt::ThankYouPassOn => pick(lang, "Dank je wel! Geef de tablet door.", "Thank you! Pass the tablet on."),
        PupilPrompt::TeacherOnly => pick(lang, "Alleen voor de juf of meester", "For the teacher only"),
    }
}

/// What a tapped picture led to, in child language.
pub fn picture_outcome(o: PictureOutcome, lang: Lang) -> String {
    match (o, lang) {
        (PictureOutcome::NeedMore { entered }, _) => {
            let left = 3usize.saturating_sub(entered);
            match (lang, left) {
                (Lang::Nl, 1) => "Nog 1 plaatje".to_owned(),
                (Lang::Nl, n) => format!("Nog {n} plaatjes"),
                (Lang::En, 1) => "1 more picture".to_owned(),
                (Lang::En, n) => format!("{n} more pictures"),
            }
        }
        (PictureOutcome::Accepted, _) => pick(lang, "Dat klopt!", "That's right!").to_owned(),
        (PictureOutcome::Wrong { .. }, _) => pick(lang, "Dat klopt niet. Probeer het nog eens.", "Not quite. Try again.").to_owned(),
        (PictureOutcome::TooManyTries, _) => pick(lang, "Vraag je juf of meester om hulp.", "Ask your teacher for help.").to_owned(),
    }
}

pub fn picture_name(p: PictureKey, lang: Lang) -> &'static str {
    match p {
        PictureKey::Cat => pick(lang, "kat", "cat"),
        PictureKey::Dog => pick(lang, "hond", "dog"),
        PictureKey::Sun => pick(lang, "zon", "sun"),
        PictureKey::Moon => pick(lang, "maan", "moon"),
        PictureKey::Star => pick(lang, "ster", "star"),
        PictureKey::Tree => pick(lang, "boom", "tree"),
        PictureKey::Flower => pick(lang, "bloem", "flower"),
        PictureKey::Fish => pick(lang, "vis", "fish"),
        PictureKey::Bird => pick(lang, "vogel", "bird"),
        PictureKey::Ball => pick(lang, "bal", "ball"),
        PictureKey::Car => pick(lang, "auto", "car"),
        PictureKey::Apple => pick(lang, "appel", "apple"),
    }
}

/// The picture itself, drawn as an emoji so no image files are needed.
pub fn picture_emoji(p: PictureKey) -> &'static str {
    match p {
        PictureKey::Cat => "🐱",
        PictureKey::Dog => "🐶",
        PictureKey::Sun => "☀️",
        PictureKey::Moon => "🌙",
        PictureKey::Star => "⭐",
        PictureKey::Tree => "🌳",
        PictureKey::Flower => "🌸",
        PictureKey::Fish => "🐟",
        PictureKey::Bird => "🐦",
        PictureKey::Ball => "⚽",
        PictureKey::Car => "🚗",
        PictureKey::Apple => "🍎",
    }
}

/// Learning-log kinds, as filter buttons and row labels.
pub fn log_kind(k: LogKind, lang: Lang) -> &'static str {
    match k {
        LogKind::Goal => pick(lang, "Doel", "Goal"),
        LogKind::Measurement => pick(lang, "Meting", "Measurement"),
        LogKind::Feedback => pick(lang, "Feedback", "Feedback"),
        LogKind::Reflection => pick(lang, "Reflectie", "Reflection"),
        LogKind::Attention => pick(lang, "Individueel moment", "Individual moment"),
        LogKind::Success => pick(lang, "Succes", "Success"),
    }
}

/// The text of a learning-log row: "Doel gehaald: Ik kan 60 woorden per minuut lezen",
/// "52 woorden per minuut · Ik kan … — goed bezig". `goal` is the row's goal (its
/// `goal_id`), needed by goal and measurement rows for the goal's title.
pub fn log_text(s: &LogSummary, goal: Option<&Goal>, lang: Lang) -> String {
    let title = || goal.map(|g| goal_title(g, lang)).unwrap_or_default();
    match s {
        LogSummary::Goal { event } => log_goal_text(*event, &title(), lang),
        LogSummary::Measurement { value, unit, note } => {
            let value = format_value(*value, *unit, lang);
            let title = title();
            if note.is_empty() { format!("{value} · {title}") } else { format!("{value} · {title} — {note}") }
        }
        LogSummary::Feedback { tops, tips, next_step } => note_text(tops, tips, next_step, lang),
        LogSummary::Reflection { mood, answers } => {
            std::iter::once(mood_word(*mood, lang)).chain(answers.iter().map(String::as_str)).collect::<Vec<_>>().join(" · ")
        }
        LogSummary::Attention { kind, note, .. } => {
            let kind = moment_kind_label(*kind, lang);
            if note.is_empty() { kind.to_owned() } else { format!("{kind} — {note}") }
        }
        LogSummary::Success { text, source, template } => crate::i18n::feedback::success_line(lang, text, *source, *template),
    }
}

/// A goal row: "Nieuw doel: …", "Doel gehaald: …", "Doel gestopt: …".
pub fn log_goal_text(event: GoalEvent, title: &str, lang: Lang) -> String {
    match (event, lang) {
        (GoalEvent::Created, Lang::Nl) => format!("Nieuw doel: {title}"),
        (GoalEvent::Created, Lang::En) => format!("New goal: {title}"),
        (GoalEvent::Achieved, _) => crate::i18n::goals::goal_achieved(title, lang),
        (GoalEvent::Stopped, Lang::Nl) => format!("Doel gestopt: {title}"),
        (GoalEvent::Stopped, Lang::En) => format!("Goal stopped: {title}"),
    }
}

/// A feedback row: "Top: … · Tip: … · Volgende stap: …", empty parts left out.
fn note_text(tops: &[String], tips: &[String], next: &str, lang: Lang) -> String {
    let (top, tip, step) = match lang {
        Lang::Nl => ("Top", "Tip", "Volgende stap"),
        Lang::En => ("Top", "Tip", "Next step"),
    };
    let mut parts: Vec<String> = Vec::new();
    parts.extend(tops.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).map(|t| format!("{top}: {t}")));
    parts.extend(tips.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).map(|t| format!("{tip}: {t}")));
    if !next.trim().is_empty() {
        parts.push(format!("{step}: {}", next.trim()));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests;
