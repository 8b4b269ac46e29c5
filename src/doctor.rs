//! `lotsen doctor`: what library IT checks on the phone with the region, one plain line per check,
//! and a non-zero exit when any check fails.

use std::ffi::OsString;
use std::fmt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::{DateTime, Utc};

use lotsen_records::{MAX_CLOCK_SKEW, Settings};

/// The checks, in the order they are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    Display,
    Fonts,
    ReadAloud,
    Sound,
    Printer,
    Hub,
    Content,
    Disk,
    Clock,
}

impl Check {
    pub fn label(self) -> &'static str {
        match self {
            Check::Display => "Display",
            Check::Fonts => "Fonts",
            Check::ReadAloud => "Read aloud",
            Check::Sound => "Sound",
            Check::Printer => "Printer",
            Check::Hub => "Hub",
            Check::Content => "Guides",
            Check::Disk => "Disk",
            Check::Clock => "Clock",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// Worth knowing, not a fault (e.g. no printer: handouts are saved instead).
    Note,
    Fail,
}

/// One line of the doctor's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub check: Check,
    pub status: Status,
    pub text: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = match self.status {
            Status::Ok => "ok  ",
            Status::Note => "note",
            Status::Fail => "FAIL",
        };
        write!(f, "{status}  {}: {}", self.check.label(), self.text)
    }
}

/// The fonts the UI draws with (from `ui/fonts`), one per script family and weight.
pub const BUNDLED_FONTS: &[&str] = &[
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
];

/// Less free space than this under the data dir fails: the usage log and handouts need room.
pub const MIN_FREE_BYTES: u64 = 500 * 1024 * 1024;

/// What the doctor looks at; `from_environment` for the real kiosk, tests point it elsewhere.
#[derive(Debug, Clone)]
pub struct Doctor {
    pub content_dir: PathBuf,
    pub data_dir: PathBuf,
    pub settings: Settings,
    /// `WAYLAND_DISPLAY`, `XDG_RUNTIME_DIR` and `DISPLAY` as the kiosk would see them.
    pub wayland_display: Option<OsString>,
    pub runtime_dir: Option<PathBuf>,
    pub x_display: Option<OsString>,
    /// Where running processes are listed (for a cage compositor started by the service).
    pub proc_dir: PathBuf,
    pub espeak: OsString,
    /// The audio player (alsa-utils' aplay).
    pub aplay: OsString,
    pub lpstat: OsString,
    pub min_free_bytes: u64,
    pub timeout: Duration,
}

