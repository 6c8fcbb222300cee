//! Pupil mode, the reflection: the pupil's own active goals in their own words (nothing
//! else about them), then how did it go (five faces), what went well, what was hard,
//! what I try next (type, or tap a ready phrase), optionally about one goal. Every
//! question and goal has a read-aloud button.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::pupilmode::art::Face;
use crate::components::pupilmode::read_aloud::ReadAloud;
use crate::domain::pupilmode::reflection::MAX_TEXT_CHARS;
use crate::domain::pupilmode::{suggested_phrases, Mood, PupilPrompt, Question, ReflectionDraft};
use crate::i18n::pupilmode::{mood_word, phrase, pupil_prompt, question, PK};
use crate::mode::use_mode;
use crate::state::use_app;

#[component]
pub fn ReflectScreen(pupil_id: String) -> impl IntoView {
    let st = use_app();
    let m = use_mode();
    let prompt = move |p: PupilPrompt| pupil_prompt(p, st.lang.get());
    // Only this: first name (or initials) and own active goals in own words.
    let view_of = {
        let id = pupil_id.clone();
        Memo::new(move |_| {
            // The pupil's own goals are read with their records.
            st.need(crate::domain::scope::Scope::Pupil(id.clone()));
            st.book.with_pupil(&id, |b| b.pupil_view_of(&id, st.privacy.get()))
        })
    };
    let name = move || view_of.get().map(|v| v.display_name).unwrap_or_default();
    let goals = move || view_of.get().map(|v| v.goals).unwrap_or_default();

    // A reload keeps what this pupil had typed (and only this pupil: see KeptReflection).
    let kept = m.kept_reflection(&pupil_id);
    let mood = RwSignal::new(kept.mood);
    let goal = RwSignal::new(kept.goal_id);
    let went_well = RwSignal::new(kept.went_well);
    let was_hard = RwSignal::new(kept.was_hard);
    let try_next = RwSignal::new(kept.try_next);
    let error = RwSignal::new(None::<String>);
    let draft_now = move || ReflectionDraft {
        goal_id: goal.get(),
        mood: mood.get(),
        went_well: went_well.get(),
        was_hard: was_hard.get(),
        try_next: try_next.get(),
    };
    {
        let pupil_id = pupil_id.clone();
        Effect::new(move |first: Option<()>| {
            let draft = draft_now();
            if first.is_some() {
                m.keep_reflection(&pupil_id, draft);
            }
        });
    }

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let draft = ReflectionDraft {
            goal_id: goal.get_untracked(),
            mood: mood.get_untracked(),
            went_well: went_well.get_untracked(),
            was_hard: was_hard.get_untracked(),
            try_next: try_next.get_untracked(),
        };
        if let Err(e) = m.save_reflection(draft) {
            error.set(Some(e));
        }
    };

    let q_head = move |q: Question, id: &'static str, label_for: Option<&'static str>| {
        let text = move || question(q, st.lang.get()).to_string();
        view! {
            <div class="pm-q-head">
                <h2 id=id>
                    {match label_for {
                        Some(f) => view! { <label for=f>{text}</label> }.into_any(),
                        None => view! { <span>{text}</span> }.into_any(),
                    }}
                </h2>
                <ReadAloud text=Signal::derive(text)/>
            </div>
        }
    };

    let text_question = move |q: Question, id: &'static str, value: RwSignal<String>| {
        let head_id = match id {
            "pm-went-well" => "pm-q-went-well",
            "pm-was-hard" => "pm-q-was-hard",
            _ => "pm-q-try-next",
        };
        view! {
            <section class="pm-card" aria-labelledby=head_id>
                {q_head(q, head_id, Some(id))}
                <textarea id=id class="pm-text" rows="2" maxlength=MAX_TEXT_CHARS.to_string() data-testid=id
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea>
                <p class="pm-or" aria-hidden="true">{move || st.t(PK::OrTap)}</p>
                <div class="pm-phrases">
                    {suggested_phrases(q).iter().copied().map(|p| {
                        let words = move || phrase(p, st.lang.get()).to_string();
                        view! {
                            <button type="button" class="pm-phrase" data-testid="pm-phrase"
                                aria-pressed=move || (value.get() == words()).to_string()
                                on:click=move |_| value.set(words())>{words}</button>
                        }
                    }).collect_view()}
                </div>
            </section>
        }
    };

    view! {
        <section class="pm-screen pm-reflect" aria-labelledby="pm-hello" data-testid="pm-reflect">
            <div class="pm-hello-row">
                <h1 id="pm-hello" class="pm-hello" data-testid="pm-hello">{move || format!("{} {}!", st.t(PK::Hello), name())}</h1>
                <button type="button" class="btn btn-secondary pm-big" data-testid="pm-not-me"
                    on:click=move |_| m.back_to_names()>{move || prompt(PupilPrompt::NotMe)}</button>
            </div>
            <section class="pm-card pm-goals" aria-labelledby="pm-goals-title" data-testid="pm-goals">
                <div class="pm-q-head">
                    <h2 id="pm-goals-title">{move || prompt(PupilPrompt::MyGoals)}</h2>
                </div>
                {move || {
                    let gs = goals();
                    if gs.is_empty() {
                        view! { <p class="pm-none">{prompt(PupilPrompt::NoGoalsYet)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="pm-goal-list" role="list">
                                {gs.into_iter().map(|g| {
                                    let words = g.own_words.clone();
                                    view! {
                                        <li class="pm-goal" data-testid="pm-goal">
                                            <span>{g.own_words}</span>
                                            <ReadAloud text=Signal::derive(move || words.clone())/>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </section>
            <form class="pm-form" on:submit=save novalidate>
                <div class="pm-card" role="radiogroup" aria-labelledby="pm-q-mood" data-testid="pm-faces">
                    {q_head(Question::HowDidItGo, "pm-q-mood", None)}
                    <div class="pm-faces">
                        {Mood::ALL.into_iter().map(|f| view! {
                            <label class="pm-face" class:chosen=move || mood.get() == Some(f) data-testid="pm-face" data-mood=f.value()>
                                <input type="radio" name="pm-mood" class="visually-hidden" value=f.value()
                                    prop:checked=move || mood.get() == Some(f)
                                    on:change=move |_| { mood.set(Some(f)); error.set(None); }/>
                                <Face mood=f/>
                                <span>{move || mood_word(f, st.lang.get())}</span>
                            </label>
                        }).collect_view()}
                    </div>
                </div>
                <Show when=move || !goals().is_empty()>
                    <div class="pm-card" role="radiogroup" aria-labelledby="pm-q-goal" data-testid="pm-which-goal">
                        <div class="pm-q-head">
                            <h2 id="pm-q-goal">{move || prompt(PupilPrompt::WhichGoal)}</h2>
                            <ReadAloud text=Signal::derive(move || prompt(PupilPrompt::WhichGoal).to_string())/>
                        </div>
                        <div class="pm-goal-choices">
                            <label class="pm-choice" class:chosen=move || goal.get().is_none()>
                                <input type="radio" name="pm-goal" class="visually-hidden" prop:checked=move || goal.get().is_none()
                                    on:change=move |_| goal.set(None)/>
                                <span>{move || st.t(PK::NotAboutGoal)}</span>
                            </label>
                            {move || goals().into_iter().map(|g| {
                                let id = g.goal_id.clone();
                                let id2 = g.goal_id.clone();
                                let id3 = g.goal_id.clone();
                                view! {
                                    <label class="pm-choice" class:chosen=move || goal.get().as_deref() == Some(id.as_str())>
                                        <input type="radio" name="pm-goal" class="visually-hidden"
                                            prop:checked=move || goal.get().as_deref() == Some(id2.as_str())
                                            on:change=move |_| goal.set(Some(id3.clone()))/>
                                        <span>{g.own_words}</span>
                                    </label>
                                }
                            }).collect_view()}
                        </div>
                    </div>
                </Show>
                {text_question(Question::WentWell, "pm-went-well", went_well)}
                {text_question(Question::WasHard, "pm-was-hard", was_hard)}
                {text_question(Question::TryNext, "pm-try-next", try_next)}
                <p class="pm-banner pm-banner-warn" role="alert" data-testid="pm-error">{move || error.get()}</p>
                <button type="submit" class="btn btn-primary pm-done" data-testid="pm-done">{move || prompt(PupilPrompt::Done)}</button>
            </form>
        </section>
    }
}
