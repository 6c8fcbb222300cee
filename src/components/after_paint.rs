//! What lies below a screen's first view is drawn just after that first paint, so a page
//! opens with what the teacher came for (a pupil's goals and feedback, a class's pupils)
//! and the forms and sections under it follow a frame later. The pupil page is six
//! screens tall on a tablet; drawing it whole before the first paint made the teacher
//! wait for all of it.
//!
//! A step back or forward in the browser's history draws everything at once: the browser
//! puts the page back where the teacher had scrolled to, which needs the whole page.

use std::cell::Cell;

use leptos::prelude::*;

thread_local! {
    /// Set while the screens of a history step (back or forward) are being built.
    static HISTORY_STEP: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` just after the next paint (a frame callback runs before the paint, a task it
/// queues runs after it): what is below the first screen can follow what the teacher came for.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Notes the browser's history steps, so `AfterPaint` draws the screen they go to at once.
/// Called by the app before its router listens (the same event, heard first): the screen
/// is built in the microtasks after the event, and the mark is gone with the next task.
pub fn listen_for_history_steps() {
    // Lives as long as the page (the handle only removes it when asked).
    let _ = window_event_listener(leptos::ev::popstate, |_| {
        HISTORY_STEP.with(|s| s.set(true));
        set_timeout(|| HISTORY_STEP.with(|s| s.set(false)), std::time::Duration::ZERO);
    });
}

/// Draws its children after the screen's first paint (at once on a history step).
#[component]
pub fn AfterPaint(children: ChildrenFn) -> impl IntoView {
    let drawn = RwSignal::new(HISTORY_STEP.with(Cell::get));
    if !drawn.get_untracked() {
        after_paint(move || {
            drawn.try_set(true);
        });
    }
    view! { <Show when=move || drawn.get()>{children()}</Show> }
}
