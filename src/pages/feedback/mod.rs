//! The feedback screens: the composer for one pupil, the class's success board and the
//! teacher's own templates.

pub mod board;
pub mod compose;
pub mod templates;
