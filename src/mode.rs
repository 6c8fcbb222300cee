//! The app mode as reactive state: teacher screens, the lock screen, or pupil mode.
//!
//! Owns: the mode signal (stored in localStorage at every change, so a reload cannot
//! escape), the wrong-PIN throttle (stored the same way), the idle timer and activity
//! tracking, PIN checks and hashing run a slice at a time (the page keeps drawing
//! "checking…"), and the pupil-mode intents (tap a name, a picture, save a reflection).
//! Must not touch: routes and pages (`components::pupilmode::ModeGate` decides what shows),
//! storage other than `storage::mode_prefs`, domain rules (it calls them).

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::UserMessage;
use crate::domain::pupilmode::commands::{pupil_source, PupilModeError};
use crate::domain::pupilmode::{
    apply_idle, finish_unlock, opening_mode, start_unlock, AppMode, HashJob, KeptReflection, Pbkdf2Job, PictureKey, PictureOutcome, PinHash, PupilSession,
    PupilStep, ReflectionDraft, Scope, Throttle, DEFAULT_ITERATIONS,
};
use crate::i18n::pupilmode as text;
use crate::state::{new_id, today, AppState, Status};
use crate::storage::mode_prefs;

/// A message on the names screen after a pupil's turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Banner {
    /// "Thank you! Pass the tablet on."
    Thanks,
    /// Too many wrong picture PINs: "Ask your teacher for help."
    AskTeacher,
}

#[derive(Clone, Copy)]
pub struct ModeState {
    pub mode: RwSignal<AppMode>,
    pub throttle: RwSignal<Throttle>,
    /// A PIN is being checked or hashed: the forms show "checking…" and wait.
    pub busy: RwSignal<bool>,
    pub banner: RwSignal<Option<Banner>>,
    /// The clock, ticking once a second (drives the throttle countdown).
    pub now_ms: RwSignal<u64>,
    /// The stored mode may need the lock and the data (the PIN) is not read yet: the gate
    /// shows neither teacher screens nor the lock until it is decided.
    pub opening: RwSignal<bool>,
    st: AppState,
}

thread_local! {
    static LAST_ACTIVITY: Cell<u64> = const { Cell::new(0) };
    static LAST_WRITTEN: Cell<u64> = const { Cell::new(0) };
}

pub fn use_mode() -> ModeState {
    expect_context::<ModeState>()
}

/// Milliseconds since the Unix epoch, as the lock rules take them.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

