//! The quick-action sheet of the class page: from a pupil's tile, record a measurement,
//! a feedback note (a top and a next step), a success or an attention moment in at most
//! three taps, then go on to the next pupil in the class list with the same tab (and for
//! a measurement the same measure) — a whole class's test round without going back.
//!
//! A modal `<dialog>`: the page behind is inert, Escape closes it, focus goes back to the
//! action button of the pupil last shown. The forms are the full pages' own (measurement,
//! success, moment) or store a note as the composer does; each says "saved" only once its
//! write is stored, on the sheet's own status line (the toasts lie behind the sheet),
//! with undo where the full pages have it.

mod measure;
mod note;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::feedback::draft::focus_field;
use crate::components::feedback::success::SuccessForm;
use crate::components::followup::moment::MomentForm;
use crate::components::util::Saved;
use crate::i18n::quick_actions::{self as qi, QK};
use crate::i18n::K;
use crate::state::use_app;

use measure::MeasurePanel;
use note::NotePanel;

/// The sheet's tabs, in their order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Measure,
    Feedback,
    Success,
    Attention,
}

impl Tab {
    const ALL: [Tab; 4] = [Tab::Measure, Tab::Feedback, Tab::Success, Tab::Attention];

    fn code(self) -> &'static str {
        match self {
            Tab::Measure => "measure",
            Tab::Feedback => "feedback",
            Tab::Success => "success",
            Tab::Attention => "attention",
        }
    }

    fn label(self) -> QK {
        match self {
            Tab::Measure => QK::TabMeasure,
            Tab::Feedback => QK::TabFeedback,
            Tab::Success => QK::TabSuccess,
            Tab::Attention => QK::TabAttention,
        }
    }

    /// The field the teacher starts with: the score, the top, the success; for a moment
    /// the chosen kind (it is ready to save, so no keyboard pops up).
    fn first_field(self) -> &'static str {
        match self {
            Tab::Measure => "[data-testid=measurement-value], [data-testid=quick-no-goal] + a",
            Tab::Feedback => "[data-testid=quick-top]",
            Tab::Success => "input[type=text]",
            Tab::Attention => "input[type=radio]:checked",
        }
    }

    /// The tab `step` places further (wrapping), for the arrow keys.
    fn step(self, step: isize) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0) as isize;
        let n = Tab::ALL.len() as isize;
        Tab::ALL[((i + step).rem_euclid(n)) as usize]
    }
}

/// Focuses the tab's first field once it is drawn (a measurement waits for the pupil's
/// records: tried again for a while).
fn focus_first_field(tab: Tab, tries: u32) {
    request_animation_frame(move || {
        let found = document()
            .query_selector(&format!("#quick-panel {}", tab.first_field()))
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        match found {
            Some(el) => {
                let _ = el.focus();
            }
            None if tries > 0 => focus_first_field(tab, tries - 1),
            None => {}
        }
    });
}

/// The action button on a pupil's tile: opens the sheet for that pupil.
#[component]
pub fn QuickOpen(
    pupil_id: String,
    /// The pupil's name as the tile shows it (for the button's label).
    name: String,
    /// The pupil the sheet is open for.
    open: RwSignal<Option<String>>,
) -> impl IntoView {
    let st = use_app();
    let id = format!("quick-open-{pupil_id}");
    view! {
        <button type="button" class="quick-open" id=id data-testid="quick-open" aria-haspopup="dialog"
            aria-label=move || qi::open_for(st.lang.get(), &name)
            on:click=move |_| open.set(Some(pupil_id.clone()))>
            // The "+" is drawn by the style sheet: no elements of its own in each of the
            // class's tiles (the class page opens faster).
        </button>
    }
}

/// The sheet, drawn while it is open for a pupil.
#[component]
pub fn QuickSheet(
    /// The pupil the sheet is open for; set to None to close it.
    open: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <Show when=move || open.with(Option::is_some)>
            <Sheet open=open/>
        </Show>
    }
}

