//! The choices of a report, shared by the pupil's and the class's report page: the
//! period, the report's language, the tips for home (with the teacher's own, kept as a
//! template) and the sections that stay out unless chosen.

use leptos::prelude::*;

use crate::components::util::{date_value, parse_date};
use crate::domain::feedback::{Domain as TipDomain, Part, Template};
use crate::i18n::{Lang, UserMessage};
use crate::domain::reports::{ParentChoices, Period};
use crate::i18n::reports::RK;
use crate::i18n::Text;
use crate::state::{new_id, today, use_app};

/// The report's choices as signals; `choices()` reads them (tracked).
#[derive(Clone, Copy)]
pub struct ReportSettings {
    pub from: RwSignal<String>,
    pub to: RwSignal<String>,
    pub lang: RwSignal<Lang>,
    pub home_tips: RwSignal<Vec<String>>,
    pub support_notes: RwSignal<bool>,
    pub feedback_tips: RwSignal<bool>,
    pub attention: RwSignal<bool>,
}

impl ReportSettings {
    /// The last twelve weeks, in the app's language, nothing extra.
    pub fn new(lang: Lang) -> ReportSettings {
        let p = Period::default_for(today());
        ReportSettings {
            from: RwSignal::new(date_value(p.from)),
            to: RwSignal::new(date_value(p.to)),
            lang: RwSignal::new(lang),
            home_tips: RwSignal::new(vec![]),
            support_notes: RwSignal::new(false),
            feedback_tips: RwSignal::new(false),
            attention: RwSignal::new(false),
        }
    }

    /// The chosen period, or what is wrong with it in the app's language.
    pub fn period(&self, app_lang: Lang) -> Result<Period, String> {
        period_of(&self.from.get(), &self.to.get(), app_lang)
    }

    /// The choices for the domain (goals: the usual ones; the page may set its own).
    pub fn choices(&self, app_lang: Lang) -> Result<ParentChoices, String> {
        let mut c = ParentChoices::new(self.period(app_lang)?);
        c.home_tips = self.home_tips.get();
        c.support_notes = self.support_notes.get();
        c.feedback_tips = self.feedback_tips.get();
        c.attention = self.attention.get();
        Ok(c)
    }
}

/// The period typed in two date fields, or what is wrong with it in `lang`.
pub fn period_of(from: &str, to: &str, lang: Lang) -> Result<Period, String> {
    let (Some(from), Some(to)) = (parse_date(from), parse_date(to)) else {
        return Err(RK::InvalidDate.t(lang).to_string());
    };
    Period::new(from, to).map_err(|e| e.message(lang))
}

fn toggle(list: RwSignal<Vec<String>>, id: &str, on: bool) {
    list.update(|v| {
        v.retain(|x| x != id);
        if on {
            v.push(id.to_string());
        }
    });
}

/// A labelled checkbox bound to a flag.
#[component]
fn Flag(flag: RwSignal<bool>, id: &'static str, label: RK) -> impl IntoView {
    let st = use_app();
    view! {
        <label class="check" for=id>
            <input type="checkbox" id=id data-testid=id prop:checked=move || flag.get() on:change=move |ev| flag.set(event_target_checked(&ev))/>
            {move || label.t(st.lang.get())}
        </label>
    }
}

/// The two date fields of a report's period (their error is shown by the caller, under
/// the id `report-period-error`).
#[component]
pub fn PeriodFields(from: RwSignal<String>, to: RwSignal<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    view! {
        <div class="field">
            <label for="report-from">{move || t(RK::PeriodFrom)}</label>
            <input id="report-from" type="date" data-testid="report-from" prop:value=move || from.get()
                on:change=move |ev| from.set(event_target_value(&ev)) aria-describedby="report-period-error"/>
        </div>
        <div class="field">
            <label for="report-to">{move || t(RK::PeriodTo)}</label>
            <input id="report-to" type="date" data-testid="report-to" prop:value=move || to.get()
                on:change=move |ev| to.set(event_target_value(&ev)) aria-describedby="report-period-error"/>
        </div>
    }
}

