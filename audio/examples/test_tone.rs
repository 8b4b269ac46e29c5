//! Writes the test tone as WAV: 1.5 s (or SECONDS) of a 440 Hz sine, mono, 22,050 Hz, fading in
//! and out. `scripts/make-test-tone` encodes it into the Ogg fixtures in tests/fixtures/audio/.
//! It is a tone, never a voice: recordings of text come from native speakers.
//!
//! `cargo run -p lotsen-audio --example test_tone -- OUT.wav [SECONDS]`

use std::f64::consts::TAU;

const RATE: u32 = 22_050;
const DEFAULT_SECONDS: f64 = 1.5;
const FREQUENCY: f64 = 440.0;
const FADE_SECONDS: f64 = 0.02;

fn main() {
    let usage = "usage: test_tone OUT.wav [SECONDS]";
    let out = std::env::args().nth(1).expect(usage);
    let seconds = std::env::args().nth(2).map_or(DEFAULT_SECONDS, |s| s.parse().expect(usage));
    let samples = (f64::from(RATE) * seconds) as usize;
    let fade = f64::from(RATE) * FADE_SECONDS;
    let pcm = lotsen_audio::Pcm {
        sample_rate: RATE,
        channels: 1,
        samples: (0..samples)
            .map(|n| {
                let envelope = (n as f64 / fade).min((samples - n) as f64 / fade).min(1.0);
                let value = (TAU * FREQUENCY * n as f64 / f64::from(RATE)).sin() * 0.3 * envelope;
                (value * f64::from(i16::MAX)) as i16
            })
            .collect(),
    };
    std::fs::write(&out, pcm.to_wav()).unwrap_or_else(|error| panic!("{out}: {error}"));
}
