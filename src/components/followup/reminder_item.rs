//! One reminder in the list: what, for whom, when; done (or held, for a planned
//! session) in one tap, and behind "snooze or change": a school day, a week, a date,
//! a new plan, the repeat, delete. Every action can be undone from the toast.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::components::followup::reminder_form::{repeat_from, repeat_kind, RepeatFields};
use crate::components::util::{date_value, parse_date};
use crate::i18n::followup::{repeat_label, source_label};
use crate::domain::followup::{Reminder, ReminderGroup, ReminderSource, Repeat, Snooze};
use crate::i18n::followup::{self as fi, FollowK};
use crate::state::{new_id, today, use_app, AppState, Undo};

fn dom_id(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect()
}

/// One date and the button that acts on it (snooze to, move to).
#[component]
fn DateForm(
    id: String,
    label: FollowK,
    date: RwSignal<String>,
    testid: &'static str,
    button: FollowK,
    button_testid: &'static str,
    on_submit: impl FnMut(SubmitEvent) + 'static,
) -> impl IntoView {
    let st = use_app();
    view! {
        <form class="inline-fields" on:submit=on_submit>
            <div class="field">
                <label for=id.clone()>{move || st.t(label)}</label>
                <input id=id type="date" data-testid=testid prop:value=move || date.get()
                    on:input=move |ev| date.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="btn btn-secondary" data-testid=button_testid>{move || st.t(button)}</button>
        </form>
    }
}

fn show_result(st: AppState, result: Result<(String, Option<Undo>), String>) {
    match result {
        Ok((text, undo)) => st.toast(text, false, undo),
        Err(e) => st.toast(e, true, None),
    }
}

