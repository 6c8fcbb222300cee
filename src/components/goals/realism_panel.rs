//! The live realism check of a goal being made: the band in colour and words, what it is
//! compared with, and the computed suggestions, each applicable with one tap.

use leptos::prelude::*;

use crate::domain::goals::commands::WizardDraft;
use crate::i18n::goals as tg;
use crate::domain::goals::{planned_sub_goals, Assessment, Band, Suggestion, Unit};
use crate::i18n::goals::GK;
use crate::state::{today, use_app};

/// The CSS modifier for a band's colour.
pub fn band_class(b: Band) -> &'static str {
    match b {
        Band::TooEasy => "band band-easy",
        Band::Realistic => "band band-realistic",
        Band::Ambitious => "band band-ambitious",
        Band::VeryAmbitious => "band band-very",
        Band::Unrealistic => "band band-unrealistic",
        Band::Unknown => "band band-unknown",
    }
}

/// Runs the realism check for a draft (`Book::assess_draft`), its error in the teacher's
/// language; None while baseline, target or date are missing.
pub fn assess_draft(wd: &WizardDraft, pupil_id: &str) -> Option<Result<(Assessment, Unit), String>> {
    let st = use_app();
    let lang = st.lang.get_untracked();
    st.book.with_untracked(|b| b.assess_draft(wd, pupil_id, today())).map(|r| r.map_err(|e| tg::realism_error_text(e, lang)))
}

/// Live realism panel for the wizard's target and date steps.
#[component]
pub fn RealismPanel(
    /// The draft being made.
    wd: RwSignal<WizardDraft>,
    /// The pupil the goal is for.
    #[prop(into)]
    pupil_id: String,
) -> impl IntoView {
    let st = use_app();
    let pid = pupil_id.clone();
    let result = Memo::new(move |_| {
        let w = wd.get();
        // The pupil's own growth and the norms in the settings feed the check.
        st.book.with_pupil(&pid, |_| ());
        st.book.with_kinds(&["settings"], |_| ());
        assess_draft(&w, &pid)
    });
    let apply = move |s: Suggestion| {
        wd.update(|w| match s {
            Suggestion::LaterDate(d) => w.draft.target_date = Some(d),
            Suggestion::NearerTarget(v) | Suggestion::HigherTarget(v) | Suggestion::CloseHalfGap(v) => w.draft.target = Some(v),
            Suggestion::SubGoals(_) => {}
        })
    };
    let sub_goals = move || {
        let w = wd.get();
        let b = w.draft.baseline?;
        let m = w.draft.measure?;
        let subs = planned_sub_goals(&m, b, w.draft.target?, w.draft.target_date?).ok()?;
        (subs.len() > 1).then_some((subs, m.unit))
    };
    view! {
        <section class="realism card-inset" aria-labelledby="realism-title" aria-live="polite" data-testid="realism">
            <h3 id="realism-title">{move || st.t(GK::RealismTitle)}</h3>
            {move || {
                let lang = st.lang.get();
                match result.get() {
                    None => view! { <p class="muted">{st.t(GK::RealismNeedsMore)}</p> }.into_any(),
                    Some(Err(msg)) => view! { <p class="field-error" data-testid="realism-error">{msg}</p> }.into_any(),
                    Some(Ok((a, unit))) => {
                        let suggestions = a.suggestions.clone();
                        view! {
                            <p class=band_class(a.band) data-testid="band" data-band=format!("{:?}", a.band)>
                                {tg::band_label(a.band, lang)}
                            </p>
                            <p>{tg::band_explanation(a.band, lang)}</p>
                            <p class="muted">{tg::needed_growth_text(&a, unit, lang)}" "{tg::reference_text(a.reference, unit, lang)}</p>
                            {a.notes.iter().map(|n| view! { <p class="muted">{tg::note_text(*n, unit, lang)}</p> }).collect_view()}
                            <ul class="suggestions" role="list">
                                {suggestions.into_iter().map(|s| {
                                    let applicable = !matches!(s, Suggestion::SubGoals(_));
                                    view! {
                                        <li class="suggestion" data-testid="suggestion">
                                            <span>{tg::suggestion_text(s, unit, lang)}</span>
                                            {applicable.then(|| view! {
                                                <button type="button" class="btn btn-secondary" data-testid="apply-suggestion"
                                                    on:click=move |_| apply(s)>{st.t(GK::Apply)}</button>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }
            }}
            {move || sub_goals().map(|(subs, unit)| {
                let lang = st.lang.get();
                let with_year = crate::domain::goals::chart::dates_need_year(subs.iter().map(|s| s.date), crate::state::today());
                view! {
                    <h4>{st.t(GK::SubGoalsPlanned)}</h4>
                    <ol class="subgoal-list">
                        {subs.into_iter().map(|s| view! {
                            <li>{format!("{} {} · {}", st.t(GK::CheckIn), crate::i18n::format::date_in(lang, s.date, with_year), tg::format_value(s.target, unit, lang))}</li>
                        }).collect_view()}
                    </ol>
                }
            })}
        </section>
    }
}
