//! Cooperative groups of a class (`/class/:id/coop`): make today's mixed groups with
//! rotating roles in one tap, the latest lesson's groups, the roles and the "not together"
//! pairs, and per pupil the roles not had yet.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::pupil_options::PupilOptions;
use crate::components::record_frame::{use_class_id, ClassRecords};
use crate::components::grouping::support_levels::subject_code;
use crate::i18n::goals::domain_name;
use crate::domain::goals::Domain;
use crate::components::util::{code_of, from_code};
use crate::domain::grouping::coop::{CoopError, LessonKind, NewLesson, DEFAULT_LESSON_MINUTES, MAX_LESSON_MINUTES, MAX_ROLE_CHARS, MAX_SIZE, MIN_SIZE};
use crate::domain::scope::Scope;
use crate::i18n::grouping::{self as gi, GroupK};
use crate::i18n::Text;
use crate::state::{new_id, today, use_app, AppState};

#[component]
pub fn CoopGroupsPage() -> impl IntoView {
    let id = use_class_id();
    view! { <ClassRecords><CoopView id=id/></ClassRecords> }
}

/// Runs a command: a toast with undo; the error comes back for the form to show.
fn act(st: AppState, done: GroupK, cmd: impl FnOnce(&crate::domain::book::Book) -> Result<crate::domain::book::Change, CoopError>) -> Result<(), String> {
    st.run_undoable(st.t(done).into(), cmd)
}

