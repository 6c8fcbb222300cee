//! Dutch and English texts for the typed values of the follow-up and attention domain:
//! list groups, repeat kinds, sources, snooze choices, moment kinds, support levels,
//! aims, planner reasons, verdicts with their explaining sentence, the overload warning
//! and the .ics description. The error texts are in `errors`.
//!
//! Owns wording only: no rules live here. Dutch first, in neutral words that both Dutch
//! and Flemish teachers read naturally (leerling, opvolgen, één-op-één-moment, verlengde
//! instructie, zorgleerkracht); every function covers every variant in both languages.

use crate::domain::followup::attention::{MomentKind, PupilStats, SupportLevel};
use crate::domain::followup::distribution::{AttentionAim, Verdict};
use crate::domain::followup::planner::{PlanCheck, Reason};
use crate::domain::followup::reminder_list::ReminderGroup;
use crate::domain::followup::reminders::{Owner, Reminder, ReminderSource, Repeat, Snooze};
use crate::domain::followup::CheckInTitles;
use crate::i18n::goals::{domain_name, measure_label};
use crate::domain::goals::Goal;
use crate::i18n::Lang;

/// "1 schooldag" / "3 schooldagen", "1 school day" / "3 school days".
pub fn school_days(n: u32, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 schooldag".into(),
        (Lang::Nl, n) => format!("{n} schooldagen"),
        (Lang::En, 1) => "1 school day".into(),
        (Lang::En, n) => format!("{n} school days"),
    }
}

pub fn group_label(group: ReminderGroup, lang: Lang) -> &'static str {
    match (group, lang) {
        (ReminderGroup::Overdue, Lang::Nl) => "Over tijd",
        (ReminderGroup::Overdue, Lang::En) => "Overdue",
        (ReminderGroup::Today, Lang::Nl) => "Vandaag",
        (ReminderGroup::Today, Lang::En) => "Today",
        (ReminderGroup::ThisWeek, Lang::Nl) => "Deze week",
        (ReminderGroup::ThisWeek, Lang::En) => "This week",
        (ReminderGroup::Later, Lang::Nl) => "Later",
        (ReminderGroup::Later, Lang::En) => "Later",
    }
}

pub fn repeat_label(repeat: Repeat, lang: Lang) -> String {
    match (repeat, lang) {
        (Repeat::None, Lang::Nl) => "Niet herhalen".into(),
        (Repeat::None, Lang::En) => "Does not repeat".into(),
        (Repeat::Weekly, Lang::Nl) => "Elke week".into(),
        (Repeat::Weekly, Lang::En) => "Every week".into(),
        (Repeat::EverySchoolDays(1), Lang::Nl) => "Elke schooldag".into(),
        (Repeat::EverySchoolDays(1), Lang::En) => "Every school day".into(),
        (Repeat::EverySchoolDays(n), Lang::Nl) => format!("Om de {n} schooldagen"),
        (Repeat::EverySchoolDays(n), Lang::En) => format!("Every {n} school days"),
    }
}

pub fn source_label(source: &ReminderSource, lang: Lang) -> String {
    match (source, lang) {
        (ReminderSource::Goal { .. }, Lang::Nl) => "Doel opvolgen".into(),
        (ReminderSource::Goal { .. }, Lang::En) => "Follow up a goal".into(),
        (ReminderSource::SubGoalCheckIn { index, .. }, Lang::Nl) => {
            format!("Check-in tussendoel {}", index.saturating_add(1))
        }
        (ReminderSource::SubGoalCheckIn { index, .. }, Lang::En) => {
            format!("Check-in for sub-goal {}", index.saturating_add(1))
        }
        (ReminderSource::Feedback { .. }, Lang::Nl) => "Feedback opvolgen".into(),
        (ReminderSource::Feedback { .. }, Lang::En) => "Follow up feedback".into(),
        (ReminderSource::Measurement { .. }, Lang::Nl) => "Meting opvolgen".into(),
        (ReminderSource::Measurement { .. }, Lang::En) => "Follow up a measurement".into(),
        (ReminderSource::Session { .. }, Lang::Nl) => "Individueel moment opvolgen".into(),
        (ReminderSource::Session { .. }, Lang::En) => "Follow up an individual moment".into(),
        (ReminderSource::GroupPlan { .. }, Lang::Nl) => "Groepsplan evalueren".into(),
        (ReminderSource::GroupPlan { .. }, Lang::En) => "Evaluate a group plan".into(),
        (ReminderSource::Free, Lang::Nl) => "Eigen herinnering".into(),
        (ReminderSource::Free, Lang::En) => "Own reminder".into(),
    }
}

