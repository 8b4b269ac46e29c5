//! Hostile and broken requests to `POST /api/v1/batches`. What must survive them: the server
//! (it keeps answering), and the stored data (events, batches and stats exactly as before).

use crate::common::{Backend, REGION, TestHub, Visit, batch, hour_from_now, visits};
use reqwest::StatusCode;
use serde_json::{Value, json};

enum Token {
    Own,
    Other,
    Revoked,
    Unknown,
    Raw(&'static str),
    None,
}

struct Case {
    name: &'static str,
    token: Token,
    body: Vec<u8>,
    status: StatusCode,
}

/// A valid one-event batch of umea-1 as JSON, for cases to spoil.
fn valid() -> Value {
    json!({"batch_id": uuid::Uuid::new_v4(), "kiosk_id": "umea-1", "schema": 1, "events": [
        {"seq": 1000, "kind": "guide_opened", "hour": "2025-03-03T10:00", "session": uuid::Uuid::new_v4(), "guide": "bankid-get", "locale": "sv"}
    ]})
}

fn with(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut body = valid();
    edit(&mut body);
    serde_json::to_vec(&body).unwrap()
}

fn text(body: &str) -> Vec<u8> {
    body.as_bytes().to_vec()
}

fn cases(replayed: &lotsen_wire::Batch) -> Vec<Case> {
    use StatusCode as S;
    let bad = |name, body| Case { name, token: Token::Own, body, status: S::BAD_REQUEST };
    let mut changed_replay = serde_json::to_value(replayed).unwrap();
    changed_replay["events"][0]["locale"] = json!("ar");
    let many_events: Vec<Value> = (1..=2001)
        .map(|seq| json!({"seq": 5000 + seq, "kind": "help_asked", "hour": "2025-03-03T10:00", "session": uuid::Uuid::nil()}))
        .collect();
    vec![
        bad("not JSON", text("hello")),
        bad("empty body", Vec::new()),
        bad("JSON array", text("[]")),
        bad("JSON null", text("null")),
        bad("truncated JSON", with(|_| {}).split_last().unwrap().1.to_vec()),
        bad("seq as a string", with(|b| b["events"][0]["seq"] = json!("1000"))),
        bad("seq as a float", with(|b| b["events"][0]["seq"] = json!(1000.5))),
        bad("negative seq", with(|b| b["events"][0]["seq"] = json!(-1))),
        bad(
            "seq beyond u64",
            text(&String::from_utf8(with(|_| {})).unwrap().replace("1000", "184467440737095516150000")),
        ),
        bad("seq beyond i64", with(|b| b["events"][0]["seq"] = json!(i64::MAX as u64 + 1))),
        bad(
            "seqs not increasing",
            with(|b| {
                let first = b["events"][0].clone();
                b["events"].as_array_mut().unwrap().push(first);
            }),
        ),
        bad("no events", with(|b| b["events"] = json!([]))),
        bad("events null", with(|b| b["events"] = Value::Null)),
        bad("2001 events", with(|b| b["events"] = json!(many_events))),
        bad("future hour", with(|b| b["events"][0]["hour"] = json!(hour_from_now(48)))),
        bad("hour not truncated", with(|b| b["events"][0]["hour"] = json!("2025-03-03T10:30"))),
        bad("impossible date", with(|b| b["events"][0]["hour"] = json!("2025-02-30T10:00"))),
        bad("hour with seconds", with(|b| b["events"][0]["hour"] = json!("2025-03-03T10:00:00"))),
        bad("hour before 2000", with(|b| b["events"][0]["hour"] = json!("1999-12-31T23:00"))),
        bad("unknown kind", with(|b| b["events"][0]["kind"] = json!("name_typed"))),
        bad("unknown event field (free text)", with(|b| b["events"][0]["note"] = json!("Anna, 070-1234567"))),
        bad("unknown batch field", with(|b| b["device_serial"] = json!("ABC123"))),
        bad("schema 2", with(|b| b["schema"] = json!(2))),
        bad("batch_id not a uuid", with(|b| b["batch_id"] = json!("batch-1"))),
        bad("session not a uuid", with(|b| b["events"][0]["session"] = json!("Anna Andersson"))),
        bad("guide with free text", with(|b| b["events"][0]["guide"] = json!("Anna Andersson"))),
        bad(
            "kind missing its guide",
            with(|b| b["events"][0].as_object_mut().unwrap().remove("guide").map(drop).unwrap()),
        ),
        bad("step too large", with(|b| b["events"][0]["step"] = json!(1000))),
        bad("step beyond u32", with(|b| b["events"][0]["step"] = json!(4_294_967_296u64))),
        bad("locale with free text", with(|b| b["events"][0]["locale"] = json!("svenska språket"))),
        bad("kiosk_id missing", with(|b| b.as_object_mut().unwrap().remove("kiosk_id").map(drop).unwrap())),
        bad("kiosk_id not an id", with(|b| b["kiosk_id"] = json!("Umeå Kiosk"))),
        bad("invalid UTF-8", [&b"{\"batch_id\": \"\xff\xfe\""[..], &with(|_| {})[1..]].concat()),
        bad("deep nesting", text(&format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)))),
        bad(
            "deep nesting in a field",
            text(&format!("{{\"batch_id\": {}1{}}}", "{\"a\":".repeat(50_000), "}".repeat(50_000))),
        ),
        Case {
            name: "10 MB body",
            token: Token::Own,
            body: vec![b' '; 10 * 1024 * 1024],
            status: S::PAYLOAD_TOO_LARGE,
        },
        Case {
            name: "just over 1 MiB",
            token: Token::Own,
            body: vec![b' '; lotsen_wire::MAX_BODY_BYTES + 1],
            status: S::PAYLOAD_TOO_LARGE,
        },
        Case {
            name: "another kiosk's id",
            token: Token::Own,
            body: with(|b| b["kiosk_id"] = json!("skelleftea-1")),
            status: S::FORBIDDEN,
        },
        Case {
            name: "writing as this kiosk with another's token",
            token: Token::Other,
            body: with(|_| {}),
            status: S::FORBIDDEN,
        },
        Case { name: "no token", token: Token::None, body: with(|_| {}), status: S::UNAUTHORIZED },
        Case { name: "unknown token", token: Token::Unknown, body: with(|_| {}), status: S::UNAUTHORIZED },
        Case { name: "revoked token", token: Token::Revoked, body: with(|_| {}), status: S::UNAUTHORIZED },
        Case {
            name: "basic auth instead of bearer",
            token: Token::Raw("Basic dW1lYTpwYXNz"),
            body: with(|_| {}),
            status: S::UNAUTHORIZED,
        },
        Case {
            name: "replayed batch_id, other content",
            token: Token::Own,
            body: serde_json::to_vec(&changed_replay).unwrap(),
            status: S::CONFLICT,
        },
    ]
}

