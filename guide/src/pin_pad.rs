//! The librarian's PIN pad: digits typed so far, wrong tries in a row, and the lock after too
//! many, which counts down in ticks and outlives closing the pad and the visitor's wipe.
//!
//! Checking a PIN costs about half a second of Argon2 (so that a copied settings file does not
//! give the PIN away in minutes): the pad asks for the check as an effect and takes the verdict
//! back as an input, so the adapter runs it off the UI thread.

use std::time::Duration;

use super::clock::Countdown;
use lotsen_records::pin;

/// Wrong PINs in a row that lock the pad, and for how long.
pub const MAX_WRONG_PINS: u32 = 5;
pub const PIN_LOCK: Duration = Duration::from_secs(5 * 60);

/// What the pad says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Message {
    #[default]
    Enter,
    /// A wrong PIN; this many tries are left before the lock.
    Wrong {
        tries_left: u32,
    },
    Locked,
    NoPinSet,
    /// A PIN is being checked.
    Checking,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// The long press on the logo (or Ctrl+Alt+L).
    Open,
    Close,
    /// One key of the pad: anything but a single digit is ignored.
    Digit(String),
    Erase,
    Submit,
    /// The answer to [`Effect::Check`].
    Checked(pin::Verdict),
    /// One [`super::TICK`] has passed.
    Tick,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Check `pin` against `hash` ([`pin::check`]) and hand the verdict back as [`Input::Checked`].
    Check { pin: String, hash: String },
    /// The right PIN: open librarian mode.
    Unlocked,
    /// Store this hash of the same PIN in the settings: the old one was made at a lower cost.
    StoreHash(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PinPad {
    pub open: bool,
    pub message: Message,
    digits: String,
    wrong_pins: u32,
    lock: Countdown,
    /// A check is under way: one guess at a time, and closing the pad does not cancel it (a
    /// wrong PIN counts even if the pad was closed meanwhile).
    checking: bool,
    /// The Argon2id hash from the settings; empty: no PIN set, so no librarian mode.
    pin_hash: String,
}

impl PinPad {
    pub fn new(pin_hash: String) -> PinPad {
        PinPad {
            open: false,
            message: Message::Enter,
            digits: String::new(),
            wrong_pins: 0,
            lock: Countdown::default(),
            checking: false,
            pin_hash,
        }
    }

    /// How many digits are typed (the pad shows dots, never the digits).
    pub fn typed(&self) -> usize {
        self.digits.len()
    }

    pub fn locked_seconds_left(&self) -> u64 {
        self.lock.seconds_left()
    }

    /// Locked after wrong PINs, or no PIN set: the pad takes no digits.
    pub fn closed_to_input(&self) -> bool {
        matches!(self.message, Message::Locked | Message::NoPinSet)
    }

    /// Ticks matter while the pad is locked.
    pub fn wants_ticks(&self) -> bool {
        self.lock.is_running()
    }

    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        match input {
            Input::Open => {
                self.open = true;
                self.digits.clear();
                self.message = if self.pin_hash.is_empty() {
                    Message::NoPinSet
                } else if self.checking {
                    Message::Checking
                } else if self.lock.is_running() {
                    Message::Locked
                } else {
                    Message::Enter
                };
            }
            Input::Close => {
                self.open = false;
                self.digits.clear();
            }
            Input::Digit(digit) => {
                let one_digit = digit.len() == 1 && digit.chars().all(|c| c.is_ascii_digit());
                if self.takes_digits() && one_digit && self.digits.len() < pin::MAX_DIGITS {
                    self.digits.push_str(&digit);
                }
            }
            Input::Erase => {
                self.digits.pop();
            }
            Input::Submit if self.takes_digits() && !self.digits.is_empty() => {
                self.checking = true;
                self.message = Message::Checking;
                let pin = std::mem::take(&mut self.digits);
                return vec![Effect::Check { pin, hash: self.pin_hash.clone() }];
            }
            Input::Submit => {}
            Input::Checked(verdict) if self.checking => {
                self.checking = false;
                return self.judge(verdict);
            }
            Input::Checked(_) => {}
            Input::Tick => {
                if self.lock.tick() && self.message == Message::Locked {
                    self.message = Message::Enter;
                }
            }
        }
        Vec::new()
    }

    fn takes_digits(&self) -> bool {
        self.open && !self.checking && !self.lock.is_running() && !self.pin_hash.is_empty()
    }

    /// Right opens librarian mode (if the pad is still open); the fifth wrong one in a row locks
    /// the pad for [`PIN_LOCK`].
    fn judge(&mut self, verdict: pin::Verdict) -> Vec<Effect> {
        if let pin::Verdict::Right { rehashed } = verdict {
            self.wrong_pins = 0;
            self.message = Message::Enter;
            let mut effects = Vec::new();
            if let Some(hash) = rehashed {
                self.pin_hash.clone_from(&hash);
                effects.push(Effect::StoreHash(hash));
            }
            if self.open {
                tracing::info!("librarian mode opened");
                self.open = false;
                effects.push(Effect::Unlocked);
            }
            return effects;
        }
        self.wrong_pins += 1;
        tracing::warn!(wrong_pins = self.wrong_pins, "wrong librarian PIN");
        if self.wrong_pins < MAX_WRONG_PINS {
            self.message = Message::Wrong { tries_left: MAX_WRONG_PINS - self.wrong_pins };
        } else {
            self.wrong_pins = 0;
            self.lock = Countdown::start(PIN_LOCK);
            self.message = Message::Locked;
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pad() -> PinPad {
        PinPad::new(pin::hash("2468").unwrap())
    }

    /// Types `pin`, submits it and carries out the check the pad asks for, as the adapter does.
    fn type_pin(pad: &mut PinPad, pin: &str) -> Vec<Effect> {
        for digit in pin.chars() {
            pad.handle(Input::Digit(digit.to_string()));
        }
        match pad.handle(Input::Submit).as_slice() {
            [Effect::Check { pin, hash }] => pad.handle(Input::Checked(pin::check(pin, hash))),
            [] => Vec::new(),
            other => panic!("unexpected effects {other:?}"),
        }
    }

    #[test]
    fn the_right_pin_unlocks_and_closes_the_pad() {
        let mut pad = pad();
        pad.handle(Input::Open);
        pad.handle(Input::Digit("x".into()));
        pad.handle(Input::Digit("12".into()));
        assert_eq!(pad.typed(), 0, "only single digits are typed");
        pad.handle(Input::Digit("1".into()));
        pad.handle(Input::Erase);
        assert_eq!(type_pin(&mut pad, "2468"), [Effect::Unlocked]);
        assert!(!pad.open);
        assert_eq!(pad.typed(), 0);
    }

    #[test]
    fn five_wrong_pins_lock_the_pad_for_five_minutes_of_ticks() {
        let mut pad = pad();
        pad.handle(Input::Open);
        for tries_left in (1..MAX_WRONG_PINS).rev() {
            assert!(type_pin(&mut pad, "1111").is_empty());
            assert_eq!(pad.message, Message::Wrong { tries_left });
        }
        assert!(type_pin(&mut pad, "1111").is_empty());
        assert_eq!(pad.message, Message::Locked);
        assert!(pad.closed_to_input() && pad.wants_ticks());
        assert_eq!(pad.locked_seconds_left(), PIN_LOCK.as_secs());

        assert!(type_pin(&mut pad, "2468").is_empty(), "even the right PIN is refused while locked");
        assert_eq!(pad.typed(), 0);
        pad.handle(Input::Close);
        pad.handle(Input::Open);
        assert_eq!(pad.message, Message::Locked, "the lock outlives the pad");

        for _ in 1..PIN_LOCK.as_secs() {
            pad.handle(Input::Tick);
        }
        assert_eq!(pad.locked_seconds_left(), 1, "still locked one second before the end");
        pad.handle(Input::Tick);
        assert!(!pad.wants_ticks());
        assert_eq!(pad.message, Message::Enter);
        assert_eq!(type_pin(&mut pad, "2468"), [Effect::Unlocked]);
    }

    #[test]
    fn one_check_at_a_time_and_closing_the_pad_does_not_cancel_a_wrong_guess() {
        let mut pad = pad();
        pad.handle(Input::Open);
        pad.handle(Input::Digit("1".into()));
        let check = pad.handle(Input::Submit);
        assert!(matches!(check.as_slice(), [Effect::Check { pin, .. }] if pin == "1"));
        assert_eq!(pad.message, Message::Checking);
        pad.handle(Input::Digit("2".into()));
        assert_eq!(pad.typed(), 0, "no typing while a PIN is checked");
        assert!(pad.handle(Input::Submit).is_empty(), "no second guess in parallel");
        pad.handle(Input::Close);
        pad.handle(Input::Open);
        assert_eq!(pad.message, Message::Checking);
        pad.handle(Input::Checked(pin::Verdict::Wrong));
        assert_eq!(pad.message, Message::Wrong { tries_left: MAX_WRONG_PINS - 1 }, "the guess counted");

        // The right PIN after the pad was closed renews an old hash but opens nothing.
        pad.handle(Input::Digit("2".into()));
        pad.handle(Input::Submit);
        pad.handle(Input::Close);
        let renewed = pin::Verdict::Right { rehashed: Some("$argon2id$new".into()) };
        assert_eq!(pad.handle(Input::Checked(renewed)), [Effect::StoreHash("$argon2id$new".into())]);
        assert!(pad.handle(Input::Checked(pin::Verdict::Wrong)).is_empty(), "an answer nobody asked for is ignored");
    }

    #[test]
    fn without_a_pin_the_pad_says_so_and_takes_nothing() {
        let mut pad = PinPad::new(String::new());
        pad.handle(Input::Open);
        assert_eq!(pad.message, Message::NoPinSet);
        assert!(type_pin(&mut pad, "").is_empty());
        pad.handle(Input::Digit("1".into()));
        assert_eq!(pad.typed(), 0);
    }
}
