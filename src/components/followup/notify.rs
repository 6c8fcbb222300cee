//! System notifications for due reminders (Notification API), only after the teacher
//! allows them with a tap; everything works without. While the app is open (or
//! installed and running), one notification per day says how much is due.

use std::cell::Cell;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

use crate::i18n::followup::{due_summary, FollowK};
use crate::i18n::Text;
use crate::state::{today, use_app, AppState};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    Unsupported,
    Ask,
    Granted,
    Denied,
}

fn supported() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w, &"Notification".into()).unwrap_or(false))
}

thread_local! {
    /// The answer last read; `None` until the first read or after it changed.
    static PERMISSION: Cell<Option<Permission>> = const { Cell::new(None) };
}

/// The browser's answer, read once and then kept. Reading `Notification.permission` asks
/// the browser process each time (about 10 ms in Chromium), and the reminder list and the
/// due badge need it on every change. A tap on "allow" and the Permissions API's change
/// event (the teacher changes it in the browser's site settings) make the next call read
/// it again.
pub fn permission() -> Permission {
    if let Some(p) = PERMISSION.with(Cell::get) {
        return p;
    }
    let p = read_permission();
    PERMISSION.with(|c| c.set(Some(p)));
    if p != Permission::Unsupported {
        forget_on_change();
    }
    p
}

fn read_permission() -> Permission {
    if !supported() {
        return Permission::Unsupported;
    }
    match Notification::permission() {
        NotificationPermission::Granted => Permission::Granted,
        NotificationPermission::Denied => Permission::Denied,
        _ => Permission::Ask,
    }
}

/// Forgets the kept answer when the browser says it changed (where the Permissions API
/// knows notifications; elsewhere a tap on "allow" is the only way it changes in the app).
fn forget_on_change() {
    thread_local! {
        static WATCHING: Cell<bool> = const { Cell::new(false) };
    }
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let Some(permissions) = web_sys::window().and_then(|w| w.navigator().permissions().ok()) else { return };
    let query = js_sys::Object::new();
    if js_sys::Reflect::set(&query, &"name".into(), &"notifications".into()).is_err() {
        return;
    }
    let Ok(promise) = permissions.query(&query) else { return };
    spawn_local(async move {
        let Ok(status) = JsFuture::from(promise).await else { return };
        let Ok(status) = status.dyn_into::<web_sys::PermissionStatus>() else { return };
        let forget = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| PERMISSION.with(|c| c.set(None)));
        status.set_onchange(Some(forget.as_ref().unchecked_ref()));
        // Both kept for the app's life: the listener and the status object it is on.
        forget.forget();
        std::mem::forget(status);
    });
}

/// Asks the browser (only ever from a button tap) and gives the answer.
pub async fn request() -> Permission {
    if !supported() {
        return Permission::Unsupported;
    }
    if let Ok(p) = Notification::request_permission() {
        let _ = JsFuture::from(p).await;
    }
    PERMISSION.with(|c| c.set(None));
    permission()
}

/// Shows a notification; falls back to the service worker where `new Notification`
/// is not allowed (installed app on Android).
fn show(title: &str, body: &str) {
    let opts = NotificationOptions::new();
    opts.set_body(body);
    opts.set_tag("groeipad-due");
    opts.set_icon("/icons/icon-192.png");
    if Notification::new_with_options(title, &opts).is_ok() {
        return;
    }
    let Some(win) = web_sys::window() else { return };
    let nav = win.navigator();
    if !js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = nav.service_worker();
    let (title, body) = (title.to_string(), body.to_string());
    spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.get_registration()).await else { return };
        if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
            let opts = NotificationOptions::new();
            opts.set_body(&body);
            opts.set_tag("groeipad-due");
            let _ = reg.show_notification_with_options(&title, &opts);
        }
    });
}

thread_local! {
    static NOTIFIED_ON: Cell<Option<NaiveDate>> = const { Cell::new(None) };
}

/// Notifies once per day (per app start) when something is due and notifications are allowed.
pub fn notify_if_due(st: AppState) {
    let day = today();
    if NOTIFIED_ON.with(|c| c.get()) == Some(day) || permission() != Permission::Granted {
        return;
    }
    let n = st.book.with_untracked(|b| b.due_reminder_count(day));
    if n == 0 {
        return;
    }
    NOTIFIED_ON.with(|c| c.set(Some(day)));
    let lang = st.lang.get_untracked();
    show(FollowK::NotifyTitle.t(lang), &due_summary(lang, n));
}

/// The notifications setting on the reminder list: a button that asks, or the state.
#[component]
pub fn NotificationsToggle() -> impl IntoView {
    let st = use_app();
    let state = RwSignal::new(permission());
    let ask = move |_| {
        spawn_local(async move {
            let p = request().await;
            state.set(p);
            if p == Permission::Granted {
                notify_if_due(st);
            }
        })
    };
    view! {
        <p class="help">{move || st.t(FollowK::NotifyHelp)}</p>
        <div data-testid="notify-state" aria-live="polite">
            {move || match state.get() {
                Permission::Ask => view! {
                    <button class="btn btn-secondary" data-testid="notify-enable" on:click=ask>{move || st.t(FollowK::NotifyEnable)}</button>
                }.into_any(),
                Permission::Granted => view! { <p>{move || st.t(FollowK::NotifyOn)}</p> }.into_any(),
                Permission::Denied => view! { <p>{move || st.t(FollowK::NotifyDenied)}</p> }.into_any(),
                Permission::Unsupported => view! { <p>{move || st.t(FollowK::NotifyUnsupported)}</p> }.into_any(),
            }}
        </div>
    }
}
