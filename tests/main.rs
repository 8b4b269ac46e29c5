//! The kiosk's integration tests, one binary (`cargo test -p lotsen --test main`): the real UI on
//! Slint's testing backend, the guide library and its checker, handouts, read-aloud and the
//! `lotsen` binary. The usage log, sync and settings files are tested in `records/tests`.

mod common;
mod content_checks;
mod content_updates;
mod doctor;
mod guide_library;
mod handout;
mod keyboard;
mod kiosk_ui;
mod librarian;
mod librarian_settings;
mod practice;
mod recordings;
mod setup;
mod speech;
mod text_fits;
