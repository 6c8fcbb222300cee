//! The property of undo, for books the app's own commands make (`test_kit::generated`)
//! and a few commands in a row of every kind a teacher can give: each command's undo (the
//! inverse computed from the records before it, `Book::inverse_of`, which
//! `Book::run_undoable` and the state layer use) gives back the book as it was; the
//! change a command returns is exactly what it did to the book (the state layer stores
//! that change and nothing else); a refused command changes nothing; and undoing all of
//! them, last first, gives back the book they started from.

use std::sync::OnceLock;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use proptest::prelude::*;

use crate::domain::book::{Book, Change, ClassPatch, Planned, PupilFields, PupilPatch};
use crate::domain::feedback::{self, FeedbackNote, Success, SuccessSource, Template};
use crate::domain::followup::{MomentFollowUp, MomentKind, NewMoment, NewReminder, PlannedSession, ReminderSource, Repeat, Snooze};
use crate::domain::goals::commands::MeasurementInput;
use crate::domain::goals::{test_kit as goal_kit, Domain, StopReason};
use crate::domain::grouping::coop::{LessonKind, NewLesson, Role};
use crate::domain::grouping::{GroupFields, GroupForm, GroupNaming, NewPlan, Provider, SupportMeasure, SupportPhase, SupportVocabulary, Tier, Verdict};
use crate::i18n::Lang;
use crate::domain::model::{SchoolSystem, YearGroup};
use crate::domain::records::Record;
use crate::domain::pupilmode::{hash_pin, PictureKey, PinHash};
use crate::domain::reports::DossierContents;
use crate::domain::test_kit::generated::{build, day, shape};

macro_rules! kinds {
    ($($k:ident),* $(,)?) => {
        /// A teacher's intent, one per command of the domain.
        #[derive(Clone, Copy, Debug)]
        enum Kind { $($k),* }
        const KINDS: &[Kind] = &[$(Kind::$k),*];
    };
}

kinds! {
    AddClass, PatchClass, DeleteClass, AddPupil, PastePupils, AddPlannedPupils, PatchPupil,
    ArchivePupil, RestorePupil, DeletePupil,
    AddGoal, Record, DeleteMeasurement, MarkApproach, UnmarkApproach, StopGoal, DeleteGoal,
    AddNote, DeleteNote, AddSuccess, DeleteSuccess, AddTemplate, EditTemplate, DeleteTemplate,
    AddReminder, CompleteReminder, SnoozeReminder, RescheduleReminder, SetRepeat, DeleteReminder,
    LogMoment, PlanSessions, HoldSession, SessionMinutes, AddHoliday, RemoveHoliday, AttentionSettings,
    SetSupport, RemoveSubjectSupport, SupportVocabulary,
    NewGroupPlan, PlacePupil, EditPlanGroup, EditGroupPlan, SetVerdict, CopyForward, DeleteGroupPlan,
    AddNotTogether, RemoveNotTogether, AddRole, RemoveRole, MakeCoopLesson, DeleteCoopLesson,
    SetTeacherPin, RemoveTeacherPin, SetPicturePin, MarkReflectionsRead, ImportDossier,
}

/// One command with the numbers that pick what it acts on and with what.
#[derive(Clone, Debug)]
struct Cmd {
    kind: Kind,
    /// Picks the record acted on (now and then one that is not there).
    a: usize,
    /// Picks a second record or a value.
    x: usize,
}

fn cmd() -> impl Strategy<Value = Cmd> {
    (0..KINDS.len(), any::<usize>(), any::<usize>()).prop_map(|(k, a, x)| Cmd { kind: KINDS[k], a, x })
}

/// One of `ids`, or now and then (and when there is none) an id no record has.
fn pick(ids: Vec<String>, a: usize) -> String {
    if ids.is_empty() || a % 8 == 7 {
        return "ghost".into();
    }
    ids[a % ids.len()].clone()
}

fn ids<T>(list: &[T], id: impl Fn(&T) -> &String) -> Vec<String> {
    list.iter().map(|x| id(x).clone()).collect()
}

fn today() -> NaiveDate {
    day(80)
}

/// A teacher PIN, hashed once (hashing is slow on purpose).
fn teacher_pin() -> PinHash {
    static PIN: OnceLock<PinHash> = OnceLock::new();
    PIN.get_or_init(|| hash_pin("2468", &[3; 16], crate::domain::pupilmode::pin::MIN_ITERATIONS).unwrap()).clone()
}