impl ModeState {
    /// Reads the stored mode (before the first render) and starts the idle timer.
    pub fn provide(st: AppState) -> ModeState {
        // Fail closed: a missing or unreadable mode starts at the lock; a teacher mode waits
        // for the data to say whether it was really the teacher's (see `opening_mode`).
        let stored = mode_prefs::stored_mode();
        let deciding = !matches!(stored, Some(AppMode::Locked | AppMode::Pupil(_)));
        let m = ModeState {
            mode: RwSignal::new(stored.clone().unwrap_or(AppMode::Locked)),
            opening: RwSignal::new(deciding),
            throttle: RwSignal::new(mode_prefs::throttle()),
            busy: RwSignal::new(false),
            banner: RwSignal::new(None),
            now_ms: RwSignal::new(now_ms()),
            st,
        };
        provide_context(m);
        LAST_ACTIVITY.with(|c| c.set(mode_prefs::last_activity().unwrap_or_else(now_ms)));
        // Once the data is loaded (the PIN lives there): apply the idle time that passed
        // while the app was closed, and never keep a lock nobody can open.
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) || st.status.get() != Status::Ready {
                return done.unwrap_or(false);
            }
            if deciding {
                let opening = opening_mode(stored.clone(), st.mode_kind.get_untracked(), m.pin().is_some());
                if opening != m.mode.get_untracked() {
                    m.set_mode(opening);
                }
                m.opening.set(false);
            }
            m.check_idle(true);
            true
        });
        // <html data-mode="…"> for styles and tests.
        Effect::new(move |_| {
            let name = match m.mode.get() {
                AppMode::Teacher => "teacher",
                AppMode::Locked => "locked",
                AppMode::Pupil(_) => "pupil",
            };
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = el.set_attribute("data-mode", name);
            }
        });
        m.listen();
        set_interval(
            move || {
                m.now_ms.set(now_ms());
                m.check_idle(false);
            },
            std::time::Duration::from_secs(1),
        );
        m
    }

    pub fn is_teacher(self) -> bool {
        matches!(self.mode.get(), AppMode::Teacher)
    }

    fn pin(self) -> Option<PinHash> {
        self.st.book.with_untracked(|b| b.settings().pin).filter(PinHash::is_well_formed)
    }

    pub fn has_pin(self) -> bool {
        self.st.book.with_kinds(&["settings"], |b| b.settings().pin.is_some_and(|p| p.is_well_formed()))
    }

    /// Sets and stores the mode. Leaving the teacher screens clears any toast, so an
    /// "undo" of the teacher's last action is not left for a pupil to tap.
    pub fn set_mode(self, mode: AppMode) {
        if !matches!(mode, AppMode::Teacher) {
            self.st.toast.set(None);
        }
        let _ = mode_prefs::set_mode(&mode);
        if self.st.mode_kind.get_untracked() != Some(mode.kind()) {
            self.st.keep_mode_kind(mode.kind());
        }
        // Handing the tablet back drops the half-typed reflection of the pupil before.
        if mode_prefs::reflection_draft().is_some_and(|k| !k.fits(reflecting(&mode))) {
            mode_prefs::clear_reflection_draft();
        }
        let new_screen = self.mode.with_untracked(|m| screen_key(m) != screen_key(&mode));
        if self.mode.with_untracked(|m| *m != mode) {
            self.mode.set(mode);
        }
        // A new screen starts at its top; a tapped picture does not move the page.
        if new_screen {
            scroll_to_top();
        }
    }

    fn check_idle(self, on_start: bool) {
        if self.st.status.get_untracked() != Status::Ready {
            return;
        }
        let current = self.mode.get_untracked();
        let pin = self.pin();
        if on_start && !matches!(current, AppMode::Teacher) && pin.is_none() {
            // The PIN is gone (e.g. a backup without one was restored): a lock nobody can
            // open would cost the teacher their data.
            self.set_mode(AppMode::Teacher);
            return;
        }
        let idle = self.st.book.with_untracked(|b| b.idle_lock());
        let last = LAST_ACTIVITY.with(Cell::get);
        let next = apply_idle(current.clone(), pin.as_ref(), &idle, last, now_ms());
        if next != current {
            if matches!(next, AppMode::Pupil(_)) {
                self.banner.set(None);
            }
            self.set_mode(next);
        }
    }

    /// A tap or key press: the idle time starts again.
    fn touch(self) {
        let now = now_ms();
        LAST_ACTIVITY.with(|c| c.set(now));
        // localStorage is written at most every two seconds while typing.
        if LAST_WRITTEN.with(|c| now.saturating_sub(c.get()) >= 2_000) {
            LAST_WRITTEN.with(|c| c.set(now));
            mode_prefs::set_last_activity(now);
        }
    }

    fn listen(self) {
        let Some(win) = web_sys::window() else { return };
        let on_activity = Closure::<dyn FnMut()>::new(move || self.touch());
        for ev in ["pointerdown", "keydown", "touchstart", "wheel"] {
            let _ = win.add_event_listener_with_callback(ev, on_activity.as_ref().unchecked_ref());
        }
        on_activity.forget();
        // Another tab changed the mode or the throttle: follow it (a second tab must not
        // stay open on the teacher screens while this one is in pupil mode).
        let on_storage = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            match ev.key().as_deref() {
                Some(mode_prefs::MODE) => self.mode.set(opening_mode(mode_prefs::stored_mode(), None, self.pin().is_some())),
                Some(mode_prefs::THROTTLE) => self.throttle.set(mode_prefs::throttle()),
                Some(mode_prefs::LAST_ACTIVITY) => {
                    if let Some(t) = mode_prefs::last_activity() {
                        LAST_ACTIVITY.with(|c| c.set(c.get().max(t)));
                    }
                }
                _ => {}
            }
        });
        let _ = win.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        on_storage.forget();
    }

    /// The "Vergrendel" button: only with a usable PIN.
    pub fn lock_now(self) {
        if self.pin().is_some() {
            self.set_mode(AppMode::Locked);
        }
    }

    /// Starts pupil mode for a class or one pupil.
    pub fn start_pupil_mode(self, scope: Scope) -> Result<(), String> {
        let lang = self.st.lang.get_untracked();
        let mode = self.st.book.with_untracked(|b| b.start_pupil_mode(scope)).map_err(|e| e.message(lang))?;
        // Pupil mode that cannot be stored would reopen the teacher screens after a reload.
        mode_prefs::set_mode(&mode).map_err(|_| crate::i18n::Text::t(crate::i18n::pupilmode::PK::ModeNotStored, lang).to_string())?;
        self.banner.set(None);
        self.set_mode(mode);
        Ok(())
    }

    /// Checks the teacher PIN (throttled, a slice at a time). Ok when it is right.
    pub async fn check_pin(self, pin: String) -> Result<(), String> {
        let lang = self.st.lang.get_untracked();
        if self.busy.get_untracked() {
            return Err(String::new());
        }
        let Some(stored) = self.pin() else { return Ok(()) };
        // Another tab may have counted wrong PINs meanwhile.
        let throttle = mode_prefs::throttle();
        let mut job = start_unlock(&pin, &stored, &throttle, now_ms()).map_err(|e| text::unlock_error(&e, lang))?;
        self.busy.set(true);
        run_job(&mut job.job).await;
        // Read again right before counting: wrong PINs typed in other tabs while this one
        // was checking all count (reading once at the start let the last tab to finish
        // overwrite the others' counts).
        let mut throttle = mode_prefs::throttle();
        let result = finish_unlock(&job, &mut throttle, now_ms());
        mode_prefs::set_throttle(&throttle);
        self.throttle.set(throttle);
        self.busy.set(false);
        result.map(|_| ()).map_err(|e| text::unlock_error(&e, lang))?;
        // A hash made with fewer iterations than today's default is made again now that
        // the right PIN is at hand (PBKDF2 costs rise with hardware).
        // In the background: the unlock does not wait for it.
        if stored.needs_rehash(DEFAULT_ITERATIONS) {
            leptos::task::spawn_local(async move {
                if let Ok(hash) = self.hash_new_pin(pin).await {
                    let _ = self.st.run(|b| b.set_teacher_pin(hash));
                }
            });
        }
        Ok(())
    }

    /// Leaves the lock screen or pupil mode with the teacher PIN. Returns the scope of
    /// the pupil-mode session that ended, so the page can go back where it started.
    pub async fn unlock(self, pin: String) -> Result<Option<Scope>, String> {
        self.check_pin(pin).await?;
        let scope = match self.mode.get_untracked() {
            AppMode::Pupil(s) => Some(s.scope().clone()),
            _ => None,
        };
        self.touch();
        self.banner.set(None);
        self.set_mode(AppMode::Teacher);
        Ok(scope)
    }

    /// Hashes a new PIN with a fresh random salt (a slice at a time).
    pub async fn hash_new_pin(self, pin: String) -> Result<PinHash, String> {
        let lang = self.st.lang.get_untracked();
        let salt = random_salt().ok_or_else(|| PupilModeError::BadHash.message(lang))?;
        let mut job = HashJob::new(&pin, &salt, DEFAULT_ITERATIONS).map_err(|e| text::pin_error(&e, lang))?;
        self.busy.set(true);
        run_job(&mut job.job).await;
        self.busy.set(false);
        job.finish().ok_or_else(|| PupilModeError::BadHash.message(lang))
    }

    /// Changes the pupil-mode session in place and stores it.
    fn update_session<T>(self, f: impl FnOnce(&mut PupilSession) -> T) -> Option<T> {
        let AppMode::Pupil(mut session) = self.mode.get_untracked() else { return None };
        let out = f(&mut session);
        self.set_mode(AppMode::Pupil(session));
        Some(out)
    }

    pub fn tap_name(self, pupil_id: &str) {
        let Some(p) = self.st.book.with_untracked(|b| b.pupil(pupil_id).map(|p| pupil_source(p, false))) else { return };
        self.banner.set(None);
        let _ = self.update_session(|s| s.tap_name(&p));
    }

    pub fn tap_picture(self, key: PictureKey) -> Option<PictureOutcome> {
        let AppMode::Pupil(session) = self.mode.get_untracked() else { return None };
        let id = session.current_pupil()?.to_owned();
        let p = self.st.book.with_untracked(|b| b.pupil(&id).map(|p| pupil_source(p, false)))?;
        let outcome = self.update_session(|s| s.tap_picture(key, &p).ok()).flatten();
        if outcome == Some(PictureOutcome::TooManyTries) {
            self.banner.set(Some(Banner::AskTeacher));
        }
        outcome
    }

    pub fn undo_picture(self) {
        let _ = self.update_session(|s| s.undo_picture());
    }

    /// "This is not me": back to the names, dropping what was on screen.
    pub fn back_to_names(self) {
        let _ = self.update_session(|s| s.back_to_names());
    }

    /// The half-typed reflection of this pupil, kept over a reload (empty for anyone else).
    pub fn kept_reflection(self, pupil_id: &str) -> ReflectionDraft {
        mode_prefs::reflection_draft().and_then(|k| k.for_pupil(Some(pupil_id)).cloned()).unwrap_or_default()
    }

    /// Keeps the reflection being typed, while it is still this pupil's turn (a save or
    /// "not me" has not handed the tablet back).
    pub fn keep_reflection(self, pupil_id: &str, draft: ReflectionDraft) {
        let kept = KeptReflection { pupil_id: pupil_id.to_string(), draft };
        if self.mode.with_untracked(|mode| kept.fits(reflecting(mode))) {
            mode_prefs::set_reflection_draft(&kept);
        }
    }

    /// Saves the reflection of the pupil on screen; the names screen comes back with a
    /// thank-you for the next pupil.
    pub fn save_reflection(self, draft: ReflectionDraft) -> Result<(), String> {
        let AppMode::Pupil(mut session) = self.mode.get_untracked() else { return Ok(()) };
        let id = new_id();
        self.st.run(|b| b.save_reflection(&mut session, &id, draft, today()))?;
        self.banner.set(Some(Banner::Thanks));
        self.set_mode(AppMode::Pupil(session));
        Ok(())
    }
}

