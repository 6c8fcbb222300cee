//! The class's own details on the class page (name, year group, school year), autosaved
//! field by field, and deleting the class.

use leptos::prelude::*;

use crate::components::disclosure::Disclosure;
use crate::domain::scope::Scope;
use leptos_router::hooks::use_navigate;

use crate::components::field_sync::{field, mark_sent, shown, to_send, ChangedElsewhere, FormSync};
use crate::components::year_group_select::YearGroupSelect;
use crate::domain::book::ClassPatch;
use crate::domain::edit::{exact, same_cleaned};
use crate::domain::model::{Class, YearGroup};
use crate::i18n::{self, K};
use crate::state::use_app;

/// The class's own details with autosave (only the fields the teacher changed, see
/// `field_sync`), and deleting the class.
#[component]
pub fn ClassDetails(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let navigate = use_navigate();
    let Some(class) = st.book.with_untracked(|b| b.class(&id.get_untracked()).cloned()) else {
        return ().into_any();
    };
    let name = field(class.name, same_cleaned);
    let year = field(class.school_year, same_cleaned);
    let yg = field(class.year_group, exact);
    let error = RwSignal::new(None::<String>);
    // Autosave: every valid edit is stored at once; an invalid one shows why and waits.
    let save = move || {
        let patch = ClassPatch { name: to_send(name), school_year: to_send(year), year_group: to_send(yg) };
        if patch == ClassPatch::default() {
            error.set(None);
            return;
        }
        match st.run(|b| b.patch_class(&id.get_untracked(), &patch)) {
            Ok(()) => {
                error.set(None);
                if let Some(c) = st.book.with_untracked(|b| b.class(&id.get_untracked()).cloned()) {
                    mark_sent(name, &patch.name, c.name);
                    mark_sent(year, &patch.school_year, c.school_year);
                    mark_sent(yg, &patch.year_group, c.year_group);
                }
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let sync = FormSync::watch(
        st,
        move || st.book.with_kinds(&["class"], |b| b.class(&id.get()).cloned()),
        move || {
            let failed = [
                name.try_update(|f| f.write_failed()),
                year.try_update(|f| f.write_failed()),
                yg.try_update(|f| f.write_failed()),
            ];
            failed.contains(&Some(true))
        },
        move |c: &Class| {
            name.update(|f| f.settle(&c.name));
            year.update(|f| f.settle(&c.school_year));
            yg.update(|f| f.settle(&c.year_group));
        },
        save,
    );
    let edited = move || {
        sync.edited();
        save();
    };
    let save_cb = Callback::new(move |_| save());
    let text = Callback::new(|v: String| v);
    // The class screens leave the measurements out of the book: read every pupil's
    // records first, so deleting the class deletes them too (and undo brings them back).
    let delete = move |_| {
        let class_id = id.get_untracked();
        let scopes = st.book.with_untracked(|b| b.pupil_ids_of(&class_id)).into_iter().map(Scope::Pupil).collect();
        let navigate = navigate.clone();
        st.after_loading(scopes, move || {
            if st.run_undoable(st.t(K::ClassDeleted).into(), |b| b.delete_class(&class_id)).is_ok() {
                navigate("/", Default::default());
            }
        });
    };
    view! {
        <Disclosure class="card" testid="class-details" summary=ViewFn::from(move || view! { <summary>{move || st.t(K::ClassSettings)}</summary> })>
            <div class="form-grid">
                <div class="field">
                    <label for="edit-class-name">{move || st.t(K::ClassName)}</label>
                    <input id="edit-class-name" type="text" maxlength="80" prop:value=move || shown(name)
                        aria-describedby="edit-class-name-elsewhere"
                        on:input=move |ev| { name.update(|f| f.input(event_target_value(&ev))); edited(); }/>
                    <ChangedElsewhere id="edit-class-name" field=name show=text save=save_cb/>
                </div>
                <div class="field">
                    <label for="edit-class-yg">{move || st.t(K::YearGroupLabel)}</label>
                    <YearGroupSelect id="edit-class-yg" value=Signal::derive(move || Some(shown(yg)))
                        on_change=Callback::new(move |v: Option<YearGroup>| if let Some(v) = v { yg.update(|f| f.input(v)); edited(); })/>
                    <ChangedElsewhere id="edit-class-yg" field=yg
                        show=Callback::new(move |v| i18n::year_group(st.lang.get(), v)) save=save_cb/>
                </div>
                <div class="field">
                    <label for="edit-class-year">{move || st.t(K::SchoolYear)}</label>
                    <input id="edit-class-year" type="text" maxlength="20" prop:value=move || shown(year)
                        aria-describedby="edit-class-year-elsewhere"
                        on:input=move |ev| { year.update(|f| f.input(event_target_value(&ev))); edited(); }/>
                    <ChangedElsewhere id="edit-class-year" field=year show=text save=save_cb/>
                </div>
                <p class="field-error" role="alert">{move || error.get()}</p>
            </div>
            <div class="danger-zone">
                <p class="muted">{move || st.t(K::DeleteClassHelp)}</p>
                <button class="btn btn-danger" data-testid="delete-class" on:click=delete.clone()>{move || st.t(K::DeleteClass)}</button>
            </div>
        </Disclosure>
    }
    .into_any()
}
