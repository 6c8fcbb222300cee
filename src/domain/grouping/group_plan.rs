//! The groepsplan: per class, subject and period a shared goal and three instruction
//! groups (approach, materials, minutes per week, who gives the instruction), the pupils
//! placed in them (proposed from their support level and their latest measurement; the
//! teacher decides), an evaluation date that is a reminder, the evaluation per pupil
//! (stays, moves up, moves down) and the next period copied forward from it.
//!
//! "Up" means towards the group that needs less instruction (meer / verrijkingsstof),
//! "down" towards the intensive group. Must not touch: storage, visible text.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::support::{SupportPhase, SupportVocabulary};
use crate::domain::book::{Book, Change};
use crate::domain::followup::{Reminder, ReminderSource};
use crate::domain::goals::{aim_line, Direction, Domain, GoalState};
use crate::domain::records::Record;

/// Longest shared goal, in characters (a sentence or two on a one-page plan).
pub const MAX_GOAL_CHARS: usize = 300;
/// Longest approach or materials text, in characters.
pub const MAX_GROUP_TEXT_CHARS: usize = 500;
/// Most minutes per week for one group's instruction.
pub const MAX_MINUTES_PER_WEEK: u16 = 600;
/// Longer than this in the group with the most instruction (or two periods in a row) is
/// flagged: stable ability groups widen the differences (DOMAIN.md, Deunk et al. 2018).
pub const LOWEST_GROUP_DAYS: i64 = 8 * 7;
/// Plans of one subject count as one run when the next starts within this many days of
/// the last one's end (a holiday between two periods).
const RUN_GAP_DAYS: i64 = 21;

/// The default length of a new period: eight weeks (plans run 6 to 12).
pub const DEFAULT_PERIOD_DAYS: i64 = 8 * 7 - 1;

/// The names of the three groups on a plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupNaming {
    /// intensief / basis / meer.
    #[default]
    Levels,
    /// instructieafhankelijk / instructiegevoelig / instructieonafhankelijk.
    Needs,
    /// The BHV model: herhalingsstof / basisstof / verrijkingsstof.
    Bhv,
}

impl GroupNaming {
    pub const ALL: [GroupNaming; 3] = [Self::Levels, Self::Needs, Self::Bhv];

    /// The naming that goes with the school's words for support levels.
    pub fn for_vocabulary(v: SupportVocabulary) -> GroupNaming {
        match v {
            SupportVocabulary::InstructionLevels => Self::Levels,
            SupportVocabulary::InstructionNeeds => Self::Needs,
            SupportVocabulary::Zorgcontinuum => Self::Bhv,
        }
    }
}

/// One of the three instruction groups, from most instruction to least.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Intensive,
    Core,
    Enrichment,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Self::Intensive, Self::Core, Self::Enrichment];

    /// The group for a support level.
    pub fn for_phase(p: SupportPhase) -> Tier {
        match p {
            SupportPhase::Enrichment => Self::Enrichment,
            SupportPhase::Core => Self::Core,
            SupportPhase::Increased | SupportPhase::Extended | SupportPhase::Individual => Self::Intensive,
        }
    }

    /// The group with less instruction, if any.
    pub fn up(self) -> Option<Tier> {
        match self {
            Self::Intensive => Some(Self::Core),
            Self::Core => Some(Self::Enrichment),
            Self::Enrichment => None,
        }
    }

    /// The group with more instruction, if any.
    pub fn down(self) -> Option<Tier> {
        match self {
            Self::Enrichment => Some(Self::Core),
            Self::Core => Some(Self::Intensive),
            Self::Intensive => None,
        }
    }
}

/// Who gives a group its instruction (the seed's answer to a teacher's overload).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    #[default]
    Teacher,
    Assistant,
    CareTeacher,
    Volunteer,
}

impl Provider {
    pub const ALL: [Provider; 4] = [Self::Teacher, Self::Assistant, Self::CareTeacher, Self::Volunteer];
}

