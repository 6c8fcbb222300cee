//! The parts of the feedback composer: one part's text fields with its sentence starters,
//! the select codes of domains and parts, goal names, and the inline icons.

use leptos::prelude::*;

use crate::components::feedback::draft::{field_id, focus_field, Draft};
use crate::domain::feedback::{Domain, Part, Template, MAX_ITEMS_PER_PART, MAX_ITEM_CHARS};
use crate::domain::goals::{self, Goal};
use crate::i18n::Lang;
use crate::i18n::feedback::{item_label, part_name, template_text, FK};
use crate::i18n::goals as tg;
use crate::i18n::Text;
use crate::state::use_app;

/// The template domain that fits a goal's domain.
pub fn template_domain(d: goals::Domain) -> Domain {
    match d {
        goals::Domain::Reading => Domain::Reading,
        goals::Domain::Maths => Domain::Maths,
        goals::Domain::Spelling => Domain::Spelling,
        goals::Domain::Writing => Domain::Writing,
        goals::Domain::SocialEmotional => Domain::SocialEmotional,
        goals::Domain::WorkHabits => Domain::WorkHabits,
        goals::Domain::Other => Domain::General,
    }
}

/// How a goal is named in a list: the pupil's own words, else the measure, with its domain.
pub fn goal_label(g: &Goal, lang: Lang) -> String {
    let what = if g.own_words.trim().is_empty() { tg::measure_label(&g.measure, lang) } else { g.own_words.trim() };
    format!("{}: {what}", tg::domain_name(g.domain, lang))
}

/// Select value of a domain.
pub fn domain_code(d: Domain) -> String {
    Domain::ALL.iter().position(|x| *x == d).unwrap_or(0).to_string()
}

pub fn domain_from_code(code: &str) -> Domain {
    code.parse::<usize>().ok().and_then(|i| Domain::ALL.get(i).copied()).unwrap_or(Domain::General)
}

/// Select value of a part.
pub fn part_code(p: Part) -> String {
    Part::ALL.iter().position(|x| *x == p).unwrap_or(0).to_string()
}

pub fn part_from_code(code: &str) -> Part {
    code.parse::<usize>().ok().and_then(|i| Part::ALL.get(i).copied()).unwrap_or(Part::Top)
}

/// A row of sentence starters: one tap puts the sentence into the draft.
#[component]
pub fn Starters(draft: Draft, part: Part, templates: Memo<Vec<Template>>, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let st = use_app();
    view! {
        <Show when=move || templates.with(|t| !t.is_empty())>
            <div class="starters" role="group" aria-label=move || label.get() data-testid="starters">
                <p class="starters-label" aria-hidden="true">{move || label.get()}</p>
                {move || {
                    let lang = st.lang.get();
                    templates.get().into_iter().map(|t| {
                        let text = template_text(&t, lang).to_string();
                        let insert = text.clone();
                        view! {
                            <button type="button" class="chip" class:chip-own=!t.builtin data-testid="starter"
                                on:click=move |_| { if let Some(id) = draft.insert(part, &insert) { focus_field(id); } }>
                                {(!t.builtin).then(|| view! { <span class="chip-mark">{move || st.t(FK::OwnMark)}</span> })}
                                {text}
                            </button>
                        }
                    }).collect_view()
                }}
            </div>
        </Show>
    }
}

/// The fields of tops or tips, with add and remove, and the part's sentence starters.
#[component]
pub fn ItemList(draft: Draft, part: Part, templates: Memo<Vec<Template>>, legend: FK, add: FK) -> impl IntoView {
    let st = use_app();
    let Some(list) = draft.list(part) else { return ().into_any() };
    let len = Memo::new(move |_| list.with(Vec::len));
    let remove = move |i: usize| {
        draft.undo.set(None);
        list.update(|v| {
            if i < v.len() {
                v.remove(i);
            }
            if v.is_empty() && part == Part::Top {
                v.push(String::new());
            }
        });
    };
    let rows = move || {
        let lang = st.lang.get();
        (0..len.get())
            .map(|i| {
                let id = field_id(part, i);
                let label = item_label(part_name(part, lang), i);
                let remove_label = format!("{}: {}", FK::Remove.t(lang), label.to_lowercase());
                view! {
                    <div class="item-row">
                        <label for=id.clone()>{label}</label>
                        <div class="item-input">
                            <textarea id=id rows="2" maxlength=MAX_ITEM_CHARS.to_string()
                                prop:value=move || list.with(|v| v.get(i).cloned().unwrap_or_default())
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    draft.undo.set(None);
                                    list.update(|v| if let Some(t) = v.get_mut(i) { *t = text; });
                                }></textarea>
                            <button type="button" class="btn btn-icon" aria-label=remove_label on:click=move |_| remove(i)>"×"</button>
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    let add_row = move |_| {
        if let Some(id) = draft.add_row(part) {
            focus_field(id);
        }
    };
    let starters_label = Signal::derive(move || st.t(FK::InsertSentence).to_string());
    view! {
        <fieldset class="part" data-part=part_name(part, crate::i18n::Lang::En).to_lowercase()>
            <legend>{move || st.t(legend)}</legend>
            {rows}
            <button type="button" class="btn btn-secondary btn-small" on:click=add_row
                disabled=move || { len.get() >= MAX_ITEMS_PER_PART }>{move || format!("+ {}", st.t(add))}</button>
            <Starters draft=draft part=part templates=templates label=starters_label/>
        </fieldset>
    }
    .into_any()
}

/// A star (a success), drawn inline: emoji fonts are missing on some school devices.
pub fn star_icon() -> impl IntoView {
    view! {
        <svg class="icon icon-star" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M12 2.5l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17.4l-6.1 3.5 1.5-6.8-5.2-4.6 6.9-.7z"/>
        </svg>
    }
}

/// A target (a reached goal), drawn inline.
pub fn goal_icon() -> impl IntoView {
    view! {
        <svg class="icon icon-goal" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9.5" fill="none" stroke-width="2.5"/>
            <circle cx="12" cy="12" r="5" fill="none" stroke-width="2.5"/>
            <circle cx="12" cy="12" r="1.8"/>
        </svg>
    }
}
