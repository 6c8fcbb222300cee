//! Visible strings of the follow-up screens (reminder list, attention view, weekly
//! planner, follow-up settings), Dutch first. The words for the domain's values (group
//! names, reasons, verdicts) are in `domain`, the error texts in `errors`.

use chrono::NaiveDate;

use crate::i18n::Lang;

crate::strings! { FollowK {
    NavReminders => "Opvolgen", "Follow-up";
    DueBadgeHelp => "te doen vandaag of over tijd", "due today or overdue";
    RemindersTitle => "Opvolgen", "Follow-up";
    RemindersIntro => "Alles wat je wilt opvolgen, in één lijst. Schooldagen slaan weekends en je vakanties over.", "Everything you want to follow up, in one list. School days skip weekends and your holidays.";
    NothingOpenTitle => "Niets op te volgen", "Nothing to follow up";
    NothingOpenHelp => "Voeg hieronder een herinnering toe, noteer een opvolgdatum bij een individueel moment, of plan de week van een klas.", "Add a reminder below, set a follow-up date on an individual moment, or plan a class's week.";
    Done => "Klaar", "Done";
    Held => "Gehouden", "Held";
    MoreActions => "Uitstellen of wijzigen", "Snooze or change";
    SnoozeDay => "Volgende schooldag", "Next school day";
    SnoozeWeek => "Een week later", "A week later";
    SnoozeTo => "Uitstellen tot", "Snooze until";
    Snooze => "Uitstellen", "Snooze";
    RescheduleTo => "Nieuwe datum (opnieuw plannen)", "New date (plan again)";
    Reschedule => "Verplaatsen", "Move";
    RepeatLabel => "Herhalen", "Repeat";
    RepeatNone => "Niet herhalen", "Do not repeat";
    RepeatWeekly => "Elke week", "Every week";
    RepeatSchoolDays => "Om de zoveel schooldagen", "Every few school days";
    EveryN => "Aantal schooldagen", "Number of school days";
    SaveRepeat => "Herhaling opslaan", "Save repeat";
    DeleteReminder => "Verwijderen", "Delete";
    MarkedDone => "Afgevinkt.", "Ticked off.";
    RepeatSaved => "Herhaling opgeslagen.", "Repeat saved.";
    ReminderDeleted => "Herinnering verwijderd.", "Reminder deleted.";
    ReminderAdded => "Herinnering toegevoegd.", "Reminder added.";
    NewReminder => "Nieuwe herinnering", "New reminder";
    ReminderTitle => "Wat wil je opvolgen?", "What do you want to follow up?";
    ReminderTitlePlaceholder => "bv. Ouders bellen over het leesplan", "e.g. Call the parents about the reading plan";
    ReminderPupil => "Leerling (niet verplicht)", "Pupil (optional)";
    NoPupil => "Geen leerling", "No pupil";
    ReminderClass => "Klas van de leerling", "The pupil's class";
    AnyClass => "Geen klas gekozen", "No class chosen";
    DueDate => "Datum", "Date";
    AddReminder => "Herinnering toevoegen", "Add reminder";
    ForPupil => "Herinnering voor deze leerling", "Reminder for this pupil";
    CalendarTitle => "Agenda en meldingen", "Calendar and notifications";
    IcsHelp => "Download je open herinneringen als agendabestand (.ics) en open het in je agenda-app. Het bestand bevat de namen die je nu ziet: zet de privacymodus aan voor alleen initialen.", "Download your open reminders as a calendar file (.ics) and open it in your calendar app. The file holds the names you see now: turn on privacy mode for initials only.";
    IcsDownload => "Agendabestand downloaden (.ics)", "Download calendar file (.ics)";
    IcsDone => "Agendabestand gedownload.", "Calendar file downloaded.";
    IcsCalendarName => "Groeipad opvolgen", "Groeipad follow-up";
    NotifyHelp => "Groeipad kan een melding geven als er iets te doen is, zolang de app open of geïnstalleerd is. Alles werkt ook zonder meldingen.", "Groeipad can notify you when something is due, while the app is open or installed. Everything also works without notifications.";
    NotifyEnable => "Meldingen aanzetten", "Turn on notifications";
    NotifyOn => "Meldingen staan aan.", "Notifications are on.";
    NotifyDenied => "Meldingen zijn geblokkeerd in je browser. Je kunt ze daar weer toestaan; de lijst werkt ook zo.", "Notifications are blocked in your browser. You can allow them there again; the list works without them.";
    NotifyUnsupported => "Deze browser kan geen meldingen geven; de lijst werkt ook zo.", "This browser cannot show notifications; the list works without them.";
    NotifyTitle => "Groeipad: opvolgen", "Groeipad: follow-up";
    GoToReminders => "Naar opvolgen", "Go to follow-up";
    // Attention
    AttentionLink => "Aandacht per leerling", "Attention per pupil";
    PlanLink => "Week plannen", "Plan the week";
    AttentionPanelTitle => "Aandacht en opvolging", "Attention and follow-up";
    AttentionTitle => "Aandacht", "Attention";
    AttentionIntro => "Wie had de laatste tijd een individueel moment, en hoeveel tijd ging naar wie? Tik op Moment om er een te noteren.", "Who had an individual moment lately, and how much time went to whom? Tap Moment to log one.";
    AimTitle => "Je doel voor deze klas", "Your aim for this class";
    AimEqualHelp => "Elke leerling krijgt ongeveer evenveel tijd.", "Every pupil gets about the same time.";
    AimCompHelp => "Leerlingen met extra of intensieve ondersteuning krijgen meer tijd (1,5× en 2×): dat verkleint verschillen.", "Pupils with extra or intensive support get more time (1.5× and 2×): that narrows differences.";
    DistributionTitle => "Verdeling van je tijd (laatste 4 weken)", "How your time was shared (last 4 weeks)";
    Actual => "Gekregen", "Received";
    Aim => "Doel", "Aim";
    PupilsAttention => "Leerlingen", "Pupils";
    SortBy => "Volgorde", "Order";
    SortLongest => "Langst niet gezien eerst", "Longest not seen first";
    SortName => "Op naam", "By name";
    NotSeenBadge => "Niet gezien", "Not seen";
    Moment => "Moment", "Moment";
    NoPupilsAttention => "Deze klas heeft nog geen leerlingen. Voeg ze toe op de klaspagina.", "This class has no pupils yet. Add them on the class page.";
    BackToAttention => "Aandacht", "Attention";
    // Moment form
    MomentTitle => "Individueel moment noteren", "Log an individual moment";
    MomentKindLabel => "Soort moment", "Kind of moment";
    Minutes => "Minuten", "Minutes";
    FollowUpOn => "Opvolgen op (niet verplicht)", "Follow up on (optional)";
    SaveMoment => "Moment noteren", "Log moment";
    MomentLogged => "Moment genoteerd.", "Moment logged.";
    FollowUpTitle => "Individueel moment opvolgen", "Follow up an individual moment";
    PupilAttentionTitle => "Aandacht en opvolging", "Attention and follow-up";
    OpenReminders => "Open herinneringen", "Open reminders";
    NoOpenReminders => "Geen open herinneringen voor deze leerling.", "No open reminders for this pupil.";
    // Planner
    PlannerTitle => "Weekplanning", "Weekly plan";
    PlannerIntro => "Groeipad stelt voor wie je deze week individueel ziet: eerst wie een opvolging over tijd heeft, dan wie je lang niet zag, dan volgens je doel. Pas het aan zoals jij wilt.", "Groeipad proposes whom to see individually this week: first pupils with an overdue follow-up, then those you have not seen for long, then according to your aim. Adjust it as you like.";
    PlannedTitle => "Gepland deze week", "Planned this week";
    ProposalTitle => "Voorstel", "Proposal";
    RemoveFromPlan => "Uit de planning halen", "Remove from the plan";
    AddToDraft => "Toevoegen aan voorstel", "Add to proposal";
    AddPupilLabel => "Leerling toevoegen", "Add a pupil";
    AddedByYou => "Zelf toegevoegd", "Added by you";
    PlanIt => "In mijn opvolglijst zetten", "Put in my follow-up list";
    Planned => "Ingepland: je ziet de momenten in je opvolglijst.", "Planned: you will find the sessions in your follow-up list.";
    DraftEmpty => "Niemand meer in het voorstel. Voeg hieronder een leerling toe als je nog tijd hebt.", "Nobody left in the proposal. Add a pupil below if you still have time.";
    NotPlannedTitle => "Valt buiten je tijd", "Does not fit your time";
    SessionTitle => "Individueel moment", "Individual session";
    Unplan => "Schrappen", "Cancel session";
    Unplanned => "Moment geschrapt.", "Session cancelled.";
    HeldBadge => "Gehouden", "Held";
    ChangeBudget => "Je tijd per week wijzigen", "Change your time per week";
    // Settings
    SettingsTitle => "Opvolgen en aandacht", "Follow-up and attention";
    NotSeenLabel => "Waarschuw als een leerling zoveel schooldagen geen individueel moment had", "Warn when a pupil had no individual moment for this many school days";
    BudgetLabel => "Je tijd voor individuele momenten per week (minuten)", "Your time for individual sessions per week (minutes)";
    SessionLabel => "Standaardlengte van een gepland moment (minuten)", "Default length of a planned session (minutes)";
    HolidaysTitle => "Vakanties en vrije dagen", "Holidays and days off";
    HolidaysHelp => "Schooldagen slaan weekends en deze dagen over: bij uitstellen, herhalen en 'niet gezien'.", "School days skip weekends and these days: when snoozing, repeating and for 'not seen'.";
    NoHolidays => "Nog geen vakanties ingevoerd. Voeg ze toe, zodat herinneringen niet in een vakantie vallen.", "No holidays entered yet. Add them so reminders do not fall in a holiday.";
    HolidayName => "Naam", "Name";
    HolidayNamePlaceholder => "bv. Kerstvakantie", "e.g. Christmas holiday";
    HolidayStart => "Eerste vrije dag", "First day off";
    HolidayEnd => "Laatste vrije dag", "Last day off";
    AddHoliday => "Vakantie toevoegen", "Add holiday";
    RemoveHoliday => "Verwijderen", "Remove";
    HolidayRemoved => "Vakantie verwijderd.", "Holiday removed.";
    InvalidDate => "Kies een geldige datum.", "Choose a valid date.";
    InvalidNumber => "Vul een heel getal in.", "Enter a whole number.";
}}

