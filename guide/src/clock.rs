//! Kiosk time as whole seconds: the adapter sends one tick per [`TICK`], tests send them by hand.

use std::time::Duration;

/// How much time one `Tick` input stands for.
pub const TICK: Duration = Duration::from_secs(1);

/// Whole seconds left of something that ends by itself (the idle question, the PIN lock).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Countdown {
    seconds_left: u64,
}

impl Countdown {
    pub fn start(length: Duration) -> Countdown {
        Countdown { seconds_left: length.as_secs() }
    }

    pub fn seconds_left(self) -> u64 {
        self.seconds_left
    }

    pub fn is_running(self) -> bool {
        self.seconds_left > 0
    }

    /// One tick less; true when this tick ran it out.
    pub fn tick(&mut self) -> bool {
        let was_running = self.is_running();
        self.seconds_left = self.seconds_left.saturating_sub(1);
        was_running && !self.is_running()
    }
}