impl Doctor {
    pub fn from_environment(content_dir: PathBuf, data_dir: PathBuf, settings: Settings) -> Doctor {
        Doctor {
            content_dir,
            data_dir,
            settings,
            wayland_display: std::env::var_os("WAYLAND_DISPLAY"),
            runtime_dir: std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from),
            x_display: std::env::var_os("DISPLAY"),
            proc_dir: PathBuf::from("/proc"),
            espeak: crate::speech::PROGRAM.into(),
            aplay: crate::speech::PLAYER.into(),
            lpstat: "lpstat".into(),
            min_free_bytes: MIN_FREE_BYTES,
            timeout: Duration::from_secs(10),
        }
    }

    /// Runs every check, in order.
    pub fn run(&self) -> Vec<Finding> {
        let (hub, hub_clock) = self.hub();
        vec![
            self.display(),
            self.fonts(),
            self.read_aloud(),
            self.sound(),
            self.printer(),
            hub,
            self.content(),
            self.disk(),
            clock(hub_clock, Utc::now()),
        ]
    }

    fn display(&self) -> Finding {
        let finding = |status, text: String| Finding { check: Check::Display, status, text };
        if let Some(name) = &self.wayland_display {
            let socket = match &self.runtime_dir {
                Some(dir) => dir.join(name),
                None => PathBuf::from(name),
            };
            return match UnixStream::connect(&socket) {
                Ok(_) => finding(Status::Ok, format!("a Wayland compositor answers at {}", socket.display())),
                Err(error) => finding(
                    Status::Fail,
                    format!("WAYLAND_DISPLAY names {}, but no compositor answers there ({error})", socket.display()),
                ),
            };
        }
        if let Some(display) = &self.x_display {
            let display = display.to_string_lossy();
            let number = display.trim_start_matches(':').split('.').next().unwrap_or_default().to_owned();
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
            return match UnixStream::connect(&socket) {
                Ok(_) => finding(Status::Ok, format!("an X server answers on DISPLAY {display}")),
                Err(error) => finding(Status::Fail, format!("DISPLAY is {display}, but no X server answers ({error})")),
            };
        }
        match running_process(&self.proc_dir, "cage") {
            Some(pid) => finding(Status::Ok, format!("the cage kiosk compositor runs (process {pid})")),
            None => finding(
                Status::Fail,
                "no display: no cage compositor runs and neither WAYLAND_DISPLAY nor DISPLAY is set; start the kiosk with: systemctl start lotsen-kiosk".into(),
            ),
        }
    }

    fn fonts(&self) -> Finding {
        let dir = self.content_dir.join("ui").join("fonts");
        let broken: Vec<&str> = BUNDLED_FONTS.iter().copied().filter(|name| !is_font_file(&dir.join(name))).collect();
        if broken.is_empty() {
            Finding {
                check: Check::Fonts,
                status: Status::Ok,
                text: format!("all {} bundled fonts are in {}", BUNDLED_FONTS.len(), dir.display()),
            }
        } else {
            Finding {
                check: Check::Fonts,
                status: Status::Fail,
                text: format!(
                    "missing or damaged in {}: {} (Arabic, Persian or Tigrinya may show as boxes); reinstall the lotsen package",
                    dir.display(),
                    broken.join(", ")
                ),
            }
        }
    }

    /// The offered languages with their espeak-ng voice, if they have one.
    fn offered_voices(&self) -> Result<Vec<(String, Option<String>)>, String> {
        let mut problems = Vec::new();
        let locales = lotsen_guide::Locales::load(&self.content_dir.join("locales"), &mut problems)
            .map_err(|error| format!("{error:#}"))?;
        let offered: Vec<String> = if self.settings.languages.is_empty() {
            locales.codes().map(String::from).collect()
        } else {
            self.settings.languages.clone()
        };
        Ok(offered
            .into_iter()
            .map(|code| {
                let voice = locales.get(&code).and_then(|info| info.speech_voice.clone());
                (code, voice)
            })
            .collect())
    }

    fn read_aloud(&self) -> Finding {
        let finding = |status, text: String| Finding { check: Check::ReadAloud, status, text };
        let languages = match self.offered_voices() {
            Ok(languages) => languages,
            Err(error) => return finding(Status::Fail, format!("the languages cannot be read: {error}")),
        };
        let without: Vec<&str> =
            languages.iter().filter(|(_, voice)| voice.is_none()).map(|(code, _)| code.as_str()).collect();
        let with: Vec<(&str, &str)> =
            languages.iter().filter_map(|(code, voice)| voice.as_deref().map(|voice| (code.as_str(), voice))).collect();
        let none_note =
            if without.is_empty() { String::new() } else { format!("; no voice exists for {}", without.join(", ")) };
        if with.is_empty() {
            return finding(Status::Note, format!("no offered language has a voice{none_note}"));
        }
        let Some(speech) = crate::speech::Synthesiser::with_program(&self.espeak) else {
            return finding(
                Status::Fail,
                format!(
                    "espeak-ng does not run, so nothing is read aloud in {}; install it: apt install espeak-ng",
                    with.iter().map(|(code, _)| *code).collect::<Vec<_>>().join(", ")
                ),
            );
        };
        let scratch = match tempfile::tempdir() {
            Ok(dir) => dir,
            Err(error) => return finding(Status::Fail, format!("no temporary folder to try the voices in: {error}")),
        };
        let failing: Vec<String> = with
            .iter()
            .filter(|(code, voice)| !voice_speaks(&speech, voice, &scratch.path().join(format!("{code}.wav"))))
            .map(|(code, voice)| format!("{code} (voice {voice})"))
            .collect();
        let codes = with.iter().map(|(code, _)| *code).collect::<Vec<_>>().join(", ");
        if failing.is_empty() {
            finding(
                if without.is_empty() { Status::Ok } else { Status::Note },
                format!("voices work for {codes}{none_note}"),
            )
        } else {
            finding(Status::Fail, format!("espeak-ng cannot speak {}{none_note}", failing.join(", ")))
        }
    }

    /// Whether read-aloud can be heard: a sound card (or the ALSA device in `audio_device`) and
    /// aplay, as the kiosk decides whether to show the speaker button.
    fn sound(&self) -> Finding {
        let finding = |status, text: String| Finding { check: Check::Sound, status, text };
        let cards = self.proc_dir.join("asound/cards");
        match crate::speech::AudioOutput::find_with(&self.settings.audio_device, &cards, &self.aplay) {
            Ok(crate::speech::AudioOutput { device: Some(device) }) => {
                finding(Status::Ok, format!("read-aloud plays on the ALSA device {device:?} (audio_device)"))
            }
            Ok(crate::speech::AudioOutput { device: None }) => {
                let list = std::fs::read_to_string(&cards).unwrap_or_default();
                let card = list.lines().next().map(str::trim).unwrap_or_default().to_string();
                finding(Status::Ok, format!("read-aloud plays on the default sound card ({card})"))
            }
            Err(why) => finding(Status::Fail, format!("{why}; the speaker button is hidden")),
        }
    }

    fn printer(&self) -> Finding {
        let finding = |status, text: String| Finding { check: Check::Printer, status, text };
        let handouts = self.data_dir.join(crate::printing::HANDOUTS_DIR);
        let setup = crate::printing::PrintSetup {
            content_dir: self.content_dir.clone(),
            lotsen: PathBuf::new(),
            lp: "lp".into(),
            lpstat: self.lpstat.clone(),
        };
        let Some(printer) = setup.printer(&self.settings.printer) else {
            return finding(
                Status::Note,
                format!("none set up: printed guides are saved as PDF files in {}", handouts.display()),
            );
        };
        let output = Command::new(&self.lpstat).args(["-p", &printer]).stdin(Stdio::null()).output();
        match output {
            Ok(output) => {
                let text = String::from_utf8_lossy(&output.stdout);
                if output.status.success() && text.contains("enabled") {
                    finding(Status::Ok, format!("{printer} is ready"))
                } else if output.status.success() {
                    finding(Status::Fail, format!("{printer} is switched off in CUPS: {}", text.trim()))
                } else {
                    finding(
                        Status::Fail,
                        format!("{printer} is not known to CUPS: {}", String::from_utf8_lossy(&output.stderr).trim()),
                    )
                }
            }
            Err(error) => finding(Status::Fail, format!("{printer} is set, but CUPS (lpstat) does not run: {error}")),
        }
    }

    /// The hub check, and the hub's clock when it answered.
    fn hub(&self) -> (Finding, Option<DateTime<Utc>>) {
        let finding = |status, text: String| Finding { check: Check::Hub, status, text };
        let settings = &self.settings;
        if settings.hub_url.is_empty() {
            return (finding(Status::Note, "none set: statistics stay on this kiosk".into()), None);
        }
        match lotsen_records::check_hub(&settings.hub_url, &settings.hub_token, &settings.kiosk_id, self.timeout) {
            Ok(answer) => (
                finding(Status::Ok, format!("{} answers and accepts this kiosk's token", settings.hub_url)),
                answer.date,
            ),
            Err(problem) => (finding(Status::Fail, problem.to_string()), problem.hub_date()),
        }
    }

    fn content(&self) -> Finding {
        let finding = |status, text: String| Finding { check: Check::Content, status, text };
        match lotsen_guide::check(&self.content_dir.join("guides"), lotsen_audio::Depth::Whole) {
            Ok(report) if report.passed => finding(
                Status::Ok,
                format!(
                    "{} guides from {}, as shipped with lotsen {} (content updates are not signed in this version)",
                    guide_count(&self.content_dir.join("guides")),
                    self.content_dir.display(),
                    env!("CARGO_PKG_VERSION")
                ),
            ),
            Ok(_) => finding(
                Status::Fail,
                format!(
                    "the guides in {} have errors; `lotsen guides check` lists them",
                    self.content_dir.join("guides").display()
                ),
            ),
            Err(error) => finding(Status::Fail, format!("the guides cannot be read: {error:#}")),
        }
    }

    fn disk(&self) -> Finding {
        let finding = |status, text: String| Finding { check: Check::Disk, status, text };
        match free_bytes(&self.data_dir) {
            Ok(free) if free >= self.min_free_bytes => {
                finding(Status::Ok, format!("{} free for {}", megabytes(free), self.data_dir.display()))
            }
            Ok(free) => finding(
                Status::Fail,
                format!(
                    "only {} free for {} (needs {}): statistics and handouts may be lost",
                    megabytes(free),
                    self.data_dir.display(),
                    megabytes(self.min_free_bytes)
                ),
            ),
            Err(error) => {
                finding(Status::Fail, format!("cannot tell the free space of {}: {error}", self.data_dir.display()))
            }
        }
    }
}

