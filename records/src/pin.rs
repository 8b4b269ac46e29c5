//! The librarian's PIN: 4-8 digits, kept only as an Argon2id hash (PHC string) in settings.toml.

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, Result, anyhow, bail, ensure};
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use argon2::{Algorithm, Argon2, Params, Version};

const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 8;

/// Argon2id memory per PIN check, in KiB.
const MEMORY_KIB: u32 = 64 * 1024;
/// Passes over that memory. With 64 MiB this makes one guess cost about 0.5-0.7 s on one core of
/// the 2-core development machine (`cargo run -p lotsen-records --example pin_cost`; README,
/// "What an offline attacker faces"): someone who copies settings.toml cannot try every 4-digit
/// PIN in minutes. The pad's lock covers guesses on the screen.
const PASSES: u32 = 12;

/// The Argon2id instance every new PIN hash is made with.
fn hasher() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, PASSES, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// What checking a typed PIN against the stored hash found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Wrong,
    /// The right PIN. A hash made with weaker parameters than today's comes with its
    /// replacement, to be stored so that the next offline guess costs the full price.
    Right {
        rehashed: Option<String>,
    },
}

/// Refuses anything but 4-8 digits, saying what a PIN must be.
fn check_format(pin: &str) -> Result<()> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        bail!("the PIN must be digits only (0-9), as the kiosk's PIN pad has no letters");
    }
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) {
        bail!("the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits, not {}", pin.len());
    }
    Ok(())
}

/// The PHC string (`$argon2id$...`) to store for a PIN.
pub fn hash(pin: &str) -> Result<String> {
    check_format(pin)?;
    hasher().hash_password(pin.as_bytes()).map(|hash| hash.to_string()).map_err(|e| anyhow!("hashing the PIN: {e}"))
}

/// Whether `pin` is the one hashed in `stored` (false for an unreadable hash), and the stored
/// hash's replacement when it was made with weaker parameters. Takes about half a second: keep
/// it off the UI thread.
pub fn check(pin: &str, stored: &str) -> Verdict {
    // The parameters come from the stored PHC string, so older hashes still verify.
    if hasher().verify_password(pin.as_bytes(), stored).is_err() {
        return Verdict::Wrong;
    }
    let current = PasswordHash::new(stored)
        .ok()
        .and_then(|stored| Params::try_from(&stored).ok())
        .is_some_and(|params| params.m_cost() >= MEMORY_KIB && params.t_cost() >= PASSES);
    let rehashed = if current {
        None
    } else {
        hash(pin).inspect_err(|error| tracing::warn!(%error, "the PIN hash could not be renewed")).ok()
    };
    Verdict::Right { rehashed }
}

/// A new PIN for `lotsen set-pin`: typed twice without echo on a terminal, or the first line of
/// piped input.
pub fn read_new_pin() -> Result<String> {
    let stdin = std::io::stdin();
    let pin = if stdin.is_terminal() {
        let prompt = format!("New librarian PIN ({MIN_DIGITS}-{MAX_DIGITS} digits): ");
        let first = rpassword::prompt_password(prompt).context("reading the PIN")?;
        check_format(first.trim())?;
        let second = rpassword::prompt_password("The same PIN again: ").context("reading the PIN")?;
        ensure!(first.trim() == second.trim(), "the two PINs differ; nothing was changed");
        first
    } else {
        let mut line = String::new();
        stdin.lock().read_line(&mut line).context("reading the PIN from standard input")?;
        line
    };
    let pin = pin.trim().to_string();
    check_format(&pin)?;
    Ok(pin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_four_to_eight_digits_are_a_pin() {
        for good in ["1234", "12345678", "0000"] {
            check_format(good).unwrap();
        }
        for (bad, says) in [("123", "4 to 8 digits"), ("123456789", "not 9"), ("12a4", "digits only"), ("", "not 0")] {
            let error = check_format(bad).unwrap_err().to_string();
            assert!(error.contains(says), "{bad:?}: {error}");
        }
    }

    #[test]
    fn the_hash_is_argon2id_with_todays_cost_and_only_the_pin_matches_it() {
        let stored = hash("2468").unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=65536,t=12,p=1$"), "{stored}");
        assert!(!stored.contains("2468"));
        assert_eq!(check("2468", &stored), Verdict::Right { rehashed: None });
        assert_eq!(check("2469", &stored), Verdict::Wrong);
        assert_eq!(check("2468", "not a hash"), Verdict::Wrong);
    }

    #[test]
    fn a_hash_from_before_the_higher_cost_still_opens_and_is_replaced() {
        // What `lotsen set-pin` stored until November 2026: the argon2 crate's defaults.
        let old = Argon2::default().hash_password(b"2468").unwrap().to_string();
        assert!(old.contains("m=19456,t=2"), "{old}");
        assert_eq!(check("2469", &old), Verdict::Wrong, "a wrong PIN never renews the hash");
        let Verdict::Right { rehashed: Some(new) } = check("2468", &old) else { panic!("not renewed") };
        assert!(new.contains("m=65536,t=12"), "{new}");
        assert_eq!(check("2468", &new), Verdict::Right { rehashed: None });
    }
}