#[component]
pub fn ReminderItem(
    r: Reminder,
    group: ReminderGroup,
    /// Whether the reminder is stored (not a derived sub-goal check-in).
    stored: bool,
) -> impl IntoView {
    let st = use_app();
    let lang = move || st.lang.get();
    let id = StoredValue::new(r.id.clone());
    let pupil = r.pupil_id.clone().and_then(|p| {
        st.book.with_untracked(|b| b.pupil(&p).map(|p| (format!("/pupil/{}", p.id), p.display_name(st.privacy.get_untracked()))))
    });
    let plan_link = match &r.source {
        ReminderSource::GroupPlan { plan_id, class_id } => Some(format!("/class/{class_id}/group-plans/{plan_id}")),
        _ => None,
    };
    let is_session = matches!(r.source, ReminderSource::Session { .. }) && r.minutes.is_some() && r.pupil_id.is_some();
    let minutes = r.minutes.unwrap_or_default();
    let (source, repeat, due, snoozed) = (r.source.clone(), r.repeat, r.due, r.snoozed_from);

    let done = move |_| {
        let next_id = new_id();
        let l = st.lang.get_untracked();
        let result = st.run_with_undo(|b| b.complete_reminder(&id.get_value(), &next_id, today(), l)).map(|((), undo)| {
            let next = st.book.with_untracked(|b| b.reminder(&next_id).map(|x| x.due));
            (next.map_or_else(|| st.t(FollowK::MarkedDone).to_string(), |d| fi::next_time(l, d)), undo)
        });
        show_result(st, result);
    };
    let held = move |_| {
        let l = st.lang.get_untracked();
        let result = st
            .run_with_undo(|b| b.hold_session(&id.get_value(), &new_id(), &new_id(), today(), l))
            .map(|((), undo)| (st.t(FollowK::MomentLogged).to_string(), undo));
        show_result(st, result);
    };
    let snooze = move |s: Snooze| {
        let l = st.lang.get_untracked();
        let result = st.run_with_undo(|b| b.snooze_reminder(&id.get_value(), s, today(), l)).map(|(d, undo)| (fi::snoozed_to(l, d), undo));
        show_result(st, result);
    };

    let meta = move || {
        let l = lang();
        let mut parts = vec![source_label(&source, l), crate::i18n::format::date(l, due)];
        if repeat != Repeat::None {
            parts.push(repeat_label(repeat, l));
        }
        if let Some(from) = snoozed {
            parts.push(fi::snoozed_from(l, from));
        }
        if is_session {
            parts.push(fi::minutes(l, u32::from(minutes)));
        }
        parts.join(" · ")
    };
    view! {
        <li class="reminder" class:reminder-overdue=group == ReminderGroup::Overdue data-testid="reminder" data-id=r.id.clone()>
            <div class="reminder-main">
                <p class="reminder-title">{r.title.clone()}</p>
                <p class="reminder-meta">
                    {pupil.map(|(href, name)| view! { <a href=href class="reminder-pupil">{name}</a>" · " })}
                    {plan_link.map(|href| view! { <a href=href class="reminder-pupil" data-testid="reminder-plan">{move || st.t(crate::i18n::grouping::GroupK::OpenPlan)}</a>" · " })}
                    {r.owner.map(|o| view! { <span class="badge reminder-owner" data-testid="reminder-owner">{move || crate::i18n::followup::owner_label(o, st.lang.get())}</span>" · " })}
                    <span data-testid="reminder-meta">{meta}</span>
                </p>
            </div>
            <div class="reminder-actions">
                {is_session.then(|| view! {
                    <button class="btn btn-primary" data-testid="held" on:click=held>{move || fi::held_button(lang(), minutes)}</button>
                })}
                <button class="btn" class:btn-primary=!is_session class:btn-secondary=is_session data-testid="done" on:click=done>
                    {move || st.t(FollowK::Done)}
                </button>
            </div>
            // The panel is built when it is opened: a long list stays light.
            <Disclosure class="reminder-more" summary=ViewFn::from(move || view! { <summary data-testid="more">{move || st.t(FollowK::MoreActions)}</summary> })>
                {move || {
                    // The panel's state and actions exist once it is opened.
                    let snooze_date = RwSignal::new(date_value(today()));
                    let move_date = RwSignal::new(date_value(due));
                    let kind = RwSignal::new(repeat_kind(repeat).to_string());
                    let n = RwSignal::new(match repeat {
                        Repeat::EverySchoolDays(n) => n.to_string(),
                        _ => "5".to_string(),
                    });
                    let error = RwSignal::new(None::<String>);
                    let invalid_date = move || error.set(Some(st.t(FollowK::InvalidDate).into()));
                    let snooze_to = move |ev: SubmitEvent| {
                        ev.prevent_default();
                        match parse_date(&snooze_date.get_untracked()) {
                            Some(d) => snooze(Snooze::To(d)),
                            None => invalid_date(),
                        }
                    };
                    let reschedule = move |ev: SubmitEvent| {
                        ev.prevent_default();
                        let Some(d) = parse_date(&move_date.get_untracked()) else { return invalid_date() };
                        let l = st.lang.get_untracked();
                        match st.run_with_undo(|b| b.reschedule_reminder(&id.get_value(), d, today(), l)) {
                            Ok(((), undo)) => st.toast(fi::moved_to(l, d), false, undo),
                            Err(e) => error.set(Some(e)),
                        }
                    };
                    let save_repeat = move |ev: SubmitEvent| {
                        ev.prevent_default();
                        let Some(rep) = repeat_from(&kind.get_untracked(), &n.get_untracked()) else {
                            return error.set(Some(st.t(FollowK::InvalidNumber).into()));
                        };
                        let l = st.lang.get_untracked();
                        match st.run_with_undo(|b| b.set_reminder_repeat(&id.get_value(), rep, l)) {
                            Ok(((), undo)) => st.toast(st.t(FollowK::RepeatSaved).into(), false, undo),
                            Err(e) => error.set(Some(e)),
                        }
                    };
                    let delete = move |_| {
                        let result = st.run_with_undo(|b| b.delete_reminder(&id.get_value())).map(|((), undo)| (st.t(FollowK::ReminderDeleted).to_string(), undo));
                        show_result(st, result);
                    };
                    let key = dom_id(&id.get_value());
                    let (sd_id, mv_id, rp) = (format!("sd-{key}"), format!("mv-{key}"), format!("rp-{key}"));
                    view! {
                        <div class="actions-row">
                            <button class="btn btn-secondary" data-testid="snooze-day" on:click=move |_| snooze(Snooze::SchoolDay)>{move || st.t(FollowK::SnoozeDay)}</button>
                            <button class="btn btn-secondary" data-testid="snooze-week" on:click=move |_| snooze(Snooze::Week)>{move || st.t(FollowK::SnoozeWeek)}</button>
                        </div>
                        <DateForm id=sd_id label=FollowK::SnoozeTo date=snooze_date testid="snooze-date"
                            button=FollowK::Snooze button_testid="snooze-to" on_submit=snooze_to/>
                        <DateForm id=mv_id label=FollowK::RescheduleTo date=move_date testid="move-date"
                            button=FollowK::Reschedule button_testid="move" on_submit=reschedule/>
                        <form class="inline-fields" on:submit=save_repeat>
                            <RepeatFields prefix=rp kind=kind n=n/>
                            <button type="submit" class="btn btn-secondary" data-testid="save-repeat">{move || st.t(FollowK::SaveRepeat)}</button>
                        </form>
                        <p class="field-error" role="alert">{move || error.get()}</p>
                        {stored.then(|| view! {
                            <button class="btn btn-danger" data-testid="delete-reminder" on:click=delete>{move || st.t(FollowK::DeleteReminder)}</button>
                        })}
                    }
                }}
            </Disclosure>
        </li>
    }
}
