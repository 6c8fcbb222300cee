//! Entry point: panic hook and mount. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(groeipad::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Groeipad runs in the browser: see README.md (scripts/serve.sh).");
}
