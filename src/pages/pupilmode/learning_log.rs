//! The learning log of one pupil (/pupil/:id/log): everything about them on one
//! timeline, newest first, filterable by kind and by goal, 50 rows at a time. Opening it
//! marks the pupil's new reflections as read (they keep a "new" mark until the page closes).

use std::collections::{BTreeSet, HashSet};

use leptos::prelude::*;

use crate::components::after_paint::use_after_paint;
use crate::components::record_frame::{use_pupil_id, PupilRecords};

use crate::domain::pupilmode::{kind_counts, timeline, LogFilter, LogKind};
use crate::i18n::pupilmode::{log_kind, shown_of, PK};
use crate::i18n::K;
use crate::pages::pupilmode::log_row::LogRow;
use crate::state::use_app;

/// Rows per "show more".
pub const PAGE_SIZE: usize = 50;

/// Rows drawn before the page's first paint (a tablet screen and a bit); the rest of the
/// page of 50 follows just after it.
const FIRST_SCREEN: usize = 12;

#[component]
pub fn LearningLogPage() -> impl IntoView {
    let id = use_pupil_id();
    view! { <PupilRecords><LogView id=id.clone()/></PupilRecords> }
}

fn perf_mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

#[component]
fn LogView(id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: PK| st.t(k);
    perf_mark("groeipad-log-start");
    // Which reflections were new when the page opened; then mark them read.
    let fresh: HashSet<String> = st.book.with_untracked(|b| b.unread_reflection_ids(&id));
    if !fresh.is_empty() {
        let pid = id.clone();
        if let Err(e) = st.run(|b| b.mark_reflections_read(&pid)) {
            st.toast(e, true, None);
        }
    }
    let fresh = StoredValue::new(fresh);

    let kinds = RwSignal::new(BTreeSet::<LogKind>::new());
    let goal = RwSignal::new(None::<String>);
    let shown = RwSignal::new(PAGE_SIZE);
    let entries = {
        let id = id.clone();
        Memo::new(move |_| st.book.with_pupil(&id, |b| b.log_entries(&id)))
    };
    let counts = Memo::new(move |_| entries.with(|e| kind_counts(e, goal.get().as_deref())));
    let page = Memo::new(move |_| {
        let filter = LogFilter { kinds: kinds.get(), goal_id: goal.get() };
        timeline(entries.get(), &filter, 0, shown.get().max(1)).ok()
    });
    let total_all = move || entries.with(Vec::len);
    let painted = use_after_paint();
    let rows = move || {
        let drawn = if painted.get() { usize::MAX } else { FIRST_SCREEN };
        page.get().map(|p| p.entries.into_iter().take(drawn).enumerate().collect::<Vec<_>>()).unwrap_or_default()
    };

    let pupil = st.book.with_untracked(|b| b.pupil(&id).cloned());
    let name = Signal::derive(move || pupil.as_ref().map(|p| p.display_name(st.privacy.get())).unwrap_or_default());
    let back = format!("/pupil/{id}");
    let goals = {
        let id = id.clone();
        Signal::derive(move || {
            let lang = st.lang.get();
            st.book.with_pupil(&id, |b| {
                b.goals_of(&id).into_iter().map(|g| (g.id.clone(), crate::i18n::goals::goal_title(g, lang))).collect::<Vec<_>>()
            })
        })
    };
    let toggle = move |k: LogKind| {
        kinds.update(|s| {
            if !s.remove(&k) {
                s.insert(k);
            }
        });
        shown.set(PAGE_SIZE);
    };
    let clear = move |_| {
        kinds.set(BTreeSet::new());
        goal.set(None);
        shown.set(PAGE_SIZE);
    };
    request_animation_frame(|| perf_mark("groeipad-log-rendered"));

    view! {
        <div class="page log-page" data-testid="log-page">
            <a class="back-link" href=back>{move || format!("← {}", name.get())}</a>
            <header class="page-header">
                <h1>{move || format!("{} · {}", t(PK::LogTitle), name.get())}</h1>
            </header>
            <Show when=move || { total_all() > 0 }
                fallback=move || view! {
                    <section class="card empty-state" data-testid="log-empty"><p>{move || t(PK::LogEmpty)}</p></section>
                }>
                <section class="card log-filters" aria-label=move || t(PK::LogKinds)>
                    <div class="log-kinds" role="group" aria-labelledby="log-kinds-label">
                        <span id="log-kinds-label" class="log-filter-label">{move || t(PK::LogKinds)}</span>
                        <button type="button" class="chip" data-testid="log-kind-all"
                            aria-pressed=move || kinds.with(BTreeSet::is_empty).to_string()
                            on:click=move |_| { kinds.set(BTreeSet::new()); shown.set(PAGE_SIZE); }>
                            {move || t(PK::LogAll)}
                        </button>
                        {LogKind::ALL.into_iter().map(|k| view! {
                            <button type="button" class="chip" data-testid="log-kind" data-kind=format!("{k:?}")
                                aria-pressed=move || kinds.with(|s| s.contains(&k)).to_string()
                                on:click=move |_| toggle(k)>
                                {move || format!("{} ({})", log_kind(k, st.lang.get()), counts.with(|c| c.get(&k).copied().unwrap_or(0)))}
                            </button>
                        }).collect_view()}
                    </div>
                    <div class="field log-goal-filter">
                        <label for="log-goal">{move || t(PK::LogGoal)}</label>
                        <select id="log-goal" data-testid="log-goal" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            goal.set((!v.is_empty()).then_some(v));
                            shown.set(PAGE_SIZE);
                        }>
                            <option value="" selected=move || goal.get().is_none()>{move || t(PK::LogAllGoals)}</option>
                            {move || goals.get().into_iter().map(|(gid, title)| {
                                let g2 = gid.clone();
                                view! { <option value=gid selected=move || goal.get().as_deref() == Some(g2.as_str())>{title}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </section>
                <section aria-labelledby="log-timeline-title">
                    <h2 id="log-timeline-title" class="visually-hidden">{move || t(PK::Timeline)}</h2>
                    <Show when=move || page.with(|p| p.as_ref().is_some_and(|p| p.total > 0))
                        fallback=move || view! {
                            <div class="card empty-state" data-testid="log-empty-filter">
                                <p>{move || t(PK::LogEmptyFilter)}</p>
                                <button type="button" class="btn btn-secondary" on:click=clear>{move || t(PK::ClearFilter)}</button>
                            </div>
                        }>
                        <ol class="log-list" role="list" data-testid="log-list">
                            // Keyed by position: "show more" only adds rows, it never redraws the ones shown.
                            <For each=rows key=|(i, e)| (*i, e.ref_id.clone(), e.kind, e.date)
                                children=move |(_, entry)| {
                                    let is_new = fresh.with_value(|f| f.contains(&entry.ref_id));
                                    view! { <LogRow entry=entry is_new=is_new/> }
                                }/>
                        </ol>
                        <div class="log-more">
                            <p class="muted" data-testid="log-count">{move || page.with(|p| p.as_ref().map(|p| shown_of(st.lang.get(), p.entries.len(), p.total)))}</p>
                            <Show when=move || page.with(|p| p.as_ref().is_some_and(|p| p.has_more))>
                                <button type="button" class="btn btn-secondary" data-testid="log-more"
                                    on:click=move |_| shown.update(|n| *n += PAGE_SIZE)>{move || st.t(K::ShowMore)}</button>
                            </Show>
                        </div>
                    </Show>
                </section>
            </Show>
        </div>
    }
}
