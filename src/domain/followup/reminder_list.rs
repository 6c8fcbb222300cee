//! The one follow-up list: open reminders grouped as overdue / today / this week /
//! later, and the badge count.
//!
//! Owns grouping and list order only. Must not touch the reminders themselves (see
//! `reminders`) or texts (group names are in `crate::i18n::followup`). "This week"
//! is the rest of today's ISO week (Monday–Sunday): on a Sunday it is empty, and the
//! week may run over the year end.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

use super::reminders::Reminder;

/// The four parts of the reminder list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReminderGroup {
    Overdue,
    Today,
    /// After today up to and including Sunday of today's ISO week.
    ThisWeek,
    Later,
}

impl ReminderGroup {
    pub const ALL: [ReminderGroup; 4] = [Self::Overdue, Self::Today, Self::ThisWeek, Self::Later];

    pub fn of(due: NaiveDate, today: NaiveDate) -> Self {
        match due.cmp(&today) {
            Ordering::Less => Self::Overdue,
            Ordering::Equal => Self::Today,
            Ordering::Greater if due <= end_of_iso_week(today) => Self::ThisWeek,
            Ordering::Greater => Self::Later,
        }
    }
}

/// Sunday of the ISO week (Monday–Sunday) that holds `date`.
pub fn end_of_iso_week(date: NaiveDate) -> NaiveDate {
    let left = 6 - u64::from(date.weekday().num_days_from_monday());
    date.checked_add_days(Days::new(left))
        .unwrap_or(NaiveDate::MAX)
}

impl Reminder {
    pub fn group(&self, today: NaiveDate) -> ReminderGroup {
        ReminderGroup::of(self.due, today)
    }
}

/// The open reminders in their four groups, each sorted by date, then title: every item,
/// the tests' reference for `list_page` (the screen asks for a `ListPage`).
#[cfg(test)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grouped {
    pub overdue: Vec<Reminder>,
    pub today: Vec<Reminder>,
    pub this_week: Vec<Reminder>,
    pub later: Vec<Reminder>,
}

#[cfg(test)]
impl Grouped {
    pub fn get(&self, group: ReminderGroup) -> &[Reminder] {
        match group {
            ReminderGroup::Overdue => &self.overdue,
            ReminderGroup::Today => &self.today,
            ReminderGroup::ThisWeek => &self.this_week,
            ReminderGroup::Later => &self.later,
        }
    }
}

/// List order: date, then title ignoring case, then id so the order is stable. Compares
/// the lower-cased titles character by character, so a comparison allocates nothing.
pub fn list_order(a: &Reminder, b: &Reminder) -> Ordering {
    a.due
        .cmp(&b.due)
        .then_with(|| lower(&a.title).cmp(lower(&b.title)))
        .then_with(|| a.title.cmp(&b.title))
        .then_with(|| a.id.cmp(&b.id))
}

fn lower(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_lowercase)
}

/// Sorts in `list_order`.
pub fn sort_in_list_order<R: std::borrow::Borrow<Reminder>>(list: &mut [R]) {
    list.sort_by(|a, b| list_order(a.borrow(), b.borrow()));
}

/// One reminder as the list shows it, and whether it is stored (a sub-goal's derived
/// check-in is not, so it cannot be deleted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub reminder: Reminder,
    pub stored: bool,
}

/// One group of the list as the screen shows it: how many it holds, and its first items
/// in list order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupPage {
    pub total: usize,
    pub first: Vec<Listed>,
}

/// The reminder list as the screen shows it: per group its size and its first items.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListPage {
    groups: [GroupPage; 4],
}

impl ListPage {
    pub fn get(&self, group: ReminderGroup) -> &GroupPage {
        &self.groups[group as usize]
    }

    /// Open reminders in every group.
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.total).sum()
    }
}

/// Where a list page ends, worked out from the due dates alone: per group how many open
/// reminders it holds, how many it shows, and the latest date a shown one can have. List
/// order starts with the date, so a group's first `n` all fall due on or before its `n`-th
/// earliest date; anything later can be left out before it is built (a derived check-in
/// needs its title worded, and a school has thousands of them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageCut {
    today: NaiveDate,
    shown: [usize; 4],
    last_due: [Option<NaiveDate>; 4],
    totals: [usize; 4],
}

