//! Grouping's commands and queries on the book: support levels per subject (`support`),
//! group plans with placement, evaluation and copy-forward (`group_plan`), cooperative
//! groups and tutor pairs (`coop`). Each validates, changes nothing on error and returns
//! the `Change`; the types and rules they use live in those three files.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};

use super::coop::*;
use super::group_plan::*;
use super::support::*;
use crate::domain::book::{Book, Change};
use crate::domain::followup::{Reminder, ReminderSource};
use crate::domain::goals::{aim_line, Direction, Domain, GoalState};
use crate::domain::records::Record;

// coop
impl Book {
    /// The class's roles and pairs (the common roles and no pairs until changed).
    pub fn coop_setup(&self, class_id: &str) -> CoopSetup {
        self.coop_setups.iter().find(|s| s.class_id == class_id).cloned().unwrap_or_else(|| CoopSetup {
            id: setup_id(class_id),
            class_id: class_id.to_string(),
            roles: common_roles(),
            not_together: Vec::new(),
        })
    }

    /// The lessons of a class, the newest first.
    pub fn coop_lessons_of(&self, class_id: &str) -> Vec<&CoopLesson> {
        let mut out: Vec<&CoopLesson> = self.coop_lessons.iter().filter(|l| l.class_id == class_id).collect();
        out.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
        out
    }

    /// How often each pupil of the class had each role.
    pub fn roles_had(&self, class_id: &str) -> HashMap<(String, Role), u32> {
        let mut had = HashMap::new();
        for l in self.coop_lessons.iter().filter(|l| l.class_id == class_id) {
            for seat in l.groups.iter().flatten() {
                if let Some(r) = &seat.role {
                    *had.entry((seat.pupil_id.clone(), r.clone())).or_insert(0) += 1;
                }
            }
        }
        had
    }

    /// Per pupil of the class (in class order), the roles of the setup not had yet.
    pub fn roles_not_had(&self, class_id: &str) -> Vec<(String, Vec<Role>)> {
        let had = self.roles_had(class_id);
        let roles = self.coop_setup(class_id).roles;
        self.pupils_of(class_id, false)
            .iter()
            .map(|p| (p.id.clone(), roles.iter().filter(|r| !had.contains_key(&(p.id.clone(), (*r).clone()))).cloned().collect()))
            .collect()
    }

    /// The lessons and setups that name this pupil, with the pupil taken out (for
    /// deleting a pupil).
    pub(crate) fn coop_without(&self, pupil_id: &str) -> Vec<Record> {
        let mut out = Vec::new();
        for l in &self.coop_lessons {
            if l.groups.iter().flatten().any(|s| s.pupil_id == pupil_id) || l.unhonoured.iter().flatten().any(|p| p == pupil_id) {
                let mut l = l.clone();
                for g in &mut l.groups {
                    g.retain(|s| s.pupil_id != pupil_id);
                }
                l.groups.retain(|g| !g.is_empty());
                l.unhonoured.retain(|pair| !pair.contains(&pupil_id.to_string()));
                out.push(Record::CoopLesson(l));
            }
        }
        for s in &self.coop_setups {
            if s.not_together.iter().flatten().any(|p| p == pupil_id) {
                let mut s = s.clone();
                s.not_together.retain(|pair| !pair.contains(&pupil_id.to_string()));
                out.push(Record::CoopSetup(s));
            }
        }
        out
    }

    fn store_setup(&self, setup: CoopSetup) -> Result<Change, CoopError> {
        Ok(Change::put(Record::CoopSetup(setup.validated()?)))
    }

    pub fn add_not_together(&self, class_id: &str, a: &str, b: &str) -> Result<Change, CoopError> {
        self.class(class_id).ok_or(CoopError::ClassNotFound)?;
        if a == b {
            return Err(CoopError::PairWithSelf);
        }
        for p in [a, b] {
            if self.pupil(p).is_none_or(|p| p.class_id != class_id) {
                return Err(CoopError::PupilNotInClass);
            }
        }
        let mut setup = self.coop_setup(class_id);
        if together(&setup.not_together, a, b) {
            return Err(CoopError::PairExists);
        }
        setup.not_together.push([a.to_string(), b.to_string()]);
        self.store_setup(setup)
    }

