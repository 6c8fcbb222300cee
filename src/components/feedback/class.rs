//! The class page's feedback section: the way to this week's success board, a quick-add for
//! a success, and the fairness signal (pupils with no strength noted in three weeks), which is
//! only ever shown here, to the teacher.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::feedback::parts::star_icon;
use crate::components::pupil_options::PupilOptions;
use crate::domain::feedback::{BalanceSettings, Success, SuccessSource, MAX_SUCCESS_CHARS};
use crate::components::record_frame::use_class_page_scope;
use crate::i18n::feedback::{no_strength_heading, no_strength_text, FK};
use crate::state::{new_id, today, use_app};

#[component]
pub fn ClassFeedback(class_id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let has_pupils = move || st.book.with_kinds(&["class", "pupil"], |b| b.active_count(&class_id.get()) > 0);
    view! {
        <Show when=has_pupils>
            <section class="card class-feedback" aria-labelledby="cf-title" data-testid="class-feedback">
                <h2 id="cf-title">{move || st.t(FK::ClassTitle)}</h2>
                <div class="board-link">
                    <a class="btn btn-primary" href=move || format!("/class/{}/successes", class_id.get()) data-testid="open-board">
                        {star_icon()}{move || st.t(FK::OpenBoard)}
                    </a>
                    <p class="help">{move || st.t(FK::BoardHelp)}</p>
                </div>
                <QuickSuccess class_id=class_id/>
                <NoStrength class_id=class_id/>
            </section>
        </Show>
    }
}

#[component]
fn QuickSuccess(class_id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: FK| st.t(k);
    let pupil = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let pid = pupil.get_untracked();
        if pid.is_empty() {
            error.set(Some(t(FK::ChoosePupilFirst).into()));
            return;
        }
        let s = Success { id: new_id(), pupil_id: pid, date: today(), text: text.get_untracked(), goal_id: None, source: SuccessSource::Manual, template: None };
        match st.run_undoable(t(FK::SuccessSaved).into(), |b| b.add_success(s)) {
            Ok(()) => {
                text.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="quick-success" on:submit=add data-testid="quick-success">
            <h3>{move || t(FK::QuickSuccess)}</h3>
            <div class="quick-grid">
                <div class="field">
                    <label for="qs-pupil">{move || t(FK::Pupil)}</label>
                    <select id="qs-pupil" on:change=move |ev| pupil.set(event_target_value(&ev))>
                        <option value="" selected=move || pupil.get().is_empty()>{move || t(FK::ChoosePupil)}</option>
                        <PupilOptions class_id=class_id selected=pupil/>
                    </select>
                </div>
                <div class="field">
                    <label for="qs-text">{move || t(FK::SuccessText)}</label>
                    <input id="qs-text" type="text" autocomplete="off" maxlength=MAX_SUCCESS_CHARS.to_string()
                        placeholder=move || t(FK::SuccessPlaceholder) aria-describedby="qs-error"
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="btn btn-secondary">{move || t(FK::SaveSuccess)}</button>
            </div>
            <p id="qs-error" class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

#[component]
fn NoStrength(class_id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let part = use_class_page_scope();
    let flags = Memo::new(move |_| st.book.with_class(&class_id.get(), |b| b.class_without_strength(&class_id.get(), today(), part.get().since())));
    let days = BalanceSettings::default().strength_window_days;
    let items = move || {
        let lang = st.lang.get();
        let privacy = st.privacy.get();
        let now = today();
        flags
            .get()
            .into_iter()
            .map(|f| {
                let name = st.book.with_untracked(|b| b.pupil(&f.pupil_id).map(|p| p.display_name(privacy))).unwrap_or_default();
                let label = format!("{name}: {}", no_strength_text(&f, now, lang));
                let href = format!("/pupil/{}/feedback", f.pupil_id);
                view! {
                    <li><a class="name-chip" href=href aria-label=label.clone() title=label data-testid="no-strength-pupil">{name}</a></li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="no-strength" data-testid="no-strength">
          <Show when=move || st.need(part.get())>
            <Show
                when=move || flags.with(|f| !f.is_empty())
                fallback=move || view! { <p class="check-clean" data-testid="everyone-seen">"✓ "{move || st.t(FK::EveryoneSeen)}</p> }
            >
                <h3>{move || no_strength_heading(days, st.lang.get())}</h3>
                <p class="help">{move || st.t(FK::NoStrengthHelp)}</p>
                <ul class="name-chips" role="list">{items}</ul>
            </Show>
          </Show>
        </div>
    }
}
