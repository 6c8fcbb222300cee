//! "Klassenlijst importeren" on the class page: a CSV file (Excel's, with ; or , and its
//! UTF-8 mark), an EDEXML export of ParnasSys or Esis (read by the browser's XML parser;
//! one of its groups, the class's own by name, can be chosen) or columns pasted from a
//! spreadsheet (name, nickname, year group). A preview
//! says who will be added and what will not, like a paste's report; nothing is added
//! before the teacher confirms, and the whole list can be undone at once.

use leptos::prelude::*;
use leptos::ev::SubmitEvent;

use crate::components::disclosure::Disclosure;
use crate::components::file_picker::{FileProblem, JsonFilePicker};
use crate::domain::book::PupilFields;
use crate::domain::class_list::{edex_group_for, edex_rows, parse_class_list, ClassListError, ClassListRow, EdexGroup, EdexPupil};
use crate::i18n::{self, Text, K};
use crate::state::{new_id, today, use_app};

#[component]
pub fn ClassListImport(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let plan = RwSignal::new(None::<(Vec<PupilFields>, Vec<String>)>);
    let error = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());
    // An EDEXML file's groups and pupils, and the group chosen from it.
    let edex = RwSignal::new(None::<(Vec<EdexGroup>, Vec<EdexPupil>)>);
    let edex_group = RwSignal::new(String::new());
    let show = move |rows: Result<Vec<ClassListRow>, ClassListError>| {
        let lang = st.lang.get_untracked();
        plan.set(None);
        error.set(None);
        let planned = rows
            .map_err(|e| i18n::class_list_error(lang, &e))
            .and_then(|rows| st.book.with_untracked(|b| b.plan_pupils(&id.get_untracked(), &rows)).map_err(|e| i18n::domain_error(lang, &e)));
        match planned {
            Ok((fields, report)) => plan.set(Some((fields, i18n::class_list_preview(lang, &report)))),
            Err(e) => error.set(Some(e)),
        }
    };
    let read = move |text: &str| {
        edex.set(None);
        show(parse_class_list(text));
    };
    let read_group = move || {
        let key = edex_group.get_untracked();
        let rows = edex.with_untracked(|e| e.as_ref().map(|(groups, pupils)| edex_rows(pupils, (!groups.is_empty()).then_some(key.as_str()))));
        if let Some(rows) = rows {
            show(rows);
        }
    };
    let read_xml = move |text: &str| {
        let Some((groups, pupils)) = read_edex(text) else {
            plan.set(None);
            edex.set(None);
            error.set(Some(K::ClassListNotEdex.t(st.lang.get_untracked()).into()));
            return;
        };
        let class_name = st.book.with_untracked(|b| b.class(&id.get_untracked()).map(|c| c.name.clone())).unwrap_or_default();
        edex_group.set(edex_group_for(&groups, &pupils, &class_name).map(|g| g.key.clone()).unwrap_or_default());
        edex.set(Some((groups, pupils)));
        read_group();
    };
    let on_file = Callback::new(move |text: Result<String, FileProblem>| match text {
        Ok(text) if text.trim_start_matches('\u{FEFF}').trim_start().starts_with('<') => read_xml(&text),
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
                edex.set(None);
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
                accept=".csv,.txt,.xml,text/csv,text/plain,text/xml,application/xml" label=Signal::derive(move || t(K::ClassListFile)) on_text=on_file/>
            {move || edex.with(|e| e.as_ref().filter(|(groups, _)| groups.len() > 1).map(|(groups, pupils)| {
                let options = groups.iter().map(|g| {
                    let n = pupils.iter().filter(|p| p.group == g.key).count();
                    let label = format!("{} ({})", g.name, i18n::pupils_count(st.lang.get_untracked(), n));
                    view! { <option value=g.key.clone() selected=edex_group.get_untracked() == g.key>{label}</option> }
                }).collect_view();
                view! {
                    <div class="field class-list-group">
                        <label for="class-list-group">{move || t(K::ClassListEdexGroup)}</label>
                        <select id="class-list-group" data-testid="class-list-group"
                            on:change=move |ev| { edex_group.set(event_target_value(&ev)); read_group(); }>
                            {options}
                        </select>
                    </div>
                }
            }))}
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

/// Reads an EDEXML file (EDEX.XML from ParnasSys or Esis; edustandaard.nl, EDEXML 2.1) with
/// the browser's XML parser: its groups (`groepen/groep`) and pupils (`leerlingen/leerling`),
/// or `None` when the text is not such a file. The names are made in the domain.
fn read_edex(text: &str) -> Option<(Vec<EdexGroup>, Vec<EdexPupil>)> {
    use web_sys::Element;
    let doc = web_sys::DomParser::new().ok()?.parse_from_string(text, web_sys::SupportedType::TextXml).ok()?;
    let root = doc.document_element()?;
    if !root.local_name().eq_ignore_ascii_case("edex") {
        return None; // a parse error (a <parsererror> document) or another XML
    }
    let children = |el: &Element, name: &'static str| {
        let list = el.children();
        (0..list.length()).filter_map(move |i| list.item(i)).filter(move |c| c.local_name() == name)
    };
    let text_of = |el: &Element, name: &'static str| children(el, name).next().and_then(|c| c.text_content()).unwrap_or_default().trim().to_string();
    let block = |name: &'static str| children(&root, name).next();
    let groups = block("groepen")
        .map(|g| {
            children(&g, "groep")
                .map(|g| EdexGroup { key: g.get_attribute("key").unwrap_or_default(), name: text_of(&g, "naam"), year: text_of(&g, "jaargroep") })
                .collect()
        })
        .unwrap_or_default();
    let pupils: Vec<EdexPupil> = children(&block("leerlingen")?, "leerling")
        .map(|p| {
            let first = Some(text_of(&p, "roepnaam")).filter(|s| !s.is_empty()).unwrap_or_else(|| text_of(&p, "voornamen"));
            EdexPupil {
                first,
                prefix: text_of(&p, "voorvoegsel"),
                last: text_of(&p, "achternaam"),
                year: text_of(&p, "jaargroep"),
                group: children(&p, "groep").next().and_then(|g| g.get_attribute("key")).unwrap_or_default(),
            }
        })
        .collect();
    (!pupils.is_empty()).then_some((groups, pupils))
}
