//! The follow-up part of the settings page: when a pupil counts as "not seen", the
//! weekly time budget and session length (autosaved), and the holidays editor.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::util::{date_value, parse_date};
use crate::i18n::followup::FollowK;
use crate::state::{today, use_app};

#[component]
pub fn FollowUpSettings() -> impl IntoView {
    let st = use_app();
    let t = move |k: FollowK| st.t(k);
    let s = st.book.with_untracked(|b| b.settings());
    let not_seen = RwSignal::new(s.not_seen_school_days.to_string());
    let budget = RwSignal::new(s.weekly_budget_minutes.to_string());
    let session = RwSignal::new(s.session_minutes.to_string());
    let error = RwSignal::new(None::<String>);
    let save = move || {
        let parsed = (
            not_seen.get_untracked().trim().parse::<u32>(),
            budget.get_untracked().trim().parse::<u32>(),
            session.get_untracked().trim().parse::<u16>(),
        );
        let (Ok(n), Ok(b), Ok(m)) = parsed else {
            return error.set(Some(t(FollowK::InvalidNumber).into()));
        };
        error.set(st.run(|book| book.set_attention_settings(n, b, m)).err());
    };
    let number = move |id: &'static str, label: FollowK, value: RwSignal<String>, max: &'static str| {
        view! {
            <div class="field">
                <label for=id>{move || t(label)}</label>
                <input id=id type="number" min="1" max=max inputmode="numeric" aria-describedby="fu-settings-error"
                    prop:value=move || value.get() on:input=move |ev| { value.set(event_target_value(&ev)); save(); }/>
            </div>
        }
    };
    view! {
        <section class="card" id="followup" aria-labelledby="followup-settings-title" data-testid="followup-settings">
            <h2 id="followup-settings-title">{move || t(FollowK::SettingsTitle)}</h2>
            <div class="form-grid">
                {number("fu-not-seen", FollowK::NotSeenLabel, not_seen, "60")}
                {number("fu-budget", FollowK::BudgetLabel, budget, "1200")}
                {number("fu-session", FollowK::SessionLabel, session, "240")}
                <p id="fu-settings-error" class="field-error" role="alert" data-testid="followup-settings-error">{move || error.get()}</p>
            </div>
            <Holidays/>
        </section>
    }
}

#[component]
fn Holidays() -> impl IntoView {
    let st = use_app();
    let t = move |k: FollowK| st.t(k);
    let name = RwSignal::new(String::new());
    let start = RwSignal::new(date_value(today()));
    let end = RwSignal::new(date_value(today()));
    let error = RwSignal::new(None::<String>);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (Some(a), Some(b)) = (parse_date(&start.get_untracked()), parse_date(&end.get_untracked())) else {
            return error.set(Some(t(FollowK::InvalidDate).into()));
        };
        match st.run(|book| book.add_holiday(a, b, &name.get_untracked())) {
            Ok(()) => {
                error.set(None);
                name.set(String::new());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let list = move || {
        let lang = st.lang.get();
        st.book.with_kinds(&["settings"], |b| {
            b.settings()
                .calendar
                .holidays
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let when = if h.start == h.end {
                        crate::i18n::format::date(lang, h.start)
                    } else {
                        format!("{} – {}", crate::i18n::format::date(lang, h.start), crate::i18n::format::date(lang, h.end))
                    };
                    let remove = move |_| {
                        if let Err(e) = st.run_undoable(t(FollowK::HolidayRemoved).into(), |b| b.remove_holiday(i)) {
                            st.toast(e, true, None);
                        }
                    };
                    let label = format!("{} {}", t(FollowK::RemoveHoliday), h.name);
                    view! {
                        <li class="holiday-row" data-testid="holiday">
                            <span><strong>{h.name.clone()}</strong><br/><small class="help">{when}</small></span>
                            <button class="btn btn-secondary" aria-label=label on:click=remove>{t(FollowK::RemoveHoliday)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let has = move || st.book.with_kinds(&["settings"], |b| !b.settings().calendar.holidays.is_empty());
    view! {
        <h3 id="holidays-title">{move || t(FollowK::HolidaysTitle)}</h3>
        <p class="help">{move || t(FollowK::HolidaysHelp)}</p>
        <Show when=has fallback=move || view! { <p class="muted" data-testid="no-holidays">{move || t(FollowK::NoHolidays)}</p> }>
            <ul class="holiday-list" role="list" aria-labelledby="holidays-title">{list}</ul>
        </Show>
        <form class="form-grid" on:submit=add data-testid="holiday-form">
            <div class="field">
                <label for="hol-name">{move || t(FollowK::HolidayName)}</label>
                <input id="hol-name" type="text" maxlength="80" autocomplete="off" placeholder=move || t(FollowK::HolidayNamePlaceholder)
                    aria-describedby="hol-error" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="hol-start">{move || t(FollowK::HolidayStart)}</label>
                <input id="hol-start" type="date" prop:value=move || start.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        // A new start after the end moves the end along: most days off are one range.
                        if parse_date(&v) > parse_date(&end.get_untracked()) { end.set(v.clone()); }
                        start.set(v);
                    }/>
            </div>
            <div class="field">
                <label for="hol-end">{move || t(FollowK::HolidayEnd)}</label>
                <input id="hol-end" type="date" prop:value=move || end.get() on:input=move |ev| end.set(event_target_value(&ev))/>
            </div>
            <p id="hol-error" class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit" class="btn btn-secondary">{move || t(FollowK::AddHoliday)}</button>
        </form>
    }
}
