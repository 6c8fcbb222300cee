use super::*;
use crate::domain::backup;
use crate::domain::book::PupilFields;
use crate::domain::feedback::{FeedbackNote, Success, SuccessSource};
use crate::domain::followup::Reminder;
use crate::domain::goals::{GoalState, Measurement};
use crate::domain::model::{SchoolSystem, YearGroup};
use crate::domain::reports::parent::tests::goal;

use crate::domain::test_kit::d;

fn at() -> NaiveDateTime {
    d(2026, 11, 30).and_hms_opt(10, 0, 0).unwrap()
}

/// Two classes; Anna (with a goal, a measurement, a note on the goal, a success, a
/// reminder on the goal) and Bram (a goal of his own) in 5a; 6b with Sem.
fn book() -> Book {
    let mut b = Book::default();
    let yg = YearGroup { system: SchoolSystem::Nl, n: 5 };
    b.add_class("c5".into(), "Groep 5a", "", yg, d(2026, 9, 1)).unwrap();
    b.add_class("c6".into(), "Groep 6b", "", yg, d(2026, 9, 1)).unwrap();
    b.add_pupil("anna".into(), "c5", &PupilFields { name: "Anna de Vries".into(), ..Default::default() }, d(2026, 9, 1)).unwrap();
    b.add_pupil("bram".into(), "c5", &PupilFields { name: "Bram".into(), ..Default::default() }, d(2026, 9, 1)).unwrap();
    b.add_pupil("sem".into(), "c6", &PupilFields { name: "Sem".into(), ..Default::default() }, d(2026, 9, 1)).unwrap();
    b.goals.push(goal("ga", "anna", crate::domain::goals::Domain::Reading, GoalState::Active, d(2026, 9, 2)));
    b.goals.push(goal("gb", "bram", crate::domain::goals::Domain::Maths, GoalState::Active, d(2026, 9, 2)));
    b.measurements.push(Measurement { id: "m1".into(), goal_id: "ga".into(), value: 42.0, date: d(2026, 9, 9), note: String::new() });
    b.measurements.push(Measurement { id: "m2".into(), goal_id: "gb".into(), value: 7.0, date: d(2026, 9, 9), note: String::new() });
    b.notes.push(FeedbackNote {
        id: "n1".into(),
        pupil_id: "anna".into(),
        goal_id: Some("ga".into()),
        date: d(2026, 9, 10),
        tops: vec!["las in stukjes".into()],
        tips: vec![],
        next_step: String::new(),
        follow_up: None,
    });
    b.successes.push(Success {
        id: "s1".into(),
        pupil_id: "anna".into(),
        date: d(2026, 9, 11),
        text: "eerste boek uit".into(),
        goal_id: None,
        source: SuccessSource::Manual,
        template: None,
    });
    let source = ReminderSource::Goal { goal_id: "ga".into() };
    b.reminders.push(Reminder::open("r1".into(), source, Some("anna".into()), "Meting lezen".into(), d(2026, 12, 1)));
    b
}

fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("new{n:03}")
    }
}

#[test]
fn the_dossier_holds_exactly_that_pupils_records() {
    let b = book();
    let text = dossier_export(&b, "anna", at());
    let c = dossier_parse(&text).unwrap();
    let mut keys: Vec<String> = c.records.iter().map(Record::key).collect();
    keys.sort();
    assert_eq!(keys, ["feedback_note:n1", "goal:ga", "measurement:m1", "pupil:anna", "reminder:r1", "success:s1"]);
    assert!(!text.contains("Bram") && !text.contains("Groep 5a") && !text.contains("\"m2\""), "nothing of others");
    assert_eq!(c.pupil_name, "Anna de Vries");
    assert!(text.contains("\"kind\": \"dossier\""));
}

#[test]
fn import_remaps_every_id_into_the_chosen_class_and_touches_nothing_else() {
    let mut b = book();
    let before_bram = b.dossier_records("bram");
    let before_anna = b.dossier_records("anna");
    // Anna changes school to 6b on the same device: her old records stay as they are.
    let c = dossier_parse(&dossier_export(&b, "anna", at())).unwrap();
    let change = b.run(|b| b.import_dossier(&c, "c6", ids())).unwrap();
    assert!(change.deletes.is_empty());
    assert_eq!(change.puts.len(), 6);
    assert!(change.puts.iter().all(|r| r.id().starts_with("new")), "every record has a new id");
    let new_pupil = b.pupils.iter().find(|p| p.class_id == "c6" && p.name == "Anna de Vries").unwrap().id.clone();
    let g = b.goals_of(&new_pupil)[0].id.clone();
    assert_ne!(g, "ga");
    assert_eq!(b.measurements_of(&g).len(), 1);
    assert_eq!(b.notes_of(&new_pupil)[0].goal_id.as_deref(), Some(g.as_str()));
    let r = b.reminders.iter().find(|r| r.pupil_id.as_deref() == Some(&new_pupil)).unwrap();
    assert_eq!(r.source, ReminderSource::Goal { goal_id: g });
    assert_eq!(b.dossier_records("bram"), before_bram);
    assert_eq!(b.dossier_records("anna"), before_anna);
}

