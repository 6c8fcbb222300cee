//! The pupil page's "Ondersteuning" section: the general support level and every subject
//! with a level of its own, in the school's words, each with its measures, its start day
//! and its earlier levels. One tap on a level or a measure saves (with undo); a new
//! subject gets its own level from the closed "own level for a subject" form.

use leptos::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::components::util::{code_of, from_code};
use crate::domain::goals::Domain;
use crate::domain::grouping::{SupportMeasure, SupportNow, SupportPhase, SupportVocabulary};
use crate::i18n::grouping::{measure_name, phase_name, subject_name, GroupK};
use crate::i18n::Text;
use crate::state::{new_id, today, use_app, AppState};

/// The stable code of a subject in ids, form values and `data-subject` ("general" for none).
pub fn subject_code(s: Option<Domain>) -> String {
    s.map_or_else(|| "general".to_string(), |d| format!("{d:?}").to_lowercase())
}

/// Saves a level and shows the result with undo (or the error).
fn save(st: AppState, pupil_id: &str, subject: Option<Domain>, phase: SupportPhase, measures: Vec<SupportMeasure>) {
    if let Err(e) = st.run_undoable(st.t(GroupK::SupportSaved).into(), |b| b.set_support(new_id(), pupil_id, subject, phase, measures, today())) {
        st.toast(e, true, None);
    }
}

#[component]
pub fn SupportLevels(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let rows = {
        let id = pupil_id.clone();
        Memo::new(move |_| st.book.with_pupil(&id, |b| b.support_overview(&id)).unwrap_or_default())
    };
    let vocabulary = Memo::new(move |_| st.book.with_kinds(&["settings"], |b| b.settings().support_vocabulary));
    let pid = StoredValue::new(pupil_id);
    let subjects = move || rows.with(|rs| rs.iter().map(|r| r.subject).collect::<Vec<_>>());
    view! {
        <section class="card support-levels" data-testid="support-levels" aria-labelledby="support-title">
            <h2 id="support-title">{move || t(GroupK::SupportTitle)}</h2>
            <p class="muted">{move || t(GroupK::SupportIntro)}</p>
            <ul class="support-list">
                <For each=subjects key=Clone::clone let:subject>
                    <SupportRow subject=subject rows=rows pupil_id=pid.get_value() vocabulary=vocabulary/>
                </For>
            </ul>
            <Disclosure class="support-add" testid="support-add" summary=ViewFn::from(move || view! { <summary>{move || t(GroupK::AddSubject)}</summary> })>
                <AddSubject pupil_id=pid.get_value() rows=rows vocabulary=vocabulary/>
            </Disclosure>
        </section>
    }
}

/// The phase options in the school's words.
/// `current` is the selected one (set as a property, so it also holds after the teacher
/// changed the select).
fn phase_options(st: AppState, vocabulary: Memo<SupportVocabulary>, current: Signal<SupportPhase>) -> impl IntoView {
    SupportPhase::ALL.map(|p| {
        view! { <option value=code_of(&p) prop:selected=move || current.get() == p>{move || phase_name(vocabulary.get(), p, st.lang.get())}</option> }
    })
}