/// Period and language, then `children` (the pupil page's goal picker), the tips for
/// home and the extra sections.
#[component]
pub fn ReportOptions(
    /// The report's choices.
    settings: ReportSettings,
    /// Tips for home that fit the report's goals.
    #[prop(into)]
    tips_on_offer: Signal<Vec<Template>>,
    /// The subject a new own tip is filed under.
    #[prop(into)]
    own_tip_domain: Signal<TipDomain>,
    /// What only the pupil's report asks (its goal choice).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    let period_error = move || settings.period(st.lang.get()).err();
    let own = RwSignal::new(String::new());
    let own_error = RwSignal::new(None::<String>);
    let add_own = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = own.get_untracked();
        let id = new_id();
        let (nl, en) = match settings.lang.get_untracked() {
            Lang::Nl => (text, String::new()),
            Lang::En => (String::new(), text),
        };
        let tip = Template { id: id.clone(), domain: own_tip_domain.get_untracked(), part: Part::HomeTip, nl, en, builtin: false };
        match st.run(|b| b.add_own_template(tip)) {
            Ok(()) => {
                own.set(String::new());
                own_error.set(None);
                toggle(settings.home_tips, &id, true);
                st.toast(t(RK::OwnTipSaved).into(), false, None);
            }
            Err(e) => own_error.set(Some(e)),
        }
    };
    view! {
        <section class="card report-options no-print" aria-labelledby="report-options-title" data-testid="report-options">
            <h2 id="report-options-title">{move || t(RK::Options)}</h2>
            <div class="report-period">
                <PeriodFields from=settings.from to=settings.to/>
                <div class="field">
                    <label for="report-lang">{move || t(RK::ReportLanguage)}</label>
                    <select id="report-lang" data-testid="report-lang"
                        on:change=move |ev| settings.lang.set(if event_target_value(&ev) == "en" { Lang::En } else { Lang::Nl })>
                        <option value="nl" selected=move || settings.lang.get() == Lang::Nl>{move || t(RK::LanguageNl)}</option>
                        <option value="en" selected=move || settings.lang.get() == Lang::En>{move || t(RK::LanguageEn)}</option>
                    </select>
                </div>
            </div>
            <p id="report-period-error" class="field-error" role="alert" data-testid="report-period-error">{period_error}</p>
            {children.map(|c| c())}
            <fieldset class="report-fieldset" data-testid="report-home-tips">
                <legend>{move || t(RK::HomeTipsToShow)}</legend>
                <p class="help">{move || t(RK::HomeTipsHelp)}</p>
                <ul class="check-list">
                    {move || {
                        let lang = settings.lang.get();
                        tips_on_offer.get().into_iter().map(|tip| {
                            let id = tip.id.clone();
                            let input_id = format!("tip-{}", tip.id);
                            let checked = { let id = id.clone(); move || settings.home_tips.with(|v| v.contains(&id)) };
                            view! {
                                <li><label class="check" for=input_id.clone()>
                                    <input type="checkbox" id=input_id.clone() data-testid="home-tip" prop:checked=checked
                                        on:change=move |ev| toggle(settings.home_tips, &id, event_target_checked(&ev))/>
                                    {crate::i18n::feedback::template_text(&tip, lang).to_string()}
                                </label></li>
                            }
                        }).collect_view()
                    }}
                </ul>
                <form class="inline-form" on:submit=add_own data-testid="own-tip-form">
                    <label for="own-tip" class="visually-hidden">{move || t(RK::OwnHomeTip)}</label>
                    <input id="own-tip" type="text" maxlength="300" placeholder=move || t(RK::OwnHomeTip)
                        prop:value=move || own.get() on:input=move |ev| own.set(event_target_value(&ev)) aria-describedby="own-tip-error"/>
                    <button type="submit" class="btn btn-secondary">{move || t(RK::AddOwnTip)}</button>
                </form>
                <p id="own-tip-error" class="field-error" role="alert">{move || own_error.get()}</p>
            </fieldset>
            <fieldset class="report-fieldset">
                <legend>{move || t(RK::AlsoInclude)}</legend>
                <Flag flag=settings.support_notes id="include-support-notes" label=RK::IncludeSupportNotes/>
                <Flag flag=settings.feedback_tips id="include-feedback-tips" label=RK::IncludeFeedbackTips/>
                <Flag flag=settings.attention id="include-attention" label=RK::IncludeAttention/>
            </fieldset>
            <div class="actions-row"><PrintButton primary=true/></div>
        </section>
    }
}

/// "Print or save as PDF": the browser's own print of the page (style/print.css).
#[component]
pub fn PrintButton(
    /// The page's main action (filled) or a secondary one.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let st = use_app();
    view! {
        <button type="button" class=if primary { "btn btn-primary" } else { "btn btn-secondary" } data-testid="print-report"
            on:click=move |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }>{move || RK::Print.t(st.lang.get())}</button>
    }
}

/// The head of a report screen, not printed: back to the pupil or class it is about, the
/// report's name with theirs, what the report is for, and the screen's own actions below.
#[component]
pub fn ReportHead(
    /// Where the back link goes.
    back: Signal<String>,
    /// The pupil's or class's name.
    who: Signal<String>,
    title: RK,
    intro: RK,
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    view! {
        <a class="back-link no-print" href=move || back.get()>{move || format!("← {}", who.get())}</a>
        <header class="page-header no-print">
            <h1>{move || format!("{} – {}", t(title), who.get())}</h1>
            <p class="muted">{move || t(intro)}</p>
            {children.map(|c| c())}
        </header>
    }
}

/// Sets the page title (the browser's default PDF file name) while the page is open.
pub fn use_document_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title());
        }
    });
    on_cleanup(|| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title("Groeipad");
        }
    });
}
