//! The class page's reports card: the class report, and importing one pupil's dossier
//! into this class (read, checked, shown, then added only after confirmation, with undo).

use leptos::prelude::*;

use crate::components::file_picker::{FileProblem, JsonFilePicker};
use crate::i18n::UserMessage;
use crate::domain::reports::{dossier_parse, DossierContents};
use crate::i18n::reports::{dossier_imported, dossier_preview, RK};
use crate::i18n::format::date;
use crate::i18n::{Text};
use crate::state::{new_id, use_app};

#[component]
pub fn ClassReports(
    /// The class on the page.
    class_id: Memo<String>,
) -> impl IntoView {
    let st = use_app();
    let t = move |k: RK| k.t(st.lang.get());
    let preview = RwSignal::new(None::<DossierContents>);
    let error = RwSignal::new(None::<String>);
    let on_file = Callback::new(move |text: Result<String, FileProblem>| {
        let lang = st.lang.get_untracked();
        preview.set(None);
        error.set(None);
        match text {
            Err(FileProblem::Unreadable) => error.set(Some(RK::ReadFailed.t(lang).into())),
            Err(FileProblem::NotUtf8) => error.set(Some(crate::i18n::backup_error(lang, &crate::domain::backup::BackupError::NotUtf8))),
            Ok(text) => match dossier_parse(&text) {
                Ok(c) => preview.set(Some(c)),
                Err(e) => error.set(Some(e.message(lang))),
            },
        }
    });
    let confirm = move |_| {
        let Some(c) = preview.get_untracked() else { return };
        let class = class_id.get_untracked();
        match st.run_undoable(dossier_imported(&c.pupil_name, st.lang.get_untracked()), |b| b.import_dossier(&c, &class, new_id)) {
            Ok(()) => preview.set(None),
            Err(e) => error.set(Some(e)),
        }
    };
    let cancel = move |_| {
        preview.set(None);
        st.toast(t(RK::DossierCancelled).into(), false, None);
    };
    view! {
        <section class="card class-reports" aria-labelledby="class-reports-title" data-testid="class-reports">
            <h2 id="class-reports-title">{move || t(RK::ReportsCard)}</h2>
            <div class="actions-row">
                <a class="btn btn-secondary" href=move || format!("/class/{}/report", class_id.get()) data-testid="class-report-link">{move || t(RK::ClassReport)}</a>
            </div>
            <h3>{move || t(RK::DossierImport)}</h3>
            <p class="help" id="dossier-import-help">{move || t(RK::DossierImportHelp)}</p>
            <JsonFilePicker id="dossier-file" testid="dossier-file" help_id="dossier-import-help" label=Signal::derive(move || t(RK::ChooseDossier)) on_text=on_file/>
            <p class="field-error" role="alert" data-testid="dossier-import-error">{move || error.get()}</p>
            {move || preview.get().map(|c| {
                let lang = st.lang.get();
                view! {
                    <div class="notice" data-testid="dossier-preview">
                        <p>{dossier_preview(&c.pupil_name, &date(lang, c.exported_at.date()), c.records.len(), lang)}</p>
                        <div class="actions-row">
                            <button type="button" class="btn btn-primary" data-testid="dossier-confirm" on:click=confirm>{t(RK::DossierConfirm)}</button>
                            <button type="button" class="btn btn-secondary" on:click=cancel>{crate::i18n::K::Cancel.t(lang)}</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}
