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

/// Copies `from` into `to`, folders and all.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
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
