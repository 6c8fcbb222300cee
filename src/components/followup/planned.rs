//! The sessions planned this week for one class: who, which day, how long; held in one
//! tap (logged as an individual moment) or cancelled, both with undo.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::followup::{self as fi, FollowK};
use crate::state::{new_id, today, use_app};

#[component]
pub fn PlannedList(class_id: Memo<String>, day: Signal<NaiveDate>, on_change: Callback<()>) -> impl IntoView {
    let st = use_app();
    let t = move |k: FollowK| st.t(k);
    let planned = Memo::new(move |_| {
        let d = day.get();
        st.book.with_kinds(&["reminder", "pupil"], |b| b.planned_sessions(Some(&class_id.get()), d).into_iter().cloned().collect::<Vec<_>>())
    });
    let rows = move || {
        let lang = st.lang.get();
        let privacy = st.privacy.get();
        planned
            .get()
            .into_iter()
            .map(|r| {
                let name = st.book.with_untracked(|b| r.pupil_id.as_deref().and_then(|p| b.pupil(p)).map(|p| p.display_name(privacy)).unwrap_or_default());
                let minutes = r.minutes.unwrap_or_default();
                let (id1, id2) = (r.id.clone(), r.id.clone());
                let held = move |_| {
                    let l = st.lang.get_untracked();
                    if let Err(e) = st.run_undoable(st.t(FollowK::MomentLogged).into(), |b| b.hold_session(&id1, &new_id(), &new_id(), today(), l)) {
                        st.toast(e, true, None);
                    }
                };
                let cancel = move |_| match st.run_undoable(st.t(FollowK::Unplanned).into(), |b| b.delete_reminder(&id2)) {
                    Ok(()) => on_change.run(()),
                    Err(e) => st.toast(e, true, None),
                };
                let open = r.is_open();
                view! {
                    <li class="plan-row planned-row" data-testid="planned-row">
                        <div class="plan-main">
                            <span class="plan-name" data-testid="planned-name">{name.clone()}</span>
                            <small class="help">{format!("{} · {}", fi::planned_for(lang, r.due), fi::minutes(lang, u32::from(minutes)))}</small>
                        </div>
                        {if open {
                            view! {
                                <div class="plan-actions">
                                    <button class="btn btn-primary" data-testid="planned-held" aria-label=fi::for_pupil(lang, t(FollowK::Held), &name) on:click=held>
                                        {t(FollowK::Held)}
                                    </button>
                                    <button class="btn btn-secondary" data-testid="planned-cancel" aria-label=fi::for_pupil(lang, t(FollowK::Unplan), &name) on:click=cancel>
                                        {t(FollowK::Unplan)}
                                    </button>
                                </div>
                            }.into_any()
                        } else {
                            view! { <span class="badge badge-done" data-testid="planned-done">"✓ "{t(FollowK::HeldBadge)}</span> }.into_any()
                        }}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || planned.with(|p| !p.is_empty())>
            <section class="card" aria-labelledby="planned-title">
                <h2 id="planned-title">{move || t(FollowK::PlannedTitle)}</h2>
                <ul class="plan-list" role="list" data-testid="planned">{rows}</ul>
            </section>
        </Show>
    }
}
