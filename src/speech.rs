//! Read-aloud: recordings of people reading the text, and espeak-ng where there is none. Both
//! play through ALSA's `aplay` (alsa-utils) as a child process: a recording is decoded here
//! (pure Rust, `lotsen_audio`) by a thread that feeds aplay's stdin raw 16-bit samples as they
//! come, the synthetic voice is `espeak-ng --stdout | aplay` (WAV). So stopping is killing the children, espeak-ng's GPL-3 code stays
//! out of our binary, and building needs no audio library. A language with no espeak-ng voice
//! (`speech_voice` missing in `locale.toml`) is read only where recordings exist.
//!
//! Without a sound card the speaker button is hidden: [`AudioOutput::find`].

use std::cell::RefCell;
use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};

use anyhow::{Context, Result};

/// The speech synthesiser looked up on `PATH`.
pub const PROGRAM: &str = "espeak-ng";
/// The player looked up on `PATH` (alsa-utils).
pub const PLAYER: &str = "aplay";
/// Where the kernel lists the sound cards; without one, nothing can be heard.
pub const SOUND_CARDS: &str = "/proc/asound/cards";
/// espeak-ng's default is 175 words a minute; a little slower is easier to follow for someone
/// reading along in a language they are still learning.
const WORDS_PER_MINUTE: &str = "150";

/// Fluent wraps every placeable in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, and right-to-left
/// text starts each line with a RIGHT-TO-LEFT MARK and wraps Latin runs in LEFT-TO-RIGHT ISOLATE …
/// POP DIRECTIONAL ISOLATE (see `i18n`): layout marks a synthesiser may read out as symbols.
const DIRECTION_MARKS: [char; 4] = ['\u{2068}', '\u{2066}', '\u{2069}', '\u{200F}'];

/// Where the sound goes.
#[derive(Debug, Clone, Copy)]
pub enum Output<'a> {
    /// The audio device, through aplay.
    Speakers,
    /// A WAV file (for tests and for checking a voice without speakers).
    WavFile(&'a Path),
}

/// The ALSA device read-aloud plays on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioOutput {
    /// An ALSA device name for `aplay -D` (e.g. `plughw:1,0`, or `null` which plays nothing);
    /// `None`: ALSA's default device.
    pub device: Option<String>,
}

/// Why nothing could be heard.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoSound {
    #[error("no sound card ({} lists none); connect speakers, or name an ALSA device in audio_device", cards.display())]
    NoCard { cards: PathBuf },
    #[error("the audio player {player:?} does not run ({reason}); apt install alsa-utils")]
    NoPlayer { player: OsString, reason: String },
}

impl AudioOutput {
    /// The device to play on, or `None` (with one log line) when nothing could be heard, so the
    /// speaker button is hidden. `setting` is `audio_device` from settings.toml: empty means the
    /// default device, which needs a sound card listed in [`SOUND_CARDS`]; a device name is used
    /// as it is, without that check (the tests use `null`). Either way aplay must run.
    pub fn find(setting: &str) -> Option<AudioOutput> {
        AudioOutput::find_with(setting, Path::new(SOUND_CARDS), PLAYER)
            .inspect_err(|why| tracing::info!("{why}: read-aloud is hidden"))
            .ok()
    }

    /// [`AudioOutput::find`] with the card list and the player given, and why not.
    pub fn find_with(setting: &str, sound_cards: &Path, player: impl AsRef<OsStr>) -> Result<AudioOutput, NoSound> {
        let device = (!setting.trim().is_empty()).then(|| setting.trim().to_string());
        if device.is_none() && !lists_a_card(sound_cards) {
            return Err(NoSound::NoCard { cards: sound_cards.to_path_buf() });
        }
        let player = player.as_ref().to_os_string();
        let runs = Command::new(&player).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status();
        match runs {
            Ok(status) if status.success() => Ok(AudioOutput { device }),
            Ok(status) => Err(NoSound::NoPlayer { player, reason: status.to_string() }),
            Err(error) => Err(NoSound::NoPlayer { player, reason: error.to_string() }),
        }
    }

