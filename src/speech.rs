//! Read-aloud: the current step spoken by espeak-ng. It runs as a separate process (which also
//! keeps its GPL-3 code out of our binary) reading the text from stdin, so stopping is killing
//! the child. Languages with no espeak-ng voice (`speech_voice` missing in `locale.toml`) get no
//! speaker button rather than a wrong-language voice.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use anyhow::{Context, Result};
use slint::{Model, SharedString};

use crate::ui::{PracticeItem, StepItem};

/// The speech synthesiser looked up on `PATH`.
pub const PROGRAM: &str = "espeak-ng";
/// espeak-ng's default is 175 words a minute; a little slower is easier to follow for someone
/// reading along in a language they are still learning.
const WORDS_PER_MINUTE: &str = "150";

/// Fluent wraps every placeable in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, and right-to-left
/// text starts each line with a RIGHT-TO-LEFT MARK and wraps Latin runs in LEFT-TO-RIGHT ISOLATE …
/// POP DIRECTIONAL ISOLATE (see `i18n`): layout marks a synthesiser may read out as symbols.
const DIRECTION_MARKS: [char; 4] = ['\u{2068}', '\u{2066}', '\u{2069}', '\u{200F}'];

/// Where the speech goes.
#[derive(Debug, Clone, Copy)]
pub enum Output<'a> {
    /// The default audio device.
    Speakers,
    /// A WAV file (for tests and for checking a voice without speakers).
    WavFile(&'a Path),
}

/// The synthesiser, the utterance in progress, if any, and those waiting their turn (the
/// language screen reads each language in its own voice).
#[derive(Debug)]
pub struct Speech {
    program: OsString,
    speaking: RefCell<Option<Child>>,
    /// (voice, text) to speak after the one in progress, in order.
    waiting: RefCell<VecDeque<(String, String)>>,
}

impl Speech {
    /// espeak-ng from `PATH`, or `None` (with one log line) when it is not installed, so the
    /// speaker button is hidden.
    pub fn find() -> Option<Speech> {
        Speech::with_program(PROGRAM)
    }

    /// The synthesiser at `program`, if it runs (`--version` succeeds).
    pub fn with_program(program: impl AsRef<OsStr>) -> Option<Speech> {
        let program = program.as_ref().to_os_string();
        let runs = Command::new(&program).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status();
        match runs {
            Ok(status) if status.success() => {
                Some(Speech { program, speaking: RefCell::default(), waiting: RefCell::default() })
            }
            Ok(status) => {
                tracing::warn!(program = ?program, %status, "speech synthesiser fails; read-aloud is hidden");
                None
            }
            Err(error) => {
                tracing::info!(program = ?program, %error, "no speech synthesiser; read-aloud is hidden");
                None
            }
        }
    }

