//! Cooperative groups: heterogeneous groups of 2 to 5 for one lesson, with rotating roles.
//!
//! The generator mixes levels (pupils dealt from the most to the least instruction in a
//! snake order over the groups), never leaves a group of only pupils of the intensive
//! group while another group can give one of its others, honours the teacher's "not
//! together" pairs as far as they can be (and says which could not), and gives each
//! member the role they had least often so far, so that over the lessons every pupil gets
//! every role. Tutor pairs are a kind of lesson too: a stronger pupil with a weaker one in a
//! subject (the class ranked by level and folded in half, so the gap is real but not the
//! largest), with the same "not together" pairs honoured.
//! Pure and deterministic: the caller passes a seed.
//! Must not touch: storage, the browser, visible text.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::group_plan::Tier;
use crate::domain::goals::Domain;

pub const MIN_SIZE: u8 = 2;
pub const MAX_SIZE: u8 = 5;
pub const MAX_ROLES: usize = 6;
pub const MAX_ROLE_CHARS: usize = 40;
/// The length of a lesson the form proposes, in minutes (lessons stored before the length
/// was asked count as this long).
pub const DEFAULT_LESSON_MINUTES: u16 = 30;
/// The longest lesson, in minutes (a morning).
pub const MAX_LESSON_MINUTES: u16 = 240;

/// A role in a cooperative group: the four common ones, or the teacher's own.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Chair,
    Reporter,
    Materials,
    Timekeeper,
    /// The stronger pupil of a tutor pair (given by the pairing, never a setup role).
    Tutor,
    /// The pupil a tutor helps.
    Tutee,
    Own(String),
}

impl Role {
    pub const COMMON: [Role; 4] = [Role::Chair, Role::Reporter, Role::Materials, Role::Timekeeper];
}

/// What a lesson's groups are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LessonKind {
    /// Mixed groups of 2 to 5 with rotating roles.
    #[default]
    Groups,
    /// Tutor pairs: a stronger and a weaker pupil (one trio in an odd class).
    TutorPairs,
}

fn default_lesson_minutes() -> u16 {
    DEFAULT_LESSON_MINUTES
}

/// A class's roles and "not together" pairs (stored kind `coop_setup`, id `coop-<class>`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoopSetup {
    pub id: String,
    pub class_id: String,
    #[serde(default = "common_roles")]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub not_together: Vec<[String; 2]>,
}

pub(super) fn common_roles() -> Vec<Role> {
    Role::COMMON.to_vec()
}

/// One seat in a group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seat {
    pub pupil_id: String,
    #[serde(default)]
    pub role: Option<Role>,
}

/// The groups of one lesson (stored kind `coop_lesson`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoopLesson {
    pub id: String,
    pub class_id: String,
    pub date: NaiveDate,
    /// The subject whose support levels mixed the groups (`None`: the general level).
    #[serde(default)]
    pub subject: Option<Domain>,
    #[serde(default)]
    pub kind: LessonKind,
    /// How long the lesson lasts (the grouping mirror counts it as mixed-group time).
    #[serde(default = "default_lesson_minutes")]
    pub minutes: u16,
    pub groups: Vec<Vec<Seat>>,
    /// "Not together" pairs that could not be honoured in this lesson.
    #[serde(default)]
    pub unhonoured: Vec<[String; 2]>,
}

/// What the teacher asks for: today's groups or tutor pairs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewLesson {
    pub id: String,
    pub class_id: String,
    pub kind: LessonKind,
    /// The subject whose levels mix the groups or rank the pairs (`None`: the general level).
    pub subject: Option<Domain>,
    /// The wished group size (ignored for tutor pairs).
    pub size: u8,
    pub minutes: u16,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CoopError {
    #[error("the class no longer exists")]
    ClassNotFound,
    #[error("fewer than two pupils")]
    TooFewPupils,
    #[error("group size out of range")]
    SizeOutOfRange,
    #[error("a pupil cannot be paired with themselves")]
    PairWithSelf,
    #[error("the pupil is not in this class")]
    PupilNotInClass,
    #[error("the pair is there already")]
    PairExists,
    #[error("a role name is empty or too long")]
    BadRole,
    #[error("too many roles")]
    TooManyRoles,
    #[error("the role is there already")]
    RoleExists,
    #[error("the lesson no longer exists")]
    LessonNotFound,
    #[error("a lesson lasts 1 to {max} minutes")]
    MinutesOutOfRange { max: u16 },
    #[error("a stored lesson is not well formed")]
    BadLesson,
}