/// One row: general or one subject. Keyed by its subject, so a change of level or measure
/// updates the row in place and the control keeps the focus (keyboard users step through
/// the levels with the arrow keys).
#[component]
fn SupportRow(subject: Option<Domain>, rows: Memo<Vec<SupportNow>>, pupil_id: String, vocabulary: Memo<SupportVocabulary>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let now = Memo::new(move |_| rows.with(|rs| rs.iter().find(|r| r.subject == subject).cloned()));
    let phase = move || now.with(|n| n.as_ref().map(|n| n.phase)).unwrap_or(SupportPhase::Core);
    let measures = move || now.with(|n| n.as_ref().map(|n| n.measures.clone())).unwrap_or_default();
    let code = subject_code(subject);
    let select_id = format!("support-{code}");
    let pid = StoredValue::new(pupil_id);
    let on_level = move |ev: leptos::ev::Event| {
        if let Some(p) = from_code(&event_target_value(&ev)) {
            save(st, &pid.get_value(), subject, p, measures());
        }
    };
    let since_text = move || match now.with(|n| n.as_ref().and_then(|n| n.since)) {
        Some(d) => format!("{} {}", t(GroupK::Since), crate::i18n::format::date(st.lang.get(), d)),
        None => t(GroupK::FromStart).to_string(),
    };
    let box_prefix = select_id.clone();
    let measure_box = move |m: SupportMeasure| {
        let id = format!("{box_prefix}-{m:?}").to_lowercase();
        let toggle = move |_| {
            let mut next = measures();
            if next.contains(&m) {
                next.retain(|x| *x != m);
            } else {
                next.push(m);
            }
            save(st, &pid.get_value(), subject, phase(), next);
        };
        view! {
            <span class="support-measure">
                <input type="checkbox" id=id.clone() prop:checked=move || measures().contains(&m) on:change=toggle/>
                <label for=id>{move || measure_name(m, st.lang.get())}</label>
            </span>
        }
    };
    let n_earlier = move || now.with(|n| n.as_ref().map_or(0, |n| n.earlier.len()));
    let remove = move |_| {
        if let Some(d) = subject {
            if let Err(e) = st.run_undoable(t(GroupK::SubjectRemoved).into(), |b| b.remove_subject_support(&pid.get_value(), d)) {
                st.toast(e, true, None);
            }
        }
    };
    view! {
        <li class="support-row" data-testid="support-row" data-subject=code.clone()>
            <div class="support-now">
                <label for=select_id.clone() class="support-subject">{move || subject_name(subject, st.lang.get())}</label>
                <select id=select_id.clone() on:change=on_level>{phase_options(st, vocabulary, Signal::derive(phase))}</select>
                <span class="muted support-since" data-testid="support-since">{since_text}</span>
            </div>
            <fieldset class="support-measures">
                <legend class="visually-hidden">{move || format!("{}: {}", t(GroupK::Measures), subject_name(subject, st.lang.get()))}</legend>
                <span class="muted" aria-hidden="true">{move || t(GroupK::Measures)}</span>
                {SupportMeasure::ALL.map(measure_box)}
            </fieldset>
            <Show when=move || { n_earlier() > 0 }>
                <Disclosure class="support-history" testid="support-history" summary=ViewFn::from(move || view! { <summary>{move || format!("{} ({})", t(GroupK::History), n_earlier())}</summary> })>
                    <ul>
                        {move || now.get().map(|n| n.earlier).unwrap_or_default().into_iter().map(|s| {
                            let lang = st.lang.get();
                            let ms: Vec<&str> = s.measures.iter().map(|m| measure_name(*m, lang)).collect();
                            let extra = if ms.is_empty() { String::new() } else { format!(" ({})", ms.join(", ")) };
                            view! { <li>{format!("{}: {}{}", crate::i18n::format::date(lang, s.from), phase_name(vocabulary.get(), s.phase, lang), extra)}</li> }
                        }).collect_view()}
                    </ul>
                </Disclosure>
            </Show>
            {subject.is_some().then(|| view! {
                <button type="button" class="btn btn-secondary btn-small" data-testid="support-remove" on:click=remove>{move || t(GroupK::RemoveSubject)}</button>
            })}
        </li>
    }
}