#[component]
fn CoopView(id: Memo<String>) -> impl IntoView {
    let st = use_app();
    let t = move |k: GroupK| k.t(st.lang.get());
    let class_name = move || st.book.with_kinds(&["class"], |b| b.class(&id.get()).map(|c| c.name.clone()).unwrap_or_default());
    let names = Memo::new(move |_| {
        let privacy = st.privacy.get();
        st.book.with_class(&id.get(), |b| b.pupils_of(&id.get(), false).iter().map(|p| (p.id.clone(), p.display_name(privacy))).collect::<Vec<_>>())
    });
    let name = move |pid: &str| names.with(|n| n.iter().find(|(p, _)| p == pid).map(|(_, n)| n.clone()).unwrap_or_default());
    let setup = Memo::new(move |_| st.book.with_class(&id.get(), |b| b.coop_setup(&id.get())));
    let latest = Memo::new(move |_| st.book.with_class(&id.get(), |b| b.coop_lessons_of(&id.get()).first().map(|l| (*l).clone())));

    // Make groups or tutor pairs.
    let kind = RwSignal::new(LessonKind::Groups);
    let pairs_kind = move || kind.get() == LessonKind::TutorPairs;
    let size = RwSignal::new(4u8);
    let subject = RwSignal::new(None::<Domain>);
    let minutes = RwSignal::new(DEFAULT_LESSON_MINUTES.to_string());
    let make_error = RwSignal::new(None::<String>);
    let make = move |ev: SubmitEvent| {
        ev.prevent_default();
        let seed = js_sys::Date::now() as u64;
        let Ok(m) = minutes.get_untracked().trim().parse::<u16>() else {
            make_error.set(Some(crate::i18n::UserMessage::message(&CoopError::MinutesOutOfRange { max: MAX_LESSON_MINUTES }, st.lang.get_untracked())));
            return;
        };
        let class_id = id.get_untracked();
        let new = NewLesson { id: new_id(), class_id: class_id.clone(), kind: kind.get_untracked(), subject: subject.get_untracked(), size: size.get_untracked(), minutes: m };
        let done = if new.kind == LessonKind::TutorPairs { GroupK::PairsMade } else { GroupK::GroupsMade };
        // In a subject the levels read the pupils' latest measurements: load them first.
        let scopes = match new.subject {
            Some(_) => st.book.with_untracked(|b| b.pupil_ids_of(&class_id)).into_iter().map(Scope::Pupil).collect(),
            None => Vec::new(),
        };
        st.after_loading(scopes, move || make_error.set(act(st, done, |b| b.make_coop_lesson(new, today(), seed)).err()));
    };
    let lesson_view = move || {
        let lang = st.lang.get();
        latest.get().map(|l| {
            let pairs: Vec<(String, String)> = l.unhonoured.iter().map(|[a, b]| (name(a), name(b))).collect();
            let lesson_id = l.id.clone();
            let discard = move |_| {
                let lid = lesson_id.clone();
                let _ = act(st, GroupK::LessonDeleted, |b| b.delete_coop_lesson(&lid));
            };
            let number = if l.kind == LessonKind::TutorPairs { GroupK::PairNumber } else { GroupK::GroupNumber };
            let about = [
                Some(crate::i18n::format::date(lang, l.date)),
                Some(t(if l.kind == LessonKind::TutorPairs { GroupK::KindTutorPairs } else { GroupK::KindGroups }).to_string()),
                l.subject.map(|d| domain_name(d, lang).to_string()),
                Some(format!("{} min", l.minutes)),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            let groups = l.groups.into_iter().enumerate().map(|(i, g)| {
                let seats = g.into_iter().map(|s| {
                    let role = s.role.map(|r| gi::role_name(&r, lang)).unwrap_or_else(|| t(GroupK::NoRole).to_string());
                    view! { <li><strong>{name(&s.pupil_id)}</strong>" – "<span class="muted">{role}</span></li> }
                }).collect_view();
                view! {
                    <li class="coop-group" data-testid="coop-group">
                        <h3>{format!("{} {}", t(number), i + 1)}</h3>
                        <ul role="list">{seats}</ul>
                    </li>
                }
            }).collect_view();
            view! {
                <p class="muted" data-testid="coop-lesson-about">{about}</p>
                {(!pairs.is_empty()).then(|| view! { <p class="notice notice-warn" data-testid="coop-unhonoured">{gi::unhonoured(&pairs, lang)}</p> })}
                <ul class="coop-groups" role="list">{groups}</ul>
                <button type="button" class="btn btn-secondary btn-small" data-testid="coop-discard" on:click=discard>{move || t(GroupK::DeleteLesson)}</button>
            }
        })
    };

    // Roles.
    let new_role = RwSignal::new(String::new());
    let role_error = RwSignal::new(None::<String>);
    let add_role = move |ev: SubmitEvent| {
        ev.prevent_default();
        let r = act(st, GroupK::SetupSaved, |b| b.add_role(&id.get_untracked(), &new_role.get_untracked()));
        if r.is_ok() {
            new_role.set(String::new());
        }
        role_error.set(r.err());
    };
    let roles = move || {
        let lang = st.lang.get();
        setup.get().roles.into_iter().map(|r| {
            let label = gi::role_name(&r, lang);
            let remove_label = format!("{} {}", t(GroupK::RemoveRole), label);
            let remove = move |_| {
                let r = r.clone();
                let _ = act(st, GroupK::SetupSaved, |b| b.remove_role(&id.get_untracked(), &r));
            };
            view! { <li class="chip-item" data-testid="coop-role">{label}" "<button type="button" class="btn btn-secondary btn-small" aria-label=remove_label on:click=remove>"×"</button></li> }
        }).collect_view()
    };

    // Not together.
    let a = RwSignal::new(String::new());
    let b_ = RwSignal::new(String::new());
    let pair_error = RwSignal::new(None::<String>);
    let add_pair = move |ev: SubmitEvent| {
        ev.prevent_default();
        let r = act(st, GroupK::SetupSaved, |b| b.add_not_together(&id.get_untracked(), &a.get_untracked(), &b_.get_untracked()));
        pair_error.set(r.err());
    };
    let pairs = move || {
        setup.get().not_together.into_iter().enumerate().map(|(i, [x, y])| {
            let text = format!("{} – {}", name(&x), name(&y));
            let remove = move |_| { let _ = act(st, GroupK::SetupSaved, |b| b.remove_not_together(&id.get_untracked(), i)); };
            view! { <li class="chip-item" data-testid="coop-pair">{text.clone()}" "<button type="button" class="btn btn-secondary btn-small" aria-label=format!("{} {}", t(GroupK::RemoveRole), text) on:click=remove>"×"</button></li> }
        }).collect_view()
    };
    let not_had = move || {
        let lang = st.lang.get();
        st.book.with_class(&id.get(), |b| b.roles_not_had(&id.get())).into_iter().map(|(pid, roles)| {
            let text = if roles.is_empty() { t(GroupK::AllRolesHad).to_string() } else { roles.iter().map(|r| gi::role_name(r, lang)).collect::<Vec<_>>().join(", ") };
            view! { <tr data-testid="coop-not-had"><th scope="row">{name(&pid)}</th><td>{text}</td></tr> }
        }).collect_view()
    };
    let class_signal = Signal::derive(move || id.get());
    // One of the two pupils of a "not together" pair.
    let pupil_field = move |field: &'static str, label: GroupK, chosen: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=field>{move || t(label)}</label>
                <select id=field on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">"–"</option>
                    <PupilOptions class_id=class_signal selected=chosen/>
                </select>
            </div>
        }
    };

    view! {
        <div class="page coop-page" data-testid="coop-page">
            <a class="back-link" href=move || format!("/class/{}", id.get())>{move || format!("← {}", class_name())}</a>
            <header class="page-header">
                <h1>{move || format!("{}: {}", t(GroupK::CoopTitle), class_name())}</h1>
                <p class="muted">{move || t(GroupK::CoopIntro)}</p>
            </header>
            <form class="card coop-make" on:submit=make novalidate data-testid="coop-make" aria-labelledby="coop-make-title">
                <h2 id="coop-make-title">{move || t(if pairs_kind() { GroupK::MakePairs } else { GroupK::MakeGroups })}</h2>
                <div class="form-grid">
                    <div class="field">
                        <label for="coop-kind">{move || t(GroupK::LessonKindLabel)}</label>
                        <select id="coop-kind" on:change=move |ev| if let Some(k) = from_code(&event_target_value(&ev)) { kind.set(k) }>
                            {[(LessonKind::Groups, GroupK::KindGroups), (LessonKind::TutorPairs, GroupK::KindTutorPairs)].map(|(k, label)| view! {
                                <option value=code_of(&k) prop:selected=move || kind.get() == k>{move || t(label)}</option>
                            })}
                        </select>
                    </div>
                    <Show when=move || !pairs_kind()><div class="field">
                        <label for="coop-size">{move || t(GroupK::GroupSize)}</label>
                        <select id="coop-size" on:change=move |ev| if let Ok(n) = event_target_value(&ev).parse() { size.set(n) }>
                            {(MIN_SIZE..=MAX_SIZE).map(|n| view! { <option value=n.to_string() prop:selected=move || size.get() == n>{n.to_string()}</option> }).collect_view()}
                        </select>
                    </div></Show>
                    <div class="field">
                        <label for="coop-subject">{move || t(GroupK::LevelsFrom)}</label>
                        <select id="coop-subject" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            subject.set(Domain::ALL.into_iter().find(|d| subject_code(Some(*d)) == v));
                        }>
                            <option value="general">{move || t(GroupK::General)}</option>
                            {Domain::ALL.map(|d| view! { <option value=subject_code(Some(d))>{move || domain_name(d, st.lang.get())}</option> })}
                        </select>
                    </div>
                    <div class="field">
                        <label for="coop-minutes">{move || t(GroupK::LessonMinutes)}</label>
                        <input id="coop-minutes" type="number" min="1" max=MAX_LESSON_MINUTES.to_string() inputmode="numeric" prop:value=minutes on:input=move |ev| minutes.set(event_target_value(&ev))/>
                    </div>
                </div>
                <Show when=pairs_kind><p class="muted" data-testid="tutor-pairs-help">{move || t(GroupK::TutorPairsHelp)}</p></Show>
                <p class="field-error" role="alert" data-testid="coop-error">{move || make_error.get()}</p>
                <button type="submit" class="btn btn-primary" data-testid="coop-make-button">{move || t(if pairs_kind() { GroupK::MakePairs } else { GroupK::MakeGroups })}</button>
            </form>
            <section class="card" aria-labelledby="coop-latest-title" data-testid="coop-latest">
                <h2 id="coop-latest-title">{move || t(GroupK::LatestLesson)}</h2>
                <Show when=move || latest.with(Option::is_some) fallback=move || view! { <p class="empty-state">{move || t(GroupK::NoLessonYet)}</p> }>
                    {lesson_view}
                </Show>
            </section>
            <section class="card" aria-labelledby="coop-not-had-title">
                <h2 id="coop-not-had-title">{move || t(GroupK::RolesNotHad)}</h2>
                <p class="muted">{move || t(GroupK::RolesNotHadHelp)}</p>
                <div class="table-scroll"><table class="evaluation-table"><tbody>{not_had}</tbody></table></div>
            </section>
            <div class="two-col">
                <section class="card" aria-labelledby="coop-roles-title">
                    <h2 id="coop-roles-title">{move || t(GroupK::Roles)}</h2>
                    <p class="muted">{move || t(GroupK::RolesHelp)}</p>
                    <ul class="chip-list" role="list">{roles}</ul>
                    <form class="coop-pair-form" on:submit=add_role>
                        <div class="field">
                            <label for="coop-new-role">{move || t(GroupK::NewRole)}</label>
                            <input id="coop-new-role" type="text" maxlength=MAX_ROLE_CHARS.to_string() prop:value=new_role on:input=move |ev| new_role.set(event_target_value(&ev))/>
                        </div>
                        <button type="submit" class="btn btn-secondary" data-testid="coop-add-role">{move || t(GroupK::AddRole)}</button>
                    </form>
                    <p class="field-error" role="alert">{move || role_error.get()}</p>
                </section>
                <section class="card" aria-labelledby="coop-pairs-title">
                    <h2 id="coop-pairs-title">{move || t(GroupK::NotTogether)}</h2>
                    <p class="muted">{move || t(GroupK::NotTogetherHelp)}</p>
                    <Show when=move || setup.with(|s| !s.not_together.is_empty()) fallback=move || view! { <p class="muted">{move || t(GroupK::NoPairs)}</p> }>
                        <ul class="chip-list" role="list">{pairs}</ul>
                    </Show>
                    <form class="coop-pair-form" on:submit=add_pair>
                        {pupil_field("coop-a", GroupK::FirstPupil, a)}
                        {pupil_field("coop-b", GroupK::SecondPupil, b_)}
                        <button type="submit" class="btn btn-secondary" data-testid="coop-add-pair">{move || t(GroupK::AddPair)}</button>
                    </form>
                    <p class="field-error" role="alert" data-testid="coop-pair-error">{move || pair_error.get()}</p>
                </section>
            </div>
        </div>
    }
}