/// A small deterministic generator (xorshift64*): the domain stays free of `rand` and a
/// seed gives the same groups on every device.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

/// The sizes of the groups for `n` pupils and a wished size: as many groups of that size
/// as fit, the rest spread so that sizes differ by one at most and no group is smaller
/// than two (pairs of an odd class get one trio).
pub fn group_sizes(n: usize, size: u8) -> Vec<usize> {
    let s = usize::from(size.clamp(MIN_SIZE, MAX_SIZE));
    if n < 2 {
        return Vec::new();
    }
    let mut k = n.div_ceil(s);
    if n / k < 2 {
        k = (n / s).max(1);
    }
    let (base, extra) = (n / k, n % k);
    (0..k).map(|i| base + usize::from(i < extra)).collect()
}

pub(super) fn together(pairs: &[[String; 2]], a: &str, b: &str) -> bool {
    pairs.iter().any(|[x, y]| (x == a && y == b) || (x == b && y == a))
}

fn conflicts_in(pairs: &[[String; 2]], group: &[(String, Tier)], who: &str, except: Option<&str>) -> bool {
    group.iter().any(|(p, _)| p != who && Some(p.as_str()) != except && together(pairs, p, who))
}

/// What `make_groups` and `make_tutor_pairs` return: the groups (each pupil with their
/// level) and the "not together" pairs that could not be kept apart.
pub type Made = (Vec<Vec<(String, Tier)>>, Vec<[String; 2]>);

/// Makes the groups: `pupils` with their level, the wished size, the pairs to keep apart.
/// Returns the groups (pupil and level) and the pairs that could not be kept apart.
pub fn make_groups(
    pupils: &[(String, Tier)],
    size: u8,
    not_together: &[[String; 2]],
    seed: u64,
) -> Made {
    let mut rng = Rng::new(seed);
    let sizes = group_sizes(pupils.len(), size);
    let k = sizes.len();
    if k == 0 {
        return (Vec::new(), Vec::new());
    }
    // Most instruction first, shuffled within a level, dealt in a snake over the groups
    // that still have room.
    let mut order: Vec<(String, Tier)> = pupils.to_vec();
    rng.shuffle(&mut order);
    order.sort_by_key(|(_, t)| *t);
    let mut groups: Vec<Vec<(String, Tier)>> = vec![Vec::new(); k];
    let mut snake: Vec<usize> = Vec::new();
    while snake.len() < order.len() {
        let round = snake.len() / k;
        let mut idx: Vec<usize> = (0..k).collect();
        if round % 2 == 1 {
            idx.reverse();
        }
        snake.extend(idx);
    }
    let mut it = snake.into_iter();
    for p in order {
        let g = it.by_ref().find(|g| groups[*g].len() < sizes[*g]).unwrap_or(0);
        groups[g].push(p);
    }
    let low = |g: &Vec<(String, Tier)>| g.len() > 1 && g.iter().all(|(_, t)| *t == Tier::Intensive);
    // No group of only intensive pupils while another group can give one of its others.
    for gi in 0..k {
        if !low(&groups[gi]) {
            continue;
        }
        'find: for hi in 0..k {
            let others = groups[hi].iter().filter(|(_, t)| *t != Tier::Intensive).count();
            // A donor keeps at least one pupil who is not in the intensive group.
            if hi == gi || others < 2 {
                continue;
            }
            for hj in 0..groups[hi].len() {
                if groups[hi][hj].1 == Tier::Intensive {
                    continue;
                }
                let (a, b) = (groups[gi][0].clone(), groups[hi][hj].clone());
                if conflicts_in(not_together, &groups[gi], &b.0, Some(&a.0)) || conflicts_in(not_together, &groups[hi], &a.0, Some(&b.0)) {
                    continue;
                }
                groups[gi][0] = b;
                groups[hi][hj] = a;
                break 'find;
            }
        }
    }
    // Keep the pairs apart: swap one of them with someone of another group, the same
    // level first, without making a new conflict or a group of only intensive pupils.
    let mut unhonoured = Vec::new();
    for [a, b] in not_together {
        let Some(gi) = groups.iter().position(|g| g.iter().any(|(p, _)| p == a) && g.iter().any(|(p, _)| p == b)) else {
            continue;
        };
        let bi = groups[gi].iter().position(|(p, _)| p == b).unwrap_or(0);
        let moving = groups[gi][bi].clone();
        let mut best: Option<(usize, usize, bool)> = None;
        for hi in (0..k).filter(|h| *h != gi) {
            for hj in 0..groups[hi].len() {
                let other = &groups[hi][hj];
                if conflicts_in(not_together, &groups[gi], &other.0, Some(&moving.0)) || conflicts_in(not_together, &groups[hi], &moving.0, Some(&other.0)) {
                    continue;
                }
                let mut g2 = groups[gi].clone();
                g2[bi] = other.clone();
                let mut h2 = groups[hi].clone();
                h2[hj] = moving.clone();
                if low(&g2) || low(&h2) {
                    continue;
                }
                let same = other.1 == moving.1;
                if best.is_none_or(|(_, _, s)| same && !s) {
                    best = Some((hi, hj, same));
                }
            }
        }
        match best {
            Some((hi, hj, _)) => {
                let other = groups[hi][hj].clone();
                groups[gi][bi] = other;
                groups[hi][hj] = moving;
            }
            None => unhonoured.push([a.clone(), b.clone()]),
        }
    }
    (groups, unhonoured)
}