/// The clock check against the hub's `Date`, when the hub answered.
pub fn clock(hub_date: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Finding {
    let finding = |status, text: String| Finding { check: Check::Clock, status, text };
    let local = now.format("%Y-%m-%d %H:%M UTC");
    let Some(hub_date) = hub_date else {
        return finding(Status::Note, format!("{local}; not compared with a hub"));
    };
    let skew = (now - hub_date).abs();
    let minutes = skew.num_minutes();
    if skew.to_std().unwrap_or(Duration::MAX) > MAX_CLOCK_SKEW {
        let direction = if now > hub_date { "ahead of" } else { "behind" };
        finding(
            Status::Fail,
            format!(
                "{local} is {minutes} minutes {direction} the hub's clock; set the time (timedatectl set-ntp true)"
            ),
        )
    } else {
        finding(Status::Ok, format!("{local}, within {} s of the hub's clock", skew.num_seconds()))
    }
}

fn voice_speaks(speech: &crate::speech::Synthesiser, voice: &str, wav: &Path) -> bool {
    let child = speech.command(voice, crate::speech::Output::WavFile(wav)).spawn();
    let Ok(mut child) = child else { return false };
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = stdin.write_all(b"Lotsen");
    }
    child.wait().is_ok_and(|status| status.success()) && std::fs::metadata(wav).is_ok_and(|m| m.len() > 44)
}

