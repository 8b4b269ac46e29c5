//! The screen's size on X: there, without a window manager (a bare X session on a kiosk),
//! winit's full-screen only moves the window to the corner and leaves it 800×600, so the kiosk
//! sizes its window to the screen itself. Under Wayland (cage) the compositor does it.

use x11rb::connection::Connection;

/// The X screen's size in pixels, when the kiosk's window goes to X (DISPLAY set, no Wayland).
pub fn x_screen_size() -> Option<(u32, u32)> {
    if std::env::var_os("WAYLAND_DISPLAY").is_some() || std::env::var_os("DISPLAY").is_none() {
        return None;
    }
    let (connection, screen) = match x11rb::connect(None) {
        Ok(connected) => connected,
        Err(error) => {
            tracing::warn!(%error, "asking the X server for the screen size");
            return None;
        }
    };
    let screen = connection.setup().roots.get(screen)?;
    Some((screen.width_in_pixels.into(), screen.height_in_pixels.into()))
}
