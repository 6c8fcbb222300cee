//! The reading-growth norm table in the settings: view, edit and reset, with its source.

use leptos::prelude::*;

use crate::i18n::goals as tg;
use crate::domain::goals::NormTable;
use crate::i18n::goals::GK;
use crate::i18n::format::parse_number;
use crate::state::use_app;

#[component]
pub fn NormsEditor() -> impl IntoView {
    let st = use_app();
    let lang = st.lang.get_untracked();
    let fmt = move |v: f64| crate::i18n::format::number(lang, v);
    let rows: Vec<(u8, RwSignal<String>, RwSignal<String>)> = st.book.with_untracked(|b| {
        b.settings().norms.rows.iter().map(|r| (r.grade, RwSignal::new(fmt(r.realistic)), RwSignal::new(fmt(r.ambitious)))).collect()
    });
    let source = RwSignal::new(st.book.with_untracked(|b| b.settings().norms.source));
    let error = RwSignal::new(None::<String>);
    let rows_for_save = rows.clone();
    let save = move |_| {
        let mut table = st.book.with_untracked(|b| b.settings().norms);
        table.source = source.get_untracked();
        for (grade, r, a) in &rows_for_save {
            let (Some(r), Some(a)) = (parse_number(&r.get_untracked()), parse_number(&a.get_untracked())) else {
                error.set(Some(st.t(GK::NotANumber).into()));
                return;
            };
            if let Some(row) = table.rows.iter_mut().find(|x| x.grade == *grade) {
                row.realistic = r;
                row.ambitious = a;
            }
        }
        table.edited = table != NormTable::default();
        match st.run(|b| b.set_norms(table)) {
            Ok(()) => {
                error.set(None);
                st.toast(st.t(GK::NormsSaved).into(), false, None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let rows_for_reset = rows.clone();
    let reset = move |_| {
        let d = NormTable::default();
        for ((_, r, a), row) in rows_for_reset.iter().zip(d.rows.iter()) {
            r.set(fmt(row.realistic));
            a.set(fmt(row.ambitious));
        }
        source.set(d.source.clone());
        if st.run(|b| b.set_norms(d)).is_ok() {
            st.toast(st.t(GK::NormsSaved).into(), false, None);
        }
    };
    view! {
        <section class="card" aria-labelledby="norms-title" data-testid="norms">
            <h2 id="norms-title">{move || st.t(GK::NormsTitle)}</h2>
            <p class="help">{move || st.t(GK::NormsHelp)}</p>
            <table class="norms-table">
                <thead><tr>
                    <th scope="col">{move || st.t(GK::NormsGrade)}</th>
                    <th scope="col">{move || st.t(GK::NormsRealistic)}</th>
                    <th scope="col">{move || st.t(GK::NormsAmbitious)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(grade, r, a)| {
                        let rid = format!("norm-r-{grade}");
                        let aid = format!("norm-a-{grade}");
                        let label = move || tg::grade_label(grade, st.lang.get());
                        view! {
                            <tr>
                                <th scope="row">{label}</th>
                                <td><input id=rid type="text" inputmode="decimal" aria-label=move || format!("{} – {}", st.t(GK::NormsRealistic), label())
                                    prop:value=move || r.get() on:input=move |ev| r.set(event_target_value(&ev))/></td>
                                <td><input id=aid type="text" inputmode="decimal" aria-label=move || format!("{} – {}", st.t(GK::NormsAmbitious), label())
                                    prop:value=move || a.get() on:input=move |ev| a.set(event_target_value(&ev))/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <div class="field">
                <label for="norms-source">{move || st.t(GK::NormsSource)}</label>
                <textarea id="norms-source" rows="3" prop:value=move || source.get() on:input=move |ev| source.set(event_target_value(&ev))></textarea>
            </div>
            <p class="field-error" role="alert" data-testid="norms-error">{move || error.get()}</p>
            <div class="actions-row">
                <button class="btn btn-primary" data-testid="norms-save" on:click=save>{move || st.t(GK::NormsSave)}</button>
                <button class="btn btn-secondary" on:click=reset>{move || st.t(GK::NormsReset)}</button>
            </div>
        </section>
    }
}