impl PageCut {
    /// The cut for open reminders with these due dates, showing `shown(group)` of each.
    pub fn new(dues: impl IntoIterator<Item = NaiveDate>, today: NaiveDate, shown: impl Fn(ReminderGroup) -> usize) -> Self {
        let mut dates: [Vec<NaiveDate>; 4] = Default::default();
        for due in dues {
            dates[ReminderGroup::of(due, today) as usize].push(due);
        }
        let shown = ReminderGroup::ALL.map(shown);
        let totals = ReminderGroup::ALL.map(|g| dates[g as usize].len());
        let last_due = ReminderGroup::ALL.map(|g| {
            let v = &mut dates[g as usize];
            let n = shown[g as usize].min(v.len());
            (n > 0).then(|| *v.select_nth_unstable(n - 1).1)
        });
        PageCut { today, shown, last_due, totals }
    }

    /// Whether an open reminder due on `due` can be on the page.
    pub fn may_show(&self, due: NaiveDate) -> bool {
        self.last_due[ReminderGroup::of(due, self.today) as usize].is_some_and(|last| due <= last)
    }
}

/// The list page of the open reminders that `cut` may show (each with whether it is
/// stored): the first of each group in list order, and each group's size from `cut`. A
/// partial selection per group; only the shown items are copied, so the page costs what it
/// shows.
pub fn list_page<'a>(open: impl IntoIterator<Item = (&'a Reminder, bool)>, cut: &PageCut) -> ListPage {
    let mut buckets: [Vec<(&Reminder, bool)>; 4] = Default::default();
    for (r, stored) in open {
        buckets[r.group(cut.today) as usize].push((r, stored));
    }
    let order = |a: &(&Reminder, bool), b: &(&Reminder, bool)| list_order(a.0, b.0);
    let groups = ReminderGroup::ALL.map(|g| {
        let mut b = std::mem::take(&mut buckets[g as usize]);
        let n = cut.shown[g as usize].min(b.len());
        if n > 0 && n < b.len() {
            // The n first in list order, unordered, before index n.
            b.select_nth_unstable_by(n - 1, order);
        }
        b.truncate(n);
        b.sort_by(order);
        let first = b.into_iter().map(|(r, stored)| Listed { reminder: r.clone(), stored }).collect();
        GroupPage { total: cut.totals[g as usize], first }
    });
    ListPage { groups }
}

/// Groups the open reminders; done ones are left out (the tests' reference).
#[cfg(test)]
pub fn group(reminders: &[Reminder], today: NaiveDate) -> Grouped {
    let mut out = Grouped::default();
    for r in reminders.iter().filter(|r| r.is_open()).cloned() {
        let bucket = match r.group(today) {
            ReminderGroup::Overdue => &mut out.overdue,
            ReminderGroup::Today => &mut out.today,
            ReminderGroup::ThisWeek => &mut out.this_week,
            ReminderGroup::Later => &mut out.later,
        };
        bucket.push(r);
    }
    for bucket in [&mut out.overdue, &mut out.today, &mut out.this_week, &mut out.later] {
        sort_in_list_order(bucket);
    }
    out
}

/// The badge number: open reminders that are overdue or due today (the tests' reference
/// for `Book::due_reminder_count`).
#[cfg(test)]
pub fn due_count(reminders: &[Reminder], today: NaiveDate) -> usize {
    reminders
        .iter()
        .filter(|r| r.is_open() && r.due <= today)
        .count()
}
#[cfg(test)]
mod tests {
    use super::super::reminders::ReminderSource;
    use super::*;

    use crate::domain::test_kit::d;

    fn titled(id: &str, title: &str, due: NaiveDate) -> Reminder {
        Reminder::open(id.into(), ReminderSource::Free, None, title.into(), due)
    }
    #[test]
    fn group_boundaries() {
        use ReminderGroup::*;
        let cases = [
            // (today, due, group)
            (d(2025, 3, 9), d(2025, 3, 8), Overdue), // Sunday: yesterday
            (d(2025, 3, 9), d(2025, 3, 9), Today),   // Sunday itself
            (d(2025, 3, 9), d(2025, 3, 10), Later),  // Sunday: the Monday after is next week
            (d(2025, 3, 10), d(2025, 3, 11), ThisWeek), // Monday: Tuesday
            (d(2025, 3, 10), d(2025, 3, 16), ThisWeek), // Monday: Sunday of the same week
            (d(2025, 3, 10), d(2025, 3, 17), Later),
            (d(2024, 12, 30), d(2025, 1, 5), ThisWeek), // ISO week 1 of 2025 starts in 2024
            (d(2025, 12, 31), d(2026, 1, 4), ThisWeek), // across the year end
            (d(2025, 12, 31), d(2026, 1, 5), Later),
            (d(2025, 3, 28), d(2025, 3, 30), ThisWeek), // spring DST Sunday
            (d(2025, 3, 28), d(2025, 3, 31), Later),
            (d(2025, 10, 24), d(2025, 10, 26), ThisWeek), // autumn DST Sunday
            (d(2025, 10, 26), d(2025, 10, 26), Today),
            (d(2025, 10, 27), d(2025, 10, 26), Overdue),
            (NaiveDate::MAX, NaiveDate::MAX, Today),
        ];
        for (today, due, want) in cases {
            assert_eq!(
                ReminderGroup::of(due, today),
                want,
                "today {today} due {due}"
            );
            let g = group(&[titled("x", "x", due)], today);
            assert_eq!(g.get(want).len(), 1);
        }
    }

