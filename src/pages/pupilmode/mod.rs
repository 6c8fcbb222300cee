//! The screens shown instead of the teacher's routes: the lock screen and pupil mode
//! (names → picture PIN → reflection), and the learning log (a teacher route).

pub mod learning_log;
mod log_row;
pub mod lock;
mod names;
mod picture_pin;
mod reflect;
pub mod screen;
