//! A form that creates one reminder: what, for which pupil (or none), when, and how it
//! repeats. Reusable by any screen that wants a follow-up for a given source and pupil.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::pupil_options::PupilOptions;
use crate::components::util::{date_value, parse_date};
use crate::domain::followup::{NewReminder, ReminderSource, Repeat};
use crate::i18n::followup::FollowK;
use crate::state::{new_id, today, use_app};

/// The repeat choice as form values: "none", "weekly", "days" with a number (`None`
/// when that number is not a whole number).
pub fn repeat_from(kind: &str, n: &str) -> Option<Repeat> {
    match kind {
        "weekly" => Some(Repeat::Weekly),
        "days" => n.trim().parse::<u16>().ok().map(Repeat::EverySchoolDays),
        _ => Some(Repeat::None),
    }
}

pub fn repeat_kind(r: Repeat) -> &'static str {
    match r {
        Repeat::None => "none",
        Repeat::Weekly => "weekly",
        Repeat::EverySchoolDays(_) => "days",
    }
}

/// The repeat select with its "every N school days" number; ids start with `prefix`.
#[component]
pub fn RepeatFields(prefix: String, kind: RwSignal<String>, n: RwSignal<String>) -> impl IntoView {
    let st = use_app();
    let (sel_id, n_id) = (format!("{prefix}-repeat"), format!("{prefix}-n"));
    let opt = move |value: &'static str, k: FollowK| {
        view! { <option value=value prop:selected=move || kind.get() == value>{move || st.t(k)}</option> }
    };
    view! {
        <div class="field">
            <label for=sel_id.clone()>{move || st.t(FollowK::RepeatLabel)}</label>
            <select id=sel_id on:change=move |ev| kind.set(event_target_value(&ev)) data-testid="repeat-kind">
                {opt("none", FollowK::RepeatNone)}
                {opt("weekly", FollowK::RepeatWeekly)}
                {opt("days", FollowK::RepeatSchoolDays)}
            </select>
        </div>
        <Show when=move || kind.get() == "days">
            <div class="field field-narrow">
                <label for=n_id.clone()>{move || st.t(FollowK::EveryN)}</label>
                <input id=n_id.clone() type="number" min="1" max="200" inputmode="numeric" data-testid="repeat-n"
                    prop:value=move || n.get() on:input=move |ev| n.set(event_target_value(&ev))/>
            </div>
        </Show>
    }
}

/// Creates a reminder. With `pupil_id` the pupil is fixed; `source` defaults to a free reminder.
#[component]
pub fn ReminderForm(
    /// Prefix of the element ids, unique on the page.
    #[prop(into)]
    prefix: String,
    /// A fixed pupil (the pupil page); otherwise the teacher may choose one.
    #[prop(optional)]
    pupil_id: Option<String>,
    /// What the reminder follows up on (default: a free reminder).
    #[prop(optional)]
    source: Option<ReminderSource>,
    /// A title to start from (e.g. "Doel opvolgen: …"), editable.
    #[prop(optional, into)]
    default_title: String,
) -> impl IntoView {
    let st = use_app();
    let title = RwSignal::new(default_title.clone());
    let pupil = RwSignal::new(pupil_id.clone().unwrap_or_default());
    let due = RwSignal::new(date_value(today()));
    let kind = RwSignal::new("none".to_string());
    let n = RwSignal::new("5".to_string());
    let error = RwSignal::new(None::<String>);
    let source = source.unwrap_or(ReminderSource::Free);
    let fixed = pupil_id.is_some();

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(date) = parse_date(&due.get_untracked()) else {
            error.set(Some(st.t(FollowK::InvalidDate).into()));
            return;
        };
        let Some(repeat) = repeat_from(&kind.get_untracked(), &n.get_untracked()) else {
            error.set(Some(st.t(FollowK::InvalidNumber).into()));
            return;
        };
        let p = pupil.get_untracked();
        let new = NewReminder {
            id: new_id(),
            source: source.clone(),
            pupil_id: (!p.is_empty()).then_some(p),
            title: title.get_untracked(),
            due: date,
            repeat,
        };
        match st.run(|b| b.add_reminder(new, today())) {
            Ok(()) => {
                // Start the next one afresh: a kept pupil or repeat would slip into it unnoticed.
                error.set(None);
                title.set(default_title.clone());
                if !fixed {
                    pupil.set(String::new());
                }
                due.set(date_value(today()));
                kind.set("none".to_string());
                st.toast(st.t(FollowK::ReminderAdded).into(), false, None);
            }
            Err(e) => error.set(Some(e)),
        }
    };

    // Two small lists instead of one with the whole school: the class, then its pupils.
    let class = RwSignal::new(st.book.with_untracked(|b| match b.classes.as_slice() {
        [only] => only.id.clone(),
        _ => String::new(),
    }));
    let class_options = move || {
        st.book.with_kinds(&["class"], |b| {
            b.classes
                .iter()
                .map(|c| {
                    let id = c.id.clone();
                    view! { <option value=id.clone() prop:selected=move || class.get() == id>{c.name.clone()}</option> }
                })
                .collect_view()
        })
    };
    let ids = (format!("{prefix}-title"), format!("{prefix}-pupil"), format!("{prefix}-due"), format!("{prefix}-error"));
    let (title_id, pupil_sel, due_id, err_id) = ids;
    let class_sel = format!("{prefix}-class");
    view! {
        <form class="form-grid reminder-form" on:submit=submit data-testid=format!("{prefix}-form")>
            <div class="field field-wide">
                <label for=title_id.clone()>{move || st.t(FollowK::ReminderTitle)}</label>
                <input id=title_id type="text" maxlength="200" autocomplete="off"
                    placeholder=move || st.t(FollowK::ReminderTitlePlaceholder)
                    aria-describedby=err_id.clone()
                    prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
            </div>
            <Show when=move || !fixed>
                <div class="field">
                    <label for=class_sel.clone()>{move || st.t(FollowK::ReminderClass)}</label>
                    <select id=class_sel.clone() on:change=move |ev| { class.set(event_target_value(&ev)); pupil.set(String::new()); }>
                        <option value="" prop:selected=move || class.get().is_empty()>{move || st.t(FollowK::AnyClass)}</option>
                        {class_options}
                    </select>
                </div>
                <div class="field">
                    <label for=pupil_sel.clone()>{move || st.t(FollowK::ReminderPupil)}</label>
                    <select id=pupil_sel.clone() disabled=move || class.get().is_empty() on:change=move |ev| pupil.set(event_target_value(&ev))>
                        <option value="" prop:selected=move || pupil.get().is_empty()>{move || st.t(FollowK::NoPupil)}</option>
                        <PupilOptions class_id=class selected=pupil/>
                    </select>
                </div>
            </Show>
            <div class="field">
                <label for=due_id.clone()>{move || st.t(FollowK::DueDate)}</label>
                <input id=due_id type="date" required prop:value=move || due.get() on:input=move |ev| due.set(event_target_value(&ev))/>
            </div>
            <RepeatFields prefix=prefix.clone() kind=kind n=n/>
            <p id=err_id class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit" class="btn btn-primary">{move || st.t(FollowK::AddReminder)}</button>
        </form>
    }
}
