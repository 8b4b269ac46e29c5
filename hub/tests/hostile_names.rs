//! Names typed by admins (issue 16, findings 9 and 10): control characters are refused by
//! every admin command of the real `lotsen-hub` binary, and a name with separators and
//! formulas inside is inert in the dashboard's CSV whatever separator a spreadsheet splits at.

use std::io::Write;
use std::process::{Command, Stdio};

use reqwest::header::{COOKIE, SET_COOKIE};

use crate::common::{Backend, REGION, TestHub, Visit, batch, visits};

const HUB: &str = env!("CARGO_BIN_EXE_lotsen-hub");

/// Runs an admin command with `stdin` piped in; its exit success and standard error.
fn run(database: &str, args: &[&str], stdin: &str) -> (bool, String) {
    let mut child = Command::new(HUB)
        .arg("--database")
        .arg(database)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lotsen-hub");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    (output.status.success(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn admin_commands_refuse_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite:{}", dir.path().join("hub.sqlite3").display());
    let forged = ["Filial\nforged-1\tEvil\tadded 2026-01-01", "Filial\u{1b}[31mred", "Filial\u{202e}latot", "Fil\ral"];
    for name in forged {
        let password = "a long enough password\n";
        for args in [
            vec!["kiosk", "add", "--library", name, "--region", REGION],
            vec!["kiosk", "add", "--library", "Ok bibliotek", "--region", name],
            vec!["api-token", "add", "--region", name],
            vec!["user", "add", name, "--region", REGION],
            vec!["user", "add", "karin", "--region", name],
        ] {
            let (ok, stderr) = run(&database, &args, password);
            assert!(!ok, "{args:?} was accepted");
            assert!(stderr.contains("control character"), "{args:?}: {stderr}");
        }
    }
    let (ok, _) = run(&database, &["kiosk", "list"], "");
    assert!(ok);
    let list = Command::new(HUB).args(["--database", &database, "kiosk", "list"]).output().unwrap();
    assert!(list.stdout.is_empty(), "nothing was added: {}", String::from_utf8_lossy(&list.stdout));
    // Plain names with letters of any script still go in.
    let (ok, stderr) = run(&database, &["kiosk", "add", "--library", "Umeå stadsbibliotek", "--region", REGION], "");
    assert!(ok, "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csv_cells_are_inert_at_every_separator() {
    let hub = TestHub::start(Backend::Sqlite, "csv_cells_are_inert_at_every_separator").await.expect("SQLite hub");
    let hostile = ["Filial;=1+1;", "Filial,+1", "Filial,@SUM(A1)", "Filial; -2"];
    for library in hostile {
        let kiosk = hub.hub.add_kiosk(library, REGION, None).await.unwrap();
        let visit = Visit::finished("2025-03-04T10:00", 2);
        let (status, _) = hub.post_batch(&kiosk.token, &batch(&kiosk.kiosk_id, visits(1, &[visit; 5]))).await;
        assert_eq!(status, reqwest::StatusCode::OK);
    }
    lotsen_hub::dashboard::add_user(&hub.hub, "per", Some(REGION), false, "pers-losenord").await.unwrap();
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let login = http
        .post(hub.url("/dashboard/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("name=per&password=pers-losenord")
        .send()
        .await
        .unwrap();
    let cookie = login.headers()[SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
    let csv = http
        .get(hub.url("/dashboard/export/libraries.csv?period=2025-03"))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for library in hostile {
        let plain: String = library.chars().filter(|c| c.is_alphanumeric()).collect();
        assert!(csv.contains(&plain[..6]), "{library:?} is in the export:\n{csv}");
    }
    // Split as a spreadsheet with any of the separators would: no part starts a formula.
    for separator in [',', ';', '\t'] {
        for line in csv.trim_start_matches('\u{feff}').lines() {
            for part in line.split(separator) {
                let part = part.trim_start_matches('"');
                assert!(!part.starts_with(['=', '+', '-', '@']), "{part:?} of {line:?} split at {separator:?}");
            }
        }
    }
}