    /// The command that speaks stdin with `voice` (an espeak-ng voice name, e.g. `sv`).
    pub fn command(&self, voice: &str, output: Output) -> Command {
        let mut command = Command::new(&self.program);
        command.args(["-v", voice, "-s", WORDS_PER_MINUTE, "--stdin"]);
        if let Output::WavFile(path) = output {
            command.arg("-w").arg(path);
        }
        // ALSA chatter on stderr would flood the kiosk log; a failure shows in the exit status.
        command.stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::null());
        command
    }

    /// Starts speaking `text`, cutting off whatever was being spoken. Returns at once.
    pub fn speak(&self, voice: &str, text: &str, output: Output) -> Result<()> {
        self.stop();
        self.start(voice, text, output)
    }

    fn start(&self, voice: &str, text: &str, output: Output) -> Result<()> {
        let mut command = self.command(voice, output);
        let mut child = command.spawn().with_context(|| format!("starting {command:?}"))?;
        // A step is a few kB, far below the pipe buffer, so this does not wait for the speech.
        let written = child.stdin.take().context("stdin of the synthesiser")?.write_all(text.as_bytes());
        if let Err(error) = written {
            let _ = child.kill();
            let _ = child.wait();
            return Err(error).with_context(|| format!("sending the text to {command:?}"));
        }
        *self.speaking.borrow_mut() = Some(child);
        Ok(())
    }

    /// Speaks each `(voice, text)` in turn to the speakers, cutting off whatever was being
    /// spoken; the next starts when [`Speech::is_speaking`] sees the previous one end.
    pub fn speak_all(&self, utterances: impl IntoIterator<Item = (String, String)>) -> Result<()> {
        self.stop();
        *self.waiting.borrow_mut() = utterances.into_iter().collect();
        self.speak_next()
    }

    fn speak_next(&self) -> Result<()> {
        let next = self.waiting.borrow_mut().pop_front();
        match next {
            Some((voice, text)) => self.start(&voice, &text, Output::Speakers),
            None => Ok(()),
        }
    }

    /// True while an utterance is still being spoken or waits its turn; starts the next one
    /// when the one in progress has ended.
    pub fn is_speaking(&self) -> bool {
        if self.current_is_speaking() {
            return true;
        }
        while !self.waiting.borrow().is_empty() {
            if let Err(error) = self.speak_next() {
                tracing::warn!("reading aloud: {error:#}");
                continue;
            }
            return true;
        }
        false
    }

    /// True while the utterance in progress is being spoken. A synthesiser that ended with an
    /// error is logged here.
    fn current_is_speaking(&self) -> bool {
        let mut speaking = self.speaking.borrow_mut();
        let Some(child) = speaking.as_mut() else { return false };
        match child.try_wait() {
            Ok(None) => true,
            Ok(Some(status)) => {
                if !status.success() {
                    tracing::warn!(program = ?self.program, %status, "reading aloud failed");
                }
                *speaking = None;
                false
            }
            Err(error) => {
                tracing::warn!(program = ?self.program, %error, "lost track of the synthesiser");
                *speaking = None;
                false
            }
        }
    }

    /// The process id of the utterance in progress (for tests and logs).
    pub fn speaking_pid(&self) -> Option<u32> {
        self.speaking.borrow().as_ref().map(Child::id)
    }

    /// Stops speaking now: forgets what was waiting, kills the synthesiser and reaps it.
    /// Nothing happens when silent.
    pub fn stop(&self) {
        self.waiting.borrow_mut().clear();
        let Some(mut child) = self.speaking.borrow_mut().take() else { return };
        // Killing a child that has just exited is harmless; waiting reaps it either way.
        let _ = child.kill();
        if let Err(error) = child.wait() {
            tracing::warn!(program = ?self.program, %error, "stopping the synthesiser");
        }
    }
}

impl Drop for Speech {
    fn drop(&mut self) {
        self.stop();
    }
}

/// What is read for a step: the non-empty parts in order, a paragraph each, without Fluent's
/// isolation marks. Labelled parts (tip, warning) are `(label, text)` and read as "label: text".
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

/// What is read for the step on screen: title, body, tip and warning, and on a practice step the
/// simulated screen, its choices and, once chosen, the verdict and why. `label` gives the UI text
/// for a key in the visitor's language.
pub fn step_script(step: &StepItem, practice: &PracticeItem, label: impl Fn(&str) -> String) -> String {
    let (tip, warning) = (label("tip"), label("warning"));
    let verdict = label(if practice.correct { "practice-right" } else { "practice-wrong" });
    let choices: Vec<SharedString> = practice.choices.iter().collect();
    let mut parts = vec![
        (None, step.title.as_str()),
        (None, step.body.as_str()),
        (Some(tip.as_str()), step.tip.as_str()),
        (Some(warning.as_str()), step.warning.as_str()),
        (None, practice.prompt.as_str()),
    ];
    parts.extend(choices.iter().map(|choice| (None, choice.as_str())));
    if practice.answered {
        parts.push((Some(verdict.as_str()), practice.feedback.as_str()));
    }
    script(parts)
}