    pub fn remove_not_together(&self, class_id: &str, index: usize) -> Result<Change, CoopError> {
        let mut setup = self.coop_setup(class_id);
        if index >= setup.not_together.len() {
            // Removed already (a double tap, another tab): nothing to do.
            return Ok(Change::default());
        }
        setup.not_together.remove(index);
        self.store_setup(setup)
    }

    pub fn add_role(&self, class_id: &str, name: &str) -> Result<Change, CoopError> {
        self.class(class_id).ok_or(CoopError::ClassNotFound)?;
        let mut setup = self.coop_setup(class_id);
        let role = validate_role(Role::Own(name.to_string()))?;
        if setup.roles.contains(&role) {
            return Err(CoopError::RoleExists);
        }
        if setup.roles.len() >= MAX_ROLES {
            return Err(CoopError::TooManyRoles);
        }
        setup.roles.push(role);
        self.store_setup(setup)
    }

    pub fn remove_role(&self, class_id: &str, role: &Role) -> Result<Change, CoopError> {
        let mut setup = self.coop_setup(class_id);
        setup.roles.retain(|r| r != role);
        self.store_setup(setup)
    }

    /// A pupil's level for mixing groups or ranking pairs: in a subject the group a
    /// groepsplan would propose (support level, one lower when the latest measurement is
    /// behind its aim line), otherwise the general support level.
    fn lesson_level(&self, pupil_id: &str, subject: Option<Domain>, today: NaiveDate) -> Tier {
        match subject {
            Some(s) => self.proposed_tier(pupil_id, s, today),
            None => Tier::for_phase(self.support_in(pupil_id, None).unwrap_or(super::SupportPhase::Core)),
        }
    }

    /// Makes and stores today's lesson: mixed groups with rotating roles, or tutor pairs.
    pub fn make_coop_lesson(&self, new: NewLesson, today: NaiveDate, seed: u64) -> Result<Change, CoopError> {
        let class_id = new.class_id.as_str();
        self.class(class_id).ok_or(CoopError::ClassNotFound)?;
        if new.kind == LessonKind::Groups && !(MIN_SIZE..=MAX_SIZE).contains(&new.size) {
            return Err(CoopError::SizeOutOfRange);
        }
        if !(1..=MAX_LESSON_MINUTES).contains(&new.minutes) {
            return Err(CoopError::MinutesOutOfRange { max: MAX_LESSON_MINUTES });
        }
        let pupils: Vec<(String, Tier)> =
            self.pupils_of(class_id, false).iter().map(|p| (p.id.clone(), self.lesson_level(&p.id, new.subject, today))).collect();
        if pupils.len() < 2 {
            return Err(CoopError::TooFewPupils);
        }
        let setup = self.coop_setup(class_id);
        let (groups, unhonoured): (Vec<Vec<Seat>>, Vec<[String; 2]>) = match new.kind {
            LessonKind::Groups => {
                let (groups, unhonoured) = make_groups(&pupils, new.size, &setup.not_together, seed);
                let had = self.roles_had(class_id);
                let groups = groups
                    .into_iter()
                    .map(|g| {
                        let members: Vec<String> = g.into_iter().map(|(p, _)| p).collect();
                        let roles = assign_roles(&members, &setup.roles, &had);
                        let mut seats: Vec<Seat> = members.into_iter().zip(roles).map(|(pupil_id, role)| Seat { pupil_id, role }).collect();
                        // In the order of the roles (who chairs first), members without a role last.
                        seats.sort_by_key(|s| s.role.as_ref().and_then(|r| setup.roles.iter().position(|x| x == r)).unwrap_or(usize::MAX));
                        seats
                    })
                    .collect();
                (groups, unhonoured)
            }
            LessonKind::TutorPairs => {
                let (pairs, unhonoured) = make_tutor_pairs(&pupils, &setup.not_together, seed);
                let pairs = pairs
                    .into_iter()
                    .map(|g| {
                        g.into_iter()
                            .enumerate()
                            .map(|(i, (pupil_id, _))| Seat { pupil_id, role: Some(if i == 0 { Role::Tutor } else { Role::Tutee }) })
                            .collect()
                    })
                    .collect();
                (pairs, unhonoured)
            }
        };
        self.store_lesson(new, today, groups, unhonoured)
    }

