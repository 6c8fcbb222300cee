//! The balance checks beside the composer: every nudge on the draft with its one-tap action
//! (use the suggestion, add a top, write a next step). Gentle: nothing here blocks saving.

use leptos::prelude::*;

use crate::components::feedback::draft::{field_id, focus_field, Draft};
use crate::domain::feedback::{Nudge, NudgeKind, Part};
use crate::i18n::feedback::{list_lang, nudge_place_text, nudge_text, suggestion_text, FK};
use crate::i18n::K;
use crate::state::use_app;

/// A stable code per nudge kind (for styling and tests).
fn kind_code(kind: &NudgeKind) -> &'static str {
    match kind {
        NudgeKind::FewerTopsThanTips { .. } => "fewer-tops",
        NudgeKind::NoNextStep => "no-next-step",
        NudgeKind::PersonPraise { .. } => "person-praise",
        NudgeKind::Absolute { .. } => "absolute",
        NudgeKind::Label { .. } => "label",
    }
}

#[component]
pub fn NudgePanel(draft: Draft, nudges: Memo<Vec<Nudge>>) -> impl IntoView {
    let st = use_app();
    let item = move |nudge: Nudge| {
        let lang = st.lang.get_untracked();
        let code = kind_code(&nudge.kind);
        let action = match &nudge.kind {
            NudgeKind::FewerTopsThanTips { .. } => {
                let go = move |_| {
                    if let Some(id) = draft.add_row(Part::Top) {
                        focus_field(id);
                    }
                };
                view! { <button type="button" class="btn btn-secondary btn-small" on:click=go>{move || st.t(FK::AddTop)}</button> }.into_any()
            }
            NudgeKind::NoNextStep => {
                let go = move |_| focus_field(field_id(Part::NextStep, 0));
                view! { <button type="button" class="btn btn-secondary btn-small" on:click=go>{move || st.t(FK::WriteNextStep)}</button> }.into_any()
            }
            NudgeKind::PersonPraise { suggestion, suggestion_list, .. }
            | NudgeKind::Absolute { suggestion, suggestion_list, .. }
            | NudgeKind::Label { suggestion, suggestion_list, .. } => {
                // The nudges were checked in this language (`lexicons(lang)`).
                let rewrite = suggestion_text(*suggestion, list_lang(*suggestion_list, lang));
                let n = nudge.clone();
                let go = move |_| {
                    if let Some(id) = draft.use_suggestion(&n, rewrite) {
                        focus_field(id);
                    }
                };
                view! {
                    <button type="button" class="btn btn-primary btn-small" data-testid="use-suggestion" on:click=go>
                        {move || st.t(FK::UseSuggestion)}
                    </button>
                }
                .into_any()
            }
        };
        view! {
            <li class="nudge" data-testid="nudge" data-kind=code>
                <p class="nudge-place">{nudge_place_text(&nudge, lang)}</p>
                <p class="nudge-text">{nudge_text(&nudge, lang)}</p>
                {action}
            </li>
        }
    };
    view! {
        <section class="card nudges" aria-labelledby="nudges-title" data-testid="nudges">
            <h2 id="nudges-title">{move || st.t(FK::CheckTitle)}</h2>
            <Show when=move || draft.undo.with(Option::is_some)>
                <div class="notice suggestion-used" role="status">
                    <p>{move || st.t(FK::SuggestionUsed)}</p>
                    <button type="button" class="btn btn-secondary btn-small" data-testid="undo-suggestion"
                        on:click=move |_| draft.restore()>{move || st.t(K::Undo)}</button>
                </div>
            </Show>
            <Show
                when=move || nudges.with(|n| !n.is_empty())
                fallback=move || view! { <p class="check-clean" data-testid="check-clean">"✓ "{move || st.t(FK::CheckClean)}</p> }
            >
                <p class="help">{move || st.t(FK::CheckHelp)}</p>
                // Rebuilt when the nudges or the language change; the lang read keeps it reactive.
                <ul class="nudge-list" role="list">
                    {move || { st.lang.track(); nudges.get().into_iter().map(item).collect_view() }}
                </ul>
            </Show>
        </section>
    }
}
