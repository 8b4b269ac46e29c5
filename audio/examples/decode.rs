//! Decodes a recording as the kiosk does before playing it, and writes it as WAV (to listen to
//! it, or to time the decoding: README, "Recorded voices").
//!
//! `cargo run --release -p lotsen-audio --example decode -- RECORDING.ogg OUT.wav`

fn main() {
    let usage = "usage: decode RECORDING.ogg OUT.wav";
    let (Some(input), Some(out)) = (std::env::args().nth(1), std::env::args().nth(2)) else { panic!("{usage}") };
    let pcm = lotsen_audio::decode(std::path::Path::new(&input)).unwrap_or_else(|error| panic!("{error}"));
    std::fs::write(&out, pcm.to_wav()).unwrap_or_else(|error| panic!("{out}: {error}"));
    println!("{input}: {:.2} s, {} Hz, {} channel(s)", pcm.duration().as_secs_f64(), pcm.sample_rate, pcm.channels);
}