    fn store_lesson(&self, new: NewLesson, today: NaiveDate, groups: Vec<Vec<Seat>>, unhonoured: Vec<[String; 2]>) -> Result<Change, CoopError> {
        let lesson = CoopLesson {
            id: new.id,
            class_id: new.class_id,
            date: today,
            subject: new.subject,
            kind: new.kind,
            minutes: new.minutes,
            groups,
            unhonoured,
        };
        Ok(Change::put(Record::CoopLesson(lesson.validated()?)))
    }

    pub fn delete_coop_lesson(&self, id: &str) -> Result<Change, CoopError> {
        let l = self.coop_lessons.iter().find(|l| l.id == id).cloned().ok_or(CoopError::LessonNotFound)?;
        Ok(Change::delete(Record::CoopLesson(l).key()))
    }
}

// group_plan
impl Book {
    /// The plans of a class, the newest period first.
    pub fn group_plans_of(&self, class_id: &str) -> Vec<&GroupPlan> {
        let mut out: Vec<&GroupPlan> = self.group_plans.iter().filter(|p| p.class_id == class_id).collect();
        out.sort_by(|a, b| b.start.cmp(&a.start).then_with(|| b.id.cmp(&a.id)));
        out
    }

    pub fn group_plan(&self, id: &str) -> Option<&GroupPlan> {
        crate::domain::records::by_id(&self.group_plans, id, |p| p.id.as_str())
    }

    /// How the pupil's goal in this subject stands on `day`: the newest active goal (or
    /// one reached), its latest measurement against the aim line.
    pub fn goal_progress(&self, pupil_id: &str, subject: Domain, day: NaiveDate) -> GoalProgress {
        let goal = self
            .goals
            .iter()
            .filter(|g| g.pupil_id == pupil_id && g.domain == subject && !matches!(g.state, GoalState::Stopped { .. }))
            .max_by(|a, b| a.created_on.cmp(&b.created_on).then_with(|| a.id.cmp(&b.id)));
        let Some(goal) = goal else { return GoalProgress::NoGoal };
        if matches!(goal.state, GoalState::Achieved { .. }) {
            return GoalProgress::OnTrack;
        }
        let latest = self
            .measurements
            .iter()
            .filter(|m| m.goal_id == goal.id && m.date <= day)
            .max_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        let Some(m) = latest else { return GoalProgress::NotMeasured };
        let Ok(aim) = aim_line(goal, m.date) else { return GoalProgress::NotMeasured };
        let behind = match goal.measure.direction {
            Direction::Increasing => m.value < aim,
            Direction::Decreasing => m.value > aim,
        };
        if behind { GoalProgress::Behind } else { GoalProgress::OnTrack }
    }

    /// The group proposed for a pupil: from the support level in the subject, one group
    /// more instruction when the latest measurement of the subject's goal is behind.
    pub fn proposed_tier(&self, pupil_id: &str, subject: Domain, day: NaiveDate) -> Tier {
        let tier = Tier::for_phase(self.support_in(pupil_id, Some(subject)).unwrap_or(SupportPhase::Core));
        match self.goal_progress(pupil_id, subject, day) {
            GoalProgress::Behind => tier.down().unwrap_or(tier),
            _ => tier,
        }
    }

    /// The pupils of this plan's intensive group who have been there for more than eight
    /// weeks or two periods in a row (counted up to `today` within this plan's period).
    pub fn long_in_lowest_group(&self, plan_id: &str, today: NaiveDate) -> Vec<LongInLowest> {
        let Some(plan) = self.group_plan(plan_id) else { return Vec::new() };
        let mut chain: Vec<&GroupPlan> = self
            .group_plans
            .iter()
            .filter(|p| p.class_id == plan.class_id && p.subject == plan.subject && p.start <= plan.start)
            .collect();
        chain.sort_by(|a, b| b.start.cmp(&a.start).then_with(|| b.id.cmp(&a.id)));
        let Some(from) = chain.iter().position(|p| p.id == plan.id) else { return Vec::new() };
        let chain = &chain[from..];
        let lowest = plan.group(Tier::Intensive).map(|g| g.pupils.clone()).unwrap_or_default();
        let mut out = Vec::new();
        for pupil in lowest {
            let (mut days, mut periods) = (0, 0);
            let mut next_start: Option<NaiveDate> = None;
            for p in chain {
                if p.tier_of(&pupil) != Some(Tier::Intensive) {
                    break;
                }
                if next_start.is_some_and(|s| (s - p.end).num_days() > RUN_GAP_DAYS) {
                    break;
                }
                let last = p.end.min(today);
                days += ((last - p.start).num_days() + 1).max(0);
                periods += 1;
                next_start = Some(p.start);
            }
            if days > LOWEST_GROUP_DAYS || periods >= 2 {
                out.push(LongInLowest { pupil_id: pupil, days, periods });
            }
        }
        out
    }

