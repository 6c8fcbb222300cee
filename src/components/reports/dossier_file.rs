//! The pupil's dossier as a file: offered from the dossier page and from the retention
//! list in settings (which offers it before the pupil's records are deleted), one code path.

use leptos::prelude::*;

use crate::components::util::offer_file;
use crate::domain::reports::dossier_export;
use crate::domain::scope::Scope;
use crate::i18n::reports::RK;
use crate::i18n::Text;
use crate::state::{now, today, AppState};

/// Offers the pupil's dossier as a file (`groeipad-dossier-<name>-<date>.json`) and says
/// so in a toast; reads the pupil's records first when the book does not hold them yet
/// (the retention list in settings offers it without opening the pupil).
pub fn save_dossier(st: AppState, pupil_id: String) {
    let scope = Scope::Pupil(pupil_id.clone());
    let offer = move || {
        let name = st.pupil_name(&pupil_id);
        let text = st.book.with_untracked(|b| dossier_export(b, &pupil_id, now()));
        let file = format!("groeipad-dossier-{}-{}.json", slug(&name), today().format("%Y-%m-%d"));
        offer_file(st, &file, "application/json", &text, RK::DossierSaved.t(st.lang.get_untracked()));
    };
    if st.is_loaded(&scope) {
        offer();
    } else {
        st.after_loading(vec![scope], offer);
    }
}

/// A file-name form of a name: "Anna de Vries" → "anna-de-vries".
fn slug(name: &str) -> String {
    let s: String = name.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    s.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-")
}
