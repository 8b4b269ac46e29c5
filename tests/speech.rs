//! Read-aloud with the real espeak-ng: the voice per bundled language, real WAV output, stopping,
//! and the speaker button in the kiosk UI.

use std::path::Path;

use crate::common::*;
use lotsen::speech::{self, AudioOutput, NoSound, Output, Sound, Speech, Synthesiser, Voiced};
use lotsen::ui::{Page, Session};
use lotsen_records::Settings;
use slint::ComponentHandle;

/// espeak-ng, or `None` after printing why the test is skipped (a failure instead when
/// LOTSEN_REQUIRE_ALL_TESTS=1).
fn espeak(test: &str) -> Option<Synthesiser> {
    let synthesiser = Synthesiser::find();
    installed_or_skip(test, synthesiser.is_some(), "espeak-ng", "espeak-ng").then_some(synthesiser).flatten()
}

/// Read-aloud into ALSA's `null` device with espeak-ng, or `None` after saying why the test is
/// skipped.
fn speech_with_voice(test: &str) -> Option<Speech> {
    let synthesiser = espeak(test)?;
    let output = AudioOutput::find("null");
    installed_or_skip(test, output.is_some(), "aplay", "alsa-utils").then_some(Speech::new(output?, Some(synthesiser)))
}

/// The voice names `espeak-ng --voices` lists (second column).
fn installed_voices() -> Vec<String> {
    let listing = std::process::Command::new(speech::PROGRAM).arg("--voices").output().expect("espeak-ng --voices");
    String::from_utf8_lossy(&listing.stdout)
        .lines()
        .skip(1)
        .filter_map(|line| line.split_whitespace().nth(1).map(String::from))
        .collect()
}

#[test]
fn every_language_with_a_voice_speaks_with_an_installed_voice_and_somali_and_tigrinya_have_none() {
    let content = bundled_content();
    let locales = &content.chrome.locales;
    for code in ["so", "ti"] {
        let locale = locales.get(code).expect("bundled");
        assert_eq!(locale.speech_voice, None, "{code}: espeak-ng has no voice for it; the button must stay hidden");
    }
    let with_voice: Vec<_> = locales.list.iter().filter(|l| l.speech_voice.is_some()).collect();
    assert_eq!(with_voice.len(), locales.list.len() - 2, "every other bundled language has a voice");

    let Some(synthesiser) = espeak("voices") else { return };
    let installed = installed_voices();
    let wav = Path::new("step.wav");
    for locale in with_voice {
        let voice = locale.speech_voice.as_deref().unwrap();
        assert!(installed.iter().any(|v| v == voice), "{}: voice {voice:?} is not in espeak-ng --voices", locale.code);
        for output in [Output::Speakers, Output::WavFile(wav)] {
            let command = synthesiser.command(voice, output);
            assert_eq!(command.get_program(), speech::PROGRAM);
            let args: Vec<&str> = command.get_args().map(|a| a.to_str().unwrap()).collect();
            assert!(args.windows(2).any(|pair| pair == ["-v", voice]), "{}: {args:?}", locale.code);
            assert!(args.contains(&"--stdin"), "the text goes through stdin, never the command line: {args:?}");
            let writes_wav = args.windows(2).any(|pair| pair == ["-w", "step.wav"]);
            assert_eq!(writes_wav, matches!(output, Output::WavFile(_)), "{args:?}");
            assert_eq!(args.contains(&"--stdout"), !writes_wav, "to the speakers through the player: {args:?}");
        }
    }
}

#[test]
fn a_missing_synthesiser_means_no_voice() {
    assert!(Synthesiser::with_program("/nonexistent/espeak-ng").is_none());
}