/// The "not together" pair of `a` and `b` as the teacher entered it.
fn pair_of(pairs: &[[String; 2]], a: &str, b: &str) -> [String; 2] {
    pairs.iter().find(|[x, y]| (x == a && y == b) || (x == b && y == a)).cloned().unwrap_or([a.to_string(), b.to_string()])
}

/// Makes tutor pairs: the class ranked from the least instruction to the most (shuffled
/// within a level) and folded in half, so the strongest tutor has the strongest tutee and
/// every tutor is ahead of their tutee. In an odd class the last tutee joins the first
/// pair. A "not together" pair is kept apart by swapping tutees with the nearest pair.
/// Returns the pairs (tutor first) and the pairs that could not be kept apart.
pub fn make_tutor_pairs(
    pupils: &[(String, Tier)],
    not_together: &[[String; 2]],
    seed: u64,
) -> Made {
    let n = pupils.len();
    if n < 2 {
        return (Vec::new(), Vec::new());
    }
    let mut rng = Rng::new(seed);
    let mut order: Vec<(String, Tier)> = pupils.to_vec();
    rng.shuffle(&mut order);
    order.sort_by_key(|m| std::cmp::Reverse(m.1));
    let h = n / 2;
    let tutors: Vec<(String, Tier)> = order[..h].to_vec();
    let mut tutees: Vec<(String, Tier)> = order[h..].to_vec();
    let extra = (n % 2 == 1).then(|| tutees.pop()).flatten();
    let apart = |a: &str, b: &str| together(not_together, a, b);
    let mut unhonoured = Vec::new();
    for i in 0..h {
        if !apart(&tutors[i].0, &tutees[i].0) {
            continue;
        }
        let mut others: Vec<usize> = (0..h).filter(|j| *j != i).collect();
        others.sort_by_key(|j| j.abs_diff(i));
        match others.into_iter().find(|&j| !apart(&tutors[i].0, &tutees[j].0) && !apart(&tutors[j].0, &tutees[i].0)) {
            Some(j) => tutees.swap(i, j),
            None => unhonoured.push(pair_of(not_together, &tutors[i].0, &tutees[i].0)),
        }
    }
    let mut groups: Vec<Vec<(String, Tier)>> = tutors.into_iter().zip(tutees).map(|(t, e)| vec![t, e]).collect();
    if let Some(x) = extra {
        let free = |g: &Vec<(String, Tier)>| !g.iter().any(|(p, _)| apart(p, &x.0));
        let g = groups.iter().position(free).unwrap_or(0);
        if let Some((p, _)) = groups[g].iter().find(|(p, _)| apart(p, &x.0)) {
            unhonoured.push(pair_of(not_together, p, &x.0));
        }
        groups[g].push(x);
    }
    (groups, unhonoured)
}

