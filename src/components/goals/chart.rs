//! The progress chart of a goal in plain SVG: measurements, aim line, trend, target and
//! sub-goals, with a text summary for screen readers and print.

use leptos::prelude::*;

use crate::domain::goals::chart::{goal_dates_need_year, layout};
use crate::i18n::goals as tg;
use crate::domain::goals::{Goal, Measurement};
use crate::i18n::goals::GK;
use crate::i18n::Text;
use crate::state::{today, use_app};

/// The drawing size: narrower on a phone, so the labels keep a readable size.
fn size() -> (f64, f64) {
    let narrow = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_some_and(|w| w < 600.0);
    if narrow {
        (360.0, 240.0)
    } else {
        (640.0, 280.0)
    }
}

/// The chart of one goal.
#[component]
pub fn GoalChart(
    /// The goal to draw.
    goal: Signal<Goal>,
    /// Its measurements, oldest first.
    measurements: Signal<Vec<Measurement>>,
    /// The language of its labels when not the app's (a report in the other language).
    #[prop(optional, into)]
    lang: Option<Signal<crate::i18n::Lang>>,
) -> impl IntoView {
    let st = use_app();
    let lang = lang.unwrap_or_else(|| st.lang.into());
    let (w, h) = size();
    // One id per goal: a report holds several charts.
    let summary_id = format!("chart-summary-{}", goal.with_untracked(|g| g.id.clone()));
    let geo = move || layout(&goal.get(), &measurements.get(), today(), w, h);
    let with_year = Memo::new(move |_| goal_dates_need_year(&goal.get(), &measurements.get(), today()));
    let line = |(a, b): (crate::domain::goals::chart::Pt, crate::domain::goals::chart::Pt)| (a.x, a.y, b.x, b.y);
    view! {
        <figure class="goal-chart" data-testid="goal-chart">
            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby=summary_id.clone() preserveAspectRatio="xMidYMid meet">
                {move || {
                    let g = geo();
                    let lang = lang.get();
                    let u = goal.get().measure.unit;
                    view! {
                        <g class="axes">
                            {g.y_ticks.iter().map(|(y, v)| view! {
                                <line x1=g.left x2=g.right y1=*y y2=*y class="grid"/>
                                <text x=g.left - 6.0 y=*y + 4.0 text-anchor="end" class="tick">{crate::i18n::format::number(lang, *v)}</text>
                            }).collect_view()}
                            {g.x_ticks.iter().enumerate().map(|(i, (x, d))| {
                                // First label starts at the axis, last one ends at it: nothing is cut off.
                                let anchor = match i { 0 => "start", 2 => "end", _ => "middle" };
                                view! { <text x=*x y=g.bottom + 22.0 text-anchor=anchor class="tick">{crate::i18n::format::tick(lang, *d, with_year.get())}</text> }
                            }).collect_view()}
                            <line x1=g.left x2=g.right y1=g.bottom y2=g.bottom class="axis"/>
                        </g>
                        {g.today_x.map(|x| view! { <line x1=x x2=x y1=g.top y2=g.bottom class="today"/> })}
                        {g.approach_changes.iter().map(|(x, label)| {
                            // A label right of its line, or left of it in the right half.
                            let (tx, anchor) = if *x > (g.left + g.right) / 2.0 { (*x - 4.0, "end") } else { (*x + 4.0, "start") };
                            view! {
                                <g class="approach" data-testid="approach-line">
                                    <line x1=*x x2=*x y1=g.top y2=g.bottom/>
                                    <text x=tx y=g.top + 12.0 text-anchor=anchor class="approach-label">{label.clone()}</text>
                                </g>
                            }
                        }).collect_view()}
                        <line x1=g.left x2=g.right y1=g.target_y y2=g.target_y class="target"/>
                        {g.aim.map(line).map(|(x1, y1, x2, y2)| view! { <line x1=x1 y1=y1 x2=x2 y2=y2 class="aim" data-testid="aim-line"/> })}
                        {g.trend.map(line).map(|(x1, y1, x2, y2)| view! { <line x1=x1 y1=y1 x2=x2 y2=y2 class="trend" data-testid="trend-line"/> })}
                        {g.sub_goals.iter().map(|(p, done)| view! {
                            <rect x=p.x - 5.0 y=p.y - 5.0 width="10" height="10" class=if *done { "subgoal done" } else { "subgoal" }/>
                        }).collect_view()}
                        {g.points.iter().map(|(p, v, d)| view! {
                            <circle cx=p.x cy=p.y r="6" class="point" data-testid="chart-point">
                                <title>{format!("{}: {}", crate::i18n::format::date_in(lang, *d, with_year.get()), tg::format_value(*v, u, lang))}</title>
                            </circle>
                        }).collect_view()}
                    }
                }}
            </svg>
            <figcaption>
                <ul class="legend" aria-label=move || GK::Legend.t(lang.get())>
                    <li><span class="key key-point" aria-hidden="true"></span>{move || GK::LegendPoints.t(lang.get())}</li>
                    <li><span class="key key-aim" aria-hidden="true"></span>{move || GK::LegendAim.t(lang.get())}</li>
                    <li><span class="key key-trend" aria-hidden="true"></span>{move || GK::LegendTrend.t(lang.get())}</li>
                    <li><span class="key key-target" aria-hidden="true"></span>{move || GK::LegendTarget.t(lang.get())}</li>
                </ul>
                <p id=summary_id class="chart-summary" data-testid="chart-summary">
                    {move || tg::chart_summary(&goal.get(), &measurements.get(), lang.get(), with_year.get())}
                </p>
            </figcaption>
        </figure>
    }
}
