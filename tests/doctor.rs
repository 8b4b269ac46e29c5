//! `lotsen doctor` against real things: a real hub on 127.0.0.1 (good, revoked and someone
//! else's token, a closed port), the bundled and a damaged font folder, espeak-ng, a Wayland
//! socket, free disk; and the installed command's exit code.

use std::path::Path;
use std::time::Duration;

use lotsen::doctor::{Check, Doctor, Finding, Status};
use lotsen_records::Settings;

use crate::common::hub::start_hub;

fn doctor(data_dir: &Path, settings: Settings) -> Doctor {
    let mut doctor = Doctor::from_environment(crate::common::repo(), data_dir.to_path_buf(), settings);
    doctor.timeout = Duration::from_secs(5);
    // Trying every voice takes a while; the read-aloud test puts espeak-ng back.
    doctor.espeak = "/nonexistent/espeak-ng".into();
    doctor
}

fn finding(findings: &[Finding], check: Check) -> &Finding {
    findings.iter().find(|finding| finding.check == check).expect("every check reports")
}

fn hub_settings(url: &str, token: &str, kiosk_id: &str) -> Settings {
    Settings { hub_url: url.into(), hub_token: token.into(), kiosk_id: kiosk_id.into(), ..Settings::default() }
}

#[test]
fn hub_check_says_what_is_wrong_with_address_token_and_name() {
    let hub = start_hub();
    let data = tempfile::tempdir().unwrap();
    let run = |settings| doctor(data.path(), settings).run();

    let good = run(hub_settings(&hub.url, &hub.good, "umea-1"));
    assert_eq!(finding(&good, Check::Hub).status, Status::Ok, "{:?}", finding(&good, Check::Hub));
    // The hub's Date header is a real clock to compare with.
    let clock = finding(&good, Check::Clock);
    assert_eq!(clock.status, Status::Ok, "{clock}");
    assert!(clock.text.contains("of the hub's clock"), "{clock}");

    let revoked = run(hub_settings(&hub.url, &hub.revoked, "vindeln-1"));
    let line = finding(&revoked, Check::Hub);
    assert_eq!(line.status, Status::Fail);
    assert!(line.text.contains("refuses the token"), "{line}");

    let misnamed = run(hub_settings(&hub.url, &hub.good, "kiosk-1"));
    let line = finding(&misnamed, Check::Hub);
    assert_eq!(line.status, Status::Fail);
    assert!(line.text.contains("\"umea-1\"") && line.text.contains("\"kiosk-1\""), "{line}");

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let unreachable = run(hub_settings(&address, &hub.good, "umea-1"));
    let line = finding(&unreachable, Check::Hub);
    assert_eq!(line.status, Status::Fail);
    assert!(line.text.starts_with("cannot reach the hub"), "{line}");
    assert_eq!(finding(&unreachable, Check::Clock).status, Status::Note, "no hub clock to compare with");

    let none = run(Settings::default());
    assert_eq!(finding(&none, Check::Hub).status, Status::Note);
}

#[test]
fn fonts_disk_display_and_printer_fail_in_plain_words() {
    let data = tempfile::tempdir().unwrap();
    let bundled = doctor(data.path(), Settings::default());
    assert_eq!(bundled.run().len(), 9, "one line per check");
    assert_eq!(finding(&bundled.run(), Check::Fonts).status, Status::Ok);
    assert_eq!(finding(&bundled.run(), Check::Content).status, Status::Ok);

    // A content folder whose Arabic font is gone.
    let content = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(content.path().join("ui/fonts")).unwrap();
    for font in lotsen::doctor::BUNDLED_FONTS.iter().filter(|font| !font.starts_with("NotoSansArabic-Bold")) {
        std::fs::copy(crate::common::repo().join("ui/fonts").join(font), content.path().join("ui/fonts").join(font))
            .unwrap();
    }
    let damaged = Doctor { content_dir: content.path().to_path_buf(), ..doctor(data.path(), Settings::default()) };
    let fonts = finding(&damaged.run(), Check::Fonts).clone();
    assert_eq!(fonts.status, Status::Fail);
    assert!(fonts.text.contains("NotoSansArabic-Bold.ttf") && !fonts.text.contains("NotoSans-Bold"), "{fonts}");
    assert_eq!(finding(&damaged.run(), Check::Content).status, Status::Fail, "no guides there");

    let full_disk = Doctor { min_free_bytes: u64::MAX, ..doctor(data.path(), Settings::default()) };
    let disk = finding(&full_disk.run(), Check::Disk).clone();
    assert_eq!(disk.status, Status::Fail);
    assert!(disk.text.starts_with("only "), "{disk}");
    assert_eq!(finding(&bundled.run(), Check::Disk).status, Status::Ok);

    // Display: a Wayland socket that answers, one that does not, and no display at all.
    let runtime = tempfile::tempdir().unwrap();
    let _compositor = std::os::unix::net::UnixListener::bind(runtime.path().join("wayland-7")).unwrap();
    let with_display = |name: &str| Doctor {
        wayland_display: Some(name.into()),
        runtime_dir: Some(runtime.path().to_path_buf()),
        x_display: None,
        ..doctor(data.path(), Settings::default())
    };
    assert_eq!(finding(&with_display("wayland-7").run(), Check::Display).status, Status::Ok);
    assert_eq!(finding(&with_display("wayland-8").run(), Check::Display).status, Status::Fail);
    let no_processes = tempfile::tempdir().unwrap();
    let headless = Doctor {
        wayland_display: None,
        x_display: None,
        proc_dir: no_processes.path().to_path_buf(),
        ..doctor(data.path(), Settings::default())
    };
    let display = finding(&headless.run(), Check::Display).clone();
    assert_eq!(display.status, Status::Fail);
    assert!(display.text.contains("systemctl start lotsen-kiosk"), "{display}");
    std::fs::create_dir(no_processes.path().join("4242")).unwrap();
    std::fs::write(no_processes.path().join("4242/comm"), "cage\n").unwrap();
    assert_eq!(finding(&headless.run(), Check::Display).text, "the cage kiosk compositor runs (process 4242)");

    // Printer: none set up is a note (handouts are saved); a named printer without CUPS fails.
    let no_cups = |printer: &str| Doctor {
        lpstat: "/nonexistent/lpstat".into(),
        ..doctor(data.path(), Settings { printer: printer.into(), ..Settings::default() })
    };
    assert_eq!(finding(&no_cups("").run(), Check::Printer).status, Status::Note);
    let printer = finding(&no_cups("library-printer").run(), Check::Printer).clone();
    assert_eq!(printer.status, Status::Fail);
    assert!(printer.text.contains("library-printer"), "{printer}");
}