#[component]
fn Sheet(open: RwSignal<Option<String>>) -> impl IntoView {
    let st = use_app();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let tab = RwSignal::new(Tab::Measure);
    let goal = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<(String, Saved)>);
    let pupil = Memo::new(move |_| open.get().unwrap_or_default());
    let name = move || st.pupil_name(&pupil.get());
    let place = move || st.book.with_kinds(&["pupil"], |b| b.place_in_class(&pupil.get()));
    let next = Memo::new(move |_| st.book.with_kinds(&["pupil"], |b| b.next_pupil(&pupil.get()).map(|p| p.id.clone())));

    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
                focus_first_field(tab.get_untracked(), 30);
            }
        }
    });
    let close = move || {
        let Some(pid) = open.get_untracked() else { return };
        open.set(None);
        focus_field(format!("quick-open-{pid}"));
    };
    let go_next = move || {
        let Some(n) = next.get_untracked() else { return };
        let g = st.book.with_untracked(|b| {
            let like = b.goal_to_measure(&pupil.get_untracked(), goal.get_untracked().as_deref())?;
            b.goal_like(&n, like).map(|g| g.id.clone())
        });
        goal.set(g);
        open.set(Some(n));
        focus_first_field(tab.get_untracked(), 30);
    };
    // A form's write is stored: say so on the sheet's line, then offer the next pupil.
    let said = Callback::new(move |s: Saved| {
        status.set(Some((st.pupil_name(&pupil.get_untracked()), s)));
        focus_field(if next.get_untracked().is_some() { "quick-next".into() } else { "quick-close".to_string() });
    });

    let choose = move |t: Tab, to_field: bool| {
        tab.set(t);
        if to_field {
            focus_first_field(t, 30);
        } else {
            focus_field(format!("quick-tab-{}", t.code()));
        }
    };
    let tabs = Tab::ALL
        .into_iter()
        .map(|t| {
            let keys = move |ev: leptos::ev::KeyboardEvent| {
                let to = match ev.key().as_str() {
                    "ArrowRight" | "ArrowDown" => t.step(1),
                    "ArrowLeft" | "ArrowUp" => t.step(-1),
                    "Home" => Tab::Measure,
                    "End" => Tab::Attention,
                    _ => return,
                };
                ev.prevent_default();
                choose(to, false);
            };
            view! {
                <button type="button" role="tab" class="quick-tab" id=format!("quick-tab-{}", t.code())
                    data-testid=format!("quick-tab-{}", t.code()) aria-controls="quick-panel"
                    aria-selected=move || (tab.get() == t).to_string()
                    tabindex=move || if tab.get() == t { "0" } else { "-1" }
                    on:click=move |_| choose(t, true) on:keydown=keys>
                    {move || st.t(t.label())}
                </button>
            }
        })
        .collect_view();
    // Rebuilt for another pupil or tab only: what the forms read is theirs.
    let panel = move || {
        let (pid, t) = (pupil.get(), tab.get());
        untrack(move || match t {
            Tab::Measure => view! { <MeasurePanel pupil_id=pid goal=goal said=said/> }.into_any(),
            Tab::Feedback => view! { <NotePanel pupil_id=pid said=said/> }.into_any(),
            Tab::Success => view! { <SuccessForm pupil_id=pid prefix="quick-success" said=said/> }.into_any(),
            Tab::Attention => {
                let prefix = format!("quick-m-{pid}");
                view! { <MomentForm pupil_id=pid prefix=prefix said=said/> }.into_any()
            }
        })
    };
    let status_line = move || {
        status.get().map(|(who, s)| {
            let undo = s.undo.clone();
            view! {
                <span class="quick-status-text">{format!("✓ {}", qi::saved_for(&who, &s.text))}</span>
                {undo.map(|u| view! {
                    <button type="button" class="btn btn-secondary btn-small" data-testid="quick-undo"
                        on:click=move |_| {
                            st.undo(u.clone());
                            status.set(Some((who.clone(), Saved { text: st.t(K::Restored).into(), undo: None })));
                        }>{move || st.t(K::Undo)}</button>
                })}
            }
        })
    };

    view! {
        <dialog node_ref=dialog class="quick-sheet" aria-labelledby="quick-title" data-testid="quick-sheet"
            on:cancel=move |ev: leptos::ev::Event| { ev.prevent_default(); close(); }
            on:close=move |_| close()>
            <div class="quick-head">
                <div class="quick-who">
                    <h2 id="quick-title" data-testid="quick-title">{name}</h2>
                    <p class="muted">
                        {move || st.t(QK::SheetTitle)}
                        {move || place().map(|p| format!(" · {}", qi::place(st.lang.get(), p)))}
                    </p>
                </div>
                <button type="button" id="quick-close" class="btn btn-secondary quick-close" data-testid="quick-close"
                    aria-label=move || st.t(K::Close) on:click=move |_| close()>"×"</button>
            </div>
            <div role="tablist" class="quick-tabs" aria-label=move || st.t(QK::TabsLabel)>{tabs}</div>
            <div role="tabpanel" id="quick-panel" class="quick-panel" data-testid="quick-panel" data-tab=move || tab.get().code()
                aria-labelledby=move || format!("quick-tab-{}", tab.get().code())>
                {panel}
            </div>
            <div class="quick-status" role="status" data-testid="quick-status">{status_line}</div>
            <div class="quick-foot">
                <a class="quick-pupil-link" href=move || format!("/pupil/{}", pupil.get())>{move || st.t(QK::PupilPage)}</a>
                {move || match next.get() {
                    Some(n) => view! {
                        <button type="button" id="quick-next" class="btn btn-secondary quick-next" data-testid="quick-next"
                            on:click=move |_| go_next()>{move || qi::next_pupil(st.lang.get(), &st.pupil_name(&n))}" →"</button>
                    }.into_any(),
                    None => view! { <p class="muted quick-last" data-testid="quick-last">{move || st.t(QK::LastPupil)}</p> }.into_any(),
                }}
            </div>
        </dialog>
    }
}