#[component]
fn AddSubject(pupil_id: String, rows: Memo<Vec<SupportNow>>, vocabulary: Memo<SupportVocabulary>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let free = Memo::new(move |_| {
        let taken: Vec<Option<Domain>> = rows.get().iter().map(|r| r.subject).collect();
        Domain::ALL.into_iter().filter(|d| !taken.contains(&Some(*d))).collect::<Vec<_>>()
    });
    let general = move || rows.with(|r| r.first().map(|g| g.phase)).unwrap_or(SupportPhase::Core);
    let subject = RwSignal::new(None::<Domain>);
    let phase = RwSignal::new(None::<SupportPhase>);
    let pid = StoredValue::new(pupil_id);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = subject.get_untracked().or_else(|| free.get_untracked().first().copied()) else { return };
        let p = phase.get_untracked().unwrap_or_else(general);
        save(st, &pid.get_value(), Some(d), p, Vec::new());
        subject.set(None);
        phase.set(None);
    };
    view! {
        <Show when=move || !free.with(Vec::is_empty) fallback=move || view! { <p class="muted">{move || t(GroupK::NoSubjectLeft)}</p> }>
            <form class="support-add-form" data-testid="support-add-form" on:submit=add>
                <div class="field">
                    <label for="support-add-subject">{move || t(GroupK::Subject)}</label>
                    <select id="support-add-subject" on:change=move |ev| subject.set(Domain::ALL.into_iter().find(|d| subject_code(Some(*d)) == event_target_value(&ev)))>
                        {move || free.get().into_iter().map(|d| view! {
                            <option value=subject_code(Some(d)) selected=move || subject.get() == Some(d)>{move || subject_name(Some(d), st.lang.get())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="support-add-level">{move || t(GroupK::LevelFor)}</label>
                    <select id="support-add-level" on:change=move |ev| phase.set(from_code(&event_target_value(&ev)))>
                        {phase_options(st, vocabulary, Signal::derive(move || phase.get().unwrap_or_else(general)))}
                    </select>
                </div>
                <button type="submit" class="btn btn-primary" data-testid="support-add-save">{move || t(GroupK::AddSubjectButton)}</button>
            </form>
        </Show>
    }
}

/// The settings choice of the school's words for support levels.
#[component]
pub fn SupportVocabularyChoice() -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let current = Memo::new(move |_| st.book.with_kinds(&["settings"], |b| b.settings().support_vocabulary));
    let choose = move |v: SupportVocabulary| {
        let _ = st.run_undoable(t(GroupK::VocabularySaved).into(), |b| Ok::<_, crate::domain::grouping::SupportError>(b.set_support_vocabulary(v)));
    };
    view! {
        <section class="card" aria-labelledby="vocabulary-title" data-testid="support-vocabulary">
            <h2 id="vocabulary-title">{move || t(GroupK::VocabularyTitle)}</h2>
            <fieldset class="choice-list">
                <legend>{move || t(GroupK::VocabularyHelp)}</legend>
                {SupportVocabulary::ALL.map(|v| view! {
                    <label class="choice">
                        <input type="radio" name="support-vocabulary" value=code_of(&v)
                            prop:checked=move || current.get() == v on:change=move |_| choose(v)/>
                        <span>{move || crate::i18n::grouping::vocabulary_name(v, st.lang.get())}</span>
                    </label>
                })}
            </fieldset>
        </section>
    }
}

/// The class page's card: the group plans of the class, one tap away.
#[component]
pub fn ClassGroupPlans(class_id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let latest = move || {
        st.book.with_class(&class_id.get(), |b| {
            b.group_plans_of(&class_id.get()).first().map(|p| (p.subject, p.start, p.end))
        })
    };
    view! {
        <section class="card class-group-plans" aria-labelledby="class-plans-title">
            <h2 id="class-plans-title">{move || t(GroupK::GroupPlans)}</h2>
            <p class="muted">{move || match latest() {
                Some((subject, start, end)) => format!("{}: {}", crate::i18n::grouping::plan_title(subject, st.lang.get()), crate::i18n::grouping::period(start, end, st.lang.get())),
                None => t(GroupK::GroupPlansIntro).to_string(),
            }}</p>
            <div class="actions-row">
                <a class="btn btn-secondary" href=move || format!("/class/{}/group-plans", class_id.get()) data-testid="class-group-plans-link">{move || t(GroupK::OpenGroupPlans)}</a>
                <a class="btn btn-secondary" href=move || format!("/class/{}/coop", class_id.get()) data-testid="class-coop-link">{move || t(GroupK::OpenCoop)}</a>
            </div>
        </section>
    }
}
