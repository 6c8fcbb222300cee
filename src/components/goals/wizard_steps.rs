//! The screens of the goal wizard, one component per step. Each edits the shared draft
//! signal; the wizard page validates a step before moving on.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::goals::realism_panel::RealismPanel;
use crate::components::util::{self, parse_date};
use crate::domain::goals::commands::WizardDraft;
use crate::i18n::goals as tg;
use crate::domain::goals::{check_vague, templates, Baseline, Direction, Domain, Measure, ObservableVerb, Unit, MAX_ITEM_COUNT};
use crate::i18n::goals::GK;
use crate::i18n::format::parse_number;
use crate::state::{today, use_app};

fn date_value(d: Option<NaiveDate>) -> String {
    d.map(util::date_value).unwrap_or_default()
}

fn num_text(v: Option<f64>, lang: crate::i18n::Lang) -> String {
    v.map(|v| crate::i18n::format::number(lang, v)).unwrap_or_default()
}

/// A number field bound to a draft value: keeps what was typed, stores it when it is a number.
#[component]
fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<&'static str>,
    /// Reads the current value from the draft.
    get: Signal<Option<f64>>,
    /// Stores a parsed value (None when the field is emptied or not a number).
    set: Callback<Option<f64>>,
    #[prop(optional, into)] testid: String,
) -> impl IntoView {
    let st = use_app();
    let text = RwSignal::new(num_text(get.get_untracked(), st.lang.get_untracked()));
    // A value set elsewhere (an applied suggestion) shows up in the field.
    Effect::new(move |_| {
        let v = get.get();
        if parse_number(&text.get_untracked()) != v {
            text.set(num_text(v, st.lang.get_untracked()));
        }
    });
    let bad = move || {
        let t = text.get();
        !t.trim().is_empty() && parse_number(&t).is_none()
    };
    let err_id = format!("{id}-err");
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <input id=id type="text" inputmode="decimal" autocomplete="off" data-testid=testid
                aria-describedby=err_id.clone()
                prop:value=move || text.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    text.set(v.clone());
                    set.run(parse_number(&v));
                }/>
            <p id=err_id class="field-error" role="alert">{move || bad().then(|| st.t(GK::NotANumber))}</p>
        </div>
    }
}

