//! A `<details>` section whose content is built the first time it is opened and kept
//! after: a closed form (a note's follow-up, the class's details, the picture PIN)
//! costs nothing while the page is drawn, so a page costs what it shows.

use leptos::prelude::*;

#[component]
pub fn Disclosure(
    /// The `<summary>` element (always drawn).
    summary: ViewFn,
    /// Classes of the `<details>` element.
    #[prop(into, optional)]
    class: Option<String>,
    /// `data-testid` of the `<details>` element.
    #[prop(into, optional)]
    testid: Option<String>,
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::Element>(&ev).has_attribute("open") {
            opened.set(true);
        }
    };
    view! {
        <details class=class data-testid=testid on:toggle=on_toggle>
            {summary.run()}
            <Show when=move || opened.get()>{children()}</Show>
        </details>
    }
}
