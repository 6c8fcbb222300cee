//! One pupil: details with autosave, archive or restore, delete with undo.
//! Later issues add goals, feedback and the learning log here.

use leptos::prelude::*;

use crate::components::record_route::PupilRoute;
use leptos_router::hooks::use_navigate;

use crate::components::goals_section::GoalsSection;
use crate::components::year_group_select::YearGroupSelect;
use crate::domain::book::PupilFields;
use crate::domain::model::SupportLevel;
use crate::i18n::{self, K};
use crate::state::{today, use_app, Undo};

#[component]
pub fn PupilPage() -> impl IntoView {
    view! { <PupilRoute page=|id| view! { <PupilView id=id/> }.into_any()/> }
}

#[component]
fn PupilView(id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let navigate = use_navigate();
    let pupil = st.book.with_untracked(|b| b.pupil(&id).cloned()).unwrap_or_else(|| unreachable_pupil(&id));
    let class_id = pupil.class_id.clone();
    let class_href = format!("/class/{class_id}");
    let class_name = {
        let cid = class_id.clone();
        move || st.book.with(|b| b.class(&cid).map(|c| c.name.clone()).unwrap_or_default())
    };

    let name = RwSignal::new(pupil.name.clone());
    let nickname = RwSignal::new(pupil.nickname.clone());
    let yg = RwSignal::new(pupil.year_group);
    let level = RwSignal::new(pupil.support_level);
    let notes = RwSignal::new(pupil.support_notes.clone());
    let error = RwSignal::new(None::<String>);

    let id_save = id.clone();
    let save = move || {
        let fields = PupilFields {
            name: name.get_untracked(),
            nickname: nickname.get_untracked(),
            year_group: yg.get_untracked(),
            support_notes: notes.get_untracked(),
            support_level: level.get_untracked(),
        };
        error.set(st.run(|b| b.update_pupil(&id_save, &fields)).err());
    };
    let save = StoredValue::new(save);
    let save_now = move || save.with_value(|f| f());

    let live = {
        let id = id.clone();
        move || st.book.with(|b| b.pupil(&id).cloned())
    };
    let archived_on = Signal::derive({
        let live = live.clone();
        move || live().and_then(|p| p.archived_on)
    });
    let heading = {
        let live = live.clone();
        move || live().map(|p| p.display_name(st.privacy.get())).unwrap_or_default()
    };

    let id_arch = id.clone();
    let toggle_archive = move |_| {
        let archived = st.book.with_untracked(|b| b.pupil(&id_arch).is_some_and(|p| p.is_archived()));
        if archived {
            match st.run(|b| b.restore_pupil(&id_arch)) {
                Ok(()) => st.toast(t(K::PupilRestored).into(), false, None),
                Err(e) => st.toast(e, true, None),
            }
        } else {
            let before = st.book.with_untracked(|b| b.pupil(&id_arch).cloned());
            if st.run(|b| b.archive_pupil(&id_arch, today())).is_ok() {
                let undo = before.map(|p| Undo::Change(crate::domain::book::Change::put(crate::domain::model::Record::Pupil(p))));
                st.toast(t(K::PupilArchived).into(), false, undo);
            }
        }
    };
    let id_del = id.clone();
    let href_after = class_href.clone();
    let delete = move |_| {
        if let Ok(undo) = st.run_with(|b| b.delete_pupil(&id_del)) {
            st.toast(t(K::PupilDeleted).into(), false, Some(Undo::Change(undo)));
            navigate(&href_after, Default::default());
        }
    };

    let level_option = move |lvl: SupportLevel, code: &'static str| {
        view! { <option value=code selected=move || level.get() == lvl>{move || i18n::support_level(st.lang.get(), lvl)}</option> }
    };

    view! {
        <div class="page pupil-page" data-testid="pupil-page">
            <a class="back-link" href=class_href>{move || format!("← {}", class_name())}</a>
            <header class="page-header">
                <h1 data-testid="pupil-title">{heading}</h1>
                {move || archived_on.get().map(|d| view! {
                    <p class="badge badge-muted" data-testid="archived-badge">{format!("{} {}", t(K::ArchivedOn), i18n::date(st.lang.get(), d))}</p>
                })}
            </header>
            <GoalsSection pupil_id=id.clone()/>
            <crate::components::feedback_pupil::PupilFeedback pupil_id=id.clone()/>
            <crate::components::followup_pupil::PupilFollowUp id=id.clone()/>
            <section class="card" aria-labelledby="details-title">
                <h2 id="details-title">{move || t(K::PupilDetails)}</h2>
                <p class="help">{move || t(K::AutosaveHelp)}
                    <span class="save-state" aria-live="polite" data-testid="save-state">
                        {move || if st.pending.get() == 0 && error.get().is_none() { format!(" ✓ {}", t(K::Saved)) } else { String::new() }}
                    </span>
                </p>
                <div class="form-grid">
                    <div class="field">
                        <label for="p-name">{move || t(K::PupilName)}</label>
                        <input id="p-name" type="text" maxlength="80" autocomplete="off" prop:value=move || name.get()
                            on:input=move |ev| { name.set(event_target_value(&ev)); save_now(); }/>
                    </div>
                    <div class="field">
                        <label for="p-nick">{move || t(K::Nickname)}</label>
                        <input id="p-nick" type="text" maxlength="20" autocomplete="off" prop:value=move || nickname.get()
                            aria-describedby="p-nick-help"
                            on:input=move |ev| { nickname.set(event_target_value(&ev)); save_now(); }/>
                        <small id="p-nick-help" class="help">{move || t(K::NicknameHelp)}</small>
                    </div>
                    <div class="field">
                        <label for="p-yg">{move || t(K::PupilYearGroup)}</label>
                        <YearGroupSelect id="p-yg" value=yg allow_none=true on_change=Callback::new(move |_| save_now())/>
                    </div>
                    <div class="field">
                        <label for="p-level">{move || t(K::SupportLevelLabel)}</label>
                        <select id="p-level" on:change=move |ev| {
                            level.set(match event_target_value(&ev).as_str() {
                                "extra" => SupportLevel::Extra,
                                "intensive" => SupportLevel::Intensive,
                                _ => SupportLevel::Basis,
                            });
                            save_now();
                        }>
                            {level_option(SupportLevel::Basis, "basis")}
                            {level_option(SupportLevel::Extra, "extra")}
                            {level_option(SupportLevel::Intensive, "intensive")}
                        </select>
                    </div>
                    <div class="field field-wide">
                        <label for="p-notes">{move || t(K::SupportNotes)}</label>
                        <textarea id="p-notes" rows="5" aria-describedby="p-notes-help" prop:value=move || notes.get()
                            on:input=move |ev| { notes.set(event_target_value(&ev)); save_now(); }></textarea>
                        <small id="p-notes-help" class="help">{move || t(K::SupportNotesHelp)}</small>
                    </div>
                </div>
                <p class="field-error" role="alert" data-testid="pupil-error">{move || error.get()}</p>
            </section>
            <crate::components::pupilmode::PupilModeSection pupil_id=id.clone()/>
            <section class="card actions-row">
                <button class="btn btn-secondary" data-testid="archive-toggle" on:click=toggle_archive>
                    {move || if archived_on.get().is_some() { t(K::Restore) } else { t(K::Archive) }}
                </button>
                <button class="btn btn-danger" data-testid="delete-pupil" on:click=delete>{move || t(K::DeletePupil)}</button>
            </section>
        </div>
    }
}

/// The page only renders this view while the pupil exists; a stand-in keeps it total.
fn unreachable_pupil(id: &str) -> crate::domain::model::Pupil {
    crate::domain::model::Pupil {
        id: id.to_string(),
        class_id: String::new(),
        name: String::new(),
        nickname: String::new(),
        year_group: None,
        support_notes: String::new(),
        support_level: SupportLevel::Basis,
        archived_on: None,
        created_on: today(),
        picture_pin: None,
    }
}