/// The pupil whose reflection is on screen, if any.
pub fn reflecting(mode: &AppMode) -> Option<&str> {
    match mode {
        AppMode::Pupil(s) => match s.step() {
            PupilStep::Reflecting { pupil_id } => Some(pupil_id.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// Which screen a mode shows (picture taps inside one screen keep the same key).
fn screen_key(mode: &AppMode) -> (u8, Option<String>) {
    match mode {
        AppMode::Teacher => (0, None),
        AppMode::Locked => (1, None),
        AppMode::Pupil(s) => match s.step() {
            PupilStep::Names => (2, None),
            PupilStep::PicturePin { pupil_id, .. } => (3, Some(pupil_id.clone())),
            PupilStep::Reflecting { pupil_id } => (4, Some(pupil_id.clone())),
        },
    }
}

fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

fn random_salt() -> Option<[u8; crate::domain::pupilmode::pin::SALT_LEN]> {
    let mut salt = [0u8; crate::domain::pupilmode::pin::SALT_LEN];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut salt).ok()?;
    // All zeros means the call did nothing: never hash with a fixed salt.
    (salt != [0u8; crate::domain::pupilmode::pin::SALT_LEN]).then_some(salt)
}

/// Runs PBKDF2 in slices of about 12 ms, handing the thread back to the browser in
/// between so it keeps drawing and answering taps.
async fn run_job(job: &mut Pbkdf2Job) {
    let perf = web_sys::window().and_then(|w| w.performance());
    let clock = move || perf.as_ref().map(|p| p.now()).unwrap_or_else(js_sys::Date::now);
    // Let "checking…" appear before the first slice.
    yield_to_browser().await;
    loop {
        let start = clock();
        loop {
            if job.step(500) {
                return;
            }
            if clock() - start > 12.0 {
                break;
            }
        }
        yield_to_browser().await;
    }
}

async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}
