//! Log an individual moment for one pupil: the kind (choosing it sets usual minutes),
//! the minutes and an optional follow-up date. Ready to save as it opens, so logging
//! takes one tap after opening it. Said to be logged once it is stored.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::util::{parse_date, say_saved, Saved};
use crate::i18n::followup::moment_kind_label;
use crate::domain::followup::{MomentFollowUp, MomentKind, NewMoment};
use crate::i18n::followup::FollowK;
use crate::state::{new_id, today, use_app};

fn kind_code(k: MomentKind) -> &'static str {
    match k {
        MomentKind::ShortCheckIn => "checkin",
        MomentKind::OneOnOne => "oneonone",
        MomentKind::ExtendedInstruction => "extended",
    }
}

/// Usual minutes of a kind: a check-in is short, extended instruction longer.
fn usual_minutes(k: MomentKind, session: u16) -> u16 {
    match k {
        MomentKind::ShortCheckIn => 5,
        MomentKind::OneOnOne => session,
        MomentKind::ExtendedInstruction => 15,
    }
}

#[component]
pub fn MomentForm(
    pupil_id: String,
    /// Prefix of the element ids, unique on the page.
    prefix: String,
    /// Called once a moment is stored (an inline form closes itself).
    #[prop(optional)]
    on_done: Option<Callback<()>>,
    /// Where to say it is stored (a line of its own), instead of the app's toast.
    #[prop(optional)]
    said: Option<Callback<Saved>>,
) -> impl IntoView {
    let st = use_app();
    let session = st.book.with_untracked(|b| b.settings().session_minutes);
    let kind = RwSignal::new(MomentKind::ShortCheckIn);
    let minutes = RwSignal::new(usual_minutes(MomentKind::ShortCheckIn, session).to_string());
    let follow_up = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let pupil = StoredValue::new(pupil_id);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(m) = minutes.get_untracked().trim().parse::<u16>() else {
            return error.set(Some(st.t(FollowK::InvalidNumber).into()));
        };
        let f = follow_up.get_untracked();
        let follow_date = if f.trim().is_empty() {
            None
        } else {
            match parse_date(&f) {
                Some(d) => Some(d),
                None => return error.set(Some(st.t(FollowK::InvalidDate).into())),
            }
        };
        let new = NewMoment {
            id: new_id(),
            pupil_id: pupil.get_value(),
            date: today(),
            kind: kind.get_untracked(),
            minutes: m,
            note: String::new(),
            follow_up: follow_date,
        };
        let reminder = MomentFollowUp { reminder_id: new_id(), title: st.t(FollowK::FollowUpTitle).into() };
        st.run_stored_with_undo(
            |b| b.log_moment(new, Some(reminder), today()),
            move |stored| match stored {
                Ok(((), undo)) => {
                    error.set(None);
                    follow_up.set(String::new());
                    say_saved(st, said, st.t(FollowK::MomentLogged).into(), undo);
                    if let Some(cb) = on_done {
                        cb.try_run(());
                    }
                }
                Err(e) => error.set(Some(e)),
            },
        );
    };

    let name = format!("{prefix}-kind");
    let kinds = MomentKind::ALL
        .into_iter()
        .map(|k| {
            let name = name.clone();
            view! {
                <label class="moment-chip">
                    <input type="radio" name=name value=kind_code(k) data-testid=format!("kind-{}", kind_code(k))
                        prop:checked=move || kind.get() == k
                        on:change=move |_| { kind.set(k); minutes.set(usual_minutes(k, session).to_string()); }/>
                    <span>{move || moment_kind_label(k, st.lang.get())}</span>
                </label>
            }
        })
        .collect_view();
    let (min_id, fu_id, err_id) = (format!("{prefix}-min"), format!("{prefix}-fu"), format!("{prefix}-err"));
    view! {
        <form class="moment-form" on:submit=submit data-testid="moment-form">
            <fieldset class="moment-chips">
                <legend class="fu-legend">{move || st.t(FollowK::MomentKindLabel)}</legend>
                {kinds}
            </fieldset>
            <div class="moment-fields">
                <div class="field field-narrow">
                    <label for=min_id.clone()>{move || st.t(FollowK::Minutes)}</label>
                    <input id=min_id type="number" min="1" max="240" inputmode="numeric" data-testid="moment-minutes"
                        aria-describedby=err_id.clone()
                        prop:value=move || minutes.get() on:input=move |ev| minutes.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for=fu_id.clone()>{move || st.t(FollowK::FollowUpOn)}</label>
                    <input id=fu_id type="date" data-testid="moment-follow-up"
                        prop:value=move || follow_up.get() on:input=move |ev| follow_up.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="btn btn-primary" data-testid="save-moment">{move || st.t(FollowK::SaveMoment)}</button>
            </div>
            <p id=err_id class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
