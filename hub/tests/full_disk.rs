//! A full disk (issue 16, finding 6): while the hub's disk is full, batches are refused (the
//! kiosk keeps them and resends); the first batch after space is freed is stored, and nothing is
//! lost or counted twice. On a 3 MiB tmpfs (the test mounts one; it needs root).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use reqwest::StatusCode;

use crate::common::{TestHub, Visit, batch, visits};

/// A small tmpfs, unmounted when dropped.
struct Tmpfs(PathBuf, #[allow(dead_code)] tempfile::TempDir);

impl Tmpfs {
    fn mount(size: &str) -> Result<Tmpfs, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .map_err(|e| format!("running mount: {e}"))?;
        if !output.status.success() {
            return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
        }
        Ok(Tmpfs(dir.path().to_owned(), dir))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Writes zeros to `path` until the disk is full.
fn fill(path: &Path) {
    let mut file = std::fs::File::create(path).unwrap();
    let block = vec![0u8; 64 * 1024];
    while file.write_all(&block).is_ok() {}
    let mut byte = [0u8; 1];
    while file.write_all(&byte).is_ok() {
        byte[0] = 0;
    }
    let _ = file.sync_all();
}

fn visit(n: usize) -> Visit {
    let locales = ["sv", "en", "ar", "fa", "so", "ti", "uk", "fi"];
    Visit {
        at: "2026-11-23T14:00",
        locale: locales[n % locales.len()],
        guide: ["bankid-get", "swish", "1177-login"][n % 3],
        reached_step: 1 + (n % 6) as u32,
        completed: n % 2 == 0,
        help: n % 3 == 0,
        assisted: n % 5 == 0,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_recovers_after_a_full_disk() {
    let tmpfs = match Tmpfs::mount("3m") {
        Ok(tmpfs) => tmpfs,
        Err(why) if std::env::var("LOTSEN_REQUIRE_ALL_TESTS").as_deref() != Ok("1") => {
            eprintln!("skipped: the_hub_recovers_after_a_full_disk: cannot mount a tmpfs ({why})");
            return;
        }
        Err(why) => panic!("cannot mount a tmpfs: {why}"),
    };
    let url = format!("sqlite:{}", tmpfs.0.join("hub.sqlite3").display());
    let hub = TestHub::start_at(&url).await;
    let mut seq = 1;
    let mut next_batch = |visits_in: usize| {
        let events = visits(seq, &(0..visits_in).map(visit).collect::<Vec<_>>());
        seq += events.len() as u64;
        batch("umea-1", events)
    };
    let first = next_batch(20);
    assert_eq!(hub.post_batch(&hub.kiosk.token, &first).await.0, StatusCode::OK);

    fill(&tmpfs.0.join("filler"));
    let mut refused = Vec::new();
    for _ in 0..6 {
        let batch = next_batch(200);
        let (status, body) = hub.post_batch(&hub.kiosk.token, &batch).await;
        assert_ne!(status, StatusCode::OK, "stored on a full disk? {body}");
        refused.push(batch);
    }
    std::fs::remove_file(tmpfs.0.join("filler")).unwrap();

    // The kiosk resends what was refused, in order: each is stored at the first try.
    for (n, batch) in refused.iter().enumerate() {
        let (status, body) = hub.post_batch(&hub.kiosk.token, batch).await;
        assert_eq!(status, StatusCode::OK, "resend {n} after space was freed: {body}");
    }
    let stored = hub.hub.stored_events("umea-1").await.unwrap();
    let sent: Vec<_> = std::iter::once(&first).chain(&refused).flat_map(|b| b.events.clone()).collect();
    assert_eq!(stored, sent, "nothing lost, nothing twice");
}
