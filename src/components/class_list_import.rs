//! "Klassenlijst importeren" on the class page: a CSV file (Excel's, with ; or , and its
//! UTF-8 mark) or columns pasted from a spreadsheet (name, nickname, year group). A preview
//! says who will be added and what will not, like a paste's report; nothing is added
//! before the teacher confirms, and the whole list can be undone at once.

use leptos::prelude::*;
use leptos::ev::SubmitEvent;

use crate::components::disclosure::Disclosure;
use crate::components::file_picker::{FileProblem, JsonFilePicker};
use crate::domain::book::PupilFields;
use crate::domain::class_list::{parse_class_list, ClassListError};
use crate::i18n::{self, Text, K};
use crate::state::{new_id, today, use_app};

#[component]
pub fn ClassListImport(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let plan = RwSignal::new(None::<(Vec<PupilFields>, Vec<String>)>);
    let error = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());
    let read = move |text: &str| {
        let lang = st.lang.get_untracked();
        plan.set(None);
        error.set(None);
        let planned = parse_class_list(text)
            .map_err(|e| i18n::class_list_error(lang, &e))
            .and_then(|rows| st.book.with_untracked(|b| b.plan_pupils(&id.get_untracked(), &rows)).map_err(|e| i18n::domain_error(lang, &e)));
        match planned {
            Ok((fields, report)) => plan.set(Some((fields, i18n::class_list_preview(lang, &report)))),
            Err(e) => error.set(Some(e)),
        }
    };
    let on_file = Callback::new(move |text: Result<String, FileProblem>| match text {
        Ok(text) => read(&text),
        Err(FileProblem::NotUtf8) => error.set(Some(i18n::class_list_error(st.lang.get_untracked(), &ClassListError::NotUtf8))),
        Err(FileProblem::Unreadable) => error.set(Some(K::ReadFileFailed.t(st.lang.get_untracked()).into())),
    });
    let on_paste = move |ev: SubmitEvent| {
        ev.prevent_default();
        read(&pasted.get_untracked());
    };
    let confirm = move |_| {
        let Some((fields, _)) = plan.get_untracked() else { return };
        let lang = st.lang.get_untracked();
        let mut ids = std::iter::repeat_with(new_id);
        let done = format!("{} {}", i18n::pupils_count(lang, fields.len()), K::ClassListAdded.t(lang));
        match st.run_undoable(done, |b| b.add_planned_pupils(&id.get_untracked(), &fields, || ids.next().unwrap_or_default(), today())) {
            Ok(()) => {
                plan.set(None);
                pasted.set(String::new());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let adds = move || plan.with(|p| p.as_ref().is_some_and(|(f, _)| !f.is_empty()));
    view! {
        <Disclosure class="card class-list-import" testid="class-list-import"
            summary=ViewFn::from(move || view! { <summary><h2>{move || t(K::ClassListTitle)}</h2></summary> })>
            <p class="help" id="class-list-help">{move || t(K::ClassListHelp)}</p>
            <JsonFilePicker id="class-list-file" testid="class-list-file" help_id="class-list-help"
                accept=".csv,.txt,text/csv,text/plain" label=Signal::derive(move || t(K::ClassListFile)) on_text=on_file/>
            <form on:submit=on_paste data-testid="class-list-paste-form">
                <label for="class-list-paste">{move || t(K::ClassListPaste)}</label>
                <textarea id="class-list-paste" rows="4" prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="submit" class="btn btn-secondary" data-testid="class-list-read">{move || t(K::ClassListRead)}</button>
            </form>
            <p class="field-error" role="alert" data-testid="class-list-error">{move || error.get()}</p>
            {move || plan.get().map(|(_, lines)| view! {
                <div role="status" data-testid="class-list-preview">
                    <ul class="report">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <div class="actions-row">
                        <Show when=adds>
                            <button type="button" class="btn btn-primary" data-testid="class-list-confirm" on:click=confirm>{move || t(K::ClassListConfirm)}</button>
                        </Show>
                        <button type="button" class="btn btn-secondary" data-testid="class-list-cancel"
                            on:click=move |_| plan.set(None)>{move || t(K::Cancel)}</button>
                    </div>
                </div>
            })}
        </Disclosure>
    }
}