/// "3 herinneringen voor vandaag of over tijd" (home screen).
pub fn due_summary(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nl, 0) => "Vandaag niets op te volgen.".into(),
        (Lang::En, 0) => "Nothing to follow up today.".into(),
        (Lang::Nl, 1) => "1 herinnering voor vandaag of over tijd.".into(),
        (Lang::En, 1) => "1 reminder due today or overdue.".into(),
        (Lang::Nl, n) => format!("{n} herinneringen voor vandaag of over tijd."),
        (Lang::En, n) => format!("{n} reminders due today or overdue."),
    }
}

/// "2 leerlingen al 10 schooldagen of langer niet gezien".
pub fn not_seen_summary(lang: Lang, n: usize, days: u32) -> String {
    let days = super::domain::school_days(days, lang);
    match (lang, n) {
        (Lang::Nl, 0) => format!("Iedereen had een individueel moment in de laatste {days}."),
        (Lang::En, 0) => format!("Everybody had an individual moment in the last {days}."),
        (Lang::Nl, 1) => format!("1 leerling had {days} of langer geen individueel moment."),
        (Lang::En, 1) => format!("1 pupil had no individual moment for {days} or longer."),
        (Lang::Nl, n) => format!("{n} leerlingen hadden {days} of langer geen individueel moment."),
        (Lang::En, n) => format!("{n} pupils had no individual moment for {days} or longer."),
    }
}

