//! A select of every year group, Dutch and Flemish, with an optional "same as class" entry.

use leptos::prelude::*;

use crate::domain::model::{SchoolSystem, YearGroup};
use crate::i18n::{self, K};
use crate::state::use_app;

/// Year-group picker.
#[component]
pub fn YearGroupSelect(
    /// The `id` of the select, for its label.
    #[prop(into)]
    id: String,
    /// The chosen year group (None = "same as the class", only with `allow_none`); the
    /// select follows it when it changes from outside (another tab).
    #[prop(into)]
    value: Signal<Option<YearGroup>>,
    /// Offer a "same as the class" entry.
    #[prop(default = false)]
    allow_none: bool,
    /// Called with the value the teacher picked.
    #[prop(into)]
    on_change: Callback<Option<YearGroup>>,
) -> impl IntoView {
    let st = use_app();
    let current = move || value.get().map(|y| y.code()).unwrap_or_default();
    let options = move |system: SchoolSystem| {
        YearGroup::all(system)
            .into_iter()
            .map(|yg| {
                let code = yg.code();
                let code2 = code.clone();
                view! {
                    <option value=code selected=move || current() == code2>{move || i18n::year_group(st.lang.get(), yg)}</option>
                }
            })
            .collect_view()
    };
    view! {
        <select id=id prop:value=current on:change=move |ev| on_change.run(YearGroup::from_code(&event_target_value(&ev)))>
            {allow_none.then(|| view! { <option value="" selected=move || current().is_empty()>{move || st.t(K::SameAsClass)}</option> })}
            <optgroup label=move || st.t(K::SchoolNl)>{options(SchoolSystem::Nl)}</optgroup>
            <optgroup label=move || st.t(K::SchoolVl)>{options(SchoolSystem::Vl)}</optgroup>
        </select>
    }
}