/// Title of the check-in the list derives from sub-goal `index` (0-based) of a goal:
/// "Check-in tussendoel 2: DMT-kaart 2", with the goal's domain when its measure has no
/// name. Once the teacher acts on the check-in it is stored with this title.
pub fn checkin_title(goal: &Goal, index: u32, lang: Lang) -> String {
    let source = ReminderSource::SubGoalCheckIn { goal_id: goal.id.clone(), index };
    let what = if goal.measure.name.trim().is_empty() { domain_name(goal.domain, lang) } else { measure_label(&goal.measure, lang) };
    format!("{}: {what}", source_label(&source, lang))
}

/// The domain asks for check-in titles; the teacher's language words them.
impl CheckInTitles for Lang {
    fn checkin_title(&self, goal: &Goal, index: u32) -> String {
        checkin_title(goal, index, *self)
    }
}

pub fn snooze_label(snooze: Snooze, lang: Lang) -> String {
    match (snooze, lang) {
        (Snooze::SchoolDay, Lang::Nl) => "Naar de volgende schooldag".into(),
        (Snooze::SchoolDay, Lang::En) => "To the next school day".into(),
        (Snooze::Week, Lang::Nl) => "Een week later".into(),
        (Snooze::Week, Lang::En) => "A week later".into(),
        (Snooze::To(date), Lang::Nl) => format!("Naar {}", crate::i18n::format::date(lang, date)),
        (Snooze::To(date), Lang::En) => format!("To {}", crate::i18n::format::date(lang, date)),
    }
}

pub fn moment_kind_label(kind: MomentKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (MomentKind::OneOnOne, Lang::Nl) => "Één-op-één-moment",
        (MomentKind::OneOnOne, Lang::En) => "One-on-one moment",
        (MomentKind::ExtendedInstruction, Lang::Nl) => "Verlengde instructie",
        (MomentKind::ExtendedInstruction, Lang::En) => "Extended instruction",
        (MomentKind::ShortCheckIn, Lang::Nl) => "Korte check-in",
        (MomentKind::ShortCheckIn, Lang::En) => "Short check-in",
    }
}

/// Who carries out an agreement ("uitvoerder").
pub fn owner_label(owner: Owner, lang: Lang) -> &'static str {
    match (owner, lang) {
        (Owner::Teacher, Lang::Nl) => "Leerkracht",
        (Owner::Teacher, Lang::En) => "Teacher",
        (Owner::CareTeacher, Lang::Nl) => "Intern begeleider / zorgleerkracht",
        (Owner::CareTeacher, Lang::En) => "Care teacher",
        (Owner::Parents, Lang::Nl) => "Ouders",
        (Owner::Parents, Lang::En) => "Parents",
        (Owner::Pupil, Lang::Nl) => "Leerling",
        (Owner::Pupil, Lang::En) => "Pupil",
    }
}

pub fn support_level_label(level: SupportLevel, lang: Lang) -> &'static str {
    match (level, lang) {
        (SupportLevel::Basis, Lang::Nl) => "Basisondersteuning",
        (SupportLevel::Basis, Lang::En) => "Core support",
        (SupportLevel::Extra, Lang::Nl) => "Extra ondersteuning",
        (SupportLevel::Extra, Lang::En) => "Extra support",
        (SupportLevel::Intensive, Lang::Nl) => "Intensieve ondersteuning",
        (SupportLevel::Intensive, Lang::En) => "Intensive support",
    }
}

pub fn aim_label(aim: &AttentionAim, lang: Lang) -> &'static str {
    match (aim, lang) {
        (AttentionAim::Equal, Lang::Nl) => "Evenveel aandacht voor elke leerling",
        (AttentionAim::Equal, Lang::En) => "Equal attention for every pupil",
        (AttentionAim::Compensating { .. }, Lang::Nl) => {
            "Meer aandacht voor wie meer ondersteuning nodig heeft"
        }
        (AttentionAim::Compensating { .. }, Lang::En) => {
            "More attention for pupils who need more support"
        }
    }
}