    /// `aplay` reading from stdin, quietly, on this device: a WAV stream, or with `raw` (sample
    /// rate, channels) 16-bit samples without a header.
    fn player(&self, raw: Option<(u32, u16)>) -> Command {
        let mut command = Command::new(PLAYER);
        command.arg("-q");
        if let Some(device) = &self.device {
            command.args(["-D", device]);
        }
        if let Some((rate, channels)) = raw {
            command.args(["-t", "raw", "-f", "S16_LE", "-r", &rate.to_string(), "-c", &channels.to_string()]);
        }
        command.arg("-");
        command.stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::null());
        command
    }
}

/// A card in `/proc/asound/cards`: its lines start with the card number (" 0 [PCH ...").
fn lists_a_card(sound_cards: &Path) -> bool {
    std::fs::read_to_string(sound_cards)
        .is_ok_and(|list| list.lines().any(|line| line.trim_start().starts_with(|c: char| c.is_ascii_digit())))
}

/// espeak-ng, when it runs.
#[derive(Debug, Clone)]
pub struct Synthesiser {
    program: OsString,
}

impl Synthesiser {
    /// espeak-ng from `PATH`, or `None` (with one log line) when it is not installed.
    pub fn find() -> Option<Synthesiser> {
        Synthesiser::with_program(PROGRAM)
    }

    /// The synthesiser at `program`, if it runs (`--version` succeeds).
    pub fn with_program(program: impl AsRef<OsStr>) -> Option<Synthesiser> {
        let program = program.as_ref().to_os_string();
        let runs = Command::new(&program).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status();
        match runs {
            Ok(status) if status.success() => Some(Synthesiser { program }),
            Ok(status) => {
                tracing::warn!(program = ?program, %status, "speech synthesiser fails; no synthetic voice");
                None
            }
            Err(error) => {
                tracing::info!(program = ?program, %error, "no speech synthesiser; no synthetic voice");
                None
            }
        }
    }

    /// The command that speaks stdin with `voice` (an espeak-ng voice name, e.g. `sv`): as WAV
    /// on stdout for the player, or into a WAV file.
    pub fn command(&self, voice: &str, output: Output) -> Command {
        let mut command = Command::new(&self.program);
        command.args(["-v", voice, "-s", WORDS_PER_MINUTE, "--stdin"]);
        match output {
            Output::Speakers => {
                command.arg("--stdout").stdout(Stdio::piped());
            }
            Output::WavFile(path) => {
                command.arg("-w").arg(path).stdout(Stdio::null());
            }
        }
        command.stdin(Stdio::piped()).stderr(Stdio::null());
        command
    }
}

/// Text spoken by a voice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voiced {
    /// The espeak-ng voice name.
    pub voice: String,
    pub text: String,
}

/// One thing to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Say {
    /// A recording, and what the voice says instead if it cannot be played.
    Recording { path: PathBuf, fallback: Option<Voiced> },
    /// The synthetic voice.
    Voice(Voiced),
}

/// What is being said or was said last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sound {
    Recording(PathBuf),
    Voice(Voiced),
}

/// What is playing: the sound and its processes (the player last).
#[derive(Debug)]
struct Playing {
    sound: Sound,
    children: Vec<Child>,
}

/// A sound that has ended by itself, with how its last process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ended {
    pub sound: Sound,
    pub status: ExitStatus,
}

/// Reads aloud: the sound in progress, if any, and those waiting their turn (the language screen
/// reads each language in its own voice; a screen mixes recordings and the voice).
#[derive(Debug)]
pub struct Speech {
    synthesiser: Option<Synthesiser>,
    output: AudioOutput,
    playing: RefCell<Option<Playing>>,
    waiting: RefCell<VecDeque<Say>>,
    ended: RefCell<Option<Ended>>,
}

impl Speech {
    /// Read-aloud on `output`, with the voice when espeak-ng runs.
    pub fn new(output: AudioOutput, synthesiser: Option<Synthesiser>) -> Speech {
        Speech {
            synthesiser,
            output,
            playing: RefCell::default(),
            waiting: RefCell::default(),
            ended: RefCell::default(),
        }
    }

