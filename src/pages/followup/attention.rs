//! The attention view of one class (/class/:id/attention): the class's aim, how the
//! minutes of the last 4 weeks were shared against it, and per pupil the days since the
//! last individual moment and the recent minutes, longest not seen first, with "not
//! seen" highlighted and a Moment button that logs one in a single further tap.

use leptos::prelude::*;

use crate::components::after_paint::{use_after_paint, AfterPaint};
use crate::components::record_frame::{use_class_id, use_class_page_scope, ClassPageRecords};

use crate::components::followup::moment::MomentForm;
use crate::i18n::followup::{aim_label, last_seen_text, support_level_label};
use crate::domain::followup::{sort_longest_not_seen, AttentionAim, Period, PupilStats, SupportLevel};
use crate::i18n::Lang;
use crate::i18n::Text;
use crate::i18n::followup::{self as fi, FollowK};
use crate::components::followup::chart::AttentionChart;
use crate::state::{today, use_app};

/// Pupil rows drawn before the page's first paint (about a tablet screen); the rest of
/// the class, the aim and the distribution follow just after it.
const FIRST_SCREEN: usize = 10;

#[component]
pub fn AttentionPage() -> impl IntoView {
    let id = use_class_id();
    view! { <ClassPageRecords><AttentionView id=id/></ClassPageRecords> }
}