/// The status line the hub answers to a POST announcing `length` bytes, before any is sent.
async fn announced_body_status(hub: &TestHub, length: usize) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(hub.server.as_ref().unwrap().local_addr()).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n",
        lotsen_wire::BATCHES_PATH,
        hub.kiosk.token
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let mut buffer = [0u8; 1024];
    while !answer.windows(2).any(|w| w == b"\r\n") {
        let read = tokio::time::timeout(std::time::Duration::from_secs(10), stream.read(&mut buffer))
            .await
            .expect("hub answers")
            .unwrap();
        assert!(read > 0, "connection closed without an answer");
        answer.extend_from_slice(&buffer[..read]);
    }
    let text = String::from_utf8_lossy(&answer);
    text.lines().next().unwrap_or_default().to_owned()
}

async fn bad_input_is_refused_and_changes_nothing(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let other = hub.hub.add_kiosk("Skellefteå stadsbibliotek", REGION, Some("skelleftea-1")).await.unwrap();
    let revoked = hub.hub.add_kiosk("Vindeln bibliotek", REGION, Some("vindeln-1")).await.unwrap();
    hub.hub.revoke_kiosk("vindeln-1").await.unwrap();
    let api = hub.hub.add_api_token(REGION).await.unwrap().token;

    let visit = Visit::finished("2025-03-03T10:00", 3);
    let stored_batch = batch("umea-1", visits(1, &[visit; 6]));
    assert_eq!(hub.post_batch(&hub.kiosk.token, &stored_batch).await.0, StatusCode::OK);
    let events_before = hub.hub.stored_events("umea-1").await.unwrap();
    let totals_before = hub.hub.totals().await.unwrap();
    let (_, stats_before) = hub.stats(&api, "period=2025-03&group_by=guide&guide=bankid-get").await;

    let cases = cases(&stored_batch);
    assert!(cases.len() >= 20);
    let mut failures = Vec::new();
    // A connection per case: one the hub closed after a 413 must not be reused for the next.
    let client = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
    for case in cases {
        let token = match case.token {
            Token::Own => Some(hub.kiosk.token.clone()),
            Token::Other => Some(other.token.clone()),
            Token::Revoked => Some(revoked.token.clone()),
            Token::Unknown => Some(format!("{}{}", lotsen_hub::KIOSK_TOKEN_PREFIX, "0".repeat(64))),
            Token::Raw(_) | Token::None => None,
        };
        let mut request =
            client.post(hub.url(lotsen_wire::BATCHES_PATH)).header("content-type", "application/json").body(case.body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Token::Raw(header) = case.token {
            request = request.header("authorization", header);
        }
        let response = match request.send().await {
            Ok(response) => response,
            Err(error) if case.status == StatusCode::PAYLOAD_TOO_LARGE => {
                eprintln!("{}: connection closed while sending ({error}); the hub refused the body", case.name);
                continue;
            }
            Err(error) => panic!("{}: the hub did not answer: {error}", case.name),
        };
        let status = response.status();
        let body: Value = response.json().await.unwrap_or(Value::Null);
        if status != case.status {
            failures.push(format!("{}: expected {}, got {status} {body}", case.name, case.status));
        } else if status != StatusCode::PAYLOAD_TOO_LARGE && body["error"].as_str().is_none_or(|e| e.is_empty()) {
            failures.push(format!("{}: {status} without a JSON error message: {body}", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for length in [10 * 1024 * 1024, lotsen_wire::MAX_BODY_BYTES + 1] {
        assert_eq!(
            announced_body_status(&hub, length).await,
            "HTTP/1.1 413 Payload Too Large",
            "Content-Length {length}"
        );
    }

    assert_eq!(hub.hub.stored_events("umea-1").await.unwrap(), events_before, "stored events unchanged");
    assert_eq!(hub.hub.stored_events("skelleftea-1").await.unwrap(), Vec::new());
    assert_eq!(hub.hub.totals().await.unwrap(), totals_before, "no event or batch stored");
    assert_eq!(
        hub.stats(&api, "period=2025-03&group_by=guide&guide=bankid-get").await.1,
        stats_before,
        "stats unchanged"
    );
    // The same batch still replays to the same answer, and new data is still taken.
    assert_eq!(
        hub.post_batch(&hub.kiosk.token, &stored_batch).await.1,
        json!({"acked_through_seq": stored_batch.last_seq()})
    );
    let next = batch("umea-1", visits(stored_batch.last_seq() + 1, &[visit]));
    assert_eq!(hub.post_batch(&hub.kiosk.token, &next).await.0, StatusCode::OK);
    assert_eq!(hub.hub.totals().await.unwrap().0, totals_before.0 + next.events.len() as i64);
}

on_both_backends!(bad_input_is_refused_and_changes_nothing);
