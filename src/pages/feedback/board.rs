//! This week's successes of a class (/class/:id/successes), made for the whiteboard or a
//! tablet in class: big and friendly, first names (or initials in privacy mode), the success
//! texts only. No private notes, no counts, no order by how much: pupils in name order.

use chrono::{Datelike, Duration};
use leptos::prelude::*;

use crate::components::feedback::parts::{goal_icon, star_icon};
use crate::domain::feedback::SuccessSource;
use crate::i18n::feedback::{success_source_name, week_range, FK};
use crate::components::record_frame::ClassRecords;
use crate::domain::scope::BOARD_KINDS;
use crate::i18n::K;
use crate::state::{today, use_app};

#[component]
pub fn SuccessBoardPage() -> impl IntoView {
    let id = crate::components::record_frame::use_class_id();
    view! { <ClassRecords kinds=BOARD_KINDS><SuccessBoard id=id/></ClassRecords> }
}

#[component]
fn SuccessBoard(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let class_name = move || st.book.with_kinds(&["class"], |b| b.class(&id.get()).map(|c| c.name.clone()));
    let entries = Memo::new(move |_| st.book.with_class(&id.get(), |b| b.class_board(&id.get(), today(), st.privacy.get())));
    let week = move || {
        let d = today();
        let monday = d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
        week_range(st.lang.get(), monday, monday + Duration::days(6))
    };
    let cards = move || {
        let lang = st.lang.get();
        entries
            .get()
            .into_iter()
            .map(|e| {
                let items = e
                    .successes
                    .into_iter()
                    .map(|s| {
                        let goal = s.source == SuccessSource::GoalAchieved;
                        view! {
                            <li class:board-goal=goal>
                                <span class="board-icon">{if goal { goal_icon().into_any() } else { star_icon().into_any() }}</span>
                                <span>
                                    {crate::i18n::feedback::success_text(lang, &s)}
                                    {goal.then(|| view! { <span class="board-source">{success_source_name(s.source, lang)}</span> })}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="board-card" data-testid="board-card">
                        <h2 class="board-name">{e.name}</h2>
                        <ul class="board-successes" role="list">{items}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show
            when=move || class_name().is_some()
            fallback=move || view! {
                <section class="card empty-state" data-testid="class-missing">
                    <h1>{move || st.t(K::ClassNotFound)}</h1>
                    <a class="btn btn-primary" href="/">{move || st.t(K::GoHome)}</a>
                </section>
            }
        >
            <div class="page board-page" data-testid="board">
                <a class="back-link" href=move || format!("/class/{}", id.get())>{move || format!("← {}", class_name().unwrap_or_default())}</a>
                <header class="board-header">
                    <h1>{star_icon()}<span>{move || st.t(FK::BoardTitle)}</span>{star_icon()}</h1>
                    <p class="board-week">{move || format!("{} · {}", class_name().unwrap_or_default(), week())}</p>
                </header>
                <Show
                    when=move || entries.with(|e| !e.is_empty())
                    fallback=move || view! {
                        <div class="card empty-state board-empty" data-testid="board-empty">
                            <p class="board-empty-title">{move || st.t(FK::BoardEmpty)}</p>
                            <p>{move || st.t(FK::BoardEmptyHelp)}</p>
                        </div>
                    }
                >
                    <ul class="board-grid" role="list">{cards}</ul>
                </Show>
            </div>
        </Show>
    }
}
