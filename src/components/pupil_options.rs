//! The `<option>`s of one class's pupils for a pupil `<select>` (the quick success on the
//! class page, the new-reminder form): active pupils in name order, shown as privacy
//! mode asks, the chosen one selected.

use leptos::prelude::*;

use crate::state::use_app;

#[component]
pub fn PupilOptions(
    /// The class whose pupils are offered (none: no options).
    #[prop(into)]
    class_id: Signal<String>,
    /// The chosen pupil's id ("" for none).
    selected: RwSignal<String>,
) -> impl IntoView {
    let st = use_app();
    move || {
        let privacy = st.privacy.get();
        st.book.with_kinds(&["class", "pupil"], |b| {
            b.pupils_of(&class_id.get(), false)
                .into_iter()
                .map(|p| {
                    let id = p.id.clone();
                    view! { <option value=id.clone() prop:selected=move || selected.get() == id>{p.display_name(privacy)}</option> }
                })
                .collect_view()
        })
    }
}
