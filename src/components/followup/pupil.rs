//! On the pupil page: the pupil's attention figures, logging a moment (two taps from
//! the class page), the pupil's open reminders and a form for a new one.

use leptos::prelude::*;

use crate::components::followup::moment::MomentForm;
use crate::components::followup::reminder_form::ReminderForm;
use crate::i18n::followup::{last_seen_text, source_label};
use crate::i18n::followup::{self as fi, FollowK};
use crate::state::{today, use_app};

#[component]
pub fn PupilFollowUp(id: String) -> impl IntoView {
    let st = use_app();
    let t = move |k: FollowK| st.t(k);
    let pid = StoredValue::new(id.clone());
    let stats = move || {
        let lang = st.lang.get();
        st.book.with_pupil(&pid.get_value(), |b| {
            let s = b.pupil_attention(&pid.get_value(), today())?;
            Some(format!("{} · {}", last_seen_text(&s, lang), fi::recent_minutes(lang, s.minutes_last_4_weeks, s.moments_last_4_weeks)))
        })
    };
    // Read once per change: the section's `when` and its list both use it.
    let open = Memo::new(move |_| {
        let lang = st.lang.get();
        st.book.with_pupil(&pid.get_value(), |b| b.open_reminders_of(&pid.get_value(), lang))
    });
    view! {
        <section class="card pupil-followup" aria-labelledby="pupil-followup-title" data-testid="pupil-followup">
            <h2 id="pupil-followup-title">{move || t(FollowK::PupilAttentionTitle)}</h2>
            <p data-testid="pupil-last-seen">{stats}</p>
            <h3>{move || t(FollowK::MomentTitle)}</h3>
            <MomentForm pupil_id=id.clone() prefix="pm".to_string()/>
            <h3>{move || t(FollowK::OpenReminders)}</h3>
            <Show when=move || open.with(|v| !v.is_empty()) fallback=move || view! { <p class="muted">{move || t(FollowK::NoOpenReminders)}</p> }>
                <ul class="pupil-reminders" data-testid="pupil-reminders">
                    {move || open.get().into_iter().map(|r| {
                        let lang = st.lang.get();
                        view! { <li>{r.title.clone()}<small class="help">{format!("{} · {}", source_label(&r.source, lang), crate::i18n::format::date(lang, r.due))}</small></li> }
                    }).collect_view()}
                </ul>
                <a href="/reminders" class="btn btn-secondary">{move || t(FollowK::GoToReminders)}</a>
            </Show>
            <crate::components::disclosure::Disclosure class="pupil-new-reminder"
                summary=ViewFn::from(move || view! { <summary>{move || t(FollowK::ForPupil)}</summary> })>
                <ReminderForm prefix="pr" pupil_id=id.clone()/>
            </crate::components::disclosure::Disclosure>
        </section>
    }
}