#[test]
fn read_aloud_tries_each_offered_language_s_voice() {
    let test = "read_aloud_tries_each_offered_language_s_voice";
    let data = tempfile::tempdir().unwrap();
    let offered = |languages: &[&str]| Settings {
        languages: languages.iter().map(|code| code.to_string()).collect(),
        ..Settings::default()
    };
    let missing = Doctor { espeak: "/nonexistent/espeak-ng".into(), ..doctor(data.path(), offered(&["sv", "ar"])) };
    let line = finding(&missing.run(), Check::ReadAloud).clone();
    assert_eq!(line.status, Status::Fail);
    assert!(line.text.contains("sv, ar") && line.text.contains("apt install espeak-ng"), "{line}");

    let installed = std::process::Command::new("espeak-ng").arg("--version").output().is_ok();
    if !crate::common::installed_or_skip(test, installed, "espeak-ng", "espeak-ng") {
        return;
    }
    let with_espeak = |settings| Doctor { espeak: "espeak-ng".into(), ..doctor(data.path(), settings) };
    let real = finding(&with_espeak(offered(&["sv", "ar"])).run(), Check::ReadAloud).clone();
    assert_eq!(real.status, Status::Ok, "{real}");
    assert_eq!(real.text, "voices work for sv, ar");
    let somali = finding(&with_espeak(offered(&["sv", "so"])).run(), Check::ReadAloud).clone();
    assert_eq!(somali.status, Status::Note, "{somali}");
    assert!(somali.text.ends_with("no voice exists for so"), "{somali}");
}

#[test]
fn the_command_prints_a_line_per_check_and_fails_when_one_fails() {
    let data = tempfile::tempdir().unwrap();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    std::fs::write(
        data.path().join("settings.toml"),
        format!("hub_url = \"{address}\"\nhub_token = \"lotsen_k_x\"\nkiosk_id = \"umea-1\"\n"),
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lotsen"))
        .arg("--data-dir")
        .arg(data.path())
        .arg("--content-dir")
        .arg(crate::common::repo())
        .arg("doctor")
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert_eq!(stdout.lines().count(), 9, "{stdout}");
    assert!(stdout.lines().any(|line| line.starts_with("FAIL  Hub: cannot reach the hub")), "{stdout}");
}

#[test]
fn sound_needs_a_card_or_a_named_device_and_aplay() {
    let data = tempfile::tempdir().unwrap();
    let proc_dir = tempfile::tempdir().unwrap();
    let with = |audio_device: &str, aplay: &str| Doctor {
        proc_dir: proc_dir.path().to_path_buf(),
        aplay: aplay.into(),
        ..doctor(data.path(), Settings { audio_device: audio_device.into(), ..Settings::default() })
    };
    let line = finding(&with("", "aplay").run(), Check::Sound).clone();
    assert_eq!(line.status, Status::Fail);
    assert!(line.text.contains("no sound card") && line.text.contains("speaker button is hidden"), "{line}");
    let line = finding(&with("null", "/nonexistent/aplay").run(), Check::Sound).clone();
    assert_eq!(line.status, Status::Fail);
    assert!(line.text.contains("apt install alsa-utils"), "{line}");

    let installed = std::process::Command::new("aplay").arg("--version").output().is_ok();
    if !crate::common::installed_or_skip("doctor sound", installed, "aplay", "alsa-utils") {
        return;
    }
    std::fs::create_dir(proc_dir.path().join("asound")).unwrap();
    std::fs::write(
        proc_dir.path().join("asound/cards"),
        " 0 [Headphones     ]: bcm2835_headpho - bcm2835 Headphones\n",
    )
    .unwrap();
    let line = finding(&with("", "aplay").run(), Check::Sound).clone();
    assert_eq!(line.status, Status::Ok, "{line}");
    assert!(line.text.contains("bcm2835 Headphones"), "{line}");
    let line = finding(&with("plughw:1,0", "aplay").run(), Check::Sound).clone();
    assert_eq!((line.status, line.text.contains("plughw:1,0")), (Status::Ok, true), "{line}");
}
