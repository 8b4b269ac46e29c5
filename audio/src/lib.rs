//! Recorded voices: a guide's or the UI's text read by a person, kept beside the text as
//! `guides/<id>/audio/<lang>/<message>.ogg` and `locales/<lang>/audio/<message>.ogg`, where
//! `<message>` is the Fluent message id, or for an attribute the message id, a dot and the
//! attribute (`how-it-looks.title.ogg`; Fluent ids cannot contain dots).
//!
//! Recordings are Ogg Vorbis or Ogg Opus, decoded here in pure Rust so building needs no audio
//! library: symphonia reads the Ogg container and decodes Vorbis, `opus-decoder` (no unsafe
//! code, passes the RFC 8251 conformance vectors) decodes Opus.
//!
//! Beside the recordings, `recordings.toml` ([`Manifest`]) says which text each recording says
//! (a SHA-256 of it): file dates are lost in a git clone, so this is how the checker knows a
//! recording was made before its text last changed.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use symphonia::core::codecs::audio::well_known::{CODEC_ID_OPUS, CODEC_ID_VORBIS};
use symphonia::core::codecs::audio::{AudioDecoder, AudioDecoderOptions};
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, FormatReader, TrackType};
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;

/// The file name ending of a recording.
pub const EXTENSION: &str = "ogg";
/// The folder of a guide's or a language's recordings, inside the guide folder or the
/// language's `locales/<lang>/` folder.
pub const AUDIO_DIR: &str = "audio";
/// The manifest beside the recordings of one language.
pub const MANIFEST: &str = "recordings.toml";

/// `guides/<id>/audio/<lang>/`: a guide's recordings in one language.
pub fn guide_audio_dir(guide_dir: &Path, language: &str) -> PathBuf {
    guide_dir.join(AUDIO_DIR).join(language)
}

/// `locales/<lang>/audio/`: the UI's recordings in one language.
pub fn ui_audio_dir(locales_dir: &Path, language: &str) -> PathBuf {
    locales_dir.join(language).join(AUDIO_DIR)
}

/// The recording in `locales/<lang>/audio/` of the language's own name (its `name` in
/// locale.toml, which the language screen reads before "choose this language"): no Fluent
/// message, so this one name is kept for it.
pub const LANGUAGE_NAME: &str = "language-name";

/// The name a recording of `message` (a message id, or `message.attribute`) has.
pub fn file_name(message: &str) -> String {
    format!("{message}.{EXTENSION}")
}

/// The recordings in `dir` by message (file stem), in order; none when it does not exist.
pub fn recordings_in(dir: &Path) -> BTreeMap<String, PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return BTreeMap::new() };
    entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == EXTENSION))
        .filter_map(|path| Some((path.file_stem()?.to_str()?.to_string(), path)))
        .collect()
}

/// A recording that cannot be played, with its path.
#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error("{}: cannot read it: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}: not an Ogg file with audio in it ({reason})", path.display())]
    NotOgg { path: PathBuf, reason: String },
    #[error("{}: neither Vorbis nor Opus but codec {codec}; record as Ogg Vorbis or Ogg Opus", path.display())]
    OtherCodec { path: PathBuf, codec: String },
    #[error("{}: broken Vorbis audio: {reason}", path.display())]
    Broken { path: PathBuf, reason: String },
    #[error("{}: contains no sound", path.display())]
    Silent { path: PathBuf },
}

/// Decoded audio: 16-bit samples, channels interleaved.
#[derive(Debug, Clone, PartialEq)]
pub struct Pcm {
    pub sample_rate: u32,
    pub channels: u16,
    pub samples: Vec<i16>,
}

impl Pcm {
    /// How long it plays.
    pub fn duration(&self) -> std::time::Duration {
        let frames = self.samples.len() as f64 / f64::from(self.channels.max(1));
        std::time::Duration::from_secs_f64(frames / f64::from(self.sample_rate.max(1)))
    }

