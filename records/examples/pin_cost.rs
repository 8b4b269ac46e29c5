//! Benchmark: what one offline guess at the librarian PIN costs, and what that means for someone
//! who has copied settings.toml.
//!
//!     cargo run -p lotsen-records --example pin_cost [-- CHECKS]
//!
//! (Argon2 is built optimised in dev builds too: see the workspace Cargo.toml.)
//!
//! Times CHECKS (default 9) checks of a wrong PIN against a hash made by `lotsen set-pin`, and
//! the same against a hash at the argon2 crate's default cost (what set-pin stored until
//! November 2026). Prints medians and how long trying every PIN takes on one core.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use argon2::Argon2;
use argon2::password_hash::PasswordHasher;
use lotsen_records::pin;

fn median_check(stored: &str, checks: usize) -> Duration {
    let mut times: Vec<Duration> = (0..checks)
        .map(|_| {
            let start = Instant::now();
            assert_eq!(pin::check("0000", stored), pin::Verdict::Wrong);
            start.elapsed()
        })
        .collect();
    times.sort();
    times[checks / 2]
}

fn human(seconds: f64) -> String {
    match seconds {
        s if s < 120.0 => format!("{s:.0} s"),
        s if s < 2.0 * 3600.0 => format!("{:.0} min", s / 60.0),
        s if s < 2.0 * 86400.0 => format!("{:.1} h", s / 3600.0),
        s if s < 2.0 * 365.0 * 86400.0 => format!("{:.0} days", s / 86400.0),
        s => format!("{:.1} years", s / (365.0 * 86400.0)),
    }
}

fn main() -> Result<()> {
    let checks: usize =
        std::env::args().nth(1).map(|n| n.parse()).transpose().context("CHECKS must be a number")?.unwrap_or(9);
    let today = pin::hash("2468")?;
    let before = Argon2::default().hash_password(b"2468").map_err(|e| anyhow::anyhow!("{e}"))?.to_string();
    for (name, stored) in [("today (lotsen set-pin)", &today), ("before December 2026", &before)] {
        let guess = median_check(stored, checks);
        println!(
            "{name}: {guess:.2?} per guess (median of {checks}), Argon2id {}",
            stored.split('$').nth(3).unwrap_or("?")
        );
        for digits in [4, 6, 8] {
            let all = 10f64.powi(digits) * guess.as_secs_f64();
            println!("  every {digits}-digit PIN on one core: {} (half that on average)", human(all));
        }
    }
    Ok(())
}