#[test]
fn without_a_sound_card_or_a_named_device_nothing_plays() {
    let dir = tempfile::tempdir().unwrap();
    let cards = dir.path().join("cards");
    let installed = AudioOutput::find("null").is_some();
    if !installed_or_skip("sound device", installed, "aplay", "alsa-utils") {
        return;
    }
    let no_card = Err(NoSound::NoCard { cards: cards.clone() });
    assert_eq!(AudioOutput::find_with("", &cards, "aplay"), no_card, "no card list (no /proc/asound)");
    std::fs::write(&cards, "--- no soundcards ---\n").unwrap();
    assert_eq!(AudioOutput::find_with("", &cards, "aplay"), no_card, "the list says none");
    std::fs::write(&cards, " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n    HDA Intel PCH at 0xf7f10000 irq 32\n")
        .unwrap();
    assert_eq!(AudioOutput::find_with("", &cards, "aplay"), Ok(AudioOutput { device: None }), "a card: ALSA's default");
    assert_eq!(
        AudioOutput::find_with("null", Path::new("/nonexistent"), "aplay"),
        Ok(AudioOutput { device: Some("null".into()) }),
        "a named device is used without looking for a card"
    );
    let no_player = AudioOutput::find_with("null", &cards, "/nonexistent/aplay").unwrap_err();
    assert!(matches!(no_player, NoSound::NoPlayer { .. }), "no player, nothing plays");
    assert!(no_player.to_string().contains("apt install alsa-utils"), "{no_player}");
}

#[test]
fn the_script_skips_empty_parts_labels_tips_and_drops_fluent_isolation_marks() {
    let script = speech::script([
        (None, "Öppna \u{2068}BankID\u{2069}"),
        (None, "Tryck på \u{2068}Logga in\u{2069}."),
        (Some("Tips"), "  "),
        (Some("Varning"), "Ge aldrig din kod till någon."),
    ]);
    assert!(!script.contains(['\u{2068}', '\u{2069}']), "{script:?}");
    assert!(script.starts_with("Öppna BankID"), "{script:?}");
    assert!(script.contains("Logga in"), "{script:?}");
    assert!(!script.contains("Tips"), "an empty tip is not announced: {script:?}");
    assert!(script.contains("Varning: Ge aldrig"), "{script:?}");
}

