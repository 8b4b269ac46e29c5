//! Settings are written while the kiosk runs (librarian mode). A kiosk can be switched off at
//! any moment: this test runs a real writer (this test binary, re-run as a child process) that
//! saves two different settings in turn as fast as it can, SIGKILLs it at a different moment each
//! round, and checks that settings.toml always loads as one of the two, never as a torn mix.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use lotsen_records::Settings;

use crate::common::test_name;

/// Set in the child: the data dir to save to until killed.
const WRITER_DIR: &str = "LOTSEN_SETTINGS_KILL_DIR";
const ROUNDS: u64 = 12;

fn versions() -> [Settings; 2] {
    let long_name = "a".repeat(60);
    [
        Settings { kiosk_id: "old-kiosk".into(), idle_timeout_secs: 60, ..Settings::default() },
        Settings {
            kiosk_id: long_name,
            hub_url: format!("https://{}.example/", "hub".repeat(500)),
            idle_timeout_secs: 600,
            languages: vec!["sv".into(), "en".into(), "ar".into()],
            ..Settings::default()
        },
    ]
}

#[test]
fn settings_toml_survives_sigkill_mid_save() {
    if let Ok(dir) = std::env::var(WRITER_DIR) {
        let versions = versions();
        for round in 0.. {
            versions[round % 2].save(Path::new(&dir)).unwrap();
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let versions = versions();
    versions[0].save(dir.path()).unwrap();
    let mut seen = [false; 2];
    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                &test_name(module_path!(), "settings_toml_survives_sigkill_mid_save"),
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_DIR, dir.path())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(50 + round * 37));
        assert!(child.try_wait().unwrap().is_none(), "round {round}: the writer stopped by itself");
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let loaded = Settings::load(dir.path()).unwrap_or_else(|e| panic!("round {round}: {e:#}"));
        let version = versions.iter().position(|v| *v == loaded);
        let version = version.unwrap_or_else(|| panic!("round {round}: settings.toml is neither version: {loaded:?}"));
        seen[version] = true;
    }
    assert_eq!(seen, [true, true], "the writer was killed between saves of both versions");
}
