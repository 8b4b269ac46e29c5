//! The kiosk's behaviour as plain state machines, with no Slint: each takes an input, changes
//! its state and returns the effects to carry out (events to record, speech to start or stop, a
//! file to write). Time comes in as ticks, so tests drive idle resets and lockouts by hand.
//! `crate::controller` shows their state in the Slint globals and turns callbacks into inputs.

mod clock;
pub mod pin_pad;
pub mod print_job;
pub mod settings_draft;
pub mod visitor;

pub use clock::{Countdown, TICK};
pub use visitor::Visitor;

/// Text sizes a visitor can choose: normal, large, extra large.
pub const TEXT_SCALES: [f32; 3] = [1.0, 1.25, 1.5];