/// Gives each member of a group a role: the assignment where members get the roles they
/// had least often (the teacher's order of roles breaks ties). With more members than
/// roles, some have none this time; with fewer, some roles stay empty.
pub fn assign_roles(members: &[String], roles: &[Role], had: &HashMap<(String, Role), u32>) -> Vec<Option<Role>> {
    // A stored setup is not checked on reading: never search over more roles than the form
    // allows (the search grows with their number).
    let roles = &roles[..roles.len().min(MAX_ROLES)];
    let count = |m: &str, r: &Role| had.get(&(m.to_string(), r.clone())).copied().unwrap_or(0);
    let n = members.len();
    let slots = roles.len().min(n);
    let mut best: (u64, Vec<Option<usize>>) = (u64::MAX, vec![None; n]);
    // Every way to give `slots` distinct roles to distinct members (n, roles <= 6: small).
    fn walk(
        i: usize,
        used: &mut Vec<bool>,
        cur: &mut Vec<Option<usize>>,
        left: usize,
        cost: &dyn Fn(usize, usize) -> u64,
        best: &mut (u64, Vec<Option<usize>>),
    ) {
        if i == cur.len() {
            if left == 0 {
                let total: u64 = cur.iter().enumerate().filter_map(|(m, r)| r.map(|r| cost(m, r))).sum();
                if total < best.0 {
                    *best = (total, cur.clone());
                }
            }
            return;
        }
        if cur.len() - i > left {
            cur[i] = None;
            walk(i + 1, used, cur, left, cost, best);
        }
        if left > 0 {
            for r in 0..used.len() {
                if !used[r] {
                    used[r] = true;
                    cur[i] = Some(r);
                    walk(i + 1, used, cur, left - 1, cost, best);
                    used[r] = false;
                    cur[i] = None;
                }
            }
        }
    }
    // A role never had weighs most; then how often; then the role's place (ties).
    let cost = |m: usize, r: usize| -> u64 {
        let c = u64::from(count(&members[m], &roles[r]));
        c * c * 100 + c * 10 + r as u64
    };
    walk(0, &mut vec![false; roles.len()], &mut vec![None; n], slots, &cost, &mut best);
    best.1.into_iter().map(|r| r.map(|r| roles[r].clone())).collect()
}

pub(super) fn validate_role(r: Role) -> Result<Role, CoopError> {
    match r {
        Role::Own(name) => {
            let name = name.trim().to_string();
            if name.is_empty() || name.chars().count() > MAX_ROLE_CHARS {
                return Err(CoopError::BadRole);
            }
            Ok(Role::Own(name))
        }
        r => Ok(r),
    }
}

impl CoopSetup {
    /// The limits of the form, for stored and imported setups too.
    pub fn validated(mut self) -> Result<CoopSetup, CoopError> {
        if self.roles.len() > MAX_ROLES {
            return Err(CoopError::TooManyRoles);
        }
        // Tutor and tutee come with the pairs; they are not roles to rotate.
        if self.roles.iter().any(|r| matches!(r, Role::Tutor | Role::Tutee)) {
            return Err(CoopError::BadRole);
        }
        self.roles = self.roles.into_iter().map(validate_role).collect::<Result<_, _>>()?;
        if self.not_together.iter().any(|[a, b]| a == b) {
            return Err(CoopError::PairWithSelf);
        }
        Ok(self)
    }
}

impl CoopLesson {
    /// The limits of the form, for imported lessons too: a length of 1 to 240 minutes,
    /// no empty group, each pupil seated once, role names within the limits.
    pub fn validated(mut self) -> Result<CoopLesson, CoopError> {
        if !(1..=MAX_LESSON_MINUTES).contains(&self.minutes) {
            return Err(CoopError::MinutesOutOfRange { max: MAX_LESSON_MINUTES });
        }
        let mut seen = std::collections::HashSet::new();
        for g in &mut self.groups {
            if g.is_empty() || g.iter().any(|s| !seen.insert(s.pupil_id.clone())) {
                return Err(CoopError::BadLesson);
            }
            for seat in g.iter_mut() {
                seat.role = seat.role.take().map(validate_role).transpose()?;
            }
        }
        Ok(self)
    }
}

pub fn setup_id(class_id: &str) -> String {
    format!("coop-{class_id}")
}


#[cfg(test)]
mod tests;
