//! Groeipad: a local-first PWA for teachers who differentiate.
//!
//! `domain` (pure rules), `i18n` (strings) and the memory half of `storage` build on
//! the host for plain `cargo test`; the app itself (`app`, `state`, `pages`,
//! `components`) only for the browser.

pub mod domain;
pub mod i18n;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod mode;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod state;