    /// Lines worth showing on a plan: empty groups, pupils of the class not placed.
    pub fn group_plan_warnings(&self, plan: &GroupPlan) -> Vec<PlanWarning> {
        let mut out: Vec<PlanWarning> = Vec::new();
        let active: Vec<&str> = self.pupils_of(&plan.class_id, false).iter().map(|p| p.id.as_str()).collect();
        for g in &plan.groups {
            if !g.pupils.iter().any(|p| active.contains(&p.as_str())) {
                out.push(PlanWarning::EmptyGroup(g.tier));
            }
        }
        let unplaced = active.iter().filter(|p| plan.tier_of(p).is_none()).count();
        if unplaced > 0 {
            out.push(PlanWarning::Unplaced(unplaced));
        }
        out
    }

    /// The plans that place this pupil, with the pupil taken out (for deleting a pupil).
    pub(crate) fn group_plans_without(&self, pupil_id: &str) -> Vec<Record> {
        self.group_plans
            .iter()
            .filter(|p| p.tier_of(pupil_id).is_some() || p.verdict_of(pupil_id).is_some())
            .map(|p| {
                let mut p = p.clone();
                for g in &mut p.groups {
                    g.pupils.retain(|x| x != pupil_id);
                }
                p.outcomes.retain(|o| o.pupil_id != pupil_id);
                Record::GroupPlan(p)
            })
            .collect()
    }

    fn store_plan(&self, plan: GroupPlan, extra: Vec<Record>) -> Result<Change, PlanError> {
        let plan = plan.validated()?;
        let mut change = Change { puts: vec![Record::GroupPlan(plan)], deletes: vec![] };
        change.puts.extend(extra);
        Ok(change)
    }

    fn plan_to_edit(&self, id: &str) -> Result<GroupPlan, PlanError> {
        self.group_plan(id).cloned().ok_or(PlanError::PlanNotFound)
    }