    /// The audio as a WAV file (what `aplay` reads on stdin).
    pub fn to_wav(&self) -> Vec<u8> {
        let spec = hound::WavSpec {
            channels: self.channels,
            sample_rate: self.sample_rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut bytes = Cursor::new(Vec::with_capacity(44 + self.samples.len() * 2));
        {
            // Writing into memory fails only past WAV's 4 GiB, far beyond any recording.
            let mut writer = hound::WavWriter::new(&mut bytes, spec).expect("WAV header into memory");
            let mut samples = writer.get_i16_writer(self.samples.len() as u32);
            for &sample in &self.samples {
                samples.write_sample(sample);
            }
            samples.flush().expect("WAV samples into memory");
            writer.finalize().expect("WAV into memory");
        }
        bytes.into_inner()
    }
}

/// Decodes the whole Ogg Vorbis or Ogg Opus recording at `path`.
pub fn decode(path: &Path) -> Result<Pcm, AudioError> {
    let mut recording = Recording::open(path)?;
    let mut pcm = Pcm { sample_rate: recording.sample_rate, channels: recording.channels, samples: Vec::new() };
    while let Some(chunk) = recording.next_chunk()? {
        pcm.samples.extend_from_slice(&chunk);
    }
    if pcm.samples.is_empty() {
        return Err(AudioError::Silent { path: path.to_path_buf() });
    }
    Ok(pcm)
}

/// How much of a recording [`check`] decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Every packet, as the kiosk will play it: `lotsen guides check` and `lotsen guides pack`
    /// on the editor's machine. Opus costs about 1.3 s per 30 s of speech (README).
    Whole,
    /// The Ogg headers and the first [`OPENING_PACKETS`] packets (and at least one with sound):
    /// what a kiosk checks in a signed content pack. See [`check`] for why that is enough.
    Opening,
}

/// How many packets [`Depth::Opening`] decodes: about 0.1 s of Opus (20 ms packets), a few
/// Vorbis packets (the first of which gives no samples).
pub const OPENING_PACKETS: usize = 5;

/// Checks that the recording at `path` is Ogg Vorbis or Ogg Opus that decodes to sound, to
/// `depth`.
///
/// [`Depth::Opening`] is enough on a kiosk because a pack's recordings were decoded whole by
/// `lotsen guides pack` before it was signed, and the kiosk has already verified the signature
/// and every file's SHA-256: the bytes are the ones that decoded. What can still differ is this
/// kiosk's decoder (an older kiosk without Opus, a codec the build lacks), and that shows in the
/// headers and the first packets. Decoding all of a fully recorded language (some 700 texts)
/// would keep a kiosk busy for minutes at every content update and every start. Should a later
/// packet still fail while playing, the kiosk logs it with the path and that recording stops
/// there; nothing else is held up.
pub fn check(path: &Path, depth: Depth) -> Result<(), AudioError> {
    let mut recording = Recording::open(path)?;
    let (mut packets, mut sound) = (0, false);
    while let Some(chunk) = recording.next_chunk()? {
        packets += 1;
        sound |= !chunk.is_empty();
        if depth == Depth::Opening && sound && packets >= OPENING_PACKETS {
            return Ok(());
        }
    }
    if sound { Ok(()) } else { Err(AudioError::Silent { path: path.to_path_buf() }) }
}

/// A recording being decoded a packet at a time, so playing can start before it is all decoded
/// (Opus takes about 40 ms per second of sound here).
pub struct Recording {
    path: PathBuf,
    format: Box<dyn FormatReader>,
    track_id: u32,
    codec: Codec,
    /// Samples per second, and channels (16-bit samples, interleaved).
    pub sample_rate: u32,
    pub channels: u16,
}

enum Codec {
    Vorbis(Box<dyn AudioDecoder>),
    /// With the samples still to drop at the start (the OpusHead's pre-skip: encoder warm-up).
    Opus {
        decoder: Box<opus_decoder::OpusDecoder>,
        skip: usize,
    },
}

impl Recording {
    /// Reads the Ogg headers and sets up the decoder: a file that is not Ogg Vorbis or Ogg Opus
    /// fails here, before anything plays.
    pub fn open(path: &Path) -> Result<Recording, AudioError> {
        let file = File::open(path).map_err(|source| AudioError::Read { path: path.to_path_buf(), source })?;
        let stream = MediaSourceStream::new(Box::new(file), Default::default());
        let mut hint = Hint::new();
        hint.with_extension(EXTENSION);
        let not_ogg = |reason: String| AudioError::NotOgg { path: path.to_path_buf(), reason };
        let broken = |reason: String| AudioError::Broken { path: path.to_path_buf(), reason };
        let format = symphonia::default::get_probe()
            .probe(&hint, stream, FormatOptions::default(), MetadataOptions::default())
            .map_err(|error| not_ogg(error.to_string()))?;
        let track = format.default_track(TrackType::Audio).ok_or_else(|| not_ogg("no audio track".into()))?;
        let params = track
            .codec_params
            .as_ref()
            .and_then(|params| params.audio())
            .ok_or_else(|| not_ogg("no audio codec".into()))?
            .clone();
        let track_id = track.id;
        let (codec, sample_rate, channels) = match params.codec {
            CODEC_ID_VORBIS => {
                let decoder = symphonia::default::get_codecs()
                    .make_audio_decoder(&params, &AudioDecoderOptions::default())
                    .map_err(|error| broken(error.to_string()))?;
                let channels = params.channels.as_ref().map_or(0, |c| c.count() as u16);
                (Codec::Vorbis(decoder), params.sample_rate.unwrap_or(0), channels)
            }
            CODEC_ID_OPUS => {
                let head = params.extra_data.as_deref().unwrap_or_default();
                let (Some(&channels), Some(pre_skip)) = (head.get(9), head.get(10..12)) else {
                    return Err(broken("no OpusHead".into()));
                };
                if !(1..=2).contains(&channels) {
                    return Err(broken(format!("{channels} channels; record in mono or stereo")));
                }
                let decoder = opus_decoder::OpusDecoder::new(OPUS_RATE as u32, channels.into())
                    .map_err(|error| broken(error.to_string()))?;
                let skip = usize::from(u16::from_le_bytes([pre_skip[0], pre_skip[1]])) * usize::from(channels);
                (Codec::Opus { decoder: Box::new(decoder), skip }, OPUS_RATE as u32, channels.into())
            }
            other => return Err(AudioError::OtherCodec { path: path.to_path_buf(), codec: format!("{other}") }),
        };
        if sample_rate == 0 || channels == 0 {
            return Err(broken("no sample rate or channels in the header".into()));
        }
        Ok(Recording { path: path.to_path_buf(), format, track_id, codec, sample_rate, channels })
    }