/// How a group spends its minutes: the grouping mirror counts shared and extended
/// instruction as convergent (the same goal for all), a separate level group as
/// divergent (DOMAIN.md, "Attention and grouping").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupForm {
    /// The instruction the whole class follows together.
    Shared,
    /// Extra instruction on the shared goal (verlengde instructie, instructietafel).
    Extended,
    /// A level group working apart on its own material.
    Apart,
}

impl GroupForm {
    pub const ALL: [GroupForm; 3] = [Self::Shared, Self::Extended, Self::Apart];

    /// What a group usually is until the teacher says otherwise: the core group's
    /// instruction is the whole class's, the intensive group gets it extended, the
    /// enrichment group works apart.
    pub fn usual_for(tier: Tier) -> GroupForm {
        match tier {
            Tier::Intensive => Self::Extended,
            Tier::Core => Self::Shared,
            Tier::Enrichment => Self::Apart,
        }
    }
}

/// One instruction group of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanGroup {
    pub tier: Tier,
    #[serde(default)]
    pub approach: String,
    #[serde(default)]
    pub materials: String,
    #[serde(default)]
    pub minutes_per_week: u16,
    #[serde(default)]
    pub given_by: Provider,
    /// How the minutes are spent; `None`: the usual form for the tier (plans made before
    /// the form was asked keep their meaning without a migration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<GroupForm>,
    /// Pupil ids, in the order they were placed.
    #[serde(default)]
    pub pupils: Vec<String>,
}

/// The evaluation of one pupil.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Stays,
    Up,
    Down,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub pupil_id: String,
    pub verdict: Verdict,
}

/// A groepsplan (stored kind `group_plan`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupPlan {
    pub id: String,
    pub class_id: String,
    pub subject: Domain,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub evaluation: NaiveDate,
    /// The shared goal for the whole class.
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub naming: GroupNaming,
    /// Always the three tiers, most instruction first.
    pub groups: Vec<PlanGroup>,
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// The plan of the period before, when this one was copied forward from it.
    #[serde(default)]
    pub follows: Option<String>,
}

/// Which text of a plan is too long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanText {
    Goal,
    Approach,
    Materials,
}

/// Why a plan could not be saved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("the class no longer exists")]
    ClassNotFound,
    #[error("the plan no longer exists")]
    PlanNotFound,
    #[error("the pupil is not in this class")]
    PupilNotInClass,
    #[error("the class has no pupils")]
    EmptyClass,
    #[error("the plan has no id")]
    MissingId,
    #[error("the period ends before it starts")]
    EndBeforeStart,
    #[error("the evaluation is before the period starts")]
    EvaluationBeforeStart,
    #[error("the evaluation date has passed")]
    EvaluationInPast,
    #[error("a text is too long")]
    TooLong { field: PlanText, max: usize },
    #[error("more minutes than a week holds for one group")]
    TooManyMinutes { max: u16 },
    #[error("a group is missing or doubled")]
    BadGroups,
}

/// What the teacher fills in for a new plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPlan {
    pub id: String,
    pub reminder_id: String,
    pub class_id: String,
    pub subject: Domain,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub evaluation: NaiveDate,
    pub goal: String,
    pub naming: GroupNaming,
    /// The evaluation reminder's title, in the teacher's language.
    pub reminder_title: String,
}

/// The changeable fields of one group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupFields {
    pub approach: String,
    pub materials: String,
    pub minutes_per_week: u16,
    pub given_by: Provider,
    pub form: GroupForm,
}

impl PlanGroup {
    /// How this group spends its minutes (the usual form for its tier until set).
    pub fn form(&self) -> GroupForm {
        self.form.unwrap_or(GroupForm::usual_for(self.tier))
    }
}