    /// The evaluation reminders of a plan (the open one, and done ones).
    fn plan_reminders<'a>(&'a self, plan_id: &'a str) -> impl Iterator<Item = &'a Reminder> + 'a {
        self.reminders.iter().filter(move |r| matches!(&r.source, ReminderSource::GroupPlan { plan_id: p, .. } if p == plan_id))
    }

    /// Everything of a class's grouping: its plans with their reminders, its cooperative
    /// setup and lessons (deleted with the class).
    pub(crate) fn grouping_of_class(&self, class_id: &str) -> Vec<Record> {
        let mut out = Vec::new();
        for plan in self.group_plans.iter().filter(|p| p.class_id == class_id) {
            out.push(Record::GroupPlan(plan.clone()));
            out.extend(self.plan_reminders(&plan.id).cloned().map(Record::Reminder));
        }
        out.extend(self.coop_setups.iter().filter(|s| s.class_id == class_id).cloned().map(Record::CoopSetup));
        out.extend(self.coop_lessons.iter().filter(|l| l.class_id == class_id).cloned().map(Record::CoopLesson));
        out
    }

    /// The open evaluation reminder of a plan, moved to a new date.
    fn moved_reminder(&self, plan_id: &str, due: NaiveDate) -> Option<Record> {
        self.plan_reminders(plan_id)
            .find(|r| r.done_on.is_none())
            .filter(|r| r.due != due)
            .map(|r| Record::Reminder(Reminder { due, snoozed_from: None, ..r.clone() }))
    }

    fn evaluation_reminder(id: &str, plan: &GroupPlan, title: &str) -> Record {
        let title: String = title.trim().chars().take(crate::domain::followup::reminders::MAX_TITLE_CHARS).collect();
        let source = ReminderSource::GroupPlan { plan_id: plan.id.clone(), class_id: plan.class_id.clone() };
        Record::Reminder(Reminder::open(id.to_string(), source, None, title, plan.evaluation))
    }

    /// A new plan with every pupil of the class placed as proposed, and its evaluation in
    /// the reminder list.
    pub fn new_group_plan(&self, new: NewPlan, today: NaiveDate) -> Result<Change, PlanError> {
        self.class(&new.class_id).ok_or(PlanError::ClassNotFound)?;
        let pupils: Vec<String> = self.pupils_of(&new.class_id, false).iter().map(|p| p.id.clone()).collect();
        if pupils.is_empty() {
            return Err(PlanError::EmptyClass);
        }
        if new.id.trim().is_empty() || new.reminder_id.trim().is_empty() {
            return Err(PlanError::MissingId);
        }
        // The period itself first: an end before the start is the mistake to name.
        if new.end < new.start {
            return Err(PlanError::EndBeforeStart);
        }
        if new.evaluation >= new.start && new.evaluation < today {
            return Err(PlanError::EvaluationInPast);
        }
        let mut plan = GroupPlan {
            id: new.id.trim().to_string(),
            class_id: new.class_id.clone(),
            subject: new.subject,
            start: new.start,
            end: new.end,
            evaluation: new.evaluation,
            goal: new.goal,
            naming: new.naming,
            groups: Tier::ALL
                .map(|tier| PlanGroup { tier, approach: String::new(), materials: String::new(), minutes_per_week: 0, given_by: Provider::Teacher, form: None, pupils: vec![] })
                .to_vec(),
            outcomes: vec![],
            follows: None,
        };
        for p in &pupils {
            let tier = self.proposed_tier(p, new.subject, today);
            plan.place(p, tier);
        }
        let reminder = Self::evaluation_reminder(&new.reminder_id, &plan, &new.reminder_title);
        self.store_plan(plan, vec![reminder])
    }

    /// Puts a pupil in a group (out of any other): one tap.
    pub fn place_pupil(&self, plan_id: &str, pupil_id: &str, tier: Tier) -> Result<Change, PlanError> {
        let mut plan = self.plan_to_edit(plan_id)?;
        if self.pupil(pupil_id).is_none_or(|p| p.class_id != plan.class_id) {
            return Err(PlanError::PupilNotInClass);
        }
        if plan.tier_of(pupil_id) == Some(tier) {
            return Ok(Change::default());
        }
        plan.place(pupil_id, tier);
        self.store_plan(plan, vec![])
    }

    /// Changes one group's approach, materials, minutes and who gives it.
    pub fn edit_plan_group(&self, plan_id: &str, tier: Tier, fields: GroupFields) -> Result<Change, PlanError> {
        let mut plan = self.plan_to_edit(plan_id)?;
        let g = plan.groups.iter_mut().find(|g| g.tier == tier).ok_or(PlanError::BadGroups)?;
        g.approach = fields.approach;
        g.materials = fields.materials;
        g.minutes_per_week = fields.minutes_per_week;
        g.given_by = fields.given_by;
        // The usual form stays unset, so the stored plan only changes with the teacher's choice.
        g.form = (fields.form != GroupForm::usual_for(tier) || g.form.is_some()).then_some(fields.form);
        let plan = plan.validated()?;
        if self.group_plan(plan_id) == Some(&plan) {
            return Ok(Change::default());
        }
        self.store_plan(plan, vec![])
    }

    /// Changes the shared goal and the period; the evaluation reminder moves along. A
    /// new evaluation date must not lie in the past.
    pub fn edit_group_plan(
        &self,
        plan_id: &str,
        goal: String,
        start: NaiveDate,
        end: NaiveDate,
        evaluation: NaiveDate,
        today: NaiveDate,
    ) -> Result<Change, PlanError> {
        let mut plan = self.plan_to_edit(plan_id)?;
        if evaluation != plan.evaluation && evaluation < today {
            return Err(PlanError::EvaluationInPast);
        }
        let before = plan.clone();
        plan.goal = goal;
        plan.start = start;
        plan.end = end;
        plan.evaluation = evaluation;
        let plan = plan.validated()?;
        if plan == before {
            return Ok(Change::default());
        }
        let moved = self.moved_reminder(plan_id, evaluation).into_iter().collect();
        self.store_plan(plan, moved)
    }

    /// The evaluation of one pupil; `None` clears it.
    pub fn set_verdict(&self, plan_id: &str, pupil_id: &str, verdict: Option<Verdict>) -> Result<Change, PlanError> {
        let mut plan = self.plan_to_edit(plan_id)?;
        if plan.tier_of(pupil_id).is_none() {
            return Err(PlanError::PupilNotInClass);
        }
        if plan.verdict_of(pupil_id) == verdict {
            return Ok(Change::default());
        }
        plan.outcomes.retain(|o| o.pupil_id != pupil_id);
        if let Some(verdict) = verdict {
            plan.outcomes.push(Outcome { pupil_id: pupil_id.to_string(), verdict });
        }
        self.store_plan(plan, vec![])
    }

    /// The next period's plan, from this one's evaluation: the same goal and groups, each
    /// pupil moved as evaluated (no verdict: stays), pupils who joined the class since
    /// placed as proposed, pupils who left dropped. The new period starts the day after
    /// this one ends and lasts as long; its evaluation is its last day.
    pub fn copy_forward(
        &self,
        plan_id: &str,
        new_id: &str,
        reminder_id: &str,
        reminder_title: &str,
        today: NaiveDate,
    ) -> Result<Change, PlanError> {
        let old = self.plan_to_edit(plan_id)?;
        let active: Vec<String> = self.pupils_of(&old.class_id, false).iter().map(|p| p.id.clone()).collect();
        let start = old.end + Duration::days(1);
        let end = start + (old.end - old.start);
        let evaluation = end.max(today);
        let mut plan = GroupPlan {
            id: new_id.trim().to_string(),
            start,
            end,
            evaluation,
            outcomes: vec![],
            follows: Some(old.id.clone()),
            groups: old.groups.iter().map(|g| PlanGroup { pupils: vec![], ..g.clone() }).collect(),
            ..old.clone()
        };
        for p in &active {
            let tier = match old.tier_of(p) {
                Some(t) => match old.verdict_of(p) {
                    Some(Verdict::Up) => t.up().unwrap_or(t),
                    Some(Verdict::Down) => t.down().unwrap_or(t),
                    _ => t,
                },
                None => self.proposed_tier(p, old.subject, today),
            };
            plan.place(p, tier);
        }
        if plan.id.is_empty() || reminder_id.trim().is_empty() {
            return Err(PlanError::MissingId);
        }
        let reminder = Self::evaluation_reminder(reminder_id, &plan, reminder_title);
        self.store_plan(plan, vec![reminder])
    }

    /// Deletes a plan and its open evaluation reminder.
    pub fn delete_group_plan(&self, plan_id: &str) -> Result<Change, PlanError> {
        let plan = self.plan_to_edit(plan_id)?;
        let mut deletes = vec![Record::GroupPlan(plan).key()];
        deletes.extend(self.plan_reminders(plan_id).map(|r| Record::Reminder(r.clone()).key()));
        Ok(Change { puts: vec![], deletes })
    }
}

