//! Widgets of the teacher lock and pupil mode that other screens include with one line:
//! the mode gate around the routes, the lock button in the header, the unread badges,
//! "start pupil mode", the pupil page's section, and the PIN settings.

pub mod art;
mod badges;
mod gate;
pub mod picture_pin_editor;
pub mod pin_form;
pub mod pin_settings;
mod pupil_section;
pub mod read_aloud;
mod start;

pub use badges::{UnreadBadge, UnreadClassBadge};
pub use gate::{LockButton, ModeGate};
pub use pin_settings::PinSettings;
pub use pupil_section::PupilModeSection;
pub use start::StartPupilMode;
