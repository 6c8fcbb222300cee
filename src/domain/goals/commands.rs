//! Goal commands on the class book: add a goal, record or delete a measurement (which may
//! achieve the goal: celebrated and logged as a success), adjust, stop, delete, and edit
//! the norm table. Each returns the `Change` to persist; on error nothing changes.

use chrono::NaiveDate;
use thiserror::Error;

use crate::domain::book::{Book, Change};
use crate::domain::feedback::{Success, SuccessSource};
use crate::domain::goals::{
    assess, is_achieved, record_measurement, Adjustment, Assessment, Goal, GoalError, GoalState, Measurement, NormError, NormTable,
    ProgressError, RealismError, RealismInput, StopReason, TemplateKey, TransitionError, Unit, MAX_ACTIVE_GOALS,
};
use crate::domain::model::record_key;
use crate::domain::records::Record;
use crate::domain::settings::Settings;

#[derive(Clone, Debug, PartialEq, Error)]
pub enum GoalCommandError {
    #[error("the goal or pupil no longer exists")]
    NotFound,
    #[error("{0}")]
    Goal(GoalError),
    #[error("{0}")]
    Progress(ProgressError),
    #[error("{0}")]
    Transition(TransitionError),
    #[error("{0}")]
    Norms(NormError),
}

/// A half-finished wizard, kept per pupil so it survives closing the tab.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct WizardDraft {
    pub draft: crate::domain::goals::GoalDraft,
    /// The screen the teacher was on (0-based; the last one is the review).
    pub step: usize,
    /// The class benchmark typed for the gap-closing hint.
    pub benchmark: Option<f64>,
}

/// A measurement as the teacher typed it.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasurementInput {
    pub value: f64,
    pub date: NaiveDate,
    pub note: String,
}

/// What recording a measurement did, for the page to celebrate.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Recorded {
    /// The goal was achieved by this measurement (and a success was logged).
    pub achieved: bool,
    /// Sub-goals newly reached.
    pub sub_goals_reached: usize,
}

/// What a reached goal's success names, in the teacher's words: the goal's own words, else
/// its measure's name with the template that name may come from (shown in the screen's
/// language by `i18n`). Nothing here is worded by the app.
fn success_words(goal: &Goal) -> (String, Option<TemplateKey>) {
    let words = goal.own_words.trim();
    if words.is_empty() {
        (goal.measure.name.trim().to_string(), goal.measure.template)
    } else {
        (words.to_string(), None)
    }
}

