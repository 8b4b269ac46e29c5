//! The fonts shipped in `ui/fonts` (Noto Sans for Latin and Cyrillic, Noto Sans Arabic, Noto Sans
//! Ethiopic), so that a kiosk renders every script the same whatever fonts its system has.

use std::path::Path;

/// Makes Slint's font fallback chain the bundled fonts. Slint reads `SLINT_FONT_PATH` when it
/// creates its font collection, so this must run before the first window or image exists, and
/// before any other thread is started (it sets an environment variable). An explicit
/// `SLINT_FONT_PATH` from the environment wins.
pub fn use_bundled_fonts(content_dir: &Path) {
    let fonts = content_dir.join("ui").join("fonts");
    if std::env::var_os("SLINT_FONT_PATH").is_some() {
        return;
    }
    if !fonts.is_dir() {
        tracing::warn!(dir = %fonts.display(), "bundled fonts not found; using the system's fonts");
        return;
    }
    // SAFETY: called at start-up while the process has a single thread (see above).
    unsafe { std::env::set_var("SLINT_FONT_PATH", &fonts) };
}
