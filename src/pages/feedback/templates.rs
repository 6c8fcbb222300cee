//! The teacher's own sentences (/templates): add, edit and delete with undo; copy a built-in
//! one to make it your own. Stored as template records, so they travel with every backup.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::feedback::parts::{domain_code, domain_from_code, part_code, part_from_code};
use crate::domain::feedback::{copy_template, Domain, Part, Template, MAX_TEMPLATE_CHARS};
use crate::i18n::feedback::{builtins_with_text, domain_name, part_name, template_text, FK};
use crate::i18n::{Text, K};
use crate::state::{new_id, use_app};

/// The fields of a template form, shared by "new" and "edit".
#[derive(Clone, Copy)]
struct Fields {
    domain: RwSignal<Domain>,
    part: RwSignal<Part>,
    nl: RwSignal<String>,
    en: RwSignal<String>,
}

impl Fields {
    fn new(t: Option<&Template>) -> Fields {
        Fields {
            domain: RwSignal::new(t.map_or(Domain::General, |t| t.domain)),
            part: RwSignal::new(t.map_or(Part::Top, |t| t.part)),
            nl: RwSignal::new(t.map(|t| t.nl.clone()).unwrap_or_default()),
            en: RwSignal::new(t.map(|t| t.en.clone()).unwrap_or_default()),
        }
    }
}

/// The inputs of a template form; `prefix` keeps the ids unique per form.
#[component]
fn FieldInputs(f: Fields, prefix: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: FK| st.t(k);
    let (dom_id, part_id, nl_id, en_id, help_id) =
        (format!("{prefix}-domain"), format!("{prefix}-part"), format!("{prefix}-nl"), format!("{prefix}-en"), format!("{prefix}-help"));
    let domains = move || {
        let lang = st.lang.get();
        Domain::ALL
            .iter()
            .map(|d| view! { <option value=domain_code(*d) selected=move || f.domain.get() == *d>{domain_name(*d, lang)}</option> })
            .collect_view()
    };
    let parts = move || {
        let lang = st.lang.get();
        Part::ALL
            .iter()
            .map(|p| view! { <option value=part_code(*p) selected=move || f.part.get() == *p>{part_name(*p, lang)}</option> })
            .collect_view()
    };
    view! {
        <div class="form-grid template-fields">
            <div class="field">
                <label for=dom_id.clone()>{move || t(FK::TemplateDomain)}</label>
                <select id=dom_id on:change=move |ev| f.domain.set(domain_from_code(&event_target_value(&ev)))>{domains}</select>
            </div>
            <div class="field">
                <label for=part_id.clone()>{move || t(FK::TemplatePart)}</label>
                <select id=part_id on:change=move |ev| f.part.set(part_from_code(&event_target_value(&ev)))>{parts}</select>
            </div>
            <div class="field field-wide">
                <label for=nl_id.clone()>{move || t(FK::TemplateNl)}</label>
                <textarea id=nl_id rows="2" maxlength=MAX_TEMPLATE_CHARS.to_string() aria-describedby=help_id.clone()
                    prop:value=move || f.nl.get() on:input=move |ev| f.nl.set(event_target_value(&ev))></textarea>
            </div>
            <div class="field field-wide">
                <label for=en_id.clone()>{move || t(FK::TemplateEn)}</label>
                <textarea id=en_id rows="2" maxlength=MAX_TEMPLATE_CHARS.to_string() aria-describedby=help_id.clone()
                    prop:value=move || f.en.get() on:input=move |ev| f.en.set(event_target_value(&ev))></textarea>
                <small id=help_id class="help">{move || t(FK::TemplateHelp)}</small>
            </div>
        </div>
    }
}

