//! Feedback parts of other screens: the class and pupil cards, the note draft and its
//! nudges, the success form.

pub mod class;
pub mod draft;
pub mod nudges;
pub mod parts;
pub mod pupil;
pub mod success;
