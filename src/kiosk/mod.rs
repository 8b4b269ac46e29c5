//! The kiosk's behaviour as plain state machines, with no Slint: each takes an input, changes
//! its state and returns the effects to carry out (events to record, speech to start or stop, a
//! file to write). Time comes in as ticks, so tests drive idle resets and lockouts by hand.
//! `crate::controller` shows their state in the Slint globals and turns callbacks into inputs.
//!
//! New behaviour: an `Input` variant for what happened and, when the world outside must act, an
//! `Effect` variant for what to do; handle it in the machine's `handle` and test it there. The
//! adapter then sends the input from its callback (`visit`, `press_pad`, `change_draft`,
//! `print`) and carries out the effect in its `match`, after the machine is no longer borrowed.

mod clock;
pub mod pin_pad;
pub mod print_job;
pub mod settings_draft;
pub mod setup;
pub mod visitor;

pub use clock::TICK;
