//! The librarian's PIN: 4-8 digits, kept only as an Argon2id hash (PHC string) in settings.toml.

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, Result, anyhow, bail, ensure};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 8;

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
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| anyhow!("hashing the PIN: {e}"))
}

/// Whether `pin` is the one hashed in `stored` (false for an unreadable hash).
pub fn matches(pin: &str, stored: &str) -> bool {
    Argon2::default().verify_password(pin.as_bytes(), stored).is_ok()
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
    fn the_hash_is_argon2id_and_only_the_pin_matches_it() {
        let stored = hash("2468").unwrap();
        assert!(stored.starts_with("$argon2id$"), "{stored}");
        assert!(!stored.contains("2468"));
        assert!(matches("2468", &stored));
        assert!(!matches("2469", &stored));
        assert!(!matches("2468", "not a hash"));
    }
}
