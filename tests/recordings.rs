//! Recorded voices: a recording of a message plays instead of espeak-ng, through the real `aplay`
//! into ALSA's `null` device, in languages with a voice and without one; a broken recording
//! falls back to the voice; changing screen stops it. The recording is the generated test tone
//! (tests/fixtures/audio, `scripts/make-test-tone`), never a voice.

use std::path::{Path, PathBuf};

use crate::common::*;
use crate::speech::is_program;
use lotsen::read_aloud;
use lotsen::speech::{AudioOutput, Output, Say, Sound, Speech, Synthesiser};
use lotsen::ui::{Page, Session};
use lotsen_guide::Content;
use lotsen_records::Settings;
use slint::ComponentHandle;

/// The test tone: 1.5 s of 440 Hz, Ogg Vorbis.
pub fn test_tone() -> PathBuf {
    repo().join("tests/fixtures/audio/test-tone-not-a-voice-recording.ogg")
}

/// The bundled guides and UI text copied into a temporary folder, with `files` (paths inside
/// it) holding the test tone, or `broken` bytes when given.
pub fn content_with_recordings(files: &[&str], broken: Option<&[u8]>) -> (tempfile::TempDir, Content) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("guides"), &dir.path().join("guides"));
    copy_dir(&repo().join("locales"), &dir.path().join("locales"));
    for file in files {
        let path = dir.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        match broken {
            Some(bytes) => std::fs::write(&path, bytes).unwrap(),
            None => drop(std::fs::copy(test_tone(), &path).unwrap()),
        }
    }
    let content = Content::load(dir.path()).expect("content loads");
    (dir, content)
}

/// aplay is installed, or the test is skipped (a failure with LOTSEN_REQUIRE_ALL_TESTS=1).
fn aplay(test: &str) -> bool {
    installed_or_skip(test, AudioOutput::find("null").is_some(), "aplay", "alsa-utils")
}