/// How a pupil's goal in the plan's subject stands (for the evaluation).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GoalProgress {
    /// No active or recent goal in this subject.
    NoGoal,
    /// A goal, but no measurement since its start.
    NotMeasured,
    /// The latest measurement is on or above the aim line (or the goal was reached).
    OnTrack,
    /// The latest measurement is below the aim line.
    Behind,
}

/// A pupil who has been in the group with the most instruction for long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LongInLowest {
    pub pupil_id: String,
    /// Days in that group so far, over the periods in a row up to this plan.
    pub days: i64,
    /// Periods in a row in that group, this one included.
    pub periods: usize,
}

/// A problem on a plan that is worth a line, but does not stop anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanWarning {
    /// A group without pupils.
    EmptyGroup(Tier),
    /// Pupils of the class placed in no group (joined later).
    Unplaced(usize),
}

fn check_text(text: &str, field: PlanText, max: usize) -> Result<String, PlanError> {
    let t = text.trim().to_string();
    if t.chars().count() > max {
        return Err(PlanError::TooLong { field, max });
    }
    Ok(t)
}

impl GroupPlan {
    /// The same limits for the forms and for every imported record.
    pub fn validated(mut self) -> Result<GroupPlan, PlanError> {
        self.id = self.id.trim().to_string();
        if self.id.is_empty() || self.class_id.trim().is_empty() {
            return Err(PlanError::MissingId);
        }
        if self.end < self.start {
            return Err(PlanError::EndBeforeStart);
        }
        if self.evaluation < self.start {
            return Err(PlanError::EvaluationBeforeStart);
        }
        self.goal = check_text(&self.goal, PlanText::Goal, MAX_GOAL_CHARS)?;
        let tiers: Vec<Tier> = self.groups.iter().map(|g| g.tier).collect();
        if tiers != Tier::ALL {
            return Err(PlanError::BadGroups);
        }
        let mut seen = std::collections::HashSet::new();
        for g in &mut self.groups {
            g.approach = check_text(&g.approach, PlanText::Approach, MAX_GROUP_TEXT_CHARS)?;
            g.materials = check_text(&g.materials, PlanText::Materials, MAX_GROUP_TEXT_CHARS)?;
            if g.minutes_per_week > MAX_MINUTES_PER_WEEK {
                return Err(PlanError::TooManyMinutes { max: MAX_MINUTES_PER_WEEK });
            }
            // A pupil stands in one group only (the first place wins).
            g.pupils.retain(|p| seen.insert(p.clone()));
        }
        Ok(self)
    }

    pub fn group(&self, tier: Tier) -> Option<&PlanGroup> {
        self.groups.iter().find(|g| g.tier == tier)
    }

    /// The group a pupil is placed in.
    pub fn tier_of(&self, pupil_id: &str) -> Option<Tier> {
        self.groups.iter().find(|g| g.pupils.iter().any(|p| p == pupil_id)).map(|g| g.tier)
    }

    pub fn verdict_of(&self, pupil_id: &str) -> Option<Verdict> {
        self.outcomes.iter().find(|o| o.pupil_id == pupil_id).map(|o| o.verdict)
    }

    fn place(&mut self, pupil_id: &str, tier: Tier) {
        for g in &mut self.groups {
            g.pupils.retain(|p| p != pupil_id);
        }
        if let Some(g) = self.groups.iter_mut().find(|g| g.tier == tier) {
            g.pupils.push(pupil_id.to_string());
        }
    }
}

impl Book {
    /// The plans of a class, the newest period first.
    pub fn group_plans_of(&self, class_id: &str) -> Vec<&GroupPlan> {
        let mut out: Vec<&GroupPlan> = self.group_plans.iter().filter(|p| p.class_id == class_id).collect();
        out.sort_by(|a, b| b.start.cmp(&a.start).then_with(|| b.id.cmp(&a.id)));
        out
    }

    pub fn group_plan(&self, id: &str) -> Option<&GroupPlan> {
        self.group_plans.iter().find(|p| p.id == id)
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

#[cfg(test)]
mod tests;
