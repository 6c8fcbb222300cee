//! The parent report of one pupil (`/pupil/:id/report`, one tap from the pupil page): the
//! choices (period, language, goals, tips for home, extra sections) beside a live preview
//! that prints on A4 with the browser's own print (style/print.css).

use leptos::prelude::*;

use crate::components::record_frame::{use_pupil_id, PupilRecords};
use crate::components::reports::parent_report::ParentReportView;
use crate::components::reports::report_options::{use_document_title, ReportHead, ReportOptions, ReportSettings};
use crate::domain::feedback::Domain as TipDomain;
use crate::i18n::goals::goal_title;
use crate::domain::goals::GoalState;
use crate::domain::reports::parent::tip_domain;
use crate::i18n::reports::{document_title, RK};
use crate::i18n::Text;
use crate::state::{today, use_app};

#[component]
pub fn ParentReportPage() -> impl IntoView {
    let id = use_pupil_id();
    view! { <PupilRecords><ParentReportScreen id=id.clone()/></PupilRecords> }
}

#[component]
fn ParentReportScreen(id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    let settings = ReportSettings::new(st.lang.get_untracked());
    // `None`: the usual goals; the first tap on a goal fixes the choice.
    let goals = RwSignal::new(None::<Vec<String>>);
    let pid = StoredValue::new(id.clone());
    let name = move || st.pupil_name(&pid.get_value());
    use_document_title(move || document_title(RK::ParentReport, &name(), today(), settings.lang.get()));

    let choices = move || {
        let mut c = settings.choices(st.lang.get())?;
        c.goals = goals.get();
        Ok::<_, String>(c)
    };
    let report = Memo::new(move |_| {
        let c = choices().ok()?;
        st.book.with_pupil(&pid.get_value(), |b| b.parent_report(&pid.get_value(), &c))
    });
    let offer = Memo::new(move |_| {
        let Ok(period) = settings.period(st.lang.get()) else { return vec![] };
        let lang = settings.lang.get();
        st.book.with_pupil(&pid.get_value(), |b| {
            b.report_goals_on_offer(&pid.get_value(), &period)
                .into_iter()
                .map(|(g, on)| (g.id.clone(), goal_title(g, lang), on, g.state.clone()))
                .collect::<Vec<_>>()
        })
    });
    let chosen_goals = move || report.with(|r| r.as_ref().map(|r| r.goals.iter().map(|g| g.goal.clone()).collect::<Vec<_>>()).unwrap_or_default());
    let tips_on_offer = Signal::derive(move || {
        let goals = chosen_goals();
        st.book.with_kinds(&["template"], |b| b.home_tips_on_offer(&goals.iter().collect::<Vec<_>>()))
    });
    let own_tip_domain = Signal::derive(move || chosen_goals().first().map_or(TipDomain::General, |g| tip_domain(g.domain)));
    let toggle_goal = move |goal_id: String, on: bool| {
        let mut ids = goals.get_untracked().unwrap_or_else(|| offer.get_untracked().into_iter().filter(|o| o.2).map(|o| o.0).collect());
        ids.retain(|x| *x != goal_id);
        if on {
            ids.push(goal_id);
        }
        goals.set(Some(ids));
    };

    view! {
        <div class="page report-page" data-testid="parent-report-page">
            <ReportHead back=Signal::derive(move || format!("/pupil/{}", pid.get_value())) who=Signal::derive(name)
                title=RK::ParentReport intro=RK::ParentReportIntro/>
            <ReportOptions settings=settings tips_on_offer=tips_on_offer own_tip_domain=own_tip_domain>
                <fieldset class="report-fieldset" data-testid="report-goal-choice">
                    <legend>{move || t(RK::GoalsToShow)}</legend>
                    {move || {
                        let list = offer.get();
                        if list.is_empty() {
                            return view! { <p class="muted">{t(RK::NoGoalsInPeriod)}</p> }.into_any();
                        }
                        view! { <ul class="check-list">{list.into_iter().map(|(gid, title, on, state)| {
                            let input_id = format!("report-goal-{gid}");
                            let checked = { let gid = gid.clone(); move || goals.with(|g| g.as_ref().map_or(on, |ids| ids.contains(&gid))) };
                            let note = match state {
                                GoalState::Achieved { .. } => format!(" ({})", t(RK::Reached)),
                                GoalState::Stopped { .. } => format!(" ({})", t(RK::Stopped)),
                                GoalState::Active => String::new(),
                            };
                            view! { <li><label class="check" for=input_id.clone()>
                                <input type="checkbox" id=input_id.clone() data-testid="report-goal-toggle" prop:checked=checked
                                    on:change=move |ev| toggle_goal(gid.clone(), event_target_checked(&ev))/>
                                {title}{note}
                            </label></li> }
                        }).collect_view()}</ul> }.into_any()
                    }}
                </fieldset>
            </ReportOptions>
            <h2 class="visually-hidden">{move || t(RK::Preview)}</h2>
            <div class="report-preview" data-testid="report-preview">
                {move || report.get().map(|r| view! { <ParentReportView report=r lang=settings.lang.get() privacy=st.privacy.get()/> })}
            </div>
        </div>
    }
}