/// A command that changes the book in place: its undo comes from the book before it.
fn in_place<E: std::fmt::Debug>(b: &mut Book, cmd: impl FnOnce(&mut Book) -> Result<Change, E>) -> Result<(Change, Change), String> {
    let before = b.clone();
    let change = cmd(b).map_err(|e| format!("{e:?}"))?;
    Ok((change.clone(), before.inverse_of(&change)))
}

/// A command that only plans, run the way the app runs it.
fn planned<P: Planned, E: std::fmt::Debug>(b: &mut Book, plan: impl FnOnce(&Book) -> Result<P, E>) -> Result<(Change, Change), String> {
    let (p, undo) = b.run_undoable(plan).map_err(|e| format!("{e:?}"))?;
    Ok((p.into_parts().0, undo))
}

/// Runs one command on `b` (step `n` of the sequence, for fresh ids); its change and undo,
/// or why it was refused.
fn run(b: &mut Book, c: &Cmd, n: usize) -> Result<(Change, Change), String> {
    let (a, x) = (c.a, c.x);
    let fresh = |what: &str| format!("{what}-new{n}");
    let classes = ids(&b.classes, |c| &c.id);
    let pupils = ids(&b.pupils, |p| &p.id);
    let goals = ids(&b.goals, |g| &g.id);
    let reminders: Vec<String> = b.reminder_list(Lang::Nl).into_iter().map(|r| r.id).collect();
    let plans = ids(&b.group_plans, |p| &p.id);
    let (class, pupil, goal, plan) = (pick(classes.clone(), a), pick(pupils.clone(), a), pick(goals.clone(), a), pick(plans.clone(), a));
    let yg = YearGroup { system: SchoolSystem::Nl, n: 1 + (x % 8) as u8 };
    let names = ["Anna de Vries", "Bram", "  bram ", "", "Leerling 0 a"];
    let name = names[x % names.len()];
    let day_x = today() + Duration::days((x % 40) as i64 - 20);
    let domain = Domain::ALL[x % Domain::ALL.len()];
    let tier = Tier::ALL[x % 3];
    match c.kind {
        Kind::AddClass => in_place(b, |b| b.add_class(fresh("c"), name, "2026-2027", yg, today())),
        Kind::PatchClass => {
            let patch = ClassPatch { name: (x % 3 != 0).then(|| name.to_string()), school_year: None, year_group: (x % 2 == 0).then_some(yg) };
            in_place(b, |b| b.patch_class(&class, &patch))
        }
        Kind::DeleteClass => planned(b, |b| b.delete_class(&class)),
        Kind::AddPupil => {
            let fields = PupilFields { name: name.into(), nickname: "Bo".into(), ..Default::default() };
            in_place(b, |b| b.add_pupil(fresh("p"), &class, &fields, today()))
        }
        Kind::PastePupils => {
            let mut k = 0;
            in_place(b, |b| {
                b.add_pupils_from_paste(&class, "Anna de Vries\n\nBram\n  bram\nCas\t6", || { k += 1; format!("p-new{n}-{k}") }, today()).map(|(c, _)| c)
            })
        }
        Kind::AddPlannedPupils => {
            let fields: Vec<PupilFields> = names[..1 + x % 3].iter().map(|n| PupilFields { name: n.to_string(), ..Default::default() }).collect();
            let mut k = 0;
            planned(b, |b| b.add_planned_pupils(&class, &fields, || { k += 1; format!("p-new{n}-{k}") }, today()))
        }
        Kind::PatchPupil => {
            let patch = PupilPatch { name: (x % 2 == 0).then(|| name.to_string()), nickname: Some("Bo".into()), year_group: Some(None), support_notes: None };
            in_place(b, |b| b.patch_pupil(&pupil, &patch))
        }
        Kind::ArchivePupil => planned(b, |b| b.archive_pupil(&pupil, today())),
        Kind::RestorePupil => in_place(b, |b| b.restore_pupil(&pupil)),
        Kind::DeletePupil => planned(b, |b| b.delete_pupil(&pupil)),
        Kind::AddGoal => in_place(b, |b| b.add_goal(goal_kit::goal(&fresh("g"), &pupil))),
        Kind::Record => {
            let input = MeasurementInput { value: 30.0 + (x % 40) as f64, date: day_x.min(today()), note: String::new() };
            in_place(b, |b| b.record(&goal, (fresh("m"), fresh("s")), input, today()).map(|(c, _)| c))
        }
        Kind::DeleteMeasurement => {
            let id = pick(ids(&b.measurements, |m| &m.id), a);
            planned(b, |b| b.delete_measurement(&id))
        }
        Kind::MarkApproach => in_place(b, |b| b.mark_approach_change(&goal, day_x.min(today()), "Kleiner groepje", today())),
        Kind::UnmarkApproach => planned(b, |b| b.unmark_approach_change(&goal, x % 3)),
        Kind::StopGoal => in_place(b, |b| b.stop_goal(&goal, StopReason::NoLongerRelevant, today())),
        Kind::DeleteGoal => planned(b, |b| b.delete_goal(&goal)),
        Kind::AddNote => {
            let goal_id = b.goals.iter().find(|g| g.pupil_id == pupil && x % 2 == 0).map(|g| g.id.clone());
            let note = FeedbackNote { id: fresh("n"), pupil_id: pupil.clone(), goal_id, date: today(), tops: vec!["Vlot".into()], tips: vec![], next_step: String::new(), follow_up: None };
            planned(b, |b| b.add_note(note))
        }
        Kind::DeleteNote => {
            let id = pick(ids(&b.notes, |n| &n.id), a);
            planned(b, |b| b.delete_note(&id))
        }
        Kind::AddSuccess => {
            let s = Success { id: fresh("s"), pupil_id: pupil.clone(), date: today(), text: name.into(), goal_id: None, source: SuccessSource::Manual, template: None };
            planned(b, |b| b.add_success(s))
        }
        Kind::DeleteSuccess => {
            let id = pick(ids(&b.successes, |s| &s.id), a);
            planned(b, |b| b.delete_success(&id))
        }
        Kind::AddTemplate => {
            let t = Template { id: fresh("t"), domain: feedback::Domain::Maths, part: feedback::Part::Tip, nl: name.into(), en: String::new(), builtin: false };
            in_place(b, |b| b.add_own_template(t))
        }
        Kind::EditTemplate => {
            let id = pick(ids(&b.templates, |t| &t.id), a);
            in_place(b, |b| b.edit_own_template(&id, feedback::Domain::Reading, feedback::Part::Top, "Goed gelezen", ""))
        }
        Kind::DeleteTemplate => {
            let id = if x % 5 == 0 { "fb-gen-top-1".into() } else { pick(ids(&b.templates, |t| &t.id), a) };
            planned(b, |b| b.delete_own_template(&id))
        }
        Kind::AddReminder => {
            let new = NewReminder { id: fresh("r"), source: ReminderSource::Free, pupil_id: (x % 2 == 0).then(|| pupil.clone()), title: "Bellen".into(), due: day_x, repeat: Repeat::None };
            in_place(b, |b| b.add_reminder(new, today()))
        }
        Kind::CompleteReminder => {
            let id = pick(reminders, a);
            // The next occurrence's id is now and then taken: its undo must put that one back.
            let next = if x % 4 == 0 { pick(ids(&b.reminders, |r| &r.id), x) } else { fresh("r") };
            planned(b, |b| b.complete_reminder(&id, &next, today(), Lang::Nl))
        }
        Kind::SnoozeReminder => {
            let id = pick(reminders, a);
            let s = [Snooze::SchoolDay, Snooze::Week, Snooze::To(day_x)][x % 3];
            planned(b, |b| b.snooze_reminder(&id, s, today(), Lang::Nl))
        }
        Kind::RescheduleReminder => {
            let id = pick(reminders, a);
            planned(b, |b| b.reschedule_reminder(&id, day_x, today(), Lang::Nl))
        }
        Kind::SetRepeat => {
            let id = pick(reminders, a);
            let repeat = [Repeat::None, Repeat::Weekly, Repeat::EverySchoolDays(3), Repeat::EverySchoolDays(0)][x % 4];
            planned(b, |b| b.set_reminder_repeat(&id, repeat, Lang::Nl))
        }
        Kind::DeleteReminder => {
            let id = pick(ids(&b.reminders, |r| &r.id), a);
            planned(b, |b| b.delete_reminder(&id))
        }
        Kind::LogMoment => {
            let new = NewMoment { id: fresh("a"), pupil_id: pupil.clone(), date: today(), kind: MomentKind::ShortCheckIn, minutes: 1 + (x % 20) as u16, note: String::new(), follow_up: (x % 2 == 0).then_some(today() + Duration::days(3)) };
            planned(b, |b| b.log_moment(new, Some(MomentFollowUp { reminder_id: fresh("ra"), title: "Na".into() }), today()))
        }
        Kind::PlanSessions => {
            let sessions: Vec<PlannedSession> = pupils
                .iter()
                .take(1 + x % 3)
                .enumerate()
                .map(|(i, p)| PlannedSession { reminder_id: format!("rs-new{n}-{i}"), pupil_id: p.clone(), due: today() + Duration::days(i as i64), minutes: 10, title: "Gesprek".into() })
                .collect();
            planned(b, |b| b.plan_sessions(sessions, today()))
        }
        Kind::HoldSession => {
            let sessions: Vec<String> = b.reminders.iter().filter(|r| matches!(r.source, ReminderSource::Session { .. })).map(|r| r.id.clone()).collect();
            let id = pick(sessions, a);
            planned(b, |b| b.hold_session(&id, &fresh("a"), &fresh("r"), today(), Lang::Nl))
        }
        Kind::SessionMinutes => {
            let id = pick(ids(&b.reminders, |r| &r.id), a);
            in_place(b, |b| b.set_session_minutes(&id, (x % 50) as u16))
        }
        Kind::AddHoliday => in_place(b, |b| b.add_holiday(day_x, day_x + Duration::days((x % 5) as i64), "Vrij")),
        Kind::RemoveHoliday => planned(b, |b| b.remove_holiday(x % 3)),
        Kind::AttentionSettings => in_place(b, |b| b.set_attention_settings(1 + (x % 70) as u32, 150, 15)),
        Kind::SetSupport => {
            let subject = (x % 3 != 0).then_some(domain);
            let phase = [SupportPhase::Enrichment, SupportPhase::Core, SupportPhase::Increased, SupportPhase::Extended][x % 4];
            planned(b, |b| b.set_support(fresh("o"), &pupil, subject, phase, vec![SupportMeasure::ALL[x % 4]], today()))
        }
        Kind::RemoveSubjectSupport => planned(b, |b| b.remove_subject_support(&pupil, domain)),
        Kind::SupportVocabulary => {
            let v = [SupportVocabulary::InstructionLevels, SupportVocabulary::InstructionNeeds, SupportVocabulary::Zorgcontinuum][x % 3];
            planned(b, |b| Ok::<_, ()>(b.set_support_vocabulary(v)))
        }
        Kind::NewGroupPlan => {
            let new = NewPlan {
                id: fresh("gp"),
                reminder_id: fresh("rgp"),
                class_id: class.clone(),
                subject: domain,
                start: today(),
                end: today() + Duration::days(50),
                evaluation: day_x + Duration::days(10),
                goal: "Samen lezen".into(),
                naming: GroupNaming::Levels,
                reminder_title: "Evaluatie".into(),
            };
            planned(b, |b| b.new_group_plan(new, today()))
        }
        Kind::PlacePupil => {
            let p = pick(pupils, x);
            planned(b, |b| b.place_pupil(&plan, &p, tier))
        }
        Kind::EditPlanGroup => {
            let fields = GroupFields { approach: "Voorlezen".into(), materials: String::new(), minutes_per_week: (x % 200) as u16, given_by: Provider::Assistant, form: GroupForm::ALL[x % 3] };
            planned(b, |b| b.edit_plan_group(&plan, tier, fields))
        }
        Kind::EditGroupPlan => planned(b, |b| b.edit_group_plan(&plan, "Vlot lezen".into(), today(), today() + Duration::days(60), day_x, today())),
        Kind::SetVerdict => {
            let p = pick(pupils, x);
            let verdict = [None, Some(Verdict::Stays), Some(Verdict::Up), Some(Verdict::Down)][x % 4];
            planned(b, |b| b.set_verdict(&plan, &p, verdict))
        }
        Kind::CopyForward => planned(b, |b| b.copy_forward(&plan, &fresh("gp"), &fresh("rgp"), "Evaluatie", today())),
        Kind::DeleteGroupPlan => planned(b, |b| b.delete_group_plan(&plan)),
        Kind::AddNotTogether => {
            let other = pick(pupils, x);
            planned(b, |b| b.add_not_together(&class, &pupil, &other))
        }
        Kind::RemoveNotTogether => planned(b, |b| b.remove_not_together(&class, x % 3)),
        Kind::AddRole => planned(b, |b| b.add_role(&class, ["Notulist", "", "Chair"][x % 3])),
        Kind::RemoveRole => {
            let role = [Role::Chair, Role::Own("Notulist".into()), Role::Reporter][x % 3].clone();
            planned(b, |b| b.remove_role(&class, &role))
        }
        Kind::MakeCoopLesson => {
            let kind = [LessonKind::Groups, LessonKind::TutorPairs][x % 2];
            let new = NewLesson { id: fresh("l"), class_id: class.clone(), kind, subject: (x % 3 == 0).then_some(domain), size: 2 + (x % 5) as u8, minutes: 30 };
            planned(b, |b| b.make_coop_lesson(new, today(), x as u64))
        }
        Kind::DeleteCoopLesson => {
            let id = pick(ids(&b.coop_lessons, |l| &l.id), a);
            planned(b, |b| b.delete_coop_lesson(&id))
        }
        Kind::SetTeacherPin => in_place(b, |b| b.set_teacher_pin(teacher_pin())),
        Kind::RemoveTeacherPin => planned(b, |b| b.remove_teacher_pin()),
        Kind::SetPicturePin => {
            let pictures = (x % 3 != 0).then_some([PictureKey::Cat, PictureKey::Sun, [PictureKey::Fish, PictureKey::Cat][x % 2]]);
            planned(b, |b| b.set_picture_pin(&pupil, pictures))
        }
        Kind::MarkReflectionsRead => in_place(b, |b| b.mark_reflections_read(&pupil)),
        Kind::ImportDossier => {
            let records = b.dossier_records(&pupil);
            let pupil_name = b.pupil(&pupil).map(|p| p.name.clone()).unwrap_or_default();
            let dossier = DossierContents { exported_at: NaiveDateTime::default(), pupil_name, records };
            let target = pick(classes, x);
            let mut k = 0;
            planned(b, |b| b.import_dossier(&dossier, &target, || { k += 1; format!("d-new{n}-{k}") }))
        }
    }
}