// support
impl Book {
    /// The support records of one pupil and subject, newest first.
    pub fn support_history(&self, pupil_id: &str, subject: Option<Domain>) -> Vec<&Support> {
        let mut out: Vec<&Support> =
            self.supports.iter().filter(|s| s.pupil_id == pupil_id && s.subject == subject).collect();
        out.sort_by(|a, b| b.from.cmp(&a.from).then_with(|| b.id.cmp(&a.id)));
        out
    }

    /// The general level first, then every subject with a level of its own (in the order
    /// of the subjects), each with its history. `None` when the pupil does not exist.
    pub fn support_overview(&self, pupil_id: &str) -> Option<Vec<SupportNow>> {
        let pupil = self.pupil(pupil_id)?;
        let mut subjects: Vec<Option<Domain>> = self
            .supports
            .iter()
            .filter(|s| s.pupil_id == pupil_id && s.subject.is_some())
            .map(|s| s.subject)
            .collect();
        subjects.sort_by_key(|s| subject_rank(*s));
        subjects.dedup();
        let mut rows = Vec::with_capacity(subjects.len() + 1);
        for subject in std::iter::once(None).chain(subjects) {
            let history = self.support_history(pupil_id, subject);
            rows.push(match history.split_first() {
                Some((now, earlier)) => SupportNow {
                    subject,
                    phase: now.phase,
                    measures: now.measures.clone(),
                    since: Some(now.from),
                    earlier: earlier.iter().map(|s| (*s).clone()).collect(),
                },
                None => SupportNow {
                    subject,
                    phase: SupportPhase::from_attention(pupil.support_level),
                    measures: Vec::new(),
                    since: None,
                    earlier: Vec::new(),
                },
            });
        }
        Some(rows)
    }

