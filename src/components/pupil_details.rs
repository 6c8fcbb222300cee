//! The pupil's details form on the pupil page (name, nickname, year group, support),
//! autosaved field by field; a field changed in another tab shows up here.

use leptos::prelude::*;

use crate::components::field_sync::{field, mark_sent, shown, to_send, ChangedElsewhere, FormSync};
use crate::components::year_group_select::YearGroupSelect;
use crate::domain::book::PupilPatch;
use crate::domain::edit::{exact, same_cleaned};
use crate::domain::model::{Pupil, YearGroup};
use crate::i18n::{self, K};
use crate::state::use_app;

/// The pupil's details with autosave: each edit sends only the fields the teacher
/// changed, and a change made in another tab shows up here (`field_sync`).
#[component]
pub fn PupilDetails(pupil: Pupil) -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let id = pupil.id.clone();
    let name = field(pupil.name, same_cleaned);
    let nickname = field(pupil.nickname, same_cleaned);
    let yg = field(pupil.year_group, exact);
    let notes = field(pupil.support_notes, exact);
    let error = RwSignal::new(None::<String>);

    let save = {
        let id = id.clone();
        move || {
            let patch = PupilPatch {
                name: to_send(name),
                nickname: to_send(nickname),
                year_group: to_send(yg),
                support_notes: to_send(notes),
            };
            if patch == PupilPatch::default() {
                error.set(None);
                return;
            }
            match st.run(|b| b.patch_pupil(&id, &patch)) {
                Ok(()) => {
                    error.set(None);
                    if let Some(p) = st.book.with_untracked(|b| b.pupil(&id).cloned()) {
                        mark_sent(name, &patch.name, p.name);
                        mark_sent(nickname, &patch.nickname, p.nickname);
                        mark_sent(yg, &patch.year_group, p.year_group);
                        mark_sent(notes, &patch.support_notes, p.support_notes);
                    }
                }
                Err(e) => error.set(Some(e)),
            }
        }
    };
    let save = StoredValue::new(save);
    let sync = FormSync::watch(
        st,
        move || st.book.with_kinds(&["pupil"], |b| b.pupil(&id).cloned()),
        move || {
            let failed = [
                name.try_update(|f| f.write_failed()),
                nickname.try_update(|f| f.write_failed()),
                yg.try_update(|f| f.write_failed()),
                notes.try_update(|f| f.write_failed()),
            ];
            failed.contains(&Some(true))
        },
        move |p: &Pupil| {
            name.update(|f| f.settle(&p.name));
            nickname.update(|f| f.settle(&p.nickname));
            yg.update(|f| f.settle(&p.year_group));
            notes.update(|f| f.settle(&p.support_notes));
        },
        move || save.with_value(|f| f()),
    );
    // Every edit of the teacher saves at once.
    let edited = move || {
        sync.edited();
        save.with_value(|f| f());
    };
    let saved = move || {
        let unsaved = name.with(|f| f.unsaved())
            || nickname.with(|f| f.unsaved())
            || yg.with(|f| f.unsaved())
            || notes.with(|f| f.unsaved());
        st.pending.get() == 0 && error.with(Option::is_none) && !unsaved
    };

    let save_cb = Callback::new(move |_| save.with_value(|f| f()));
    let text = Callback::new(|v: String| v);
    let yg_text = move |v: Option<YearGroup>| match v {
        Some(y) => i18n::year_group(st.lang.get(), y),
        None => t(K::SameAsClass).to_string(),
    };

    view! {
        <section class="card" aria-labelledby="details-title">
            <h2 id="details-title">{move || t(K::PupilDetails)}</h2>
            <p class="help">{move || t(K::AutosaveHelp)}
                <span class="save-state" aria-live="polite" data-testid="save-state">
                    {move || if saved() { format!(" ✓ {}", t(K::Saved)) } else { String::new() }}
                </span>
            </p>
            <div class="form-grid">
                <div class="field">
                    <label for="p-name">{move || t(K::PupilName)}</label>
                    <input id="p-name" type="text" maxlength="80" autocomplete="off" prop:value=move || shown(name)
                        aria-describedby="p-name-elsewhere"
                        on:input=move |ev| { name.update(|f| f.input(event_target_value(&ev))); edited(); }/>
                    <ChangedElsewhere id="p-name" field=name show=text save=save_cb/>
                </div>
                <div class="field">
                    <label for="p-nick">{move || t(K::Nickname)}</label>
                    <input id="p-nick" type="text" maxlength="20" autocomplete="off" prop:value=move || shown(nickname)
                        aria-describedby="p-nick-help p-nick-elsewhere"
                        on:input=move |ev| { nickname.update(|f| f.input(event_target_value(&ev))); edited(); }/>
                    <small id="p-nick-help" class="help">{move || t(K::NicknameHelp)}</small>
                    <ChangedElsewhere id="p-nick" field=nickname show=text save=save_cb/>
                </div>
                <div class="field">
                    <label for="p-yg">{move || t(K::PupilYearGroup)}</label>
                    <YearGroupSelect id="p-yg" value=Signal::derive(move || shown(yg)) allow_none=true
                        on_change=Callback::new(move |v| { yg.update(|f| f.input(v)); edited(); })/>
                    <ChangedElsewhere id="p-yg" field=yg show=Callback::new(yg_text) save=save_cb/>
                </div>
                <div class="field field-wide">
                    <label for="p-notes">{move || t(K::SupportNotes)}</label>
                    <textarea id="p-notes" rows="5" aria-describedby="p-notes-help p-notes-elsewhere" prop:value=move || shown(notes)
                        on:input=move |ev| { notes.update(|f| f.input(event_target_value(&ev))); edited(); }></textarea>
                    <small id="p-notes-help" class="help">{move || t(K::SupportNotesHelp)}</small>
                    <ChangedElsewhere id="p-notes" field=notes show=text save=save_cb/>
                </div>
            </div>
            <p class="field-error" role="alert" data-testid="pupil-error">{move || error.get()}</p>
        </section>
    }
}