    /// Read-aloud on the device `audio_device` names ([`AudioOutput::find`]), or `None` when
    /// nothing could be heard.
    pub fn find(audio_device: &str) -> Option<Speech> {
        AudioOutput::find(audio_device).map(|output| Speech::new(output, Synthesiser::find()))
    }

    /// espeak-ng runs, so languages with a voice can be read without recordings.
    pub fn has_voice(&self) -> bool {
        self.synthesiser.is_some()
    }

    /// Starts `sound`, cutting off whatever was playing. Returns at once.
    pub fn play(&self, sound: &Sound, output: Output) -> Result<()> {
        self.stop();
        self.start(sound, output)
    }

    fn start(&self, sound: &Sound, output: Output) -> Result<()> {
        let children = match sound {
            Sound::Recording(path) => self.start_recording(path, output)?,
            Sound::Voice(voiced) => self.start_voice(voiced, output)?,
        };
        *self.playing.borrow_mut() = Some(Playing { sound: sound.clone(), children });
        Ok(())
    }

    /// Plays the recording, decoding it as it goes, or writes it as WAV. A file that is not
    /// Ogg Vorbis or Opus fails here (the error names it); one that breaks off later is played
    /// up to there and logged.
    fn start_recording(&self, path: &Path, output: Output) -> Result<Vec<Child>> {
        if let Output::WavFile(file) = output {
            let wav = lotsen_audio::decode(path)?.to_wav();
            std::fs::write(file, &wav).with_context(|| format!("writing {}", file.display()))?;
            return Ok(Vec::new());
        }
        let mut recording = lotsen_audio::Recording::open(path)?;
        let mut command = self.output.player(Some((recording.sample_rate, recording.channels)));
        let mut player = command.spawn().with_context(|| format!("starting {command:?}"))?;
        let mut stdin = player.stdin.take().context("stdin of the player")?;
        // Decoding and feeding happen off the UI thread; the thread ends at the end of the
        // recording, or with a broken pipe as soon as the player is stopped.
        std::thread::Builder::new()
            .name("recording to aplay".into())
            .spawn(move || {
                loop {
                    let chunk = match recording.next_chunk() {
                        Ok(Some(chunk)) => chunk,
                        Ok(None) => return,
                        Err(error) => return tracing::warn!("reading aloud: {error}"),
                    };
                    let bytes: Vec<u8> = chunk.iter().flat_map(|sample| sample.to_le_bytes()).collect();
                    if stdin.write_all(&bytes).is_err() {
                        return;
                    }
                }
            })
            .context("starting the thread that feeds the player")?;
        Ok(vec![player])
    }