    /// The level a pupil gets in a subject: its own, else the general one (`None`: the
    /// general one), else the old single level.
    pub fn support_in(&self, pupil_id: &str, subject: Option<Domain>) -> Option<SupportPhase> {
        let own = subject.and_then(|s| self.support_history(pupil_id, Some(s)).first().map(|x| x.phase));
        own.or_else(|| self.support_history(pupil_id, None).first().map(|x| x.phase))
            .or_else(|| self.pupil(pupil_id).map(|p| SupportPhase::from_attention(p.support_level)))
    }

    /// Sets a pupil's level for a subject (or in general) from `today`: a new record, or
    /// the one already made today replaced. An empty change when nothing differs from
    /// the current level.
    pub fn set_support(
        &self,
        new_id: String,
        pupil_id: &str,
        subject: Option<Domain>,
        phase: SupportPhase,
        measures: Vec<SupportMeasure>,
        today: NaiveDate,
    ) -> Result<Change, SupportError> {
        let pupil = self.pupil(pupil_id).ok_or(SupportError::PupilNotFound)?.clone();
        let latest = self.support_history(pupil_id, subject).first().map(|s| (*s).clone());
        let candidate = Support { id: new_id, pupil_id: pupil_id.to_string(), subject, phase, measures, from: today }
            .validated()?;
        let current = latest.as_ref().map(|s| (s.phase, s.measures.clone())).or_else(|| {
            // A subject without its own level follows the general one: choosing that same
            // level still gives the subject a level of its own.
            subject.is_none().then(|| (SupportPhase::from_attention(pupil.support_level), Vec::new()))
        });
        if current == Some((candidate.phase, candidate.measures.clone())) {
            return Ok(Change::default());
        }
        let mut change = Change::default();
        let record = match &latest {
            Some(l) if l.from == today => Support { id: l.id.clone(), ..candidate },
            _ => candidate,
        };
        if subject.is_none() {
            if latest.is_none() && pupil.created_on < today {
                // Keep the old single level as the start of the history.
                change.puts.push(Record::Support(Support {
                    id: format!("{}-start", record.id),
                    pupil_id: pupil.id.clone(),
                    subject: None,
                    phase: SupportPhase::from_attention(pupil.support_level),
                    measures: Vec::new(),
                    from: pupil.created_on,
                }));
            }
            let level = record.phase.attention_level();
            if pupil.support_level != level {
                change.puts.push(Record::Pupil(crate::domain::model::Pupil { support_level: level, ..pupil }));
            }
        }
        change.puts.push(Record::Support(record));
        Ok(change)
    }

    /// The school's words for support levels (every level keeps its phase; only the
    /// names change).
    pub fn set_support_vocabulary(&self, vocabulary: SupportVocabulary) -> Change {
        let mut s = self.settings();
        if s.support_vocabulary == vocabulary {
            return Change::default();
        }
        s.support_vocabulary = vocabulary;
        Change::put(Record::Settings(s))
    }

    /// Takes away a subject's own level (all its records): the subject follows the
    /// general level again.
    pub fn remove_subject_support(&self, pupil_id: &str, subject: Domain) -> Result<Change, SupportError> {
        self.pupil(pupil_id).ok_or(SupportError::PupilNotFound)?;
        let keys: Vec<String> =
            self.support_history(pupil_id, Some(subject)).iter().map(|s| Record::Support((*s).clone()).key()).collect();
        if keys.is_empty() {
            return Err(SupportError::NothingToRemove);
        }
        Ok(Change { puts: Vec::new(), deletes: keys })
    }
}
