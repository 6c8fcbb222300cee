//! The follow-up count where the teacher looks first: the header link with a badge
//! (overdue plus today) and a line on the class overview. The header link also runs
//! the once-a-day system notification while the app is open.

use leptos::prelude::*;

use crate::domain::scope::Scope;

use crate::components::followup::notify::notify_if_due;
use crate::i18n::followup::{due_summary, FollowK};
use crate::state::{today, use_app, Status};

/// Re-reads "today" every minute, so the count follows midnight in an open app.
fn minute_tick() -> RwSignal<u32> {
    let tick = RwSignal::new(0u32);
    let handle = set_interval_with_handle(move || tick.update(|n| *n = n.wrapping_add(1)), std::time::Duration::from_secs(60));
    if let Ok(h) = handle {
        on_cleanup(move || h.clear());
    }
    tick
}

/// What the due count depends on: reminders, the goals' sub-goal check-ins, and which
/// pupils are still in class.
pub const DUE_KINDS: &[&str] = &["reminder", "goal", "pupil"];

/// The header link to the reminder list, with the due count as a badge.
#[component]
pub fn RemindersNavLink() -> impl IntoView {
    let st = use_app();
    let tick = minute_tick();
    let count = Memo::new(move |_| {
        tick.track();
        if !st.need(Scope::Followup) {
            return 0;
        }
        st.book.with_kinds(DUE_KINDS, |b| b.due_reminder_count(today()))
    });
    Effect::new(move |_| {
        count.track();
        if st.status.get() == Status::Ready {
            notify_if_due(st);
        }
    });
    view! {
        <a href="/reminders" class="nav-link" data-testid="nav-reminders">
            {move || st.t(FollowK::NavReminders)}
            <Show when=move || { count.get() > 0 }>
                <span class="nav-badge" aria-hidden="true" data-testid="nav-badge">{move || count.get()}</span>
                <span class="visually-hidden">{move || format!(", {} {}", count.get(), st.t(FollowK::DueBadgeHelp))}</span>
            </Show>
        </a>
    }
}

/// The due count on the class overview, with a way to the list.
#[component]
pub fn DueSummary() -> impl IntoView {
    let st = use_app();
    let count = Memo::new(move |_| {
        if !st.need(Scope::Followup) {
            return 0;
        }
        st.book.with_kinds(DUE_KINDS, |b| b.due_reminder_count(today()))
    });
    view! {
        <div class="notice due-summary" class:due-summary-active=move || { count.get() > 0 }
            data-testid="home-due" data-count=move || count.get().to_string()>
            <p>{move || due_summary(st.lang.get(), count.get())}</p>
            <a class="btn btn-secondary" href="/reminders">{move || st.t(FollowK::GoToReminders)}</a>
        </div>
    }
}
