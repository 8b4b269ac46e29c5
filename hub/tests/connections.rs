//! Slow, idle and crowding clients (issue 16, findings 1 and 2): a real hub on 127.0.0.1 with
//! short limits, hostile clients on raw sockets.

use std::time::{Duration, Instant};

use lotsen_hub::ConnectionLimits;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::common::{Backend, TestHub, Visit, batch, visits};

const LIMITS: ConnectionLimits = ConnectionLimits {
    header_timeout: Duration::from_secs(1),
    request_timeout: Duration::from_secs(2),
    max_connections: 8,
};

async fn start(test: &str) -> TestHub {
    TestHub::start_with(Backend::Sqlite, test, |hub| hub.with_connection_limits(LIMITS)).await.expect("SQLite hub")
}

async fn connect(hub: &TestHub) -> TcpStream {
    TcpStream::connect(hub.server.as_ref().unwrap().local_addr()).await.expect("connect to the hub")
}

/// What the hub sends until it closes the connection, or None if it neither answers nor
/// closes within `within`.
async fn answer_or_close(stream: &mut TcpStream, within: Duration) -> Option<String> {
    let mut answer = Vec::new();
    let deadline = Instant::now() + within;
    let mut buffer = [0u8; 4096];
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, stream.read(&mut buffer)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(String::from_utf8_lossy(&answer).into_owned()),
            Ok(Ok(read)) => answer.extend_from_slice(&buffer[..read]),
        }
    }
}

fn visit() -> Visit {
    Visit::finished("2026-11-23T14:00", 2)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_idle_connections_are_closed() {
    let hub = start("slow_and_idle_connections_are_closed").await;
    // Connected, nothing sent.
    let mut idle = connect(&hub).await;
    // Half a request head.
    let mut slow_head = connect(&hub).await;
    slow_head.write_all(b"POST /api/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n").await.unwrap();
    // Kept alive after an answer.
    let mut kept = connect(&hub).await;
    kept.write_all(b"GET /api/v1/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").await.unwrap();
    let mut first = [0u8; 12];
    kept.read_exact(&mut first).await.unwrap();
    assert_eq!(&first, b"HTTP/1.1 200");

    let started = Instant::now();
    for (what, stream) in [("idle", &mut idle), ("slow head", &mut slow_head), ("kept alive", &mut kept)] {
        let closed = answer_or_close(stream, Duration::from_secs(5)).await;
        assert!(closed.is_some(), "{what}: the hub keeps the connection open");
    }
    assert!(started.elapsed() < Duration::from_secs(4), "closed after {:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_are_read_only_for_a_kiosk_and_only_for_a_while() {
    let hub = start("bodies_are_read_only_for_a_kiosk_and_only_for_a_while").await;
    let head = |token: Option<&str>| {
        let authorization = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
        format!(
            "POST /api/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n{authorization}Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{{\"batch_id\":"
        )
    };
    // No token, or a wrong one: refused before the body comes.
    for token in [None, Some("lotsen-kiosk-0000")] {
        let mut stream = connect(&hub).await;
        stream.write_all(head(token).as_bytes()).await.unwrap();
        let answer = answer_or_close(&mut stream, Duration::from_millis(1500)).await;
        let answer = answer.unwrap_or_else(|| panic!("token {token:?}: no answer while the body is pending"));
        assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    }
    // A kiosk whose body never finishes: 408 once the request time is up.
    let mut stream = connect(&hub).await;
    stream.write_all(head(Some(&hub.kiosk.token)).as_bytes()).await.unwrap();
    let answer = answer_or_close(&mut stream, Duration::from_secs(4)).await.expect("an answer in time");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    // The kiosk's next batch is stored.
    let (status, _) = hub.post_batch(&hub.kiosk.token, &batch("umea-1", visits(1, &[visit()]))).await;
    assert_eq!(status, reqwest::StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kiosk_gets_through_a_crowd_of_idle_connections() {
    let hub = start("a_kiosk_gets_through_a_crowd_of_idle_connections").await;
    // Three times the connection cap, all idle: the hub holds 8, the rest wait in the queue,
    // and the header timeout makes room.
    let mut crowd = Vec::new();
    for _ in 0..3 * LIMITS.max_connections {
        crowd.push(connect(&hub).await);
    }
    let started = Instant::now();
    let (status, _) = hub.post_batch(&hub.kiosk.token, &batch("umea-1", visits(1, &[visit()]))).await;
    assert_eq!(status, reqwest::StatusCode::OK);
    assert!(started.elapsed() < Duration::from_secs(8), "answered after {:?}", started.elapsed());
    drop(crowd);
}
