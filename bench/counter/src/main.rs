//! The smallest Leptos app: one button that counts. bench/school.mjs measures its start-up
//! (to the performance mark "counter-interactive", set in the frame that first paints the
//! button) as the floor for Groeipad's own start-up.

use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let count = RwSignal::new(0u32);
    view! {
        <button data-testid="counter" on:click=move |_| count.update(|n| *n += 1)>
            "Geteld: " {move || count.get()}
        </button>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
    request_animation_frame(|| {
        if let Some(perf) = window().performance() {
            let _ = perf.mark("counter-interactive");
        }
    });
}
