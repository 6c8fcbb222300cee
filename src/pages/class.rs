//! One class: its pupils as big buttons (one tap to a pupil, and a small action button
//! that opens the quick-action sheet), adding pupils one by one or by pasting a list, the
//! archive, and the class's own details.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::record_frame::{use_class_id, use_class_page_scope};

use crate::components::after_paint::AfterPaint;
use crate::components::class_details::ClassDetails;
use crate::components::quick_actions::{QuickOpen, QuickSheet};
use crate::domain::book::PupilFields;
use crate::i18n::{self, K};
use crate::state::{new_id, today, use_app};

#[component]
pub fn ClassPage() -> impl IntoView {
    let id = use_class_id();
    view! { <ClassView id=id/> }
}

#[component]
fn ClassView(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let class = move || st.book.with_kinds(&["class", "pupil"], |b| b.class(&id.get()).cloned());
    let title = move || class().map(|c| c.name).unwrap_or_default();
    let meta = move || {
        class()
            .map(|c| {
                let lang = st.lang.get();
                let n = st.book.with_kinds(&["class", "pupil"], |b| b.active_count(&c.id));
                let mut parts = vec![i18n::year_group(lang, c.year_group)];
                if !c.school_year.is_empty() {
                    parts.push(c.school_year.clone());
                }
                parts.push(i18n::pupils_count(lang, n));
                parts.join(" · ")
            })
            .unwrap_or_default()
    };

    // The pupil the quick-action sheet is open for.
    let quick = RwSignal::new(None::<String>);
    let pupils = move || {
        let privacy = st.privacy.get();
        st.book.with_kinds(&["class", "pupil"], |b| {
            b.pupils_of(&id.get(), false)
                .into_iter()
                .map(|p| {
                    let href = format!("/pupil/{}", p.id);
                    let name = p.display_name(privacy);
                    let initial = name.chars().next().unwrap_or('?').to_uppercase().to_string();
                    view! {
                        <li class="pupil-item">
                            <a class="pupil-tile" href=href data-testid="pupil-tile">
                                <span class="avatar" aria-hidden="true">{initial}</span>
                                <span class="pupil-tile-name">{name.clone()}</span>
                                <crate::components::pupilmode::UnreadBadge pupil_id=p.id.clone()/>
                            </a>
                            <QuickOpen pupil_id=p.id.clone() name=name open=quick/>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let has_pupils = move || st.book.with_kinds(&["class", "pupil"], |b| b.active_count(&id.get()) > 0);
    let part = use_class_page_scope();

    view! {
        // `data-complete`: what the page shows of the class's records is in (the attention
        // and feedback lines).
        <div class="page class-page" data-testid="class-page"
            data-complete=move || st.need(part.get()).then_some("true")>
            <a class="back-link" href="/">{move || format!("← {}", t(K::BackToClasses))}</a>
            <header class="page-header">
                <h1 data-testid="class-title">{title}</h1>
                <p class="muted">{meta}</p>
            </header>
            <section aria-labelledby="pupils-title">
                <h2 id="pupils-title" class="visually-hidden">{move || t(K::PupilsTitle)}</h2>
                <Show
                    when=has_pupils
                    fallback=move || view! {
                        <div class="empty-state card" data-testid="no-pupils">
                            <h2>{move || t(K::NoPupilsTitle)}</h2>
                            <p>{move || t(K::NoPupilsHelp)}</p>
                        </div>
                    }
                >
                    <ul class="pupil-grid" role="list" data-testid="pupil-list">{pupils}</ul>
                </Show>
            </section>
            <crate::components::followup::panel::ClassAttentionPanel id=id/>
            <QuickSheet open=quick/>
            // Below the first screen (the pupils and the attention line): drawn once it is
            // painted with the class's records in.
            <AfterPaint when=Signal::derive(move || st.need(part.get()))>
                <crate::components::feedback::class::ClassFeedback class_id=id/>
                <crate::components::grouping::support_levels::ClassGroupPlans class_id=id/>
                <crate::components::reports::dossier_import::ClassReports class_id=id/>
                <crate::components::pupilmode::StartPupilMode scope=crate::domain::pupilmode::Scope::Class(id.get_untracked())/>
                <div class="two-col">
                    <AddPupil id=id/>
                    <PasteList id=id/>
                    <crate::components::class_list_import::ClassListImport id=id/>
                </div>
                <Archived id=id/>
                <ClassDetails id=id/>
            </AfterPaint>
        </div>
    }
}

#[component]
fn AddPupil(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let fields = PupilFields { name: name.get_untracked(), ..Default::default() };
        match st.run(|b| b.add_pupil(new_id(), &id.get_untracked(), &fields, today())) {
            Ok(()) => {
                name.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="card" aria-labelledby="add-pupil-title">
            <h2 id="add-pupil-title">{move || st.t(K::AddPupil)}</h2>
            <form class="inline-form" on:submit=add data-testid="add-pupil-form">
                <label for="pupil-name" class="visually-hidden">{move || st.t(K::PupilName)}</label>
                <input id="pupil-name" type="text" autocomplete="off" maxlength="80"
                    placeholder=move || st.t(K::PupilNamePlaceholder)
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                    aria-describedby="pupil-name-error"/>
                <button type="submit" class="btn btn-primary">{move || st.t(K::Add)}</button>
            </form>
            <p id="pupil-name-error" class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

#[component]
fn PasteList(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let text = RwSignal::new(String::new());
    let report = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<String>);
    let add_all = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut ids = std::iter::repeat_with(new_id);
        let result = st.run_with(|b| {
            b.add_pupils_from_paste(&id.get_untracked(), &text.get_untracked(), || ids.next().unwrap_or_default(), today())
        });
        match result {
            Ok(r) => {
                report.set(i18n::paste_report(st.lang.get_untracked(), &r));
                error.set(None);
                text.set(String::new());
            }
            Err(e) => {
                report.set(vec![]);
                error.set(Some(e));
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="paste-title">
            <h2 id="paste-title">{move || st.t(K::PasteList)}</h2>
            <form on:submit=add_all data-testid="paste-form">
                <label for="paste-names" class="help">{move || st.t(K::PasteHelp)}</label>
                <textarea id="paste-names" rows="6" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <button type="submit" class="btn btn-secondary">{move || st.t(K::AddAll)}</button>
            </form>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <Show when=move || !report.get().is_empty()>
                <div role="status">
                    <ul class="report" data-testid="paste-report">
                        {move || report.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn Archived(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let archived = move || {
        let privacy = st.privacy.get();
        st.book.with_kinds(&["class", "pupil"], |b| {
            b.pupils_of(&id.get(), true)
                .into_iter()
                .map(|p| {
                    let pid = p.id.clone();
                    let href = format!("/pupil/{}", p.id);
                    let restore = move |_| match st.run(|b| b.restore_pupil(&pid)) {
                        Ok(()) => st.toast(st.t(K::PupilRestored).into(), false, None),
                        Err(e) => st.toast(e, true, None),
                    };
                    view! {
                        <li class="archived-row">
                            <a href=href>{p.display_name(privacy)}</a>
                            <button class="btn btn-secondary" on:click=restore>{move || st.t(K::Restore)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let count = Memo::new(move |_| st.book.with_kinds(&["class", "pupil"], |b| b.archived_count(&id.get())));
    view! {
        <details class="card" data-testid="archive">
            <summary>{move || format!("{} ({})", st.t(K::ArchivedPupils), count.get())}</summary>
            <Show when=move || { count.get() > 0 } fallback=move || view! { <p class="muted">{move || st.t(K::NoArchived)}</p> }>
                <ul class="archived-list" role="list">{archived}</ul>
            </Show>
        </details>
    }
}
