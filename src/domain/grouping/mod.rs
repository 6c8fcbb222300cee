//! Grouping and support (capability 9, handelingsgericht werken / zorgcontinuüm).
//!
//! Owns: the support level of a pupil per subject with its dated history and the school's
//! choice of words for it (`support`). Later: the groepsplan, cooperative groups.
//! Must not touch: storage, the browser, visible text (the i18n layer names every value).

pub mod support;

pub use support::{Support, SupportError, SupportMeasure, SupportNow, SupportPhase, SupportVocabulary};