#[test]
fn a_name_already_in_the_class_or_a_missing_class_is_refused_and_nothing_changes() {
    let mut b = book();
    let c = dossier_parse(&dossier_export(&b, "anna", at())).unwrap();
    let before = b.clone();
    assert_eq!(b.run(|b| b.import_dossier(&c, "c5", ids())), Err(DossierError::NameTaken { name: "Anna de Vries".into() }));
    assert_eq!(b.run(|b| b.import_dossier(&c, "gone", ids())), Err(DossierError::NoClass));
    assert_eq!(b, before);
}

#[test]
fn a_backup_a_foreign_file_or_a_newer_dossier_is_refused() {
    let b = book();
    let full = backup::export(&b.records(), at());
    assert_eq!(dossier_parse(&full), Err(DossierError::IsBackup));
    assert_eq!(backup::parse(&dossier_export(&b, "anna", at())), Err(backup::BackupError::IsDossier));
    assert_eq!(dossier_parse("{\"type\":\"excalidraw\"}"), Err(DossierError::File(backup::BackupError::Foreign)));
    assert_eq!(dossier_parse("{\"app\":\"groeipad\""), Err(DossierError::File(backup::BackupError::NotJson)));
    let newer = dossier_export(&b, "anna", at()).replace(
        &format!("\"schema_version\": {}", crate::domain::migrations::CURRENT_SCHEMA),
        "\"schema_version\": 99",
    );
    assert!(matches!(dossier_parse(&newer), Err(DossierError::File(backup::BackupError::NewerVersion { found: 99, .. }))));
}

#[test]
fn a_dossier_with_someone_elses_record_or_two_pupils_or_a_bad_name_is_refused() {
    let b = book();
    let mut recs = b.dossier_records("anna");
    recs.push(Record::Measurement(b.measurements[1].clone())); // Bram's measurement
    let text = backup::export_as(Some(DOSSIER_KIND), &recs, at());
    assert_eq!(dossier_parse(&text), Err(DossierError::BadRecord { index: recs.len() }));
    let mut two = b.dossier_records("anna");
    two.extend(b.dossier_records("bram"));
    assert_eq!(dossier_parse(&backup::export_as(Some(DOSSIER_KIND), &two, at())), Err(DossierError::NotOnePupil));
    let mut long = b.dossier_records("anna");
    if let Record::Pupil(p) = &mut long[0] {
        p.name = "A".repeat(MAX_NAME_LEN + 1);
    }
    assert_eq!(dossier_parse(&backup::export_as(Some(DOSSIER_KIND), &long, at())), Err(DossierError::BadRecord { index: 1 }));
    let mut class = b.dossier_records("anna");
    class.push(Record::Class(b.classes[0].clone()));
    assert!(matches!(dossier_parse(&backup::export_as(Some(DOSSIER_KIND), &class, at())), Err(DossierError::BadRecord { .. })));
}

#[test]
fn a_dossier_is_held_to_the_same_numbers_and_dates_as_a_backup() {
    let b = book();
    let good = b.dossier_records("anna");
    let at_goal = good.iter().position(|r| matches!(r, Record::Goal(_))).unwrap();
    let mut huge = good.clone();
    if let Record::Goal(g) = &mut huge[at_goal] {
        g.target = 1e308;
    }
    assert_eq!(dossier_parse(&backup::export_as(Some(DOSSIER_KIND), &huge, at())), Err(DossierError::BadRecord { index: at_goal + 1 }));
    let text = backup::export_as(Some(DOSSIER_KIND), &good, at()).replacen("\"date\": \"2026-09-09\"", "\"date\": \"26-09-09\"", 1);
    assert!(matches!(dossier_parse(&text), Err(DossierError::File(backup::BackupError::BadDate { .. }))));
    let text = backup::export_as(Some(DOSSIER_KIND), &good, at()).replacen("\"date\": \"2026-09-09\"", "\"date\": \" 2026-9-9\"", 1);
    assert_eq!(dossier_parse(&text).map(|c| c.records), Ok(good));
}