    #[test]
    fn list_order_is_date_then_title_ignoring_case_then_case_then_id() {
        let day = d(2025, 3, 5);
        let list = [("b", "beta"), ("a", "Beta"), ("c", "alpha"), ("d", "ALPHA"), ("e", "Émile"), ("f", "emile"), ("h", "beta")];
        let mut list: Vec<Reminder> = list.iter().map(|(id, t)| titled(id, t, day)).collect();
        list.push(titled("g", "zeta", d(2025, 3, 4)));
        let mut refs: Vec<&Reminder> = list.iter().rev().collect();
        sort_in_list_order(&mut refs);
        let want = ["g", "d", "c", "a", "b", "h", "f", "e"];
        assert_eq!(refs.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), want);
        sort_in_list_order(&mut list);
        assert_eq!(list.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), want);
    }

    #[test]
    fn a_list_page_holds_each_group_s_size_and_its_first_items_in_list_order() {
        let today = d(2025, 3, 12); // a Wednesday
        let titles = ["Ouders bellen", "doel evalueren", "Meting bespreken", "ouders bellen", "Zorgoverleg"];
        // 60 open reminders from two weeks back to two weeks ahead, in no order.
        let all: Vec<Reminder> = (0..60u64)
            .map(|i| {
                let due = d(2025, 2, 26) + Days::new((i * 17) % 29);
                titled(&format!("r{:02}", (i * 7) % 60), titles[(i % 5) as usize], due)
            })
            .collect();
        let full = group(&all, today);
        for g in ReminderGroup::ALL {
            assert!(full.get(g).len() >= 2, "every group has two or more: {g:?}");
        }
        for n in [0, 1, 3, 7, 25, 100] {
            let first = |g| if g == ReminderGroup::Today { 1 } else { n };
            let stored = |r: &Reminder| r.id.as_str() < "r30";
            let cut = PageCut::new(all.iter().map(|r| r.due), today, first);
            let page = list_page(all.iter().filter(|r| cut.may_show(r.due)).map(|r| (r, stored(r))), &cut);
            let left_out = all.iter().filter(|r| !cut.may_show(r.due)).count();
            assert!(n >= 60 || left_out > 0, "a short page leaves reminders out before they are listed (first {n})");
            assert_eq!(page.total(), 60);
            for g in ReminderGroup::ALL {
                let want = first(g);
                let shown: Vec<Reminder> = page.get(g).first.iter().map(|l| l.reminder.clone()).collect();
                assert_eq!(page.get(g).total, full.get(g).len(), "{g:?}");
                assert_eq!(shown, full.get(g).iter().take(want).cloned().collect::<Vec<_>>(), "{g:?} first {n}");
                assert!(page.get(g).first.iter().all(|l| l.stored == stored(&l.reminder)));
            }
        }
    }

    #[test]
    fn group_sorts_and_skips_done() {
        let today = d(2025, 3, 10);
        let mut done = titled("z", "done", d(2025, 3, 1));
        done.done_on = Some(d(2025, 3, 2));
        let list = vec![
            titled("1", "beta", d(2025, 3, 5)),
            titled("2", "Alfa", d(2025, 3, 5)),
            titled("3", "gamma", d(2025, 3, 3)),
            titled("4", "vandaag", today),
            titled("5", "later", d(2025, 4, 1)),
            titled("6", "woensdag", d(2025, 3, 12)),
            done,
        ];
        let g = group(&list, today);
        let ids = |v: &[Reminder]| v.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&g.overdue), ["3", "2", "1"]);
        assert_eq!(ids(&g.today), ["4"]);
        assert_eq!(ids(&g.this_week), ["6"]);
        assert_eq!(ids(&g.later), ["5"]);
        assert_eq!(due_count(&list, today), 4);
        assert_eq!(due_count(&[], today), 0);
    }
}
