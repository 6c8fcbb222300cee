//! The one follow-up list (/reminders): open reminders grouped as overdue, today, this
//! week and later; a form for a new reminder; the calendar export and notifications.


use leptos::prelude::*;

use crate::components::followup::nav::DUE_KINDS;
use crate::components::record_frame::loading_view;
use crate::domain::scope::Scope;
use crate::i18n::K;

use crate::components::followup::notify::NotificationsToggle;
use crate::components::followup::reminder_form::ReminderForm;
use crate::components::after_paint::AfterPaint;
use crate::components::util::{offer_file, utc_now};
use crate::i18n::followup::group_label;
use crate::domain::followup::{to_ics, Reminder, ReminderGroup, Repeat};
use chrono::NaiveDate;
use crate::i18n::followup::{self as fi, FollowK};
use crate::i18n::Text;
use crate::components::followup::reminder_item::ReminderItem;
use crate::state::{today, use_app};

/// Everything an item shows: a change rebuilds the item (and closes its panel).
type ItemKey = (String, NaiveDate, Repeat, Option<NaiveDate>, Option<u16>, String);

fn item_key(r: &Reminder) -> ItemKey {
    (r.id.clone(), r.due, r.repeat, r.snoozed_from, r.minutes, r.title.clone())
}

fn group_key(g: ReminderGroup) -> &'static str {
    match g {
        ReminderGroup::Overdue => "overdue",
        ReminderGroup::Today => "today",
        ReminderGroup::ThisWeek => "this-week",
        ReminderGroup::Later => "later",
    }
}

/// How many items a group shows before "show more", and how many more each tap adds:
/// about two tablet screens. Every group pages, overdue and today too, so the list costs
/// what it shows, not how much is stored (a school's overdue list can hold hundreds).
const PAGE: usize = 10;

#[component]
pub fn RemindersPage() -> impl IntoView {
    let st = use_app();
    view! {
        <Show when=move || st.need(Scope::Followup) fallback=loading_view>
            <RemindersList/>
        </Show>
    }
}

#[component]
fn RemindersList() -> impl IntoView {
    let st = use_app();
    // How many items each group shows; "show more" adds a page.
    let shown = ReminderGroup::ALL.map(|_| RwSignal::new(PAGE));
    let page = Memo::new(move |_| {
        let lang = st.lang.get();
        let shown = shown.map(|s| s.get());
        st.book.with_kinds(DUE_KINDS, |b| b.open_reminders_page(lang, today(), |g| shown[g as usize]))
    });
    let open_count = move || page.with(|p| p.total());
    let due = move || page.with(|p| p.get(ReminderGroup::Overdue).total + p.get(ReminderGroup::Today).total);

    // One section per group, each a keyed list: an item is rebuilt only when it changes,
    // so a panel opened on one reminder never shows up on another after a change.
    let group_view = move |k: ReminderGroup| {
        let heading_id = format!("group-title-{}", group_key(k));
        let labelled_by = heading_id.clone();
        let shown = shown[k as usize];
        let total = move || page.with(|p| p.get(k).total);
        let more = move || total().saturating_sub(shown.get());
        view! {
            <Show when=move || { total() > 0 }>
                <section class="reminder-group card" aria-labelledby=labelled_by.clone() data-testid=format!("group-{}", group_key(k))>
                    <h2 id=heading_id.clone()>
                        {move || group_label(k, st.lang.get())}" "
                        <span class="group-count">{move || format!("({})", total())}</span>
                    </h2>
                    <ul class="reminder-list" role="list">
                        <For each=move || page.with(|p| p.get(k).first.clone()) key=|l| item_key(&l.reminder) let:l>
                            <ReminderItem stored=l.stored r=l.reminder group=k/>
                        </For>
                    </ul>
                    <Show when=move || { more() > 0 }>
                        <button type="button" class="btn btn-secondary" data-testid=format!("more-{}", group_key(k))
                            on:click=move |_| shown.update(|n| *n += PAGE)>
                            {move || format!("{} ({})", st.t(K::ShowMore), more())}
                        </button>
                    </Show>
                </section>
            </Show>
        }
    };
    // Overdue and today are drawn at once; this week and later, below them on the screen,
    // once that first screen is painted: the list opens with what the teacher came for.
    let groups = view! {
        {group_view(ReminderGroup::Overdue)}
        {group_view(ReminderGroup::Today)}
        <AfterPaint>
            {group_view(ReminderGroup::ThisWeek)}
            {group_view(ReminderGroup::Later)}
        </AfterPaint>
    };

    let export = move |_| {
        let lang = st.lang.get_untracked();
        let privacy = st.privacy.get_untracked();
        let text = st.book.with_untracked(|b| {
            let list: Vec<_> = b
                .reminder_list(lang)
                .into_iter()
                .map(|mut r| {
                    let name = r.pupil_id.as_deref().and_then(|p| b.pupil(p)).map(|p| p.display_name(privacy));
                    r.title = fi::ics_title(&r.title, name.as_deref());
                    r
                })
                .collect();
            to_ics(&list, FollowK::IcsCalendarName.t(lang), utc_now(), |r| fi::ics_description(r, lang))
        });
        let name = format!("groeipad-opvolgen-{}.ics", today().format("%Y-%m-%d"));
        offer_file(st, &name, "text/calendar", &text, st.t(FollowK::IcsDone));
    };

    view! {
        <div class="page reminders-page" data-testid="reminders-page">
            <header class="page-header">
                <h1>{move || st.t(FollowK::RemindersTitle)}</h1>
                <p class="muted">{move || st.t(FollowK::RemindersIntro)}</p>
                <p class="due-line" data-testid="reminders-due" data-count=move || due().to_string()>
                    {move || fi::due_summary(st.lang.get(), due())}
                </p>
            </header>
            <Show when=move || { open_count() == 0 }>
                <section class="card empty-state" data-testid="no-reminders">
                    <h2>{move || st.t(FollowK::NothingOpenTitle)}</h2>
                    <p>{move || st.t(FollowK::NothingOpenHelp)}</p>
                </section>
            </Show>
            {groups}
            <section class="card" aria-labelledby="new-reminder-title">
                <h2 id="new-reminder-title">{move || st.t(FollowK::NewReminder)}</h2>
                <ReminderForm prefix="nr"/>
            </section>
            <section class="card calendar-card" aria-labelledby="calendar-title">
                <h2 id="calendar-title">{move || st.t(FollowK::CalendarTitle)}</h2>
                <p class="help">{move || st.t(FollowK::IcsHelp)}</p>
                <button class="btn btn-secondary" data-testid="ics-download" on:click=export>{move || st.t(FollowK::IcsDownload)}</button>
                <NotificationsToggle/>
            </section>
        </div>
    }
}
