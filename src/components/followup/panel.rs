//! On the class page: who was not seen lately, and the way to the attention view and
//! the weekly planner (class page → attention → Moment → save: three taps).

use leptos::prelude::*;

use crate::components::record_frame::use_class_page_scope;
use crate::i18n::followup::{self as fi, FollowK};
use crate::state::{today, use_app};

#[component]
pub fn ClassAttentionPanel(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: FollowK| st.t(k);
    let part = use_class_page_scope();
    let summary = move || {
        st.book.with_class(&id.get(), |b| {
            let s = b.settings();
            let stats = b.class_attention(&id.get(), false, today(), part.get().since());
            let n = stats
                .iter()
                .filter(|p| p.is_not_seen(s.not_seen_school_days))
                .count();
            (stats.len(), fi::not_seen_summary(st.lang.get(), n, s.not_seen_school_days))
        })
    };
    view! {
        <section class="card attention-panel" aria-labelledby="attention-panel-title" data-testid="class-attention-panel">
            <h2 id="attention-panel-title">{move || t(FollowK::AttentionPanelTitle)}</h2>
            <Show when=move || { st.need(part.get()) && summary().0 > 0 }>
                <p data-testid="class-not-seen">{move || summary().1}</p>
            </Show>
            <div class="actions-row">
                <a class="btn btn-primary" href=move || format!("/class/{}/attention", id.get()) data-testid="class-attention-link">{move || t(FollowK::AttentionLink)}</a>
                <a class="btn btn-secondary" href=move || format!("/class/{}/plan", id.get()) data-testid="class-plan-link">{move || t(FollowK::PlanLink)}</a>
                <a class="btn btn-secondary" href="/reminders">{move || t(FollowK::GoToReminders)}</a>
            </div>
        </section>
    }
}
