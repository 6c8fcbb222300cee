//! The learning log: one timeline per pupil of goals, measurements, feedback, reflections,
//! attention moments and successes — filtered, newest first, one page at a time.
//!
//! Owns: [`LogEntry`] with its typed [`LogSummary`], [`LogKind`], [`LogFilter`],
//! [`timeline`], [`kind_counts`].
//! Must not touch: the records behind the entries (the app turns each goal, measurement,
//! note… into a [`LogEntry`] with the few facts shown), storage, text (see
//! `crate::i18n::pupilmode`).

use std::cmp::Ordering;
use crate::domain::feedback::SuccessSource;
use crate::domain::goals::TemplateKey;
use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::followup::MomentKind;
use crate::domain::goals::Unit;
use crate::domain::pupilmode::reflection::Mood;

/// What an entry is. The declared order is the tie-break order within one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LogKind {
    Goal,
    Measurement,
    Feedback,
    Reflection,
    Attention,
    Success,
}

impl LogKind {
    pub const ALL: [LogKind; 6] =
        [LogKind::Goal, LogKind::Measurement, LogKind::Feedback, LogKind::Reflection, LogKind::Attention, LogKind::Success];
}

/// What happened to a goal, as a learning-log row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GoalEvent {
    Created,
    Achieved,
    Stopped,
}

/// What a timeline row tells, as the facts of its record (the app words them, see
/// `crate::i18n::pupilmode::log_text`). The goal a goal or measurement row is about is the
/// entry's `goal_id`. Notes, answers and successes are trimmed, empty answers left out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LogSummary {
    /// A goal was set, achieved or stopped.
    Goal { event: GoalEvent },
    /// A measured value in the goal's unit, with the teacher's note (may be empty).
    Measurement { value: f64, unit: Unit, note: String },
    /// A feedback note's tops, tips and next step, as the teacher typed them.
    Feedback { tops: Vec<String>, tips: Vec<String>, next_step: String },
    /// The face of a reflection and the pupil's answers that are not empty, in question order.
    Reflection { mood: Mood, answers: Vec<String> },
    /// An attention moment: its kind, its minutes and the teacher's note (may be empty).
    Attention { kind: MomentKind, minutes: u32, note: String },
    /// A success in the teacher's words; a reached goal's is worded by the app
    /// (`crate::i18n::feedback::success_line`).
    Success { text: String, source: SuccessSource, template: Option<TemplateKey> },
}

/// One row of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub date: NaiveDate,
    pub kind: LogKind,
    #[serde(default)]
    pub goal_id: Option<String>,
    /// Id of the record behind the row, to open it.
    pub ref_id: String,
    pub summary: LogSummary,
}

/// Which rows to show. An empty `kinds` set means every kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogFilter {
    #[serde(default)]
    pub kinds: BTreeSet<LogKind>,
    /// Only rows linked to this goal.
    #[serde(default)]
    pub goal_id: Option<String>,
}

impl LogFilter {
    pub fn matches(&self, e: &LogEntry) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&e.kind))
            && self.goal_id.as_ref().is_none_or(|g| e.goal_id.as_ref() == Some(g))
    }
}

/// One page of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub entries: Vec<LogEntry>,
    /// Rows matching the filter, on all pages.
    pub total: usize,
    pub has_more: bool,
    pub page: usize,
}

/// Why a timeline page could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum LogError {
    #[error("a page must hold at least one entry")]
    PageSizeZero,
}

/// Page `page` (from 0) of the rows matching `filter`: newest date first; within a day by
/// kind (in [`LogKind`] order), then by `ref_id`, then by input order, so the order is the
/// same on every call and paging never repeats or skips a row.
///
/// Cost: one pass to filter, a linear-time selection of the first `(page + 1) × page_size`
/// rows and a sort of only those — O(n + k log k), fine for a pupil with thousands of rows
/// on a tablet. A page past the end is empty, not an error.
pub fn timeline(entries: Vec<LogEntry>, filter: &LogFilter, page: usize, page_size: usize) -> Result<Page, LogError> {
    if page_size == 0 {
        return Err(LogError::PageSizeZero);
    }
    let mut rows: Vec<(usize, LogEntry)> = entries.into_iter().enumerate().filter(|(_, e)| filter.matches(e)).collect();
    let total = rows.len();
    let start = page.saturating_mul(page_size);
    if start >= total {
        return Ok(Page { entries: Vec::new(), total, has_more: false, page });
    }
    let end = start.saturating_add(page_size).min(total);
    if end < total {
        // Puts the `end` first rows (in timeline order) before the rest, unsorted.
        rows.select_nth_unstable_by(end, newest_first);
        rows.truncate(end);
    }
    rows.sort_unstable_by(newest_first);
    let entries = rows.into_iter().skip(start).map(|(_, e)| e).collect();
    Ok(Page { entries, total, has_more: end < total, page })
}

/// The timeline order; total, thanks to the input index as the last key.
fn newest_first(a: &(usize, LogEntry), b: &(usize, LogEntry)) -> Ordering {
    #[cfg(test)]
    tests::COMPARISONS.with(|c| c.set(c.get() + 1));
    b.1.date
        .cmp(&a.1.date)
        .then(a.1.kind.cmp(&b.1.kind))
        .then_with(|| a.1.ref_id.cmp(&b.1.ref_id))
        .then(a.0.cmp(&b.0))
}

/// Rows per kind, for the counts on the filter buttons; limited to one goal when given.
pub fn kind_counts(entries: &[LogEntry], goal_id: Option<&str>) -> BTreeMap<LogKind, usize> {
    let mut counts = BTreeMap::new();
    for e in entries.iter().filter(|e| goal_id.is_none_or(|g| e.goal_id.as_deref() == Some(g))) {
        *counts.entry(e.kind).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests;
