//! A book made with the app's own commands, of every record kind, from a generated
//! shape: the input of the domain's property tests (backup round trip, undo).

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;

use crate::domain::book::{Book, Change, PupilFields};
use crate::domain::feedback::{self, FeedbackNote, Success, SuccessSource, Template};
use crate::domain::followup::{MomentFollowUp, MomentKind, NewMoment, NewReminder, ReminderSource, Repeat};
use crate::domain::goals::commands::MeasurementInput;
use crate::domain::goals::{test_kit, Baseline, Domain, Unit};
use crate::domain::grouping::coop::{LessonKind, NewLesson};
use crate::domain::grouping::{GroupNaming, NewPlan, SupportMeasure, SupportPhase};
use crate::domain::model::{SchoolSystem, YearGroup};
use crate::domain::records::Record;
use crate::domain::pupilmode::{Mood, Reflection};

/// Day `n` of the generated school year (day 0 is 1 September 2026).
pub fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + Duration::days(n)
}

/// `prefix` and a generated text, cut to a form's limit (free text as a teacher types it).
pub fn text(prefix: &str, t: &str, max: usize) -> String {
    format!("{prefix} {t}").chars().take(max).collect()
}

/// What a generated book is made of.
#[derive(Clone, Debug)]
pub struct Shape {
    /// Pupils per class (one to three classes).
    pub classes: Vec<usize>,
    /// The units of each pupil's goals (indices into `Unit::ALL`).
    pub units: Vec<usize>,
    /// Measurements of each goal, as a share of the unit's range.
    pub scores: Vec<f64>,
    pub texts: Vec<String>,
    /// What is deleted afterwards: a goal, a note, a pupil, a class (bits 0–3).
    pub deletes: u8,
}

pub fn shape() -> impl Strategy<Value = Shape> {
    (
        prop::collection::vec(1usize..4, 1..=3),
        prop::collection::vec(0usize..7, 0..=2),
        prop::collection::vec(0.0f64..=1.0, 0..=4),
        prop::collection::vec("[ a-zA-Zé😀\t0-9:-]{0,24}", 4),
        any::<u8>(),
    )
        .prop_map(|(classes, units, scores, texts, deletes)| Shape { classes, units, scores, texts, deletes })
}

