//! The teacher chooses a pupil's picture PIN: three different pictures, in order.

use leptos::prelude::*;

use crate::components::pupilmode::art::Picture;
use crate::domain::pupilmode::PictureKey;
use crate::i18n::pupilmode::{picture_name, PK};
use crate::state::use_app;

#[component]
pub fn PicturePinEditor(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: PK| st.t(k);
    let chosen = RwSignal::new(Vec::<PictureKey>::new());
    let error = RwSignal::new(None::<String>);
    let current = {
        let id = pupil_id.clone();
        move || st.book.with_kinds(&["pupil"], |b| b.pupil(&id).and_then(|p| p.picture_pin).map(|p| p.pictures()))
    };
    let toggle = move |k: PictureKey| {
        chosen.update(|c| {
            if let Some(i) = c.iter().position(|x| *x == k) {
                c.remove(i);
            } else if c.len() < 3 {
                c.push(k);
            }
        });
        error.set(None);
    };
    let id_save = StoredValue::new(pupil_id.clone());
    let save = move |_| {
        let picked = chosen.get_untracked();
        let Ok(three) = <[PictureKey; 3]>::try_from(picked.as_slice()) else { return };
        match st.run(|b| b.set_picture_pin(&id_save.get_value(), Some(three))) {
            Ok(()) => {
                chosen.set(Vec::new());
                st.toast(t(PK::PicturePinSaved).into(), false, None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let id_remove = StoredValue::new(pupil_id.clone());
    let remove = move |_| {
        let id_remove = id_remove.get_value();
        let _ = st.run_undoable(t(PK::PicturePinRemoved).into(), |b| b.set_picture_pin(&id_remove, None));
    };
    let slots = move |keys: Vec<PictureKey>| {
        (0..3)
            .map(|i| match keys.get(i).copied() {
                Some(k) => view! {
                    <li class="pp-slot filled"><Picture key=k/><span>{move || picture_name(k, st.lang.get())}</span></li>
                }
                .into_any(),
                None => view! { <li class="pp-slot"><span class="pp-slot-n">{i + 1}</span></li> }.into_any(),
            })
            .collect_view()
    };
    view! {
        <crate::components::disclosure::Disclosure class="card picture-pin-editor" testid="picture-pin-editor"
            summary=ViewFn::from({let current = current.clone(); move || view! {
            <summary data-testid="picture-pin-summary">
                {move || t(PK::PicturePinTitle)}
                <span class="pp-summary-state">{let current = current.clone(); move || match current() {
                    Some(keys) => format!(": {}", keys.map(|k| picture_name(k, st.lang.get())).join(", ")),
                    None => String::new(),
                }}</span>
            </summary>
            }})>
            <p class="help">{move || t(PK::PicturePinHelp)}</p>
            {let current = current.clone(); move || match current() {
                Some(keys) => view! {
                    <div class="pp-current" data-testid="picture-pin-current">
                        <p>{t(PK::PicturePinCurrent)}":"</p>
                        <ol class="pp-slots" role="list">{slots(keys.to_vec())}</ol>
                        <button type="button" class="btn btn-danger" data-testid="picture-pin-remove" on:click=remove>
                            {t(PK::RemovePicturePin)}
                        </button>
                    </div>
                }.into_any(),
                None => view! { <p class="muted" data-testid="picture-pin-none">{t(PK::PicturePinNone)}</p> }.into_any(),
            }}
            <h3 id="pp-pick">{move || t(PK::PicturePinPick)}</h3>
            <ul class="pp-grid" role="list" aria-labelledby="pp-pick">
                {PictureKey::ALL.into_iter().map(|k| view! {
                    <li>
                        <button type="button" class="pp-pick" data-testid="picture-pin-pick" data-key=format!("{k:?}").to_lowercase()
                            aria-pressed=move || chosen.with(|c| c.contains(&k)).to_string()
                            on:click=move |_| toggle(k)>
                            <Picture key=k/>
                            <span>{move || picture_name(k, st.lang.get())}</span>
                            {move || chosen.with(|c| c.iter().position(|x| *x == k)).map(|i| view! { <span class="pp-order" aria-hidden="true">{i + 1}</span> })}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
            <p class="muted pp-count" aria-live="polite">{move || t(PK::PicturePinChosen)}": " {move || chosen.with(|c| c.len())}" / 3"</p>
            <div class="actions-row">
                <button type="button" class="btn btn-primary" data-testid="picture-pin-save"
                    disabled=move || chosen.with(|c| c.len() != 3) on:click=save>{move || t(PK::SavePicturePin)}</button>
                <button type="button" class="btn btn-secondary" disabled=move || chosen.with(Vec::is_empty)
                    on:click=move |_| chosen.set(Vec::new())>{move || t(PK::ChooseAgain)}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </crate::components::disclosure::Disclosure>
    }
}
