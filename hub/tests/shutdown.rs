//! `lotsen-hub serve` as systemd runs it: a SIGTERM (or Ctrl-C) during a request lets that
//! request finish, accepts nothing new, and exits 0.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Visit, batch, visits};

const HUB: &str = env!("CARGO_BIN_EXE_lotsen-hub");

/// Runs an admin command of the hub binary on `database`; its standard output.
pub fn admin(database: &str, args: &[&str]) -> String {
    let output = Command::new(HUB).arg("--database").arg(database).args(args).output().expect("run lotsen-hub");
    assert!(output.status.success(), "lotsen-hub {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// Starts `lotsen-hub serve` on a free port of 127.0.0.1; the process and its address (read
/// from its "hub listening" log line).
pub fn start_serve(database: &str) -> (Child, SocketAddr) {
    let mut child = Command::new(HUB)
        .args(["--database", database, "serve", "--listen", "127.0.0.1:0"])
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start lotsen-hub serve");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let addr = loop {
        let line = lines.next().expect("lotsen-hub serve logs that it listens").expect("read log");
        if let Some(addr) = line.contains("hub listening").then(|| line.split("addr=").nth(1)).flatten() {
            break addr.trim().parse::<SocketAddr>().expect("listening address");
        }
    };
    // Keep draining the log so that the hub never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    (child, addr)
}

pub fn wait_for_exit(child: &mut Child, within: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    while start.elapsed() < within {
        if let Some(status) = child.try_wait().expect("check the hub process") {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

#[test]
fn sigterm_finishes_the_request_in_flight_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite:{}", dir.path().join("hub.sqlite3").display());
    let added = admin(&database, &["kiosk", "add", "--library", "Umeå stadsbibliotek", "--region", "Västerbotten"]);
    let field = |name: &str| {
        added.lines().find_map(|line| line.strip_prefix(name)).map(|v| v.trim().to_owned()).expect("kiosk add output")
    };
    let (kiosk_id, token) = (field("kiosk id:"), field("token:"));
    let (mut hub, addr) = start_serve(&database);
    // Issue 16, finding 12: the database and SQLite's files beside it are the owner's only.
    {
        use std::os::unix::fs::PermissionsExt;
        for name in ["hub.sqlite3", "hub.sqlite3-wal", "hub.sqlite3-shm"] {
            let mode = std::fs::metadata(dir.path().join(name)).expect(name).permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{name} has mode {mode:o}");
        }
    }

    let visit = Visit::finished("2026-11-23T14:00", 3);
    let batch = batch(&kiosk_id, visits(1, &[visit]));
    let body = serde_json::to_vec(&batch).unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut stream = TcpStream::connect(addr).expect("connect to the hub");
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        stream,
        "POST {} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        lotsen_wire::BATCHES_PATH,
        body.len()
    )
    .unwrap();
    stream.write_all(first).unwrap();
    stream.flush().unwrap();
    std::thread::sleep(Duration::from_millis(200));

    // The request is in flight (half its body sent): stop the hub the way systemd does.
    let kill = Command::new("kill").args(["-TERM", &hub.id().to_string()]).status().expect("run kill");
    assert!(kill.success());
    assert_eq!(wait_for_exit(&mut hub, Duration::from_millis(500)), None, "the hub waits for the request in flight");
    assert!(
        TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err(),
        "a stopping hub accepts no new connections"
    );

    stream.write_all(rest).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("the hub answers the request in flight");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let ack: serde_json::Value =
        serde_json::from_str(response.split("\r\n\r\n").nth(1).expect("a body")).expect("a JSON ack");
    assert_eq!(ack["acked_through_seq"], serde_json::json!(batch.last_seq()));

    let status = wait_for_exit(&mut hub, Duration::from_secs(10)).expect("the hub stops after the request");
    assert!(status.success(), "exit status {status}");

    // What was acknowledged is stored.
    let stored = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let hub = lotsen_hub::Hub::open(&database).await.expect("reopen the hub's database");
        hub.stored_events(&kiosk_id).await.expect("read stored events")
    });
    assert_eq!(stored, batch.events);
}