#[component]
pub fn DomainStep(wd: RwSignal<WizardDraft>) -> impl IntoView {
    let st = use_app();
    view! {
        <fieldset class="choice-grid">
            <legend>{move || st.t(GK::DomainQuestion)}</legend>
            {Domain::ALL.into_iter().map(|d| view! {
                <label class="choice-card" class:selected=move || wd.with(|w| w.draft.domain == Some(d))>
                    <input type="radio" name="domain" class="visually-hidden"
                        prop:checked=move || wd.with(|w| w.draft.domain == Some(d))
                        on:change=move |_| wd.update(|w| {
                            if w.draft.domain != Some(d) { w.draft.measure = None; }
                            w.draft.domain = Some(d);
                        })/>
                    <span>{move || tg::domain_name(d, st.lang.get())}</span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}

fn unit_code(u: Unit) -> &'static str {
    match u {
        Unit::WordsCorrectPerMinute => "wcpm",
        Unit::ItemsCorrectOutOf(_) => "items",
        Unit::Percentage => "pct",
        Unit::TimesPerDay => "times",
        Unit::Minutes => "min",
        Unit::RubricLevel => "rubric",
        Unit::Milestone => "milestone",
    }
}

fn unit_from_code(code: &str, n: u32) -> Unit {
    match code {
        "wcpm" => Unit::WordsCorrectPerMinute,
        "items" => Unit::ItemsCorrectOutOf(n),
        "pct" => Unit::Percentage,
        "times" => Unit::TimesPerDay,
        "min" => Unit::Minutes,
        "rubric" => Unit::RubricLevel,
        _ => Unit::Milestone,
    }
}

#[component]
pub fn MeasureStep(wd: RwSignal<WizardDraft>) -> impl IntoView {
    let st = use_app();
    let domain = move || wd.with(|w| w.draft.domain).unwrap_or(Domain::Other);
    let own = move || wd.with(|w| w.draft.measure.as_ref().is_some_and(|m| m.template.is_none()));
    let set_measure = move |f: &dyn Fn(&mut Measure)| {
        wd.update(|w| {
            let mut m = w.draft.measure.clone().unwrap_or(Measure {
                name: String::new(),
                unit: Unit::WordsCorrectPerMinute,
                direction: Direction::Increasing,
                template: None,
            });
            f(&mut m);
            w.draft.measure = Some(m);
        })
    };
    let items_n = move || match wd.with(|w| w.draft.measure.as_ref().map(|m| m.unit)) {
        Some(Unit::ItemsCorrectOutOf(n)) => Some(n),
        _ => None,
    };
    view! {
        <fieldset class="choice-grid">
            <legend>{move || st.t(GK::MeasureQuestion)}</legend>
            {move || templates(domain()).into_iter().map(|t| {
                let selected = move || wd.with(|w| w.draft.measure.as_ref().and_then(|m| m.template) == Some(t.key));
                view! {
                    <label class="choice-card" class:selected=selected data-testid="measure-template">
                        <input type="radio" name="measure" class="visually-hidden" prop:checked=selected
                            on:change=move |_| wd.update(|w| w.draft.measure = Some(Measure {
                                name: tg::template_name(t.key, st.lang.get_untracked()).to_string(),
                                unit: t.unit,
                                direction: t.direction,
                                template: Some(t.key),
                            }))/>
                        <span>{move || tg::template_name(t.key, st.lang.get())}</span>
                        <small>{move || format!("{} · {}", tg::unit_name(t.unit, st.lang.get()), tg::direction_name(t.direction, st.lang.get()))}</small>
                    </label>
                }
            }).collect_view()}
            <label class="choice-card" class:selected=own>
                <input type="radio" name="measure" class="visually-hidden" prop:checked=own
                    on:change=move |_| set_measure(&|m| { m.template = None; m.name.clear(); })/>
                <span>{move || st.t(GK::OwnMeasure)}</span>
            </label>
        </fieldset>
        <Show when=move || wd.with(|w| w.draft.measure.is_some())>
            <div class="form-grid">
                <div class="field">
                    <label for="m-name">{move || st.t(GK::MeasureName)}</label>
                    <input id="m-name" type="text" maxlength="80" aria-describedby="m-name-help"
                        prop:value=move || wd.with(|w| w.draft.measure.as_ref().map(|m| m.name.clone()).unwrap_or_default())
                        on:input=move |ev| { let v = event_target_value(&ev); set_measure(&|m| m.name = v.clone()); }/>
                    <small id="m-name-help" class="help">{move || st.t(GK::MeasureNameHelp)}</small>
                </div>
                <Show when=own>
                    <div class="field">
                        <label for="m-unit">{move || st.t(GK::UnitLabel)}</label>
                        <select id="m-unit" on:change=move |ev| {
                            let code = event_target_value(&ev);
                            set_measure(&|m| m.unit = unit_from_code(&code, 20));
                        }>
                            {Unit::ALL.into_iter().map(|u| view! {
                                <option value=unit_code(u) selected=move || wd.with(|w| w.draft.measure.as_ref().map(|m| unit_code(m.unit)) == Some(unit_code(u)))>
                                    {move || tg::unit_name(match u { Unit::ItemsCorrectOutOf(_) => Unit::ItemsCorrectOutOf(0), x => x }, st.lang.get()).replace(" 0", " N")}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <Show when=move || items_n().is_some()>
                        <div class="field">
                            <label for="m-n">{move || st.t(GK::ItemsN)}</label>
                            <input id="m-n" type="number" min="1" max=MAX_ITEM_COUNT.to_string() inputmode="numeric"
                                prop:value=move || items_n().unwrap_or(20).to_string()
                                on:input=move |ev| {
                                    let n = event_target_value(&ev).trim().parse::<u32>().unwrap_or(0);
                                    set_measure(&|m| m.unit = Unit::ItemsCorrectOutOf(n));
                                }/>
                        </div>
                    </Show>
                    <div class="field">
                        <label for="m-dir">{move || st.t(GK::DirectionLabel)}</label>
                        <select id="m-dir" on:change=move |ev| {
                            let dec = event_target_value(&ev) == "dec";
                            set_measure(&|m| m.direction = if dec { Direction::Decreasing } else { Direction::Increasing });
                        }>
                            <option value="inc" selected=move || wd.with(|w| w.draft.measure.as_ref().map(|m| m.direction) != Some(Direction::Decreasing))>
                                {move || tg::direction_name(Direction::Increasing, st.lang.get())}</option>
                            <option value="dec" selected=move || wd.with(|w| w.draft.measure.as_ref().map(|m| m.direction) == Some(Direction::Decreasing))>
                                {move || tg::direction_name(Direction::Decreasing, st.lang.get())}</option>
                        </select>
                    </div>
                </Show>
            </div>
        </Show>
    }
}

#[component]
pub fn BaselineStep(wd: RwSignal<WizardDraft>) -> impl IntoView {
    let st = use_app();
    let milestone = move || wd.with(|w| w.draft.measure.as_ref().map(|m| m.unit) == Some(Unit::Milestone));
    let date = move || wd.with(|w| w.draft.baseline.map(|b| b.date));
    view! {
        <h2 class="step-question">{move || st.t(GK::BaselineQuestion)}</h2>
        <Show when=move || !milestone() fallback=move || view! { <p>{move || st.t(GK::MilestoneBaselineHelp)}</p> }>
            <div class="form-grid">
                <NumberField id="baseline" label=Signal::derive(move || st.t(GK::BaselineValue)) testid="baseline"
                    get=Signal::derive(move || wd.with(|w| w.draft.baseline.map(|b| b.value)))
                    set=Callback::new(move |v: Option<f64>| wd.update(|w| {
                        let d = w.draft.baseline.map(|b| b.date).unwrap_or_else(today);
                        w.draft.baseline = v.map(|value| Baseline { value, date: d });
                    }))/>
                <div class="field">
                    <label for="baseline-date">{move || st.t(GK::BaselineDate)}</label>
                    <input id="baseline-date" type="date" prop:value=move || date_value(date().or(Some(today())))
                        on:change=move |ev| {
                            if let Some(d) = parse_date(&event_target_value(&ev)) {
                                wd.update(|w| if let Some(b) = w.draft.baseline.as_mut() { b.date = d; });
                            }
                        }/>
                </div>
            </div>
        </Show>
    }
}

#[component]
pub fn TargetStep(wd: RwSignal<WizardDraft>, #[prop(into)] pupil_id: String) -> impl IntoView {
    let st = use_app();
    // A sensible default date: six weeks on, the longest goal without sub-goals.
    if wd.with_untracked(|w| w.draft.target_date.is_none()) {
        wd.update(|w| w.draft.target_date = Some(today() + chrono::Duration::days(42)));
    }
    view! {
        <h2 class="step-question">{move || st.t(GK::TargetQuestion)}</h2>
        <div class="form-grid">
            <NumberField id="target" label=Signal::derive(move || st.t(GK::TargetValue)) testid="target"
                get=Signal::derive(move || wd.with(|w| w.draft.target))
                set=Callback::new(move |v| wd.update(|w| w.draft.target = v))/>
            <NumberField id="benchmark" label=Signal::derive(move || st.t(GK::Benchmark)) testid="benchmark"
                get=Signal::derive(move || wd.with(|w| w.benchmark))
                set=Callback::new(move |v| wd.update(|w| w.benchmark = v))/>
        </div>
        <p class="help">{move || st.t(GK::BenchmarkHelp)}</p>
        <RealismPanel wd=wd pupil_id=pupil_id/>
    }
}

#[component]
pub fn DateStep(wd: RwSignal<WizardDraft>, #[prop(into)] pupil_id: String) -> impl IntoView {
    let st = use_app();
    view! {
        <h2 class="step-question">{move || st.t(GK::DateQuestion)}</h2>
        <div class="form-grid">
            <div class="field">
                <label for="target-date">{move || st.t(GK::TargetDate)}</label>
                <input id="target-date" type="date" data-testid="target-date"
                    prop:value=move || date_value(wd.with(|w| w.draft.target_date))
                    on:change=move |ev| wd.update(|w| w.draft.target_date = parse_date(&event_target_value(&ev)))/>
            </div>
        </div>
        <RealismPanel wd=wd pupil_id=pupil_id/>
    }
}

#[component]
pub fn ConditionsStep(wd: RwSignal<WizardDraft>) -> impl IntoView {
    let st = use_app();
    view! {
        <h2 class="step-question">{move || st.t(GK::ConditionsQuestion)}</h2>
        <div class="form-grid">
            <div class="field field-wide">
                <label for="conditions">{move || st.t(GK::Conditions)}</label>
                <input id="conditions" type="text" maxlength="200" placeholder=move || st.t(GK::ConditionsPlaceholder)
                    prop:value=move || wd.with(|w| w.draft.conditions.clone().unwrap_or_default())
                    on:input=move |ev| wd.update(|w| w.draft.conditions = Some(event_target_value(&ev)))/>
            </div>
            <div class="field">
                <label for="confirmations">{move || st.t(GK::Confirmations)}</label>
                <select id="confirmations" on:change=move |ev| wd.update(|w| w.draft.confirmations = event_target_value(&ev).parse().ok())>
                    {(1u8..=5).map(|n| view! {
                        <option value=n.to_string() selected=move || wd.with(|w| w.draft.confirmations == Some(n))>{n}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

#[component]
pub fn ActionsStep(wd: RwSignal<WizardDraft>) -> impl IntoView {
    let st = use_app();
    let area = |id: &'static str, label: GK, get: fn(&WizardDraft) -> Option<Vec<String>>, set: fn(&mut WizardDraft, Vec<String>)| {
        view! {
            <div class="field">
                <label for=id>{move || st.t(label)}</label>
                <textarea id=id rows="4" aria-describedby="actions-help"
                    prop:value=move || wd.with(|w| get(w).unwrap_or_default().join("\n"))
                    on:input=move |ev| wd.update(|w| set(w, lines(&event_target_value(&ev))))></textarea>
            </div>
        }
    };
    view! {
        <h2 class="step-question">{move || st.t(GK::ActionsQuestion)}</h2>
        <p id="actions-help" class="help">{move || st.t(GK::ActionsHelp)}</p>
        <div class="form-grid">
            {area("pupil-actions", GK::PupilActions, |w| w.draft.pupil_actions.clone(), |w, v| w.draft.pupil_actions = Some(v))}
            {area("teacher-actions", GK::TeacherActions, |w| w.draft.teacher_actions.clone(), |w, v| w.draft.teacher_actions = Some(v))}
            {area("home-actions", GK::HomeActions, |w| w.draft.home_actions.clone(), |w, v| w.draft.home_actions = Some(v))}
        </div>
    }
}

#[component]
pub fn OwnWordsStep(wd: RwSignal<WizardDraft>) -> impl IntoView {
    let st = use_app();
    if wd.with_untracked(|w| w.draft.own_words.as_deref().unwrap_or("").trim().is_empty()) {
        let start = match st.lang.get_untracked() {
            crate::i18n::Lang::Nl => "Ik kan ",
            crate::i18n::Lang::En => "I can ",
        };
        wd.update(|w| w.draft.own_words = Some(start.to_string()));
    }
    let words = move || wd.with(|w| w.draft.own_words.clone().unwrap_or_default());
    let check = Memo::new(move |_| check_vague(&words(), wd.with(|w| w.draft.domain)));
    // Replaces the first vague verb with an observable one.
    let replace = move |v: ObservableVerb| {
        let Some(hit) = check.get_untracked().hits.first().cloned() else { return };
        let verb = tg::observable_verb_text(v, st.lang.get_untracked());
        wd.update(|w| {
            let text = w.draft.own_words.clone().unwrap_or_default();
            if let (Some(a), Some(b)) = (text.get(..hit.start), text.get(hit.end..)) {
                w.draft.own_words = Some(format!("{a}{verb}{b}"));
            }
        });
    };
    view! {
        <h2 class="step-question">{move || st.t(GK::OwnWordsQuestion)}</h2>
        <p class="help" id="own-help">{move || st.t(GK::OwnWordsHelp)}</p>
        <div class="field">
            <label for="own-words">{move || st.t(GK::OwnWords)}</label>
            <input id="own-words" class="own-words" type="text" maxlength="200" aria-describedby="own-help"
                data-testid="own-words" prop:value=words
                on:input=move |ev| wd.update(|w| w.draft.own_words = Some(event_target_value(&ev)))/>
        </div>
        <Show when=move || check.with(|c| c.is_vague())>
            <div class="notice notice-warn" data-testid="vague">
                <p><strong>{move || st.t(GK::VagueTitle)}</strong>" "
                    {move || check.get().hits.iter().map(|h| format!("“{}”", h.found)).collect::<Vec<_>>().join(", ")}</p>
                <p>{move || st.t(GK::TryVerb)}</p>
                <div class="chips">
                    {move || check.get().alternatives.into_iter().map(|v| view! {
                        <button type="button" class="chip" data-testid="verb-chip" on:click=move |_| replace(v)>
                            {move || tg::observable_verb_text(v, st.lang.get())}
                        </button>
                    }).collect_view()}
                </div>
            </div>
        </Show>
    }
}
