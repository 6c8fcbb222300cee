//! What lies below a screen's first view is drawn once that first view is painted, so a
//! page opens with what the teacher came for (a pupil's goals and feedback, a class's
//! pupils) and the forms and sections under it follow as soon as the browser is idle. The
//! pupil page is six screens tall on a tablet; drawing it whole before the first paint
//! made the teacher wait for all of it.
//!
//! A step back or forward in the browser's history draws everything at once: the browser
//! puts the page back where the teacher had scrolled to, which needs the whole page.

use std::cell::Cell;

use leptos::prelude::*;

thread_local! {
    /// Set while the screens of a history step (back or forward) are being built.
    static HISTORY_STEP: Cell<bool> = const { Cell::new(false) };
}

/// At the latest this long after the paint, `after_paint` runs its work even when the
/// browser never became idle.
const IDLE_WAIT_MS: u32 = 150;

/// Runs `f` after the next paint, once the browser is idle: what is below the first
/// screen follows what the teacher came for, and a tap made meanwhile is handled first.
/// A frame callback runs before the paint; the idle callback it asks for runs after it
/// (at the latest `IDLE_WAIT_MS` later). Browsers without `requestIdleCallback` (Safari)
/// run `f` in a task queued from the frame callback, which also runs after the paint.
fn after_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    request_animation_frame(move || {
        let Some(window) = web_sys::window() else { return };
        let f = Closure::once_into_js(f);
        let f: &js_sys::Function = f.unchecked_ref();
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(IDLE_WAIT_MS);
        if window.request_idle_callback_with_options(f, &options).is_err() {
            let _ = window.set_timeout_with_callback(f);
        }
    });
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

/// Sets `drawn` once the next paint is done, or at once on a history step.
fn draw_after_paint(drawn: RwSignal<bool>) {
    if HISTORY_STEP.with(Cell::get) {
        drawn.set(true);
    } else {
        after_paint(move || {
            drawn.try_set(true);
        });
    }
}

/// False until the screen's first paint is done, then true (true at once on a history
/// step): a long list draws its first screen of rows before the paint and the rest after.
pub fn use_after_paint() -> Signal<bool> {
    let drawn = RwSignal::new(false);
    draw_after_paint(drawn);
    drawn.into()
}

/// Draws its children after the screen's first paint (at once on a history step). With
/// `when`, after the first paint once that holds: the class page's first screen is
/// complete with its records (the not-seen line), and building the rest must not hold
/// them up. Once drawn, the children stay.
#[component]
pub fn AfterPaint(#[prop(optional, into)] when: Option<Signal<bool>>, children: ChildrenFn) -> impl IntoView {
    let drawn = RwSignal::new(false);
    match when {
        Some(when) if !when.get_untracked() => {
            // Asks once, when `when` first holds; then it reads nothing more.
            Effect::new(move |asked: Option<bool>| {
                if asked == Some(true) {
                    return true;
                }
                let ready = when.get();
                if ready {
                    draw_after_paint(drawn);
                }
                ready
            });
        }
        _ => draw_after_paint(drawn),
    }
    view! { <Show when=move || drawn.get()>{children()}</Show> }
}