/// "Nog geen individueel moment" / "Vandaag" / "5 dagen geleden (3 schooldagen)".
pub fn last_seen_text(stats: &PupilStats, lang: Lang) -> String {
    if let (None, Some(since)) = (stats.last_date, stats.looked_since) {
        let day = crate::i18n::format::date(lang, since);
        return match lang {
            Lang::Nl => format!("Niet gezien sinds {day}"),
            Lang::En => format!("Not seen since {day}"),
        };
    }
    match (stats.days_since, stats.school_days_since, lang) {
        (None, _, Lang::Nl) | (_, None, Lang::Nl) => "Nog geen individueel moment".into(),
        (None, _, Lang::En) | (_, None, Lang::En) => "No individual moment yet".into(),
        (Some(0), _, Lang::Nl) => "Vandaag".into(),
        (Some(0), _, Lang::En) => "Today".into(),
        (Some(1), Some(s), Lang::Nl) => format!("Gisteren ({})", school_days(clamp(s), lang)),
        (Some(1), Some(s), Lang::En) => format!("Yesterday ({})", school_days(clamp(s), lang)),
        (Some(d), Some(s), Lang::Nl) => {
            format!("{d} dagen geleden ({})", school_days(clamp(s), lang))
        }
        (Some(d), Some(s), Lang::En) => format!("{d} days ago ({})", school_days(clamp(s), lang)),
    }
}

fn clamp(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

pub fn reason_text(reason: Reason, lang: Lang) -> String {
    match (reason, lang) {
        (Reason::OverdueFollowUp(1), Lang::Nl) => "1 opvolging is over tijd".into(),
        (Reason::OverdueFollowUp(n), Lang::Nl) => format!("{n} opvolgingen zijn over tijd"),
        (Reason::OverdueFollowUp(1), Lang::En) => "1 follow-up is overdue".into(),
        (Reason::OverdueFollowUp(n), Lang::En) => format!("{n} follow-ups are overdue"),
        (Reason::FollowUpThisWeek(1), Lang::Nl) => "1 opvolging staat deze week gepland".into(),
        (Reason::FollowUpThisWeek(n), Lang::Nl) => {
            format!("{n} opvolgingen staan deze week gepland")
        }
        (Reason::FollowUpThisWeek(1), Lang::En) => "1 follow-up is due this week".into(),
        (Reason::FollowUpThisWeek(n), Lang::En) => format!("{n} follow-ups are due this week"),
        (Reason::NeverSeen, Lang::Nl) => "Had nog geen individueel moment".into(),
        (Reason::NeverSeen, Lang::En) => "Has not had an individual moment yet".into(),
        (Reason::NotSeenFor(n), Lang::Nl) => {
            format!("Al {} geen individueel moment", school_days(n, lang))
        }
        (Reason::NotSeenFor(n), Lang::En) => {
            format!("No individual moment for {}", school_days(n, lang))
        }
        (Reason::HigherSupport(level), _) => {
            let level = support_level_label(level, lang).to_lowercase();
            match lang {
                Lang::Nl => {
                    format!("Krijgt {level}: jij koos voor meer aandacht voor wie dat nodig heeft")
                }
                Lang::En => {
                    format!("Gets {level}: you chose more attention for pupils who need it")
                }
            }
        }
        (Reason::FewMinutesLately(m), Lang::Nl) => {
            format!("Kreeg de afgelopen 4 weken minder tijd dan gemiddeld ({m} min)")
        }
        (Reason::FewMinutesLately(m), Lang::En) => {
            format!("Had less time than average in the last 4 weeks ({m} min)")
        }
        (Reason::LastSeen(0), Lang::Nl) => "Vandaag al gezien; weer aan de beurt".into(),
        (Reason::LastSeen(0), Lang::En) => "Already seen today; next in turn".into(),
        (Reason::LastSeen(n), Lang::Nl) => format!(
            "Laatste moment {} geleden; weer aan de beurt",
            school_days(n, lang)
        ),
        (Reason::LastSeen(n), Lang::En) => {
            format!("Last moment {} ago; next in turn", school_days(n, lang))
        }
    }
}

pub fn verdict_label(verdict: Verdict, lang: Lang) -> &'static str {
    match (verdict, lang) {
        (Verdict::Convergent, Lang::Nl) => "Convergent: verschillen worden kleiner",
        (Verdict::Convergent, Lang::En) => "Convergent: differences narrow",
        (Verdict::Divergent, Lang::Nl) => "Divergent: verschillen worden groter",
        (Verdict::Divergent, Lang::En) => "Divergent: differences grow",
        (Verdict::Balanced, Lang::Nl) => "Gelijk verdeeld",
        (Verdict::Balanced, Lang::En) => "Evenly shared",
        (Verdict::NoData, Lang::Nl) => "Nog te weinig gegevens",
        (Verdict::NoData, Lang::En) => "Not enough data yet",
    }
}