pub fn minutes(lang: Lang, m: u32) -> String {
    match lang {
        Lang::Nl => format!("{m} min"),
        Lang::En => format!("{m} min"),
    }
}

/// "25 min in 4 weken (3 momenten)".
pub fn recent_minutes(lang: Lang, m: u32, moments: u32) -> String {
    match (lang, moments) {
        (Lang::Nl, 1) => format!("{m} min in 4 weken (1 moment)"),
        (Lang::Nl, n) => format!("{m} min in 4 weken ({n} momenten)"),
        (Lang::En, 1) => format!("{m} min in 4 weeks (1 moment)"),
        (Lang::En, n) => format!("{m} min in 4 weeks ({n} moments)"),
    }
}

/// "Week van 3 t/m 7 maart 2025".
pub fn week_range(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("Week van {} t/m {}", crate::i18n::format::date(lang, first), crate::i18n::format::date(lang, last)),
        Lang::En => format!("Week of {} to {}", crate::i18n::format::date(lang, first), crate::i18n::format::date(lang, last)),
    }
}

/// "Al gepland: 30 min · dit voorstel: 80 min · samen 110 van je 100 min".
pub fn budget_line(lang: Lang, planned: u32, draft: u32, budget: u32) -> String {
    let total = planned.saturating_add(draft);
    match lang {
        Lang::Nl => format!("Al gepland: {planned} min · dit voorstel: {draft} min · samen {total} van je {budget} min"),
        Lang::En => format!("Already planned: {planned} min · this proposal: {draft} min · together {total} of your {budget} min"),
    }
}