/// Waits (real time) until nothing plays any more; a bound against hanging, not a speed test.
fn until_silent(speech: &Speech) {
    let started = std::time::Instant::now();
    while speech.is_speaking() {
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "still playing");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[test]
fn a_recording_plays_through_aplay_and_is_the_decoded_tone() {
    if !aplay("recording player") {
        return;
    }
    let speech = Speech::new(AudioOutput::find("null").unwrap(), None);
    let tone = test_tone();
    speech.play(&Sound::Recording(tone.clone()), Output::Speakers).unwrap();
    let (sound, pids) = speech.playing().expect("playing");
    assert_eq!(sound, Sound::Recording(tone.clone()));
    assert_eq!(pids.len(), 1);
    assert!(is_program(pids[0], "aplay"), "the real player");
    until_silent(&speech);
    let ended = speech.last_ended().expect("it ended by itself");
    assert_eq!(ended.sound, Sound::Recording(tone.clone()));
    assert!(ended.status.success(), "aplay took the whole WAV stream: {:?}", ended.status);

    // The same sound into a file: the samples decoded from the recording.
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("tone.wav");
    speech.play(&Sound::Recording(tone.clone()), Output::WavFile(&wav)).unwrap();
    let written: Vec<i16> = hound::WavReader::open(&wav).unwrap().samples::<i16>().map(Result::unwrap).collect();
    let decoded = lotsen_audio::decode(&tone).unwrap();
    assert_eq!(written, decoded.samples);
    assert_eq!(written.len(), 33_075, "1.5 s at 22,050 Hz");

    // Ogg Opus plays the same way.
    let opus = repo().join("tests/fixtures/audio/test-tone-opus-not-a-voice-recording.ogg");
    speech.play(&Sound::Recording(opus.clone()), Output::Speakers).unwrap();
    until_silent(&speech);
    let ended = speech.last_ended().unwrap();
    assert_eq!(ended.sound, Sound::Recording(opus));
    assert!(ended.status.success(), "{:?}", ended.status);
}

#[test]
fn in_somali_a_recorded_screen_has_a_speaker_that_plays_the_recording_and_others_have_none() {
    if !aplay("somali recording") {
        return;
    }
    let (dir, content) = content_with_recordings(&["locales/so/audio/home-title.ogg"], None);
    let kiosk = start_kiosk(content, Settings::default(), None);
    let window = kiosk.window();
    let session = window.global::<Session>();
    kiosk.choose_language("so");
    settle();
    assert_eq!(session.get_page(), Page::Home);
    let speaker = ui_text(&kiosk, "so", "read-aloud");
    assert!(session.get_can_read_aloud(), "home-title is recorded in Somali");
    let told_the_hub = kiosk.kiosk_facts().read_aloud;
    assert!(told_the_hub.contains(&"so".to_string()), "one recording counts: {told_the_hub:?}");
    assert!(!told_the_hub.contains(&"ti".to_string()), "no voice, no recording: {told_the_hub:?}");
    assert_eq!(buttons(window, &speaker).len(), 1);

    press(window, &speaker);
    assert!(session.get_reading_aloud());
    let speech = kiosk.speech().expect("plays into the null device");
    let recording = dir.path().join("locales/so/audio/home-title.ogg");
    let (sound, pids) = speech.playing().expect("the recording plays");
    assert_eq!(sound, Sound::Recording(recording.clone()));
    assert!(is_program(pids[0], "aplay"));
    until_silent(speech);
    let ended = speech.last_ended().unwrap();
    assert_eq!(ended.sound, Sound::Recording(recording));
    assert!(ended.status.success(), "{:?}", ended.status);
    wait_seconds(1);
    assert!(!session.get_reading_aloud(), "only the recording: Somali has no voice for the rest");

    kiosk.open_category("banking");
    settle();
    assert!(!session.get_can_read_aloud(), "nothing on the guide list is recorded");
    assert!(buttons(window, &speaker).is_empty(), "no speaker where nothing can be heard");
}

#[test]
fn in_swedish_a_recorded_message_plays_the_recording_instead_of_the_voice_and_a_new_screen_stops_it() {
    let (dir, content) = content_with_recordings(&["locales/sv/audio/home-title.ogg"], None);
    let recording = dir.path().join("locales/sv/audio/home-title.ogg");
    let kiosk = start_kiosk(content, Settings::default(), None);
    let window = kiosk.window();
    let session = window.global::<Session>();
    kiosk.choose_language("sv");
    settle();

    // The recording takes the place of the title; the voice reads the rest, not the title.
    let script = kiosk.screen_script();
    let says = read_aloud::sounds(&kiosk.content(), &script, |language| Some(language.to_string()));
    let Say::Recording { path, fallback } = &says[0] else { panic!("the title is recorded: {says:?}") };
    assert_eq!(path, &recording);
    assert!(fallback.as_ref().is_some_and(|v| v.text == ui_text(&kiosk, "sv", "home-title")), "{fallback:?}");
    let Say::Voice(rest) = &says[1] else { panic!("then the voice: {says:?}") };
    assert!(!rest.text.contains(&ui_text(&kiosk, "sv", "home-title")), "the title is not said twice: {rest:?}");
    assert!(rest.text.contains(&ui_text(&kiosk, "sv", "home-intro")), "{rest:?}");
    assert_eq!(says.len(), 2);

    if !aplay("swedish recording") || Synthesiser::find().is_none() {
        return;
    }
    press(window, &ui_text(&kiosk, "sv", "read-aloud"));
    assert!(session.get_reading_aloud());
    let speech = kiosk.speech().unwrap();
    let (sound, _) = speech.playing().expect("plays");
    assert_eq!(sound, Sound::Recording(recording.clone()), "the recording first, not espeak-ng");
    // The tone ends at once in the null device; then espeak-ng reads the rest.
    let started = std::time::Instant::now();
    let pids = loop {
        speech.is_speaking();
        if let Some((Sound::Voice(_), pids)) = speech.playing() {
            break pids;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(30), "the voice never took over");
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    assert_eq!(speech.last_ended().unwrap().sound, Sound::Recording(recording));

    kiosk.open_category("banking");
    settle();
    assert!(!session.get_reading_aloud(), "another screen stops the reading");
    assert_eq!(speech.playing(), None);
    assert!(!speech.is_speaking(), "and nothing waits its turn");
    for pid in pids {
        assert!(!Path::new(&format!("/proc/{pid}")).exists(), "{pid} was killed and reaped");
    }
}

#[test]
fn a_broken_recording_is_logged_and_the_voice_reads_instead_or_nothing_and_the_kiosk_goes_on() {
    if !aplay("broken recording") {
        return;
    }
    let files = ["locales/sv/audio/home-title.ogg", "locales/so/audio/home-title.ogg"];
    let (_dir, content) = content_with_recordings(&files, Some(b"not audio, only text in an .ogg file"));
    let kiosk = start_kiosk(content, Settings::default(), None);
    let window = kiosk.window();
    let session = window.global::<Session>();
    kiosk.choose_language("so");
    settle();
    press(window, &ui_text(&kiosk, "so", "read-aloud"));
    let speech = kiosk.speech().unwrap();
    assert_eq!(speech.playing(), None, "Somali: nothing to fall back to, so silence");
    wait_seconds(1);
    assert!(!session.get_reading_aloud());
    kiosk.open_category("banking");
    settle();
    assert_eq!(session.get_page(), Page::GuideList, "the kiosk goes on");

    if Synthesiser::find().is_none() {
        return;
    }
    kiosk.reset();
    settle();
    kiosk.choose_language("sv");
    settle();
    assert_eq!(session.get_page(), Page::Home);
    press(window, &ui_text(&kiosk, "sv", "read-aloud"));
    let (sound, _) = speech.playing().expect("the voice instead");
    let Sound::Voice(voiced) = sound else { panic!("{sound:?}") };
    assert_eq!(voiced.text, ui_text(&kiosk, "sv", "home-title"), "the broken recording's text, by the voice");
}

/// The fixture guides and the real UI text in a temporary content folder.
fn fixture_content_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture_guides(), &dir.path().join("guides"));
    copy_dir(&repo().join("locales"), &dir.path().join("locales"));
    dir
}