/// One sentence that explains the verdict against the aim the teacher chose.
pub fn verdict_sentence(verdict: Verdict, aim: &AttentionAim, lang: Lang) -> &'static str {
    let compensating = aim.is_compensating();
    match (verdict, compensating, lang) {
        (Verdict::Convergent, false, Lang::Nl) => "Leerlingen die meer ondersteuning nodig hebben, kregen per leerling meer tijd: dat verkleint verschillen (convergent), al koos je voor evenveel aandacht voor iedereen.",
        (Verdict::Convergent, false, Lang::En) => "Pupils who need more support got more time per pupil: that narrows differences (convergent), although you chose equal attention for everyone.",
        (Verdict::Convergent, true, Lang::Nl) => "Leerlingen die meer ondersteuning nodig hebben, kregen per leerling meer tijd: dat past bij je keuze om te compenseren en verkleint verschillen (convergent).",
        (Verdict::Convergent, true, Lang::En) => "Pupils who need more support got more time per pupil: that fits your choice to compensate and narrows differences (convergent).",
        (Verdict::Balanced, false, Lang::Nl) => "Elke leerling kreeg ongeveer evenveel tijd, zoals je koos; weet wel dat verschillen bij gelijke aandacht vaak toch groeien, omdat sterke leerlingen sneller vooruitgaan.",
        (Verdict::Balanced, false, Lang::En) => "Every pupil got about the same time, as you chose; be aware that with equal attention differences often still grow, because stronger pupils progress faster.",
        (Verdict::Balanced, true, Lang::Nl) => "Elke leerling kreeg ongeveer evenveel tijd, maar je koos voor compenseren: plan wat meer tijd voor leerlingen met extra of intensieve ondersteuning.",
        (Verdict::Balanced, true, Lang::En) => "Every pupil got about the same time, but you chose to compensate: plan a little more time for pupils with extra or intensive support.",
        (Verdict::Divergent, false, Lang::Nl) => "Leerlingen met basisondersteuning kregen per leerling meer tijd dan wie meer ondersteuning nodig heeft: zo groeien verschillen (divergent), en ook evenveel aandacht is het niet.",
        (Verdict::Divergent, false, Lang::En) => "Pupils with core support got more time per pupil than those who need more support: differences grow this way (divergent), and it is not equal attention either.",
        (Verdict::Divergent, true, Lang::Nl) => "Leerlingen met basisondersteuning kregen per leerling meer tijd dan wie meer ondersteuning nodig heeft: dat is het omgekeerde van je keuze om te compenseren, en verschillen groeien zo (divergent).",
        (Verdict::Divergent, true, Lang::En) => "Pupils with core support got more time per pupil than those who need more support: the opposite of your choice to compensate, and differences grow this way (divergent).",
        (Verdict::NoData, _, Lang::Nl) => "Nog te weinig gegevens: noteer momenten voor leerlingen met verschillende ondersteuningsniveaus om de verdeling te zien.",
        (Verdict::NoData, _, Lang::En) => "Not enough data yet: log moments for pupils with different support levels to see the distribution.",
    }
}

/// The overload warning (or its all-clear).
pub fn plan_check_text(check: PlanCheck, lang: Lang) -> String {
    match (check, lang) {
        (PlanCheck::WithinBudget, Lang::Nl) => "Je planning past binnen de tijd die je hebt.".into(),
        (PlanCheck::WithinBudget, Lang::En) => "Your plan fits the time you have.".into(),
        (PlanCheck::OverBudget { by }, Lang::Nl) => format!("Je planning is {} langer dan de tijd die je hebt: kies wat kan wachten, of vraag een collega of de zorgleerkracht om hulp.", crate::i18n::counted(by, "minuut", "minuten")),
        (PlanCheck::OverBudget { by }, Lang::En) => format!("Your plan is {} over the time you have: choose what can wait, or ask a colleague or the care teacher for help.", crate::i18n::counted(by, "minute", "minutes")),
    }
}

