//! The grouping mirror of one subject: one sentence and a small bar of the minutes per
//! week (shared, extended, mixed: convergent; apart: divergent) with the limit of the
//! class's aim marked. Shown on the group plans page (every subject) and on one plan.

use leptos::prelude::*;

use crate::domain::grouping::mirror::{GroupingMirror, MirrorVerdict};
use crate::i18n::grouping::{self as gi, GroupK};
use crate::i18n::Text;
use crate::state::use_app;

const WIDTH: f64 = 300.0;

#[component]
pub fn GroupingMirrorView(mirror: GroupingMirror) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let sentence = {
        let m = mirror.clone();
        move || gi::mirror_sentence(&m, st.lang.get())
    };
    let m = mirror.minutes;
    let total = f64::from(m.total().max(1));
    // Convergent parts from the left, the time apart on the right.
    let parts = [(m.shared, "gm-shared", GroupK::MirrorShared), (m.extended, "gm-extended", GroupK::MirrorExtended), (m.mixed, "gm-mixed", GroupK::MirrorMixed), (m.apart, "gm-apart", GroupK::MirrorApart)];
    let mut x = 0.0;
    let rects = parts
        .iter()
        .filter(|(v, _, _)| *v > 0)
        .map(|(v, class, _)| {
            let w = f64::from(*v) / total * WIDTH;
            let r = view! { <rect class=*class x=format!("{x:.1}") y="2" width=format!("{w:.1}") height="20"/> };
            x += w;
            r
        })
        .collect_view();
    let limit = WIDTH * (1.0 - mirror.apart_max);
    let legend = parts
        .into_iter()
        .map(|(v, class, label)| view! { <li><span class=format!("gm-swatch {class}") aria-hidden="true"></span>{move || format!("{}: {v} min", t(label))}</li> })
        .collect_view();
    let has_time = mirror.verdict != MirrorVerdict::NoTime;
    let warn = mirror.verdict == MirrorVerdict::TooMuchApart;
    view! {
        <div class="grouping-mirror" data-testid="grouping-mirror" data-verdict=format!("{:?}", mirror.verdict).to_lowercase()>
            <p class=if warn { "notice notice-warn" } else { "grouping-mirror-sentence" } data-testid="grouping-mirror-sentence">{sentence}</p>
            {has_time.then(|| view! {
                <svg class="grouping-mirror-bar" viewBox="0 0 300 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="gm-track" x="0" y="2" width="300" height="20"/>
                    {rects}
                    <line class="gm-limit" x1=format!("{limit:.1}") x2=format!("{limit:.1}") y1="0" y2="24"/>
                </svg>
                <ul class="grouping-mirror-legend" role="list">
                    {legend}
                    <li><span class="gm-swatch gm-limit-swatch" aria-hidden="true"></span>{move || t(GroupK::MirrorLimit)}</li>
                </ul>
            })}
        </div>
    }
}