    /// The next packet's samples; `None` at the end.
    pub fn next_chunk(&mut self) -> Result<Option<Vec<i16>>, AudioError> {
        let broken = |reason: String| AudioError::Broken { path: self.path.clone(), reason };
        let packet = loop {
            match self.format.next_packet().map_err(|error| broken(error.to_string()))? {
                Some(packet) if packet.track_id != self.track_id => continue,
                Some(packet) => break packet,
                None => return Ok(None),
            }
        };
        let mut chunk = Vec::new();
        match &mut self.codec {
            Codec::Vorbis(decoder) => {
                let decoded = decoder.decode(&packet).map_err(|error| broken(error.to_string()))?;
                decoded.copy_to_vec_interleaved(&mut chunk);
            }
            Codec::Opus { decoder, skip } => {
                let channels = usize::from(self.channels);
                chunk.resize(opus_decoder::OpusDecoder::MAX_FRAME_SIZE_48K * channels, 0);
                let per_channel =
                    decoder.decode(&packet.data, &mut chunk, false).map_err(|error| broken(error.to_string()))?;
                chunk.truncate(per_channel * channels);
                let skipped = (*skip).min(chunk.len());
                chunk.drain(..skipped);
                *skip -= skipped;
            }
        }
        Ok(Some(chunk))
    }
}

/// Opus always decodes to 48 kHz here (its native rate).
const OPUS_RATE: usize = 48_000;

/// The fingerprint of a text as recorded: SHA-256 of its UTF-8, in hex.
pub fn text_hash(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// `recordings.toml`: which text each recording in its folder says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Message (file stem) → [`text_hash`] of the text that was recorded.
    #[serde(default)]
    pub recorded: BTreeMap<String, String>,
}

/// `recordings.toml` that cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: {source}", path.display())]
    Parse { path: PathBuf, source: toml::de::Error },
}

const MANIFEST_HEADER: &str = "\
# What text each recording in this folder says: message = SHA-256 of the text as recorded.
# Written by `lotsen guides audio-stamp`; `lotsen guides check` flags a recording whose text
# has changed since.
";

