//! The class report (`/class/:id/report`): one parent report per active pupil, each on a
//! page of its own, in one print job. Reads every pupil's records (their goals'
//! measurements are not in the class's part) before it shows the reports.

use leptos::prelude::*;

use crate::components::record_frame::{loading_view, use_class_id, ClassRecords};
use crate::components::reports::parent_report::ParentReportView;
use crate::components::reports::report_options::{use_document_title, ReportHead, ReportOptions, ReportSettings};
use crate::domain::feedback::Domain as TipDomain;
use crate::domain::scope::Scope;
use crate::i18n::reports::{document_title, RK};
use crate::i18n::Text;
use crate::state::{today, use_app};

#[component]
pub fn ClassReportPage() -> impl IntoView {
    let id = use_class_id();
    view! { <ClassRecords><ClassReportScreen id=id/></ClassRecords> }
}

#[component]
fn ClassReportScreen(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    let settings = ReportSettings::new(st.lang.get_untracked());
    let class_name = move || st.book.with_kinds(&["class"], |b| b.class(&id.get()).map(|c| c.name.clone())).unwrap_or_default();
    use_document_title(move || document_title(RK::ClassReport, &class_name(), today(), settings.lang.get()));
    let pupil_ids = Memo::new(move |_| {
        st.book.with_kinds(&["pupil"], |b| b.pupils_of(&id.get(), false).iter().map(|p| p.id.clone()).collect::<Vec<_>>())
    });
    // Every pupil's part is asked for at once (no short cut), so they load side by side.
    let all_in = Memo::new(move |_| {
        let asked: Vec<bool> = pupil_ids.get().into_iter().map(|p| st.need(Scope::Pupil(p))).collect();
        asked.into_iter().all(|loaded| loaded)
    });
    let reports = Memo::new(move |_| {
        if !all_in.get() {
            return None;
        }
        let Ok(c) = settings.choices(st.lang.get()) else { return Some(vec![]) };
        Some(st.book.with_class(&id.get(), |b| b.class_report(&id.get(), &c)))
    });
    let tips_on_offer = Signal::derive(move || {
        let Ok(period) = settings.period(st.lang.get()) else { return vec![] };
        if !all_in.get() {
            return vec![];
        }
        st.book.with_class(&id.get(), |b| b.class_home_tips_on_offer(&id.get(), &period))
    });

    view! {
        <div class="page report-page" data-testid="class-report-page">
            <ReportHead back=Signal::derive(move || format!("/class/{}", id.get())) who=Signal::derive(class_name)
                title=RK::ClassReport intro=RK::ClassReportIntro/>
            <Show when=move || !pupil_ids.with(Vec::is_empty) fallback=move || view! {
                <section class="card empty-state" data-testid="class-report-empty"><p>{move || t(RK::NoPupilsForReport)}</p></section>
            }>
                <ReportOptions settings=settings tips_on_offer=tips_on_offer own_tip_domain=Signal::stored(TipDomain::General)/>
                <h2 class="visually-hidden">{move || t(RK::Preview)}</h2>
                <div class="report-preview" data-testid="report-preview">
                    {move || match reports.get() {
                        None => loading_view(),
                        Some(list) => {
                            let (lang, privacy) = (settings.lang.get(), st.privacy.get());
                            list.into_iter().map(|r| view! { <ParentReportView report=r lang=lang privacy=privacy/> }).collect_view().into_any()
                        }
                    }}
                </div>
            </Show>
        </div>
    }
}