/// "Gepland voor woensdag 5 maart 2025".
pub fn planned_for(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("{} {}", weekday(lang, date), crate::i18n::format::date(lang, date)),
        Lang::En => format!("{} {}", weekday(lang, date), crate::i18n::format::date(lang, date)),
    }
}

pub fn weekday(lang: Lang, date: NaiveDate) -> &'static str {
    use chrono::Datelike;
    const NL: [&str; 7] = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
    const EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let i = date.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::Nl => NL.get(i).copied().unwrap_or_default(),
        Lang::En => EN.get(i).copied().unwrap_or_default(),
    }
}

/// "Uitgesteld naar 6 maart 2025." / "Verplaatst naar …" / "Volgende keer: …".
pub fn snoozed_to(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("Uitgesteld naar {}.", crate::i18n::format::date(lang, date)),
        Lang::En => format!("Snoozed to {}.", crate::i18n::format::date(lang, date)),
    }
}
pub fn moved_to(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("Verplaatst naar {}.", crate::i18n::format::date(lang, date)),
        Lang::En => format!("Moved to {}.", crate::i18n::format::date(lang, date)),
    }
}
pub fn next_time(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("Afgevinkt. Volgende keer: {}.", crate::i18n::format::date(lang, date)),
        Lang::En => format!("Ticked off. Next time: {}.", crate::i18n::format::date(lang, date)),
    }
}
pub fn snoozed_from(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("uitgesteld, eerst {}", crate::i18n::format::date(lang, date)),
        Lang::En => format!("snoozed, first {}", crate::i18n::format::date(lang, date)),
    }
}

/// The "held" button: "Gehouden (10 min)".
pub fn held_button(lang: Lang, m: u16) -> String {
    match lang {
        Lang::Nl => format!("Gehouden ({m} min)"),
        Lang::En => format!("Held ({m} min)"),
    }
}

/// One line of the distribution summary: "Extra ondersteuning: 3 leerlingen, 40 min (31%); doel 38%".
pub fn share_line(lang: Lang, level: &str, pupils: u32, minutes: u32, share: f64, aim: f64) -> String {
    let pct = |x: f64| (x * 100.0).round() as i64;
    match (lang, pupils) {
        (Lang::Nl, 1) => format!("{level}: 1 leerling, {minutes} min ({}%); doel {}%", pct(share), pct(aim)),
        (Lang::Nl, n) => format!("{level}: {n} leerlingen, {minutes} min ({}%); doel {}%", pct(share), pct(aim)),
        (Lang::En, 1) => format!("{level}: 1 pupil, {minutes} min ({}%); aim {}%", pct(share), pct(aim)),
        (Lang::En, n) => format!("{level}: {n} pupils, {minutes} min ({}%); aim {}%", pct(share), pct(aim)),
    }
}

/// The visually hidden name of a per-pupil control: "Minuten voor Anna".
pub fn for_pupil(lang: Lang, what: &str, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{what} voor {name}"),
        Lang::En => format!("{what} for {name}"),
    }
}

/// Title of a reminder in the calendar file: the pupil's name added when there is one.
pub fn ics_title(title: &str, pupil: Option<&str>) -> String {
    match pupil {
        Some(p) if !p.is_empty() => format!("{title} ({p})"),
        _ => title.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_translated() {
        // "Moment" and "Minuten/Minutes" differ; only "Moment" reads the same.
        crate::i18n::assert_complete(FollowK::ALL, 1);
    }

    #[test]
    fn counted_texts_read_naturally() {
        let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
        assert_eq!(due_summary(Lang::Nl, 3), "3 herinneringen voor vandaag of over tijd.");
        assert_eq!(due_summary(Lang::En, 1), "1 reminder due today or overdue.");
        assert!(not_seen_summary(Lang::Nl, 2, 10).starts_with("2 leerlingen hadden 10 schooldagen"));
        assert_eq!(week_range(Lang::Nl, d(3, 5), d(3, 7)), "Week van 5 maart 2025 t/m 7 maart 2025");
        assert_eq!(planned_for(Lang::Nl, d(3, 5)), "woensdag 5 maart 2025");
        assert_eq!(share_line(Lang::En, "Extra support", 2, 40, 0.305, 0.375), "Extra support: 2 pupils, 40 min (31%); aim 38%");
        assert_eq!(ics_title("Bellen", Some("Anna")), "Bellen (Anna)");
        assert_eq!(budget_line(Lang::Nl, 30, 80, 100), "Al gepland: 30 min · dit voorstel: 80 min · samen 110 van je 100 min");
    }
}
