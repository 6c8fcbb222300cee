//! The class overview: every class as a big card, a new-class form, and the backup reminder.

use chrono::{Datelike, NaiveDate};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::year_group_select::YearGroupSelect;
use crate::domain::backup_crypto::suggests_encryption;
use crate::domain::model::{SchoolSystem, YearGroup};
use crate::i18n::backup_crypto::BC;
use crate::i18n::{self, K};
use crate::state::{new_id, now, today, use_app};

/// A backup older than this many days earns a reminder on the home screen.
const BACKUP_REMINDER_DAYS: i64 = 30;

/// "2026-2027" from August on, else "2025-2026".
fn default_school_year(d: NaiveDate) -> String {
    let start = if d.month() >= 8 { d.year() } else { d.year() - 1 };
    format!("{start}-{}", start + 1)
}

#[component]
pub fn Home() -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let school_year = RwSignal::new(default_school_year(today()));
    // Start from the year group of the newest class: a school adds its classes in a row.
    let last_yg = st.book.with_untracked(|b| b.classes.last().map(|c| c.year_group));
    let yg = RwSignal::new(Some(last_yg.unwrap_or(YearGroup { system: SchoolSystem::Nl, n: 3 })));
    let error = RwSignal::new(None::<String>);

    let create = move |ev: SubmitEvent| {
        ev.prevent_default();
        let id = new_id();
        let chosen = yg.get_untracked().unwrap_or(YearGroup { system: SchoolSystem::Nl, n: 3 });
        let result = st.run(|b| b.add_class(id.clone(), &name.get_untracked(), &school_year.get_untracked(), chosen, today()));
        match result {
            Ok(()) => {
                error.set(None);
                name.set(String::new());
                navigate(&format!("/class/{id}"), Default::default());
            }
            Err(e) => error.set(Some(e)),
        }
    };

    let needs_backup = move || {
        let has_data = st.book.with_kinds(&["class", "pupil"], |b| !b.classes.is_empty());
        let stale = match st.last_backup.get() {
            None => true,
            Some(at) => (now() - at).num_days() > BACKUP_REMINDER_DAYS,
        };
        has_data && stale
    };

    let classes = move || {
        st.book.with_kinds(&["class", "pupil"], |b| {
            b.classes
                .iter()
                .map(|c| {
                    let lang = st.lang.get();
                    let href = format!("/class/{}", c.id);
                    let meta = if c.school_year.is_empty() {
                        i18n::year_group(lang, c.year_group)
                    } else {
                        format!("{} · {}", i18n::year_group(lang, c.year_group), c.school_year)
                    };
                    view! {
                        <li>
                            <a class="class-card" href=href data-testid="class-card">
                                <span class="class-card-name">{c.name.clone()}</span>
                                <span class="class-card-meta">{meta}</span>
                                <span class="class-card-count">{i18n::pupils_count(lang, b.active_count(&c.id))}</span>
                                <crate::components::pupilmode::UnreadClassBadge class_id=c.id.clone()/>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="page home" data-testid="class-overview">
            <Show when=needs_backup>
                <aside class="notice notice-warn" data-testid="backup-reminder">
                    <p>{move || if st.last_backup.get().is_none() { t(K::BackupNever) } else { t(K::BackupReminder) }}</p>
                    // Support notes can hold health data: suggest the encrypted backup.
                    <Show when=move || st.book.with_kinds(&["pupil"], |b| suggests_encryption(&b.pupils))>
                        <p data-testid="backup-reminder-encrypt">{move || st.t(BC::ReminderNotes)}</p>
                    </Show>
                    <a class="btn btn-secondary" href="/settings#backup">{move || t(K::GoToBackup)}</a>
                </aside>
            </Show>
            <h1>{move || t(K::ClassesTitle)}</h1>
            <Show when=move || st.book.with_kinds(&["class", "pupil"], |b| !b.classes.is_empty())><crate::components::followup::nav::DueSummary/></Show>
            <Show
                when=move || st.book.with_kinds(&["class", "pupil"], |b| !b.classes.is_empty())
                fallback=move || view! {
                    <section class="empty-state card" data-testid="no-classes">
                        <img src="/icons/icon.svg" alt="" width="72" height="72"/>
                        <h2>{move || t(K::NoClassesTitle)}</h2>
                        <p>{move || t(K::NoClassesHelp)}</p>
                    </section>
                }
            >
                <ul class="class-list" role="list">{classes}</ul>
            </Show>
            <crate::components::retention::RetentionNote/>
            <section class="card" aria-labelledby="new-class-title">
                <h2 id="new-class-title">{move || t(K::NewClass)}</h2>
                <form class="form-grid" on:submit=create data-testid="new-class-form">
                    <div class="field">
                        <label for="class-name">{move || t(K::ClassName)}</label>
                        <input id="class-name" type="text" autocomplete="off" maxlength="80"
                            placeholder=move || t(K::ClassNamePlaceholder)
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                            aria-invalid=move || error.get().is_some().to_string()
                            aria-describedby="class-error"/>
                    </div>
                    <div class="field">
                        <label for="class-yg">{move || t(K::YearGroupLabel)}</label>
                        <YearGroupSelect id="class-yg" value=yg on_change=Callback::new(move |v| yg.set(v))/>
                    </div>
                    <div class="field">
                        <label for="class-year">{move || t(K::SchoolYear)}</label>
                        <input id="class-year" type="text" autocomplete="off" maxlength="20"
                            prop:value=move || school_year.get()
                            on:input=move |ev| school_year.set(event_target_value(&ev))/>
                    </div>
                    <p id="class-error" class="field-error" role="alert">{move || error.get()}</p>
                    <button type="submit" class="btn btn-primary">{move || t(K::AddClass)}</button>
                </form>
            </section>
        </div>
    }
}