/// `lotsen ARGS…`: whether it succeeded, and what it printed.
fn lotsen(args: &[&str], dir: &Path) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lotsen"))
        .args(args)
        .arg(if args[1] == "check" { dir.join("guides") } else { dir.to_path_buf() })
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), said)
}

fn put(dir: &Path, path: &str, from: &Path) -> PathBuf {
    let target = dir.join(path);
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(from, &target).unwrap();
    target
}

/// The coverage line of `language` in a check's output.
fn coverage_of<'a>(said: &'a str, language: &str) -> &'a str {
    let prefix = format!("  {language}: ");
    said.lines().find(|line| line.starts_with(&prefix)).unwrap_or_else(|| panic!("no {language} line: {said}"))
}

#[test]
fn the_checker_counts_recordings_per_language_and_flags_unstamped_stale_and_orphaned_ones() {
    let dir = fixture_content_dir();
    let title = put(dir.path(), "guides/sample-errand/audio/sv/title.ogg", &test_tone());
    let home = put(dir.path(), "locales/so/audio/home-title.ogg", &test_tone());
    let step = put(dir.path(), "guides/sample-practice/audio/sv/try-it.title.ogg", &test_tone());
    let check = ["guides", "check"];

    let (passed, said) = lotsen(&check, dir.path());
    assert!(passed, "recordings never stamped warn, they do not fail: {said}");
    assert!(coverage_of(&said, "sv").contains(": 2 of "), "{said}");
    assert!(coverage_of(&said, "so").contains(": 1 of "), "{said}");
    assert!(coverage_of(&said, "en").contains(": 0 of "), "{said}");
    for path in [&title, &home, &step] {
        let line =
            said.lines().find(|l| l.starts_with(&path.display().to_string())).unwrap_or_else(|| panic!("{said}"));
        assert!(line.contains("not stamped") && line.ends_with("[warning]"), "{line}");
    }
    assert!(said.contains("lotsen guides audio-stamp sample-errand sv title`"), "says what to run: {said}");
    assert!(said.contains("lotsen guides audio-stamp ui so home-title`"), "{said}");

    for (target, language, message) in
        [("sample-errand", "sv", "title"), ("ui", "so", "home-title"), ("sample-practice", "sv", "try-it.title")]
    {
        let (stamped, said) =
            lotsen(&["guides", "audio-stamp", target, language, message, "--content-dir"], dir.path());
        assert!(stamped, "{said}");
        assert!(said.contains("1.5 s"), "{said}");
    }
    let (_, said) = lotsen(&["guides", "audio-stamp", "sample-errand", "sv", "title", "--content-dir"], dir.path());
    assert!(said.contains("Ett provärende"), "shows the text it says: {said}");
    let manifest = std::fs::read_to_string(dir.path().join("guides/sample-errand/audio/sv/recordings.toml")).unwrap();
    assert!(manifest.contains("title = \""), "{manifest}");
    let (passed, said) = lotsen(&check, dir.path());
    assert!(passed && !said.contains(".ogg:"), "stamped: nothing to say about them: {said}");

    // The text changes after recording: the recording is stale.
    let sv = dir.path().join("guides/sample-errand/sv.ftl");
    let text = std::fs::read_to_string(&sv).unwrap().replace("title = Ett provärende", "title = Ett nytt provärende");
    std::fs::write(&sv, text).unwrap();
    // A recording of a message that no longer exists.
    let orphan = put(dir.path(), "guides/sample-errand/audio/sv/old-step.title.ogg", &test_tone());
    let (passed, said) = lotsen(&check, dir.path());
    assert!(passed, "{said}");
    let stale = said.lines().find(|l| l.starts_with(&title.display().to_string())).unwrap_or_else(|| panic!("{said}"));
    assert!(stale.contains("recorded before the text changed"), "{stale}");
    assert!(coverage_of(&said, "sv").contains("(1 recorded before the text changed)"), "{said}");
    let gone = said.lines().find(|l| l.starts_with(&orphan.display().to_string())).unwrap_or_else(|| panic!("{said}"));
    assert!(gone.contains("old-step.title, which the sv text no longer has"), "{gone}");
    assert!(coverage_of(&said, "sv").contains(": 2 of "), "an orphan is not counted: {said}");
}

