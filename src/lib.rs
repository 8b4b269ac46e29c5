//! Lotsen, the library kiosk: the parts shared by the kiosk window, the command line and tests.

pub mod controller;
pub mod doctor;
pub mod fonts;
pub(crate) mod guide_view;
pub mod handout;
pub mod headless;
pub mod paths;
pub mod printing;
pub(crate) mod qr;
pub mod read_aloud;
pub mod render;
pub mod screen;
pub mod service;
pub mod speech;
pub mod updates;

/// The Slint UI compiled from `ui/app.slint`.
pub mod ui {
    slint::include_modules!();
}