#[component]
pub fn TemplatesPage() -> impl IntoView {
    let st = use_app();
    let t = move |k: FK| st.t(k);
    let query = use_query_map();
    let back = move || match query.read().get("from").filter(|p| !p.is_empty()) {
        Some(p) => (format!("/pupil/{p}/feedback"), t(FK::BackToFeedback).to_string()),
        None => ("/".to_string(), st.t(K::BackToClasses).to_string()),
    };
    let own = Memo::new(move |_| st.book.with_kinds(&["template"], |b| b.own_templates()));
    let new = Fields::new(None);
    let error = RwSignal::new(None::<String>);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let tpl = Template {
            id: new_id(),
            domain: new.domain.get_untracked(),
            part: new.part.get_untracked(),
            nl: new.nl.get_untracked(),
            en: new.en.get_untracked(),
            builtin: false,
        };
        match st.run(|b| b.add_own_template(tpl)) {
            Ok(()) => {
                new.nl.set(String::new());
                new.en.set(String::new());
                error.set(None);
                st.toast(t(FK::TemplateAdded).into(), false, None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <div class="page templates-page" data-testid="templates-page">
            <a class="back-link" href=move || back().0>{move || format!("← {}", back().1)}</a>
            <header class="page-header">
                <h1>{move || t(FK::TemplatesTitle)}</h1>
                <p class="muted">{move || t(FK::TemplatesIntro)}</p>
            </header>
            <section class="card" aria-labelledby="own-title">
                <h2 id="own-title">{move || t(FK::OwnListTitle)}</h2>
                <Show
                    when=move || own.with(|o| !o.is_empty())
                    fallback=move || view! { <p class="muted" data-testid="no-own-templates">{move || t(FK::NoOwnTemplates)}</p> }
                >
                    <ul class="template-list" role="list">
                        <For each=move || own.get() key=|tpl| (tpl.id.clone(), tpl.domain, tpl.part, tpl.nl.clone(), tpl.en.clone()) let:tpl>
                            <OwnTemplate tpl=tpl/>
                        </For>
                    </ul>
                </Show>
            </section>
            <section class="card" aria-labelledby="new-template-title">
                <h2 id="new-template-title">{move || t(FK::NewTemplate)}</h2>
                <form on:submit=add data-testid="new-template">
                    <FieldInputs f=new prefix="nt".to_string()/>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                    <button type="submit" class="btn btn-primary">{move || t(FK::AddTemplate)}</button>
                </form>
            </section>
            <Builtins/>
        </div>
    }
}

#[component]
fn OwnTemplate(tpl: Template) -> impl IntoView {
    let st = use_app();
    let t = move |k: FK| st.t(k);
    let editing = RwSignal::new(false);
    let f = Fields::new(Some(&tpl));
    let error = RwSignal::new(None::<String>);
    let id = tpl.id.clone();
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let r = st.run(|b| b.edit_own_template(&id, f.domain.get_untracked(), f.part.get_untracked(), &f.nl.get_untracked(), &f.en.get_untracked()));
        match r {
            Ok(()) => st.toast(t(FK::TemplateSaved).into(), false, None),
            Err(e) => error.set(Some(e)),
        }
    };
    let id = tpl.id.clone();
    let delete = move |_| {
        let _ = st.run_undoable(t(FK::TemplateDeleted).into(), |b| b.delete_own_template(&id));
    };
    let tpl2 = tpl.clone();
    let meta = move || {
        let lang = st.lang.get();
        format!("{} · {}", domain_name(tpl2.domain, lang), part_name(tpl2.part, lang))
    };
    let prefix = format!("ot-{}", tpl.id.chars().filter(char::is_ascii_alphanumeric).collect::<String>());
    let text = move || template_text(&tpl, st.lang.get()).to_string();
    let text2 = text.clone();
    let edit_label = move || format!("{}: {}", t(FK::Edit), text2());
    view! {
        <li class="template-item" data-testid="own-template">
            <Show
                when=move || editing.get()
                fallback=move || view! {
                    <div class="template-view">
                        <p class="template-meta">{meta}</p>
                        <p class="template-text">{text.clone()}</p>
                        <div class="actions-row">
                            <button type="button" class="btn btn-secondary btn-small" aria-label=edit_label.clone()
                                data-testid="edit-template" on:click=move |_| editing.set(true)>{move || t(FK::Edit)}</button>
                            <button type="button" class="btn btn-danger btn-small" data-testid="delete-template"
                                on:click=delete.clone()>{move || t(FK::Delete)}</button>
                        </div>
                    </div>
                }
            >
                <form on:submit=save.clone() data-testid="edit-template-form">
                    <FieldInputs f=f prefix=prefix.clone()/>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                    <div class="actions-row">
                        <button type="submit" class="btn btn-primary">{move || st.t(K::Save)}</button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| editing.set(false)>{move || st.t(K::Cancel)}</button>
                    </div>
                </form>
            </Show>
        </li>
    }
}

#[component]
fn Builtins() -> impl IntoView {
    let st = use_app();
    let t = move |k: FK| st.t(k);
    let filter = RwSignal::new(Domain::General);
    let domains = move || {
        let lang = st.lang.get();
        Domain::ALL
            .iter()
            .map(|d| view! { <option value=domain_code(*d) selected=move || filter.get() == *d>{domain_name(*d, lang)}</option> })
            .collect_view()
    };
    let rows = move || {
        let lang = st.lang.get();
        builtins_with_text()
            .into_iter()
            .filter(|b| b.domain == filter.get())
            .map(|b| {
                let text = template_text(&b, lang).to_string();
                let part = b.part;
                let label = format!("{}: {text}", FK::CopyTemplate.t(lang));
                let copy = move |_| {
                    let Ok(own) = copy_template(&b, &new_id()) else { return };
                    if st.run(|bk| bk.add_own_template(own)).is_ok() {
                        st.toast(t(FK::TemplateCopied).into(), false, None);
                    }
                };
                view! {
                    <li class="builtin-item">
                        <span class="template-meta">{part_name(part, lang)}</span>
                        <span class="template-text">{text}</span>
                        <button type="button" class="btn btn-secondary btn-small" aria-label=label on:click=copy>{FK::CopyTemplate.t(lang)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="card" data-testid="builtins">
            <summary>{move || t(FK::BuiltinTitle)}</summary>
            <div class="field builtin-filter">
                <label for="bt-domain">{move || t(FK::TemplateDomain)}</label>
                <select id="bt-domain" on:change=move |ev| filter.set(domain_from_code(&event_target_value(&ev)))>{domains}</select>
            </div>
            <ul class="builtin-list" role="list">{rows}</ul>
        </details>
    }
}