#[test]
fn the_checker_fails_on_a_recording_that_does_not_decode_and_takes_opus() {
    let dir = fixture_content_dir();
    let broken = dir.path().join("locales/so/audio/home-intro.ogg");
    std::fs::create_dir_all(broken.parent().unwrap()).unwrap();
    std::fs::write(&broken, b"text saved as .ogg").unwrap();
    let opus = repo().join("tests/fixtures/audio/test-tone-opus-not-a-voice-recording.ogg");
    let opus = put(dir.path(), "guides/sample-errand/audio/en/title.ogg", &opus);
    let wav = dir.path().join("guides/sample-errand/audio/en/summary.wav");
    std::fs::write(&wav, lotsen_audio::decode(&test_tone()).unwrap().to_wav()).unwrap();

    let (passed, said) = lotsen(&["guides", "check"], dir.path());
    assert!(!passed, "{said}");
    let line = |path: &Path| {
        said.lines().find(|l| l.starts_with(&path.display().to_string())).unwrap_or_else(|| panic!("{path:?}: {said}"))
    };
    assert!(line(&broken).contains("not an Ogg file") && line(&broken).ends_with("[error]"), "{said}");
    assert!(line(&opus).contains("not stamped") && line(&opus).ends_with("[warning]"), "Opus plays: {said}");
    assert!(coverage_of(&said, "en").contains(": 1 of "), "{said}");
    assert!(line(&wav).contains("not played") && line(&wav).ends_with("[warning]"), "{said}");
    assert!(coverage_of(&said, "so").contains(": 0 of "), "{said}");

    let (stamped, said) = lotsen(&["guides", "audio-stamp", "ui", "so", "home-intro", "--content-dir"], dir.path());
    assert!(!stamped && said.contains(&broken.display().to_string()), "{said}");
    let (stamped, said) =
        lotsen(&["guides", "audio-stamp", "ui", "so", "no-such-message", "--content-dir"], dir.path());
    assert!(!stamped && said.contains("has no message no-such-message"), "{said}");
}

#[test]
fn a_recording_of_a_language_s_own_name_plays_on_the_language_screen() {
    let (dir, content) = content_with_recordings(&["locales/so/audio/language-name.ogg"], None);
    let kiosk = start_kiosk(content, Settings::default(), None);
    assert_eq!(kiosk.window().global::<Session>().get_page(), Page::Language);
    let in_language = |code: &str| {
        let script: Vec<_> = kiosk.screen_script().into_iter().filter(|u| u.language == code).collect();
        assert_eq!(script.len(), 1, "{code}: one button");
        read_aloud::sounds(&kiosk.content(), &script, |_| None)
    };
    // Somali has no voice: its name, recorded, is heard; "choose this language" is not recorded.
    let says = in_language("so");
    let [Say::Recording { path, .. }] = says.as_slice() else { panic!("the name's recording only: {says:?}") };
    assert_eq!(path, &dir.path().join("locales/so/audio/language-name.ogg"));
    assert!(in_language("ti").is_empty(), "nothing recorded in Tigrinya, and no voice");
}

#[test]
fn the_checker_counts_a_recorded_language_name_and_stamps_it_against_locale_toml() {
    let dir = fixture_content_dir();
    let name = put(dir.path(), "locales/so/audio/language-name.ogg", &test_tone());
    let check = ["guides", "check"];
    let line_of = |said: &str| {
        said.lines().find(|l| l.starts_with(&name.display().to_string())).map(String::from).unwrap_or_default()
    };

    let (passed, said) = lotsen(&check, dir.path());
    assert!(passed, "{said}");
    assert!(coverage_of(&said, "so").starts_with("  so: 1 of "), "counted: {said}");
    assert!(line_of(&said).contains("not stamped"), "not an orphan: {said}");

    let (stamped, said) = lotsen(&["guides", "audio-stamp", "ui", "so", "language-name", "--content-dir"], dir.path());
    assert!(stamped && said.contains("Soomaali"), "stamped as saying the name in locale.toml: {said}");
    let (_, said) = lotsen(&check, dir.path());
    assert_eq!(line_of(&said), "", "stamped: {said}");

    let locale = dir.path().join("locales/so/locale.toml");
    let text = std::fs::read_to_string(&locale).unwrap().replace("Soomaali", "Af-Soomaali");
    std::fs::write(&locale, text).unwrap();
    let (_, said) = lotsen(&check, dir.path());
    assert!(line_of(&said).contains("recorded before the text changed"), "the name changed: {said}");
}