#[test]
fn a_real_step_is_spoken_to_a_wav_file_in_every_language_with_a_voice() {
    let Some(speech) = speech_with_voice("wav") else { return };
    let content = bundled_content();
    let guide = content.catalogue.guide("bankid-get").expect("bankid-get is bundled");
    let dir = tempfile::tempdir().unwrap();
    for locale in content.chrome.locales.list.iter().filter(|l| l.speech_voice.is_some()) {
        let chain = content.chrome.locales.chain(&locale.code);
        let step = &guide.steps[0].id;
        let text = speech::script([
            (None, guide.text(&chain, step, Some("title")).as_str()),
            (None, guide.text(&chain, step, Some("body")).as_str()),
        ]);
        let wav = dir.path().join(format!("{}.wav", locale.code));
        let voice = Voiced { voice: locale.speech_voice.clone().unwrap(), text };
        speech.play(&Sound::Voice(voice), Output::WavFile(&wav)).unwrap();
        while speech.is_speaking() {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let bytes = std::fs::read(&wav).unwrap_or_else(|e| panic!("{}: {}: {e}", locale.code, wav.display()));
        assert!(bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WAVE", "{}: not a WAV file", locale.code);
        // 44 bytes of header; a spoken step is at least a second of 22 kHz 16-bit audio.
        assert!(bytes.len() > 44_100, "{}: only {} bytes of audio", locale.code, bytes.len());
    }
}

#[test]
fn stop_kills_the_synthesiser_and_the_player_mid_sentence() {
    let Some(speech) = speech_with_voice("stop") else { return };
    // About 40 kB of text: minutes of speech, seconds to synthesise, still within a pipe buffer.
    let long_text = "Detta är en lång mening som läses upp för att hålla talet igång. ".repeat(600);
    speech.play(&Sound::Voice(Voiced { voice: "sv".into(), text: long_text }), Output::Speakers).unwrap();
    let (_, pids) = speech.playing().expect("speaking");
    assert_eq!(pids.len(), 2, "espeak-ng | aplay");
    assert!(is_program(pids[0], "espeak-ng"));
    assert!(is_program(pids[1], "aplay"));
    assert!(speech.is_speaking());

    speech.stop();
    assert!(!speech.is_speaking());
    assert_eq!(speech.playing(), None);
    for pid in pids {
        assert!(!Path::new(&format!("/proc/{pid}")).exists(), "the child {pid} was killed and reaped");
    }
    speech.stop(); // stopping when silent is harmless
}

/// Whether process `pid` runs (or ran: ended but not yet reaped) `program`. A child just spawned
/// may still show its parent's name for a moment, so this looks again for up to 5 s.
pub fn is_program(pid: u32, program: &str) -> bool {
    let name = || std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default().trim().to_string();
    let started = std::time::Instant::now();
    while name() != program {
        if started.elapsed() > std::time::Duration::from_secs(5) {
            println!("process {pid} is {:?}, not {program}", name());
            return false;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    true
}

#[test]
fn the_speaker_button_reads_the_step_and_moving_on_stops_it() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let window = kiosk.window();
    let session = window.global::<Session>();

    begin_guide(&kiosk, "so", "bankid-get");
    assert!(!session.get_can_read_aloud(), "Somali has no voice");
    assert!(buttons(window, &ui_text(&kiosk, "so", "read-aloud")).is_empty());

    kiosk.show_languages();
    kiosk.choose_language("sv");
    settle();
    assert_eq!(session.get_page(), Page::Step);
    let Some(_) = espeak("speaker button") else {
        assert!(!session.get_can_read_aloud(), "no espeak-ng, no button");
        return;
    };
    assert!(session.get_can_read_aloud());
    press(window, &ui_text(&kiosk, "sv", "read-aloud"));
    assert!(session.get_reading_aloud());
    assert_eq!(buttons(window, &ui_text(&kiosk, "sv", "stop-reading")).len(), 1, "the button now stops");

    press(window, &ui_text(&kiosk, "sv", "next"));
    assert!(!session.get_reading_aloud(), "the next step stops reading the previous one");

    press(window, &ui_text(&kiosk, "sv", "read-aloud"));
    assert!(session.get_reading_aloud());
    press(window, &ui_text(&kiosk, "sv", "stop-reading"));
    assert!(!session.get_reading_aloud(), "pressed again: stops");

    press(window, &ui_text(&kiosk, "sv", "read-aloud"));
    kiosk.reset();
    settle();
    assert!(!session.get_reading_aloud(), "the idle reset stops reading");
}

/// Text as it is spoken: without the direction marks the screen needs.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}', '\u{2066}', '\u{200f}'], "")
}

/// The one speaker button on screen, in the visitor's language.
fn speaker(kiosk: &lotsen::controller::Controller, language: &str) -> usize {
    buttons(kiosk.window(), &ui_text(kiosk, language, "read-aloud")).len()
}

#[test]
fn every_screen_and_dialog_has_a_speaker_that_reads_what_is_on_it_and_a_new_screen_stops_it() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let window = kiosk.window();
    let session = window.global::<Session>();
    let Some(_) = espeak("speaker everywhere") else { return };
    let content = kiosk.content();
    let said = |what: &str| {
        kiosk.screen_script().iter().map(|u| u.text()).collect::<Vec<_>>().join("\n").contains(&plain(what))
    };

    // The language screen: each language in itself, its name and "choose this language".
    assert_eq!(speaker(&kiosk, "sv"), 1, "the language screen");
    let script = kiosk.screen_script();
    for code in ["sv", "ar", "fa", "uk", "fi", "so", "ti"] {
        let locale = content.chrome.locales.get(code).unwrap();
        let own = script.iter().find(|u| u.language == code).unwrap_or_else(|| panic!("{code} is not read"));
        assert!(own.text().contains(&plain(&locale.name)), "{code}: {own:?}");
        assert!(own.text().contains(&plain(&ui_text(&kiosk, code, "choose-this-language"))), "{code}: {own:?}");
    }

    kiosk.choose_language("fa");
    settle();
    assert_eq!(speaker(&kiosk, "fa"), 1, "home");
    assert!(said(&ui_text(&kiosk, "fa", "home-title")) && said(&ui_text(&kiosk, "fa", "category-banking")));
    press(window, &ui_text(&kiosk, "fa", "read-aloud"));
    assert!(session.get_reading_aloud());
    kiosk.open_category("banking");
    settle();
    assert!(!session.get_reading_aloud(), "another screen stops the reading");
    assert_eq!(speaker(&kiosk, "fa"), 1, "the guide list");
    let chain = content.chrome.locales.chain("fa");
    for guide in content.catalogue.in_category(lotsen_guide::Category::Banking) {
        assert!(said(&guide.text(&chain, "title", None)), "{}: its title is read", guide.id);
        assert!(said(&content.chrome.count("fa", "duration", guide.minutes.into())), "{}: its minutes", guide.id);
    }

    kiosk.open_guide("bank-scams");
    settle();
    assert_eq!(speaker(&kiosk, "fa"), 1, "needs");
    assert!(said(&ui_text(&kiosk, "fa", "needs-title")));
    kiosk.start_steps();
    let guide = content.catalogue.guide("bank-scams").unwrap();
    let quiz = guide.steps.iter().position(|s| s.practice.is_some()).unwrap();
    for _ in 0..quiz {
        kiosk.next();
    }
    settle();
    assert_eq!(speaker(&kiosk, "fa"), 1, "a practice step");
    assert!(said(&guide.text(&chain, &guide.steps[quiz].id, Some("screen"))));
    kiosk.choose_practice(0);
    settle();
    assert!(
        said(&ui_text(&kiosk, "fa", "practice-wrong")) || said(&ui_text(&kiosk, "fa", "practice-right")),
        "the feedback is read"
    );

    // Dialogs: the speaker reads the dialog, and opening or closing one stops the reading.
    press(window, &ui_text(&kiosk, "fa", "read-aloud"));
    assert!(session.get_reading_aloud());
    kiosk.set_help_open(true);
    settle();
    assert!(!session.get_reading_aloud(), "the dialog stops the reading of the screen under it");
    assert_eq!(speaker(&kiosk, "fa"), 1, "the help dialog has its own speaker");
    assert!(said(&ui_text(&kiosk, "fa", "help-body")) && !said(&ui_text(&kiosk, "fa", "practice-wrong")));
    kiosk.set_help_open(false);
    settle();

    // (That the idle question stops a reading is the session's unit test: without a sound
    // card espeak-ng ends at once, so here a reading does not last the two minutes.)
    // After "Ask a librarian" the idle question waits the help pause first.
    let settings = Settings::default();
    wait_seconds(settings.help_pause_secs + settings.idle_timeout_secs);
    settle();
    assert!(session.get_idle_open(), "the idle question");
    assert_eq!(speaker(&kiosk, "fa"), 1, "the idle question has a speaker");
    assert!(said(&ui_text(&kiosk, "fa", "idle-title")));
    press(window, &ui_text(&kiosk, "fa", "read-aloud"));
    assert!(session.get_reading_aloud());
    kiosk.reset();
    settle();
    assert!(!session.get_reading_aloud(), "the idle reset stops the reading");
}

#[test]
fn with_the_speaker_on_the_language_screen_a_tap_says_the_language_and_a_second_chooses_it() {
    let kiosk = start_kiosk(bundled_content(), Settings::default(), None);
    let window = kiosk.window();
    let session = window.global::<Session>();
    let Some(_) = espeak("language speaker") else { return };
    press(window, &ui_text(&kiosk, "sv", "read-aloud"));
    assert!(session.get_speaker_on() && session.get_reading_aloud());
    let arabic = kiosk.content().chrome.locales.get("ar").unwrap().name.clone();
    press(window, &arabic);
    assert_eq!(session.get_page(), Page::Language, "the first tap only says the language");
    assert!(session.get_reading_aloud(), "it is being said");
    press(window, &arabic);
    settle();
    assert_eq!(session.get_page(), Page::Home, "the second tap chooses it");
    assert_eq!(window.global::<lotsen::ui::Tr>().get_lang(), "ar");
    assert!(!session.get_speaker_on() && !session.get_reading_aloud());
}