/// A TrueType or OpenType file: its first four bytes.
fn is_font_file(path: &Path) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 4];
    std::fs::File::open(path).and_then(|mut file| file.read_exact(&mut magic)).is_ok()
        && (magic == [0, 1, 0, 0] || &magic == b"OTTO" || &magic == b"true")
}

fn guide_count(guides_dir: &Path) -> usize {
    std::fs::read_dir(guides_dir)
        .map(|entries| entries.flatten().filter(|entry| entry.path().join("guide.toml").is_file()).count())
        .unwrap_or(0)
}

/// The pid of a running process with this command name, from `<proc>/<pid>/comm`.
fn running_process(proc_dir: &Path, name: &str) -> Option<u32> {
    std::fs::read_dir(proc_dir).ok()?.flatten().find_map(|entry| {
        let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
        let comm = std::fs::read_to_string(entry.path().join("comm")).ok()?;
        (comm.trim() == name).then_some(pid)
    })
}

/// Free bytes for an unprivileged user on the filesystem holding `dir` (or its nearest existing
/// parent, before the first start).
fn free_bytes(dir: &Path) -> std::io::Result<u64> {
    let existing = dir.ancestors().find(|path| path.exists()).unwrap_or(Path::new("/"));
    let stat = rustix::fs::statvfs(existing)?;
    Ok(stat.f_bavail.saturating_mul(stat.f_frsize))
}

fn megabytes(bytes: u64) -> String {
    format!("{} MB", bytes / (1024 * 1024))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_fails_beyond_ten_minutes_off_the_hub() {
        let hub = DateTime::parse_from_rfc3339("2026-11-30T12:00:00Z").unwrap().to_utc();
        let at = |minutes| hub + chrono::Duration::minutes(minutes);
        assert_eq!(clock(Some(hub), at(9)).status, Status::Ok);
        let ahead = clock(Some(hub), at(11));
        assert_eq!(ahead.status, Status::Fail);
        assert!(ahead.text.contains("11 minutes ahead of the hub"), "{}", ahead.text);
        assert!(clock(Some(hub), at(-30)).text.contains("30 minutes behind"));
        assert_eq!(clock(None, hub).status, Status::Note);
    }
}