/// The book's records in one order (commands append; a restored record lands at the
/// end of its list, where the stored data has no order at all).
fn sorted(b: &Book) -> Vec<Record> {
    let mut records = b.records();
    records.sort_by_key(Record::key);
    records
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_command_is_undone_by_the_inverse_of_its_change(s in shape(), cmds in prop::collection::vec(cmd(), 1..=5)) {
        let start = build(&s);
        let mut b = start.clone();
        let mut undos = Vec::new();
        for (n, c) in cmds.iter().enumerate() {
            let before = b.clone();
            match run(&mut b, c, n) {
                Err(why) => prop_assert_eq!(sorted(&b), sorted(&before), "{:?} was refused ({}) and changed the book", c, why),
                Ok((change, undo)) => {
                    let mut replay = before.clone();
                    replay.apply(&change);
                    prop_assert_eq!(sorted(&replay), sorted(&b), "the change of {:?} is not what it did", c);
                    let mut back = b.clone();
                    back.apply(&undo);
                    prop_assert_eq!(sorted(&back), sorted(&before), "undoing {:?}", c);
                    undos.push(undo);
                }
            }
        }
        for undo in undos.iter().rev() {
            b.apply(undo);
        }
        prop_assert_eq!(sorted(&b), sorted(&start), "undoing all of {:?}, last first", cmds);
    }
}

/// The generated books and commands reach the commands' work, not only their refusals.
#[test]
fn most_kinds_of_command_do_something_on_a_generated_book() {
    let s = crate::domain::test_kit::generated::Shape {
        classes: vec![3, 2],
        units: vec![0, 1],
        scores: vec![0.2, 0.5],
        texts: vec!["a".into(), "b c".into(), "d".into(), String::new()],
        deletes: 0,
    };
    let mut book = build(&s);
    book.set_teacher_pin(teacher_pin()).unwrap();
    let mut did = 0;
    for (k, kind) in KINDS.iter().enumerate() {
        let changed = (0..24).any(|i| {
            let mut b = book.clone();
            run(&mut b, &Cmd { kind: *kind, a: i, x: i * 13 + k }, 0).is_ok_and(|(c, _)| !c.is_empty())
        });
        did += usize::from(changed);
    }
    assert_eq!(did, KINDS.len(), "kinds that changed nothing on a book of every kind");
}