    /// espeak-ng reading the text from stdin; to the speakers through the player.
    fn start_voice(&self, voiced: &Voiced, output: Output) -> Result<Vec<Child>> {
        let synthesiser = self.synthesiser.as_ref().context("espeak-ng is not installed")?;
        let mut command = synthesiser.command(&voiced.voice, output);
        let mut child = command.spawn().with_context(|| format!("starting {command:?}"))?;
        let mut children = Vec::new();
        if let Output::Speakers = output {
            let stdout = child.stdout.take().context("stdout of the synthesiser")?;
            let mut player = self.output.player(None);
            player.stdin(Stdio::from(stdout));
            match player.spawn() {
                Ok(player) => children.push(player),
                Err(error) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(error).with_context(|| format!("starting {player:?}"));
                }
            }
        }
        children.insert(0, child);
        // A screen is a few kB, far below the pipe buffer, so this does not wait for the speech.
        let written = children[0].stdin.take().context("stdin of the synthesiser")?.write_all(voiced.text.as_bytes());
        if let Err(error) = written {
            kill_all(&mut children);
            return Err(error).with_context(|| format!("sending the text to {command:?}"));
        }
        Ok(children)
    }

    /// Says each in turn to the speakers, cutting off whatever was playing; the next starts
    /// when [`Speech::is_speaking`] sees the previous one end.
    pub fn play_all(&self, script: impl IntoIterator<Item = Say>) {
        self.stop();
        *self.waiting.borrow_mut() = script.into_iter().collect();
        self.is_speaking();
    }

    /// Starts the next thing waiting that can be played: a recording that cannot is logged
    /// (with its path) and its voice fallback said instead, if any. False when none is left.
    fn start_next(&self) -> bool {
        loop {
            let Some(next) = self.waiting.borrow_mut().pop_front() else { return false };
            let (first, fallback) = match next {
                Say::Recording { path, fallback } => (Sound::Recording(path), fallback),
                Say::Voice(voiced) => (Sound::Voice(voiced), None),
            };
            match self.start(&first, Output::Speakers) {
                Ok(()) => return true,
                Err(error) => tracing::warn!("reading aloud: {error:#}"),
            }
            if let Some(voiced) = fallback {
                match self.start(&Sound::Voice(voiced), Output::Speakers) {
                    Ok(()) => return true,
                    Err(error) => tracing::warn!("reading aloud: {error:#}"),
                }
            }
        }
    }

    /// True while something is being said or waits its turn; starts the next one when the one
    /// in progress has ended.
    pub fn is_speaking(&self) -> bool {
        self.current_is_playing() || self.start_next()
    }

    /// True while the sound in progress plays. One that ended with an error is logged here.
    fn current_is_playing(&self) -> bool {
        let mut playing = self.playing.borrow_mut();
        let Some(current) = playing.as_mut() else { return false };
        let Some(last) = current.children.last_mut() else {
            // Written to a file: done when started.
            *playing = None;
            return false;
        };
        match last.try_wait() {
            Ok(None) => true,
            Ok(Some(status)) => {
                if !status.success() {
                    tracing::warn!(sound = ?current.sound, %status, "reading aloud failed");
                }
                let mut current = playing.take().expect("playing");
                kill_all(&mut current.children);
                *self.ended.borrow_mut() = Some(Ended { sound: current.sound, status });
                false
            }
            Err(error) => {
                tracing::warn!(sound = ?current.sound, %error, "lost track of the player");
                kill_all(&mut playing.take().expect("playing").children);
                false
            }
        }
    }

    /// What is playing and the ids of its processes (the synthesiser, then the player).
    pub fn playing(&self) -> Option<(Sound, Vec<u32>)> {
        let playing = self.playing.borrow();
        let current = playing.as_ref()?;
        Some((current.sound.clone(), current.children.iter().map(Child::id).collect()))
    }

    /// The last sound that ended by itself, and how its player ended (for tests and logs).
    pub fn last_ended(&self) -> Option<Ended> {
        self.ended.borrow().clone()
    }

    /// Stops now: forgets what was waiting, kills the processes and reaps them. Nothing happens
    /// when silent.
    pub fn stop(&self) {
        self.waiting.borrow_mut().clear();
        if let Some(mut current) = self.playing.borrow_mut().take() {
            kill_all(&mut current.children);
        }
    }
}

/// Kills and reaps every process (killing one that has just exited is harmless).
fn kill_all(children: &mut [Child]) {
    for child in children {
        let _ = child.kill();
        if let Err(error) = child.wait() {
            tracing::warn!(pid = child.id(), %error, "stopping read-aloud");
        }
    }
}

impl Drop for Speech {
    fn drop(&mut self) {
        self.stop();
    }
}

/// What the voice reads for a run of text: the non-empty parts in order, a paragraph each,
/// without Fluent's isolation marks. Labelled parts (tip, warning) are `(label, text)` and read
/// as "label: text".
pub fn script<'a>(parts: impl IntoIterator<Item = (Option<&'a str>, &'a str)>) -> String {
    let paragraphs: Vec<String> = parts
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(label, text)| match label {
            Some(label) => format!("{label}: {text}"),
            None => text.to_string(),
        })
        .collect();
    paragraphs.join("\n\n").replace(DIRECTION_MARKS, "")
}