impl Manifest {
    /// The manifest in `dir`; an empty one when there is none.
    pub fn read(dir: &Path) -> Result<Manifest, ManifestError> {
        let path = dir.join(MANIFEST);
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|source| ManifestError::Parse { path, source }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Manifest::default()),
            Err(source) => Err(ManifestError::Io { path, source }),
        }
    }

    /// Writes it to `dir` (replacing the file atomically).
    pub fn write(&self, dir: &Path) -> Result<(), ManifestError> {
        let path = dir.join(MANIFEST);
        let io = |source| ManifestError::Io { path: path.clone(), source };
        let body = toml::to_string(self).expect("a map of strings is TOML");
        let temporary = dir.join(format!(".{MANIFEST}.new"));
        std::fs::write(&temporary, format!("{MANIFEST_HEADER}{body}")).map_err(io)?;
        std::fs::rename(&temporary, &path).map_err(io)
    }

    /// Whether the recording of `message` says `text`: `None` when it was never stamped.
    pub fn says(&self, message: &str, text: &str) -> Option<bool> {
        self.recorded.get(message).map(|hash| *hash == text_hash(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/audio").join(name)
    }

    const TONE: &str = "test-tone-not-a-voice-recording.ogg";

    #[test]
    fn the_test_tone_decodes_to_a_second_and_a_half_of_440_hz_and_says_it_is_no_voice() {
        let path = fixture(TONE);
        let bytes = std::fs::read(&path).unwrap().to_ascii_lowercase();
        let says = |label: &[u8]| bytes.windows(label.len()).any(|window| window == label);
        // Vorbis comment names are case-insensitive; oggenc writes `title=`.
        assert!(says(b"title=test tone, not a voice recording"), "its Vorbis title says what it is");

        assert_is_the_tone(&decode(&path).unwrap(), 22_050);
    }

    /// 1.5 s of 440 Hz, mono, at 0.3 of full scale (examples/test_tone.rs), at `rate`.
    fn assert_is_the_tone(pcm: &Pcm, rate: u32) {
        assert_eq!((pcm.sample_rate, pcm.channels), (rate, 1));
        let seconds = pcm.duration().as_secs_f64();
        assert!((1.45..1.6).contains(&seconds), "{seconds} s (an Opus pre-skip is dropped)");
        // A 440 Hz sine crosses zero upwards 440 times a second.
        let rising = pcm.samples.windows(2).filter(|pair| pair[0] < 0 && pair[1] >= 0).count() as f64;
        assert!((rising / seconds - 440.0).abs() < 10.0, "{} Hz", rising / seconds);
        let peak = pcm.samples.iter().map(|s| s.unsigned_abs()).max().unwrap();
        assert!((7_000..13_000).contains(&peak), "made at 0.3 of full scale: peak {peak}");
    }

    #[test]
    fn the_wav_for_the_player_holds_the_decoded_samples() {
        let pcm = decode(&fixture(TONE)).unwrap();
        let mut reader = hound::WavReader::new(Cursor::new(pcm.to_wav())).unwrap();
        assert_eq!(reader.spec().sample_rate, 22_050);
        assert_eq!(reader.spec().channels, 1);
        let samples: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
        assert_eq!(samples, pcm.samples);
    }

    #[test]
    fn the_opus_test_tone_decodes_to_the_same_tone_at_48_khz() {
        assert_is_the_tone(&decode(&fixture("test-tone-opus-not-a-voice-recording.ogg")).unwrap(), 48_000);
    }

    #[test]
    fn both_test_tones_pass_the_check_whole_and_by_their_opening() {
        for name in [TONE, "test-tone-opus-not-a-voice-recording.ogg"] {
            for depth in [Depth::Whole, Depth::Opening] {
                check(&fixture(name), depth).unwrap_or_else(|error| panic!("{name} {depth:?}: {error}"));
            }
        }
    }

    #[test]
    fn a_broken_or_cut_off_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let garbage = dir.path().join("garbage.ogg");
        std::fs::write(&garbage, b"this is not audio at all, just text saved as .ogg").unwrap();
        let error = decode(&garbage).unwrap_err();
        assert!(error.to_string().starts_with(&garbage.display().to_string()), "{error}");

        // The first page (identification header) only: Vorbis without its setup or any audio.
        let tone = std::fs::read(fixture(TONE)).unwrap();
        let cut = dir.path().join("cut.ogg");
        std::fs::write(&cut, &tone[..64]).unwrap();
        let error = decode(&cut).unwrap_err();
        assert!(error.to_string().starts_with(&cut.display().to_string()), "{error}");
        for depth in [Depth::Whole, Depth::Opening] {
            for path in [&garbage, &cut] {
                let error = check(path, depth).unwrap_err();
                assert!(error.to_string().starts_with(&path.display().to_string()), "{depth:?}: {error}");
            }
        }

        let missing = dir.path().join("missing.ogg");
        assert!(matches!(decode(&missing), Err(AudioError::Read { .. })));
    }

    #[test]
    fn the_manifest_remembers_which_text_was_recorded() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Manifest::read(dir.path()).unwrap(), Manifest::default(), "none yet: empty");
        let mut manifest = Manifest::default();
        manifest.recorded.insert("how-it-looks.title".into(), text_hash("Så kan ett bedrägeri se ut"));
        manifest.write(dir.path()).unwrap();
        let read = Manifest::read(dir.path()).unwrap();
        assert_eq!(read, manifest);
        assert_eq!(read.says("how-it-looks.title", "Så kan ett bedrägeri se ut"), Some(true));
        assert_eq!(read.says("how-it-looks.title", "Så ser ett bedrägeri ut"), Some(false), "the text changed");
        assert_eq!(read.says("title", "Bedrägerier"), None, "never stamped");

        std::fs::write(dir.path().join(MANIFEST), "recorded = 3\n").unwrap();
        let error = Manifest::read(dir.path()).unwrap_err().to_string();
        assert!(error.contains(MANIFEST), "{error}");
    }
}
