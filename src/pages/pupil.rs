//! One pupil: details with autosave, archive or restore, delete with undo.
//! Later issues add goals, feedback and the learning log here.

use leptos::prelude::*;

use crate::components::record_frame::{use_pupil_id, PupilRecords};
use leptos_router::hooks::use_navigate;

use crate::components::after_paint::AfterPaint;
use crate::components::goals::section::GoalsSection;
use crate::components::pupil_details::PupilDetails;
use crate::domain::model::SupportLevel;
use crate::i18n::{Text, K};
use crate::state::{today, use_app};

#[component]
pub fn PupilPage() -> impl IntoView {
    let id = use_pupil_id();
    view! { <PupilRecords><PupilView id=id.clone()/></PupilRecords> }
}

#[component]
fn PupilView(id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: K| st.t(k);
    let navigate = use_navigate();
    let pupil = st.book.with_untracked(|b| b.pupil(&id).cloned()).unwrap_or_else(|| unreachable_pupil(&id));
    let class_id = pupil.class_id.clone();
    let class_href = format!("/class/{class_id}");
    let class_name = {
        let cid = class_id.clone();
        move || st.book.with_kinds(&["class"], |b| b.class(&cid).map(|c| c.name.clone()).unwrap_or_default())
    };

    let live = {
        let id = id.clone();
        move || st.book.with_kinds(&["pupil"], |b| b.pupil(&id).cloned())
    };
    let archived_on = Signal::derive({
        let live = live.clone();
        move || live().and_then(|p| p.archived_on)
    });
    let heading = {
        let live = live.clone();
        move || live().map(|p| p.display_name(st.privacy.get())).unwrap_or_default()
    };

    let id_arch = id.clone();
    let toggle_archive = move |_| {
        let archived = st.book.with_untracked(|b| b.pupil(&id_arch).is_some_and(|p| p.is_archived()));
        if archived {
            match st.run(|b| b.restore_pupil(&id_arch)) {
                Ok(()) => st.toast(t(K::PupilRestored).into(), false, None),
                Err(e) => st.toast(e, true, None),
            }
        } else {
            let _ = st.run_undoable(t(K::PupilArchived).into(), |b| b.archive_pupil(&id_arch, today()));
        }
    };
    let id_del = id.clone();
    let href_after = class_href.clone();
    let delete = move |_| {
        if st.run_undoable(t(K::PupilDeleted).into(), |b| b.delete_pupil(&id_del)).is_ok() {
            navigate(&href_after, Default::default());
        }
    };

    view! {
        <div class="page pupil-page" data-testid="pupil-page">
            <a class="back-link" href=class_href>{move || format!("← {}", class_name())}</a>
            <header class="page-header">
                <h1 data-testid="pupil-title">{heading}</h1>
                {move || archived_on.get().map(|d| view! {
                    <p class="badge badge-muted" data-testid="archived-badge">{format!("{} {}", t(K::ArchivedOn), crate::i18n::format::date(st.lang.get(), d))}</p>
                })}
            </header>
            <GoalsSection pupil_id=id.clone()/>
            <crate::components::feedback::pupil::PupilFeedback pupil_id=id.clone()/>
            // Below the first screen (goals and feedback): drawn once it is painted.
            <AfterPaint>
                <crate::components::followup::pupil::PupilFollowUp id=id.clone()/>
                <crate::components::grouping::support_levels::SupportLevels pupil_id=id.clone()/>
                <section class="card pupil-reports" aria-labelledby="pupil-reports-title">
                    <h2 id="pupil-reports-title">{move || crate::i18n::reports::RK::ReportsCard.t(st.lang.get())}</h2>
                    <div class="actions-row">
                        <a class="btn btn-secondary" href=format!("/pupil/{id}/report") data-testid="pupil-report-link">{move || crate::i18n::reports::RK::ParentReport.t(st.lang.get())}</a>
                        <a class="btn btn-secondary" href=format!("/pupil/{id}/profile") data-testid="pupil-profile-link">{move || crate::i18n::reports::RK::PupilProfile.t(st.lang.get())}</a>
                        <a class="btn btn-secondary" href=format!("/pupil/{id}/dossier") data-testid="pupil-dossier-link">{move || crate::i18n::reports::RK::OpenDossier.t(st.lang.get())}</a>
                    </div>
                </section>
                <PupilDetails pupil=pupil.clone()/>
                <crate::components::pupilmode::PupilModeSection pupil_id=id.clone()/>
                <section class="card actions-row">
                    <button class="btn btn-secondary" data-testid="archive-toggle" on:click=toggle_archive.clone()>
                        {move || if archived_on.get().is_some() { t(K::Restore) } else { t(K::Archive) }}
                    </button>
                    <button class="btn btn-danger" data-testid="delete-pupil" on:click=delete.clone()>{move || t(K::DeletePupil)}</button>
                </section>
            </AfterPaint>
        </div>
    }
}

/// The page only renders this view while the pupil exists; a stand-in keeps it total.
fn unreachable_pupil(id: &str) -> crate::domain::model::Pupil {
    crate::domain::model::Pupil {
        id: id.to_string(),
        class_id: String::new(),
        name: String::new(),
        nickname: String::new(),
        year_group: None,
        support_notes: String::new(),
        support_level: SupportLevel::Basis,
        archived_on: None,
        created_on: today(),
        picture_pin: None,
    }
}
