//! The app shell: context, header and navigation, router, banners and the toast.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;
use wasm_bindgen::prelude::*;

use crate::components::record_frame::{ClassFrame, PupilFrame};
use crate::components::toast::ToastArea;
use crate::components::update::UpdateBanner;
use crate::i18n::K;
use crate::pages::goals::goal::GoalPage;
use crate::pages::goals::wizard::GoalWizardPage;
use crate::pages::{class::ClassPage, home::Home, not_found::NotFound, pupil::PupilPage, settings::Settings};
use crate::state::{set_document_lang, AppState, Status};

#[component]
pub fn App() -> impl IntoView {
    let st = AppState::provide();
    set_document_lang(st.lang.get_untracked());
    listen_for_updates(st);
    crate::components::after_paint::listen_for_history_steps();
    let mode = crate::mode::ModeState::provide(st);
    // Once the first screen is up: see `warm_up_date_fields`.
    Effect::new(move |warmed: Option<bool>| {
        let ready = warmed == Some(true) || st.status.get() == Status::Ready;
        if ready && warmed != Some(true) {
            crate::components::util::warm_up_date_fields();
        }
        ready
    });
    let t = move |k: K| st.t(k);
    view! {
        <Router>
            <a class="skip-link" href="#main">{move || t(K::SkipToContent)}</a>
            <header class="app-header">
                <a class="brand" href="/" data-testid="brand">
                    <img src="/icons/icon.svg" alt="" width="32" height="32"/>
                    <span>{move || t(K::AppName)}</span>
                </a>
                <Show when=move || mode.is_teacher()>
                <nav aria-label=move || t(K::MainNav)>
                    <a href="/" class="nav-link">{move || t(K::NavClasses)}</a>
                    <crate::components::followup::nav::RemindersNavLink/>
                    <a href="/settings" class="nav-link" data-testid="nav-settings">{move || t(K::NavSettings)}</a>
                    <crate::components::pupilmode::LockButton/>
                </nav>
                </Show>
            </header>
            <UpdateBanner/>
            <Show when=move || mode.is_teacher()><crate::components::damaged::DamagedBanner/></Show>
            <main id="main" tabindex="-1">
                {move || match st.status.get() {
                    Status::Loading => view! { <p class="loading" role="status">{t(K::Loading)}</p> }.into_any(),
                    // Settings keep working (language, privacy, a file of what is stored).
                    Status::Failed(_) => view! {
                        <Routes fallback=StorageFailed>
                            <Route path=path!("/settings") view=crate::pages::settings::SettingsWhenFailed/>
                        </Routes>
                    }.into_any(),
                    Status::Ready => view! {
                        <crate::components::pupilmode::ModeGate>
                        <Routes fallback=NotFound>
                            <Route path=path!("/") view=Home/>
                            <Route path=path!("/goal/:id") view=GoalPage/>
                            <Route path=path!("/settings") view=Settings/>
                            <Route path=path!("/reminders") view=crate::pages::followup::reminders::RemindersPage/>
                            <Route path=path!("/templates") view=crate::pages::feedback::templates::TemplatesPage/>
                            <ParentRoute path=path!("/class/:id") view=ClassFrame>
                                <Route path=path!("") view=ClassPage/>
                                <Route path=path!("attention") view=crate::pages::followup::attention::AttentionPage/>
                                <Route path=path!("plan") view=crate::pages::followup::planner::PlannerPage/>
                                <Route path=path!("successes") view=crate::pages::feedback::board::SuccessBoardPage/>
                                <Route path=path!("group-plans") view=crate::pages::grouping::group_plans::GroupPlansPage/>
                                <Route path=path!("group-plans/:plan") view=crate::pages::grouping::group_plan::GroupPlanPage/>
                                <Route path=path!("coop") view=crate::pages::grouping::coop_groups::CoopGroupsPage/>
                                <Route path=path!("report") view=crate::pages::reports::class_report::ClassReportPage/>
                            </ParentRoute>
                            <ParentRoute path=path!("/pupil/:id") view=PupilFrame>
                                <Route path=path!("") view=PupilPage/>
                                <Route path=path!("goal/new") view=GoalWizardPage/>
                                <Route path=path!("feedback") view=crate::pages::feedback::compose::FeedbackComposePage/>
                                <Route path=path!("log") view=crate::pages::pupilmode::learning_log::LearningLogPage/>
                                <Route path=path!("report") view=crate::pages::reports::parent_report::ParentReportPage/>
                                <Route path=path!("dossier") view=crate::pages::reports::dossier::DossierPage/>
                                <Route path=path!("profile") view=crate::pages::reports::pupil_profile::PupilProfilePage/>
                            </ParentRoute>
                        </Routes>
                        </crate::components::pupilmode::ModeGate>
                    }.into_any(),
                }}
            </main>
            <ToastArea/>
        </Router>
    }
}

/// Every screen but settings while storage cannot be opened: why, and where to go.
#[component]
fn StorageFailed() -> impl IntoView {
    let st = crate::state::use_app();
    let t = move |k: K| st.t(k);
    let error = move || match st.status.get() {
        Status::Failed(e) => crate::i18n::storage_error(st.lang.get(), &e),
        _ => String::new(),
    };
    view! {
        <section class="card error-card" role="alert" data-testid="storage-failed">
            <h1>{move || t(K::StorageFailedTitle)}</h1>
            <p>{error}</p>
            <p>{move || t(K::StorageFailedHelp)}</p>
            <p><a href="/settings" class="btn btn-secondary" data-testid="storage-failed-settings-link">{move || t(K::StorageFailedSettings)}</a></p>
        </section>
    }
}

/// The service-worker registration script (public/register-sw.js) fires
/// `groeipad-update` when a new build is waiting; we show the banner.
fn listen_for_updates(st: AppState) {
    let Some(win) = web_sys::window() else { return };
    if js_sys::Reflect::get(&win, &"__groeipadUpdateReady".into()).is_ok_and(|v| v.is_truthy()) {
        st.update_ready.set(true);
    }
    let cb = Closure::<dyn FnMut()>::new(move || st.update_ready.set(true));
    let _ = win.add_event_listener_with_callback("groeipad-update", cb.as_ref().unchecked_ref());
    cb.forget();
}