/// The DESCRIPTION of a reminder in the .ics export: what it follows up on, how it
/// repeats, and whether it was snoozed.
pub fn ics_description(reminder: &Reminder, lang: Lang) -> String {
    let mut parts = vec![source_label(&reminder.source, lang)];
    match (reminder.repeat, lang) {
        (Repeat::None, _) => {}
        (Repeat::Weekly, Lang::Nl) => parts.push("Herhaalt elke week. In Groeipad schuift een keer in de vakantie naar de eerste schooldag erna.".into()),
        (Repeat::Weekly, Lang::En) => parts.push("Repeats every week. In Groeipad a time that falls in a holiday moves to the first school day after it.".into()),
        (Repeat::EverySchoolDays(n), Lang::Nl) => parts.push(format!("Herhaalt om de {} (weekends en vakanties tellen niet mee). Deze agenda toont alleen de volgende keer: Groeipad plant de keer daarna zodra je deze afvinkt.", school_days(u32::from(n), lang))),
        (Repeat::EverySchoolDays(n), Lang::En) => parts.push(format!("Repeats every {} (weekends and holidays do not count). This calendar shows only the next time: Groeipad plans the one after when you tick this off.", school_days(u32::from(n), lang))),
    }
    if let Some(from) = reminder.snoozed_from {
        parts.push(match lang {
            Lang::Nl => format!("Uitgesteld; eerst gepland op {}.", crate::i18n::format::date(lang, from)),
            Lang::En => format!("Snoozed; first planned for {}.", crate::i18n::format::date(lang, from)),
        });
    }
    parts.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::followup::{parse_ics, to_ics};
    use crate::domain::test_kit::d;

    /// Every text is non-empty in both languages and differs between them where the
    /// words differ ("Later" is the same word in both).
    fn check(texts: impl Fn(Lang) -> String) {
        let nl = texts(Lang::Nl);
        let en = texts(Lang::En);
        assert!(
            !nl.trim().is_empty() && !en.trim().is_empty(),
            "{nl:?} / {en:?}"
        );
        if nl != "Later" {
            assert_ne!(nl, en);
        }
    }

    #[test]
    fn labels_cover_every_variant() {
        for g in ReminderGroup::ALL {
            check(|l| group_label(g, l).into());
        }
        for r in [
            Repeat::None,
            Repeat::Weekly,
            Repeat::EverySchoolDays(1),
            Repeat::EverySchoolDays(5),
        ] {
            check(|l| repeat_label(r, l));
        }
        let sources = [
            ReminderSource::Goal {
                goal_id: "g".into(),
            },
            ReminderSource::SubGoalCheckIn {
                goal_id: "g".into(),
                index: 1,
            },
            ReminderSource::Feedback {
                note_id: "n".into(),
            },
            ReminderSource::Measurement {
                goal_id: "g".into(),
                measurement_id: "m".into(),
            },
            ReminderSource::Session {
                session_id: "s".into(),
            },
            ReminderSource::GroupPlan { plan_id: "gp".into(), class_id: "c".into() },
            ReminderSource::Free,
        ];
        for s in &sources {
            check(|l| source_label(s, l));
        }
        for s in [Snooze::SchoolDay, Snooze::Week, Snooze::To(d(2025, 3, 3))] {
            check(|l| snooze_label(s, l));
        }
        for k in MomentKind::ALL {
            check(|l| moment_kind_label(k, l).into());
        }
        for o in Owner::ALL {
            check(|l| owner_label(o, l).into());
        }
        for s in SupportLevel::ALL {
            check(|l| support_level_label(s, l).into());
        }
        for aim in [AttentionAim::Equal, AttentionAim::compensating()] {
            check(|l| aim_label(&aim, l).into());
            for v in Verdict::ALL {
                check(|l| verdict_label(v, l).into());
                check(|l| verdict_sentence(v, &aim, l).into());
            }
        }
        for c in [PlanCheck::WithinBudget, PlanCheck::OverBudget { by: 15 }] {
            check(|l| plan_check_text(c, l));
        }
        // The .ics DESCRIPTION: what it follows up on, the rhythm, a snooze; it reaches
        // the calendar file as written.
        let planned = |repeat| Reminder {
            id: "r1".into(),
            source: ReminderSource::Goal { goal_id: "g1".into() },
            pupil_id: Some("p1".into()),
            title: "Tussendoel".into(),
            due: d(2025, 3, 10),
            repeat,
            done_on: None,
            snoozed_from: Some(d(2025, 3, 7)),
            anchor: None,
            minutes: None,
            owner: None,
        };
        for r in [Repeat::None, Repeat::Weekly, Repeat::EverySchoolDays(5)].map(planned) {
            check(|l| ics_description(&r, l));
        }
        let list = [planned(Repeat::EverySchoolDays(5))];
        let stamp = d(2025, 3, 3).and_hms_opt(7, 5, 9).unwrap();
        let read = |l| parse_ics(&to_ics(&list, "", stamp, |r| ics_description(r, l))).unwrap()[0].description.clone();
        assert!(read(Lang::Nl).contains("5 schooldagen"), "{}", read(Lang::Nl));
        assert!(read(Lang::En).contains("5 school days"), "{}", read(Lang::En));
    }

    #[test]
    fn reasons_and_plurals() {
        let reasons = [
            Reason::OverdueFollowUp(1),
            Reason::OverdueFollowUp(3),
            Reason::FollowUpThisWeek(1),
            Reason::FollowUpThisWeek(2),
            Reason::NeverSeen,
            Reason::NotSeenFor(12),
            Reason::HigherSupport(SupportLevel::Intensive),
            Reason::FewMinutesLately(5),
            Reason::LastSeen(0),
            Reason::LastSeen(1),
        ];
        for r in reasons {
            check(|l| reason_text(r, l));
        }
        assert_eq!(
            reason_text(Reason::NotSeenFor(12), Lang::Nl),
            "Al 12 schooldagen geen individueel moment"
        );
        assert_eq!(
            reason_text(Reason::OverdueFollowUp(1), Lang::En),
            "1 follow-up is overdue"
        );
        assert_eq!(school_days(1, Lang::Nl), "1 schooldag");
        assert_eq!(
            repeat_label(Repeat::EverySchoolDays(5), Lang::Nl),
            "Om de 5 schooldagen"
        );
        assert_eq!(crate::i18n::format::date(Lang::Nl, d(2025, 3, 30)), "30 maart 2025");
        assert_eq!(crate::i18n::format::date(Lang::En, d(2025, 10, 26)), "26 October 2025");
        assert_eq!(
            source_label(
                &ReminderSource::SubGoalCheckIn {
                    goal_id: "g".into(),
                    index: 0
                },
                Lang::Nl
            ),
            "Check-in tussendoel 1"
        );
        // A derived check-in names the goal's measure, else its domain.
        let mut goal = crate::domain::goals::test_kit::goal("g1", "p1");
        goal.measure.name = "DMT-kaart 2".into();
        assert_eq!(checkin_title(&goal, 1, Lang::Nl), "Check-in tussendoel 2: DMT-kaart 2");
        assert_eq!(Lang::Nl.checkin_title(&goal, 1), checkin_title(&goal, 1, Lang::Nl));
        goal.measure.name = String::new();
        assert_eq!(checkin_title(&goal, 1, Lang::En), "Check-in for sub-goal 2: Reading");
    }

    #[test]
    fn last_seen_texts() {
        let stats = |days: Option<i64>, school: Option<i64>| PupilStats {
            pupil_id: "p".into(),
            name: "P".into(),
            support: SupportLevel::Basis,
            last_date: days.map(|_| d(2025, 3, 3)),
            days_since: days,
            school_days_since: school,
            minutes_last_4_weeks: 0,
            moments_last_4_weeks: 0,
            looked_since: None,
        };
        let not_since = PupilStats { looked_since: Some(d(2025, 1, 6)), ..stats(None, None) };
        check(|l| last_seen_text(&not_since, l));
        assert_eq!(last_seen_text(&not_since, Lang::Nl), "Niet gezien sinds 6 januari 2025");
        assert_eq!(last_seen_text(&not_since, Lang::En), "Not seen since 6 January 2025");
        assert_eq!(last_seen_text(&stats(None, None), Lang::Nl), "Nog geen individueel moment");
        for (days, school) in [
            (None, None),
            (Some(0), Some(0)),
            (Some(1), Some(1)),
            (Some(3), Some(1)),
        ] {
            check(|l| last_seen_text(&stats(days, school), l));
        }
        assert_eq!(
            last_seen_text(&stats(Some(3), Some(1)), Lang::Nl),
            "3 dagen geleden (1 schooldag)"
        );
    }
}
