//! The attention distribution as a small hand-written SVG: per support level the share
//! of minutes received next to the share the aim asks for, a text summary of the same
//! figures for screen readers and print, and the verdict in one sentence.

use leptos::prelude::*;

use crate::i18n::followup::{support_level_label, verdict_label, verdict_sentence};
use crate::domain::followup::{Distribution, Verdict};
use crate::i18n::followup::{self as fi, FollowK};
use crate::state::use_app;

const WIDTH: f64 = 320.0;
const BAR_MAX: f64 = 262.0;
const ROW: f64 = 64.0;
const TOP: f64 = 30.0;

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Convergent => "verdict verdict-convergent",
        Verdict::Divergent => "verdict verdict-divergent",
        Verdict::Balanced => "verdict verdict-balanced",
        Verdict::NoData => "verdict verdict-nodata",
    }
}

#[component]
pub fn AttentionChart(dist: Distribution) -> impl IntoView {
    let st = use_app();
    let lang = st.lang.get_untracked();
    let levels: Vec<_> = dist.levels.iter().filter(|l| l.pupils > 0).cloned().collect();
    let height = TOP + ROW * levels.len() as f64 + 4.0;
    let pct = |x: f64| format!("{}%", (x * 100.0).round() as i64);
    let rows = levels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let y = TOP + ROW * i as f64;
            let actual = (l.share * BAR_MAX).max(1.0);
            let aim = (l.expected_share * BAR_MAX).max(1.0);
            let label = format!("{} ({})", support_level_label(l.level, lang), l.pupils);
            view! {
                <g>
                    <text x="0" y=format!("{}", y + 12.0) class="chart-label">{label}</text>
                    <rect x="0" y=format!("{}", y + 18.0) width=format!("{actual:.1}") height="15" rx="3" class="bar-actual"/>
                    <text x=format!("{:.1}", actual + 6.0) y=format!("{}", y + 30.0) class="chart-value">{pct(l.share)}</text>
                    <rect x="0" y=format!("{}", y + 38.0) width=format!("{aim:.1}") height="15" rx="3" class="bar-aim"/>
                    <text x=format!("{:.1}", aim + 6.0) y=format!("{}", y + 50.0) class="chart-value">{pct(l.expected_share)}</text>
                </g>
            }
        })
        .collect_view();
    let summary = levels
        .iter()
        .map(|l| {
            view! { <li>{fi::share_line(lang, support_level_label(l.level, lang), l.pupils, l.minutes, l.share, l.expected_share)}</li> }
        })
        .collect_view();
    let verdict = dist.verdict;
    view! {
        <figure class="attention-chart" data-testid="attention-chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="chart-title chart-desc" class="chart-svg">
                <title id="chart-title">{st.t(FollowK::DistributionTitle)}</title>
                <desc id="chart-desc">{verdict_label(verdict, lang)}</desc>
                <rect x="0" y="2" width="14" height="12" rx="2" class="bar-actual"/>
                <text x="20" y="12" class="chart-legend">{st.t(FollowK::Actual)}</text>
                <rect x="120" y="2" width="14" height="12" rx="2" class="bar-aim"/>
                <text x="140" y="12" class="chart-legend">{st.t(FollowK::Aim)}</text>
                {rows}
            </svg>
            <figcaption>
                <ul class="attention-summary" data-testid="attention-summary">{summary}</ul>
                {(verdict != Verdict::NoData).then(|| view! {
                    <p class=verdict_class(verdict) data-testid="verdict"><strong>{verdict_label(verdict, lang)}</strong></p>
                })}
                <p data-testid="verdict-sentence">{verdict_sentence(verdict, &dist.aim, lang)}</p>
            </figcaption>
        </figure>
    }
}