impl Book {
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        crate::domain::records::by_id(&self.goals, id, |g| g.id.as_str())
    }

    /// The pupil's goals: active first (by target date), then the rest (newest first).
    pub fn goals_of(&self, pupil_id: &str) -> Vec<&Goal> {
        let mut v: Vec<&Goal> = self.goals.iter().filter(|g| g.pupil_id == pupil_id).collect();
        v.sort_by(|a, b| {
            b.is_active().cmp(&a.is_active()).then_with(|| {
                if a.is_active() {
                    a.target_date.cmp(&b.target_date)
                } else {
                    b.created_on.cmp(&a.created_on)
                }
            })
        });
        v
    }

    /// The pupil's active goals, the nearest target date first (what can be measured now).
    pub fn active_goals_of(&self, pupil_id: &str) -> Vec<&Goal> {
        self.goals_of(pupil_id).into_iter().filter(|g| g.is_active()).collect()
    }

    pub fn active_goal_count(&self, pupil_id: &str) -> usize {
        self.goals.iter().filter(|g| g.pupil_id == pupil_id && g.is_active()).count()
    }

    /// More than `MAX_ACTIVE_GOALS` active goals would be too many (DOMAIN.md).
    pub fn would_exceed_goal_limit(&self, pupil_id: &str) -> bool {
        self.active_goal_count(pupil_id) + 1 > MAX_ACTIVE_GOALS
    }

    /// A goal's measurements, oldest first.
    pub fn measurements_of(&self, goal_id: &str) -> Vec<Measurement> {
        let mut v: Vec<Measurement> = self.measurements.iter().filter(|m| m.goal_id == goal_id).cloned().collect();
        v.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// Earlier measurements of the same measure for this pupil (other goals with the same
    /// template, or the same measure name): the pupil's own growth history.
    /// The realism check of a wizard's draft for this pupil (their year group, their own
    /// earlier measurements of the measure, the norms in settings, the class benchmark);
    /// `None` while the measure, target or date are missing, or the baseline (a milestone
    /// starts from 0 today).
    pub fn assess_draft(&self, wd: &WizardDraft, pupil_id: &str, today: NaiveDate) -> Option<Result<(Assessment, Unit), RealismError>> {
        let d = &wd.draft;
        let measure = d.measure.as_ref()?;
        let (target, target_date) = (d.target?, d.target_date?);
        let base = match (d.baseline, measure.unit) {
            (Some(b), _) => b,
            (None, Unit::Milestone) => crate::domain::goals::Baseline { value: 0.0, date: today },
            (None, _) => return None,
        };
        let year_group = self.pupil(pupil_id).and_then(|p| p.year_group.or_else(|| self.class(&p.class_id).map(|c| c.year_group)));
        let history = self.own_history(pupil_id, measure.template, &measure.name);
        let norms = self.settings().norms;
        let input = RealismInput {
            unit: measure.unit,
            direction: measure.direction,
            baseline: base.value,
            baseline_date: base.date,
            target,
            target_date,
            today,
            year_group,
            own_history: &history,
            norms: &norms,
            class_benchmark: wd.benchmark,
        };
        Some(assess(input).map(|a| (a, measure.unit)))
    }

    pub fn own_history(&self, pupil_id: &str, template: Option<crate::domain::goals::TemplateKey>, name: &str) -> Vec<(NaiveDate, f64)> {
        let name = name.trim().to_lowercase();
        let same = |g: &&Goal| {
            g.pupil_id == pupil_id
                && match template {
                    Some(t) => g.measure.template == Some(t),
                    None => !name.is_empty() && g.measure.name.trim().to_lowercase() == name,
                }
        };
        let ids: Vec<&str> = self.goals.iter().filter(same).map(|g| g.id.as_str()).collect();
        let mut v: Vec<(NaiveDate, f64)> = self
            .measurements
            .iter()
            .filter(|m| ids.contains(&m.goal_id.as_str()))
            .map(|m| (m.date, m.value))
            .collect();
        for g in self.goals.iter().filter(same) {
            if let Some(b) = g.baseline {
                v.push((b.date, b.value));
            }
        }
        v.sort_by_key(|p| p.0);
        v.dedup();
        v
    }

    pub fn add_goal(&mut self, goal: Goal) -> Result<Change, GoalCommandError> {
        if self.pupil(&goal.pupil_id).is_none() {
            return Err(GoalCommandError::NotFound);
        }
        self.goals.push(goal.clone());
        Ok(Change::put(Record::Goal(goal)))
    }

    /// Records a measurement. Reaching the goal (the last `confirmations` measurements meet
    /// the target) marks it achieved and logs a success naming the goal (`success_words`).
    /// `ids` are for the measurement and, should the goal be reached, the success.
    pub fn record(
        &mut self,
        goal_id: &str,
        ids: (String, String),
        input: MeasurementInput,
        today: NaiveDate,
    ) -> Result<(Change, Recorded), GoalCommandError> {
        let MeasurementInput { value, date, note } = input;
        let goal = self.goal(goal_id).cloned().ok_or(GoalCommandError::NotFound)?;
        if !goal.is_active() {
            return Err(GoalCommandError::Transition(match goal.state {
                GoalState::Stopped { .. } => TransitionError::AlreadyStopped,
                _ => TransitionError::AlreadyAchieved,
            }));
        }
        let m = record_measurement(&goal, ids.0, value, date, note, today)
            .map_err(GoalCommandError::Progress)?;
        let mut all = self.measurements_of(goal_id);
        all.push(m.clone());
        let mut updated = goal.clone();
        let reached = updated.mark_sub_goals(&all);
        let mut change = Change::put(Record::Measurement(m.clone()));
        let mut out = Recorded { achieved: false, sub_goals_reached: reached };
        if is_achieved(&updated, &all) && updated.achieve(date.max(updated.created_on)).is_ok() {
            out.achieved = true;
            let (text, template) = success_words(&goal);
            let success = Success {
                id: ids.1,
                pupil_id: goal.pupil_id.clone(),
                date,
                text,
                goal_id: Some(goal.id.clone()),
                source: SuccessSource::GoalAchieved,
                template,
            };
            self.successes.push(success.clone());
            change.puts.push(Record::Success(success));
        }
        if updated != goal {
            change.puts.push(Record::Goal(updated.clone()));
            if let Some(g) = self.goals.iter_mut().find(|g| g.id == goal_id) {
                *g = updated;
            }
        }
        self.measurements.push(m);
        Ok((change, out))
    }

    /// Deletes a measurement.
    pub fn delete_measurement(&self, id: &str) -> Result<Change, GoalCommandError> {
        self.measurements.iter().find(|m| m.id == id).ok_or(GoalCommandError::NotFound)?;
        Ok(Change::delete(record_key("measurement", id)))
    }

    fn update_goal(
        &mut self,
        goal_id: &str,
        f: impl FnOnce(&mut Goal) -> Result<(), TransitionError>,
    ) -> Result<Change, GoalCommandError> {
        let mut goal = self.goal(goal_id).cloned().ok_or(GoalCommandError::NotFound)?;
        f(&mut goal).map_err(GoalCommandError::Transition)?;
        let change = Change::put(Record::Goal(goal));
        self.apply(&change);
        Ok(change)
    }

    pub fn adjust_goal(&mut self, goal_id: &str, adj: Adjustment, today: NaiveDate) -> Result<Change, GoalCommandError> {
        self.update_goal(goal_id, |g| g.adjust(adj, today))
    }

    pub fn mark_approach_change(&mut self, goal_id: &str, on: NaiveDate, label: &str, today: NaiveDate) -> Result<Change, GoalCommandError> {
        self.update_goal(goal_id, |g| g.mark_approach_change(on, label, today))
    }

    /// Removes an approach change.
    pub fn unmark_approach_change(&self, goal_id: &str, index: usize) -> Result<Change, GoalCommandError> {
        let mut goal = self.goal(goal_id).cloned().ok_or(GoalCommandError::NotFound)?;
        goal.unmark_approach_change(index).map_err(GoalCommandError::Transition)?;
        Ok(Change::put(Record::Goal(goal)))
    }

    pub fn stop_goal(&mut self, goal_id: &str, reason: StopReason, today: NaiveDate) -> Result<Change, GoalCommandError> {
        self.update_goal(goal_id, |g| g.stop(reason, today))
    }

    /// Deletes a goal with its measurements.
    pub fn delete_goal(&self, goal_id: &str) -> Result<Change, GoalCommandError> {
        self.goal(goal_id).ok_or(GoalCommandError::NotFound)?;
        let mut del = Change::default();
        del.deletes.extend(self.measurements_of(goal_id).iter().map(|m| record_key("measurement", &m.id)));
        del.deletes.push(record_key("goal", goal_id));
        Ok(del)
    }

    /// Replaces the norm table after validating it.
    pub fn set_norms(&mut self, norms: NormTable) -> Result<Change, GoalCommandError> {
        norms.validate().map_err(GoalCommandError::Norms)?;
        Ok(self.put_settings(Settings { norms, ..self.settings() }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::book::PupilFields;
    use crate::domain::model::{SchoolSystem, YearGroup};

    use crate::domain::test_kit::d;

    fn mi(value: f64, date: NaiveDate) -> MeasurementInput {
        MeasurementInput { value, date, note: String::new() }
    }

    fn setup() -> Book {
        let mut b = Book::default();
        b.add_class("c".into(), "Groep 5", "", YearGroup { system: SchoolSystem::Nl, n: 5 }, d(2026, 9, 1)).unwrap();
        b.add_pupil("p".into(), "c", &PupilFields { name: "Anna".into(), ..Default::default() }, d(2026, 9, 1)).unwrap();
        b
    }

    fn goal(confirmations: u8) -> Goal {
        Goal {
            conditions: "AVI E4".into(),
            confirmations,
            pupil_actions: vec!["elke dag 10 minuten lezen".into()],
            own_words: "Ik kan 50 woorden per minuut lezen".into(),
            ..crate::domain::goals::test_kit::goal("g", "p")
        }
    }

    #[test]
    fn active_goals_leave_out_finished_ones_and_other_pupils() {
        let mut b = setup();
        b.add_pupil("q".into(), "c", &PupilFields { name: "Bram".into(), ..Default::default() }, d(2026, 9, 1)).unwrap();
        let later = Goal { id: "later".into(), target_date: d(2026, 12, 18), ..goal(1) };
        let sooner = Goal { id: "sooner".into(), target_date: d(2026, 11, 2), ..goal(1) };
        let stopped = Goal { id: "stopped".into(), state: GoalState::Stopped { reason: StopReason::NoLongerRelevant, date: d(2026, 10, 2) }, ..goal(1) };
        let other = Goal { id: "other".into(), pupil_id: "q".into(), ..goal(1) };
        for g in [later, stopped, sooner, other] {
            b.add_goal(g).unwrap();
        }
        let ids: Vec<&str> = b.active_goals_of("p").iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["sooner", "later"]);
        assert!(b.active_goals_of("nobody").is_empty());
    }

    #[test]
    fn a_goal_needs_an_existing_pupil() {
        let mut b = setup();
        let mut g = goal(2);
        g.pupil_id = "nobody".into();
        assert_eq!(b.add_goal(g), Err(GoalCommandError::NotFound));
        assert!(b.goals.is_empty());
    }

    #[test]
    fn reaching_the_target_twice_achieves_and_logs_a_success() {
        let mut b = setup();
        b.add_goal(goal(2)).unwrap();
        let today = d(2026, 11, 20);
        let (_, r) = b.record("g", ("m1".into(), "s1".into()), mi(45.0, d(2026, 10, 20)), today).unwrap();
        assert!(!r.achieved);
        let (_, r) = b.record("g", ("m2".into(), "s2".into()), mi(51.0, d(2026, 11, 1)), today).unwrap();
        assert!(!r.achieved, "one measurement at the target is not yet two");
        let (change, r) = b.record("g", ("m3".into(), "s3".into()), mi(52.0, d(2026, 11, 10)), today).unwrap();
        assert!(r.achieved);
        assert!(matches!(b.goal("g").unwrap().state, GoalState::Achieved { .. }));
        assert_eq!(b.successes.len(), 1);
        // What was reached, in the teacher's words: the screens add "Doel gehaald".
        assert_eq!((b.successes[0].text.as_str(), b.successes[0].template), ("Ik kan 50 woorden per minuut lezen", None));
        assert_eq!(b.successes[0].source, SuccessSource::GoalAchieved);
        assert_eq!(change.puts.len(), 3, "measurement, success and goal");
        // An achieved goal takes no more measurements.
        let err = b.record("g", ("m4".into(), "s4".into()), mi(53.0, d(2026, 11, 12)), today).unwrap_err();
        assert_eq!(err, GoalCommandError::Transition(TransitionError::AlreadyAchieved));
    }

    #[test]
    fn bad_measurements_change_nothing() {
        let mut b = setup();
        b.add_goal(goal(1)).unwrap();
        let err = b.record("g", ("m".into(), "s".into()), mi(-3.0, d(2026, 10, 20)), d(2026, 11, 1)).unwrap_err();
        assert!(matches!(err, GoalCommandError::Progress(_)));
        let err = b.record("g", ("m".into(), "s".into()), mi(42.0, d(2026, 12, 20)), d(2026, 11, 1)).unwrap_err();
        assert_eq!(err, GoalCommandError::Progress(ProgressError::MeasurementInFuture));
        assert!(b.measurements.is_empty());
    }

    #[test]
    fn a_goal_without_own_words_names_its_measure_and_template() {
        let mut g = goal(3);
        g.own_words = " ".into();
        g.measure.template = Some(crate::domain::goals::TemplateKey::OralReadingFluency);
        assert_eq!(success_words(&g), (g.measure.name.trim().to_string(), g.measure.template));
        g.own_words = " Ik lees vlot ".into();
        assert_eq!(success_words(&g), ("Ik lees vlot".to_string(), None));
    }

    #[test]
    fn delete_goal_takes_its_measurements_and_undo_brings_them_back() {
        let mut b = setup();
        b.add_goal(goal(3)).unwrap();
        b.record("g", ("m1".into(), "s".into()), mi(44.0, d(2026, 10, 20)), d(2026, 11, 1)).unwrap();
        let before = b.clone();
        let (del, undo) = b.run_undoable(|b| b.delete_goal("g")).unwrap();
        assert_eq!(del.deletes, vec!["measurement:m1".to_string(), "goal:g".to_string()]);
        assert!(b.goals.is_empty() && b.measurements.is_empty());
        b.apply(&undo);
        assert_eq!(b.goals, before.goals);
        assert_eq!(b.measurements, before.measurements);
    }

    #[test]
    fn own_history_collects_earlier_goals_of_the_same_measure() {
        let mut b = setup();
        let mut old = goal(1);
        old.id = "old".into();
        old.state = GoalState::Achieved { date: d(2026, 10, 30) };
        b.add_goal(old).unwrap();
        b.measurements.push(Measurement { id: "x".into(), goal_id: "old".into(), value: 44.0, date: d(2026, 10, 15), note: String::new() });
        let h = b.own_history("p", None, " dmt ");
        assert_eq!(h, vec![(d(2026, 10, 1), 40.0), (d(2026, 10, 15), 44.0)]);
        assert!(b.own_history("p", None, "other").is_empty());
    }

    #[test]
    fn the_goal_limit_warns_from_the_fourth_active_goal() {
        let mut b = setup();
        for i in 0..3 {
            assert!(!b.would_exceed_goal_limit("p"));
            let mut g = goal(1);
            g.id = format!("g{i}");
            b.add_goal(g).unwrap();
        }
        assert!(b.would_exceed_goal_limit("p"));
    }

    #[test]
    fn invalid_norms_are_refused() {
        let mut b = setup();
        let mut n = NormTable::default();
        assert!(n.set_row(3, 1.0, 0.5).is_err());
        n.rows[0].ambitious = 0.1;
        assert!(matches!(b.set_norms(n), Err(GoalCommandError::Norms(_))));
        assert!(b.settings.is_empty());
        let mut ok = NormTable::default();
        ok.set_row(3, 1.2, 1.6).unwrap();
        b.set_norms(ok.clone()).unwrap();
        assert_eq!(b.settings().norms, ok);
    }

    #[test]
    fn a_drafts_realism_is_checked_once_target_and_date_are_there() {
        use crate::domain::goals::{Baseline, GoalDraft};
        let b = setup();
        let measure = crate::domain::goals::test_kit::goal("x", "noor").measure;
        let mut wd = WizardDraft { draft: GoalDraft { measure: Some(measure.clone()), ..Default::default() }, ..Default::default() };
        assert_eq!(b.assess_draft(&wd, "noor", d(2026, 10, 1)), None, "no target yet");
        wd.draft.target = Some(45.0);
        wd.draft.target_date = Some(d(2026, 12, 18));
        if measure.unit != Unit::Milestone {
            assert_eq!(b.assess_draft(&wd, "noor", d(2026, 10, 1)), None, "no baseline yet");
        }
        wd.draft.baseline = Some(Baseline { value: 40.0, date: d(2026, 10, 1) });
        let (a, unit) = b.assess_draft(&wd, "noor", d(2026, 10, 1)).expect("assessed").expect("valid");
        assert_eq!(unit, measure.unit);
        assert!((a.needed_weekly_growth - 5.0 / a.weeks).abs() < 1e-9, "from baseline 40 to target 45: {a:?}");
        assert!((a.weeks - 78.0 / 7.0).abs() < 1e-9, "1 October to 18 December: {a:?}");
        wd.draft.target_date = Some(d(2026, 9, 1));
        assert!(b.assess_draft(&wd, "noor", d(2026, 10, 1)).is_some_and(|r| r.is_err()), "a date in the past is an error");
    }
}