/// A book made with the app's own commands: classes, pupils, goals with measurements (a
/// reached one logs a success), notes, successes, a template, reminders, attention moments
/// with their follow-up, reflections, support levels, settings, a group plan, cooperative
/// pairs and a lesson; then some of it deleted as a teacher would.
pub fn build(s: &Shape) -> Book {
    let t = |i: usize| s.texts[i % s.texts.len()].as_str();
    let today = day(80);
    let mut b = Book::default();
    let yg = YearGroup { system: SchoolSystem::Nl, n: 5 };
    b.set_attention_settings(12, 150, 15).unwrap();
    b.add_holiday(day(50), day(54), &text("Herfst", t(0), 40)).unwrap();
    b.add_own_template(Template {
        id: "t1".into(),
        domain: feedback::Domain::Reading,
        part: feedback::Part::Top,
        nl: text("Je hebt", t(1), 300),
        en: String::new(),
        builtin: false,
    })
    .unwrap();
    for (c, &pupils) in s.classes.iter().enumerate() {
        let class = format!("c{c}");
        b.add_class(class.clone(), &text(&format!("Groep {c}"), t(c), 80), "2026-2027", yg, day(0)).unwrap();
        let mut ids = Vec::new();
        for i in 0..pupils {
            let p = format!("p{c}-{i}");
            let fields = PupilFields { name: text(&format!("Leerling {i}"), t(i + 1), 80), support_notes: t(i + 2).into(), ..Default::default() };
            b.add_pupil(p.clone(), &class, &fields, day(0)).unwrap();
            for (k, &u) in s.units.iter().enumerate() {
                let unit = Unit::ALL[u];
                let g = format!("g{c}-{i}-{k}");
                let (low, high) = (unit.min_value(), unit.max_value().min(50.0));
                let mut goal = test_kit::goal(&g, &p);
                goal.measure.unit = unit;
                goal.baseline = Some(Baseline { value: low, date: day(1) });
                goal.target = high;
                goal.own_words = t(k).into();
                goal.created_on = day(1);
                goal.target_date = day(120);
                let _ = goal.mark_approach_change(day(10), &text("Aanpak", t(k + 1), 80), today);
                b.add_goal(goal).unwrap();
                for (j, share) in s.scores.iter().enumerate() {
                    let value = unit.round_clamped(low + share * (high - low), false);
                    let input = MeasurementInput { value, date: day(2 + j as i64), note: t(j).into() };
                    // A reached goal takes no more measurements: that refusal is the app's.
                    let _ = b.record(&g, (format!("m{g}-{j}"), format!("s{g}-{j}")), input, today);
                }
                let source = ReminderSource::Goal { goal_id: g.clone() };
                let new = NewReminder { id: format!("r{g}"), source, pupil_id: Some(p.clone()), title: text("Check", t(k), 200), due: today, repeat: Repeat::EverySchoolDays(3) };
                b.add_reminder(new, today).unwrap();
            }
            let goal_id = s.units.first().map(|_| format!("g{c}-{i}-0"));
            let note = FeedbackNote {
                id: format!("n{p}"),
                pupil_id: p.clone(),
                goal_id: goal_id.clone(),
                date: day(20),
                tops: vec![text("Top", t(i), 400)],
                tips: vec![text("Tip", t(i + 3), 400)],
                next_step: t(i + 2).into(),
                follow_up: Some(day(25)),
            };
            b.run(|b| b.add_note(note)).unwrap();
            let source = ReminderSource::Feedback { note_id: format!("n{p}") };
            b.add_reminder(NewReminder { id: format!("rn{p}"), source, pupil_id: Some(p.clone()), title: "Opvolgen".into(), due: today, repeat: Repeat::None }, today).unwrap();
            let success = Success { id: format!("s{p}"), pupil_id: p.clone(), date: day(21), text: text("Zelf", t(i), 300), goal_id: None, source: SuccessSource::Manual, template: None };
            b.run(|b| b.add_success(success)).unwrap();
            let moment = NewMoment { id: format!("a{p}"), pupil_id: p.clone(), date: day(30), kind: MomentKind::OneOnOne, minutes: 10, note: t(i).into(), follow_up: Some(day(85)) };
            b.run_undoable(|b| b.log_moment(moment, Some(MomentFollowUp { reminder_id: format!("ra{p}"), title: text("Na", t(i), 200) }), today)).unwrap();
            let reflection = Reflection {
                id: format!("f{p}"),
                pupil_id: p.clone(),
                date: day(31),
                goal_id,
                mood: Mood::Good,
                went_well: text("", t(i), 280),
                was_hard: t(i + 1).into(),
                try_next: String::new(),
                read_by_teacher: false,
            };
            b.apply(&Change::put(Record::Reflection(reflection)));
            b.run_undoable(|b| b.set_support(format!("o{p}"), &p, Some(Domain::Reading), SupportPhase::Extended, vec![SupportMeasure::Remediate], today)).unwrap();
            ids.push(p);
        }
        let plan = NewPlan {
            id: format!("gp{c}"),
            reminder_id: format!("rgp{c}"),
            class_id: class.clone(),
            subject: Domain::Reading,
            start: today,
            end: today + Duration::days(55),
            evaluation: today + Duration::days(50),
            goal: text("Samen", t(c), 300),
            naming: GroupNaming::Levels,
            reminder_title: "Evaluatie".into(),
        };
        b.run_undoable(|b| b.new_group_plan(plan, today)).unwrap();
        if let [a, z, ..] = ids.as_slice() {
            b.run_undoable(|b| b.add_not_together(&class, a, z)).unwrap();
            let lesson = NewLesson { id: format!("l{c}"), class_id: class.clone(), kind: LessonKind::Groups, subject: None, size: 2, minutes: 30 };
            b.run_undoable(|b| b.make_coop_lesson(lesson, today, 7)).unwrap();
        }
    }
    // Deleting leaves links that outlive their target (a note's goal, a reminder's
    // source): the backup must still come back.
    if s.deletes & 1 != 0 && !s.units.is_empty() {
        b.run_undoable(|b| b.delete_goal("g0-0-0")).unwrap();
    }
    if s.deletes & 2 != 0 {
        b.run_undoable(|b| b.delete_note("np0-0")).unwrap();
    }
    if s.deletes & 4 != 0 {
        b.run_undoable(|b| b.delete_pupil(&format!("p0-{}", s.classes[0] - 1))).unwrap();
    }
    if s.deletes & 8 != 0 && s.classes.len() > 1 {
        b.run_undoable(|b| b.delete_class("c1")).unwrap();
    }
    b
}
