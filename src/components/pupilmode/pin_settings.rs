//! Settings, "PIN and lock": set, change or remove the teacher PIN (change and remove ask
//! the current one, under the same throttle as the lock screen), and the idle time.
//! Hashing and checking run a slice at a time while "securing…" / "checking…" shows.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::UserMessage;
use crate::domain::pupilmode::commands::check_new_pin;
use crate::i18n::pupilmode::PK;
use crate::mode::use_mode;
use crate::state::use_app;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Save,
    Remove,
}

#[component]
pub fn PinSettings() -> impl IntoView {
    let st = use_app();
    let m = use_mode();
    let t = move |k: PK| st.t(k);
    let current = RwSignal::new(String::new());
    let new_pin = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let working = RwSignal::new(None::<PK>);
    let has_pin = move || m.has_pin();

    let run = move |action: Action| {
        if working.get_untracked().is_some() {
            return;
        }
        let lang = st.lang.get_untracked();
        let had_pin = m.has_pin();
        let (cur, new, rep) = (current.get_untracked(), new_pin.get_untracked(), repeat.get_untracked());
        if action == Action::Save {
            if let Err(e) = check_new_pin(&new, &rep) {
                error.set(Some(e.message(lang)));
                return;
            }
        }
        error.set(None);
        spawn_local(async move {
            if had_pin {
                working.set(Some(PK::Checking));
                if let Err(e) = m.check_pin(cur).await {
                    working.set(None);
                    current.set(String::new());
                    error.set(Some(e));
                    return;
                }
            }
            let result = match action {
                Action::Save => {
                    working.set(Some(PK::Securing));
                    match m.hash_new_pin(new).await {
                        Ok(hash) => st.run(|b| b.set_teacher_pin(hash)).map(|_| (PK::PinSaved, None)),
                        Err(e) => Err(e),
                    }
                }
                Action::Remove => st.run_with_undo(|b| b.remove_teacher_pin()).map(|((), undo)| (PK::PinRemoved, undo)),
            };
            working.set(None);
            match result {
                Ok((done, undo)) => {
                    current.set(String::new());
                    new_pin.set(String::new());
                    repeat.set(String::new());
                    st.toast(st.t(done).into(), false, undo);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        run(Action::Save);
    };

    let idle = RwSignal::new(st.book.with_untracked(|b| b.idle_lock().idle_minutes()).to_string());
    let idle_error = RwSignal::new(None::<String>);
    let save_idle = move |_| {
        let value = idle.get_untracked();
        let minutes = value.trim().parse::<u8>().unwrap_or(0);
        match st.run(|b| b.set_idle_minutes(minutes)) {
            Ok(()) => {
                idle_error.set(None);
                st.toast(st.t(PK::IdleSaved).into(), false, None);
            }
            Err(e) => idle_error.set(Some(e)),
        }
    };

    let pin_field = move |id: &'static str, label: PK, value: RwSignal<String>, testid: &'static str| {
        view! {
            <div class="field">
                <label for=id>{move || t(label)}</label>
                <input id=id type="password" inputmode="numeric" autocomplete="off" maxlength="8" data-testid=testid
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };

    view! {
        <section class="card pin-settings" id="pin" aria-labelledby="pin-title" data-testid="pin-settings">
            <h2 id="pin-title">{move || t(PK::PinTitle)}</h2>
            <p class="help">{move || t(PK::PinIntro)}</p>
            <p data-testid="pin-state"><strong>{move || if has_pin() { t(PK::PinIsSet) } else { t(PK::PinNotSet) }}</strong></p>
            <form class="form-grid" on:submit=on_submit data-testid="pin-settings-form">
                <Show when=has_pin>{pin_field("pin-current", PK::CurrentPin, current, "pin-current")}</Show>
                {pin_field("pin-new", PK::NewPin, new_pin, "pin-new")}
                {pin_field("pin-repeat", PK::RepeatPin, repeat, "pin-repeat")}
                <div class="actions-row field-wide">
                    <button type="submit" class="btn btn-primary" data-testid="pin-save" disabled=move || working.get().is_some()>
                        {move || if has_pin() { t(PK::ChangePin) } else { t(PK::SetPin) }}
                    </button>
                    <Show when=has_pin>
                        <button type="button" class="btn btn-danger" data-testid="pin-remove" disabled=move || working.get().is_some()
                            on:click=move |_| run(Action::Remove)>{move || t(PK::RemovePin)}</button>
                    </Show>
                </div>
                <div class="field-wide" role="status" aria-live="polite">
                    {move || working.get().map(|k| view! { <p class="pin-checking" data-testid="pin-working"><span class="spinner" aria-hidden="true"></span>{t(k)}</p> })}
                </div>
                <p class="field-error" role="alert" data-testid="pin-settings-error">{move || error.get()}</p>
            </form>
            <div class="form-grid idle-row">
                <div class="field">
                    <label for="idle-minutes">{move || t(PK::IdleLabel)}</label>
                    <input id="idle-minutes" type="number" min="1" max="60" step="1" inputmode="numeric" data-testid="idle-minutes"
                        aria-describedby="idle-help"
                        prop:value=move || idle.get() on:input=move |ev| idle.set(event_target_value(&ev)) on:change=save_idle/>
                    <small id="idle-help" class="help">{move || t(PK::IdleHelp)}</small>
                </div>
                <p class="field-error" role="alert">{move || idle_error.get()}</p>
            </div>
        </section>
    }
}