#[component]
fn AttentionView(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: FollowK| st.t(k);
    let class_name = move || st.book.with_kinds(&["class"], |b| b.class(&id.get()).map(|c| c.name.clone()).unwrap_or_default());
    let aim = Memo::new(move |_| st.book.with_kinds(&["class"], |b| b.class(&id.get()).map(|c| c.attention_aim).unwrap_or_default()));
    let threshold = Memo::new(move |_| st.book.with_kinds(&["settings"], |b| b.settings().not_seen_school_days));
    let longest_first = RwSignal::new(true);
    let open_for = RwSignal::new(None::<String>);

    // What the class page reads: every pupil's last moment within it, or "not seen since".
    let part = use_class_page_scope();
    let stats = Memo::new(move |_| {
        let privacy = st.privacy.get();
        st.book.with_class(&id.get(), |b| {
            let mut s = b.class_attention(&id.get(), privacy, today(), part.get().since());
            if longest_first.get() {
                sort_longest_not_seen(&mut s);
            }
            s
        })
    });
    let not_seen = move || stats.with(|s| s.iter().filter(|p| p.is_not_seen(threshold.get())).count());

    let set_aim = move |aim: AttentionAim| {
        if let Err(e) = st.run(|b| b.set_attention_aim(&id.get_untracked(), aim)) {
            st.toast(e, true, None);
        }
    };
    let aim_choice = move |value: &'static str, a: AttentionAim, help: FollowK| {
        let compensating = a.is_compensating();
        view! {
            <label class="choice choice-block">
                <input type="radio" name="aim" value=value data-testid=format!("aim-{value}")
                    prop:checked=move || aim.get().is_compensating() == compensating
                    on:change=move |_| set_aim(a)/>
                <span><strong>{move || aim_label(&a, st.lang.get())}</strong><br/><small class="help">{move || t(help)}</small></span>
            </label>
        }
    };

    let chart = move || {
        st.lang.track();
        st.book.with_class(&id.get(), |b| {
            Period::last_weeks(today(), 4)
                .and_then(|p| b.class_distribution(&id.get(), p, aim.get()))
                .ok()
                .map(|dist| view! { <AttentionChart dist=dist/> })
        })
    };

    // Keyed rows: a row is rebuilt only when its figures (or the language) change, so an
    // open Moment form stays with its pupil when the order changes.
    let painted = use_after_paint();
    let rows = move || {
        let lang = st.lang.get();
        let limit = threshold.get();
        let drawn = if painted.get() { usize::MAX } else { FIRST_SCREEN };
        stats.get().into_iter().take(drawn).map(move |s| (s, lang, limit)).collect::<Vec<_>>()
    };
    let row_key = |(s, lang, limit): &(PupilStats, Lang, u32)| {
        format!("{}|{}|{:?}|{}|{}|{:?}|{limit}|{:?}", s.pupil_id, s.name, s.last_date, s.minutes_last_4_weeks, s.moments_last_4_weeks, s.support, lang)
    };
    // Made here, not in the row: the moment rebuilds its row before its write lands.
    let close_form = Callback::new(move |_| open_for.set(None));
    let row = move |(s, lang, limit): (PupilStats, Lang, u32)| {
        let pid = s.pupil_id.clone();
        let alert = s.is_not_seen(limit);
        let is_open = {
            let pid = pid.clone();
            move || open_for.get().as_deref() == Some(pid.as_str())
        };
        let toggle = {
            let pid = pid.clone();
            move |_| open_for.update(|o| *o = if o.as_deref() == Some(pid.as_str()) { None } else { Some(pid.clone()) })
        };
        let level = (s.support != SupportLevel::Basis).then(|| support_level_label(s.support, lang));
        let form_pid = pid.clone();
        let open2 = is_open.clone();
        view! {
            <li class="att-row" class:att-row-alert=alert data-testid="att-row" data-pupil=pid.clone()>
                <div class="att-main">
                    <a class="att-name" href=format!("/pupil/{pid}") data-testid="att-name">{s.name.clone()}</a>
                    {level.map(|l| view! { <span class="badge badge-muted">{l}</span> })}
                    {alert.then(|| view! { <span class="badge badge-alert" data-testid="not-seen">{t(FollowK::NotSeenBadge)}</span> })}
                    <p class="att-meta">
                        <span data-testid="last-seen">{last_seen_text(&s, lang)}</span>
                        " · "
                        <span data-testid="recent-minutes">{fi::recent_minutes(lang, s.minutes_last_4_weeks, s.moments_last_4_weeks)}</span>
                    </p>
                </div>
                <button class="btn btn-secondary att-moment" data-testid="moment-open"
                    aria-expanded=move || is_open().to_string()
                    aria-label=fi::for_pupil(lang, FollowK::Moment.t(lang), &s.name) on:click=toggle>
                    {FollowK::Moment.t(lang)}
                </button>
                <Show when=open2.clone()>
                    <div class="att-form">
                        <MomentForm pupil_id=form_pid.clone() prefix=format!("m-{}", form_pid) on_done=close_form/>
                    </div>
                </Show>
            </li>
        }
    };

    view! {
        <div class="page attention-page" data-testid="attention-page">
            <a class="back-link" href=move || format!("/class/{}", id.get())>{move || format!("← {}", class_name())}</a>
            <header class="page-header">
                <h1>{move || format!("{}: {}", t(FollowK::AttentionTitle), class_name())}</h1>
                <p class="muted">{move || t(FollowK::AttentionIntro)}</p>
            </header>
            <div class="actions-row">
                <a class="btn btn-primary" href=move || format!("/class/{}/plan", id.get()) data-testid="plan-link">{move || t(FollowK::PlanLink)}</a>
            </div>
            <section class="card" aria-labelledby="att-pupils-title">
                <h2 id="att-pupils-title">{move || t(FollowK::PupilsAttention)}</h2>
                <p class="not-seen-summary" data-testid="not-seen-summary">{move || fi::not_seen_summary(st.lang.get(), not_seen(), threshold.get())}</p>
                <fieldset class="choice-row sort-row">
                    <legend class="fu-legend">{move || t(FollowK::SortBy)}</legend>
                    <label class="choice"><input type="radio" name="att-sort" data-testid="sort-longest" prop:checked=move || longest_first.get()
                        on:change=move |_| longest_first.set(true)/><span>{move || t(FollowK::SortLongest)}</span></label>
                    <label class="choice"><input type="radio" name="att-sort" data-testid="sort-name" prop:checked=move || !longest_first.get()
                        on:change=move |_| longest_first.set(false)/><span>{move || t(FollowK::SortName)}</span></label>
                </fieldset>
                <Show when=move || stats.with(|s| !s.is_empty()) fallback=move || view! { <p class="muted">{move || t(FollowK::NoPupilsAttention)}</p> }>
                    <ul class="att-list" role="list" data-testid="att-list"><For each=rows key=row_key children=row/></ul>
                </Show>
            </section>
            <AfterPaint>
                <section class="card" aria-labelledby="aim-title">
                    <h2 id="aim-title">{move || t(FollowK::AimTitle)}</h2>
                    <fieldset class="aim-choices">
                        <legend class="visually-hidden">{move || t(FollowK::AimTitle)}</legend>
                        {aim_choice("equal", AttentionAim::Equal, FollowK::AimEqualHelp)}
                        {aim_choice("compensating", AttentionAim::compensating(), FollowK::AimCompHelp)}
                    </fieldset>
                </section>
                <section class="card" aria-labelledby="dist-title">
                    <h2 id="dist-title">{move || t(FollowK::DistributionTitle)}</h2>
                    {chart}
                </section>
            </AfterPaint>
        </div>
    }
}
