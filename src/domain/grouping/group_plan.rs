//! The groepsplan: per class, subject and period a shared goal and three instruction
//! groups (approach, materials, minutes per week, who gives the instruction), the pupils
//! placed in them (proposed from their support level and their latest measurement; the
//! teacher decides), an evaluation date that is a reminder, the evaluation per pupil
//! (stays, moves up, moves down) and the next period copied forward from it.
//!
//! "Up" means towards the group that needs less instruction (meer / verrijkingsstof),
//! "down" towards the intensive group. Must not touch: storage, visible text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::support::{SupportPhase, SupportVocabulary};
use crate::domain::goals::Domain;

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
pub(super) const RUN_GAP_DAYS: i64 = 21;

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

    pub(super) fn place(&mut self, pupil_id: &str, tier: Tier) {
        for g in &mut self.groups {
            g.pupils.retain(|p| p != pupil_id);
        }
        if let Some(g) = self.groups.iter_mut().find(|g| g.tier == tier) {
            g.pupils.push(pupil_id.to_string());
        }
    }
}


#[cfg(test)]
mod tests;
