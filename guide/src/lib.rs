//! The guides, their texts and the kiosk's flows, without a window (no Slint is compiled here).
//!
//! Content: the guide catalogue (`guide.toml` and its Fluent texts) and the UI text (`locales/`),
//! loaded as the kiosk shows them ([`Content`]) and checked as `lotsen guides check` reports them
//! ([`check`]).
//!
//! Flows: the kiosk's behaviour as plain state machines ([`visitor`], [`pin_pad`], [`librarian`],
//! [`settings_draft`], [`setup`], [`print_job`]): each takes an input, changes its state and
//! returns the effects to carry out (events to record, speech to start or stop, a file to write).
//! Time comes in as ticks, so tests drive idle resets and lockouts by hand. The kiosk crate's
//! `controller` shows their state in the Slint globals and turns callbacks into inputs.
//!
//! New behaviour: an `Input` variant for what happened and, when the world outside must act, an
//! `Effect` variant for what to do; handle it in the machine's `handle` and test it there. The
//! adapter then sends the input from its callback (`visit`, `librarian_mode`, `setup`) and
//! carries out the effect in its `match`, after the machine is no longer borrowed.

mod checker;
mod clock;
mod content;
mod i18n;
mod problems;

pub mod librarian;
pub mod pin_pad;
pub mod print_job;
pub mod settings_draft;
pub mod setup;
pub mod visitor;

pub use checker::{Report, UI_TARGET, check, stamp};
pub use clock::TICK;
pub use content::{Catalogue, Category, Content, Guide, Need, Practice, PracticeScreen, Source, Step, StepKind};
pub use i18n::{Chrome, Direction, LocaleInfo, Locales, ReviewStatus};
