//! What running a hub as a service needs: the health answer (also how a kiosk checks its token
//! and name) and `lotsen-hub backup`, a consistent copy taken while the hub serves.

use crate::common::{Backend, REGION, TestHub, Visit, batch, visits};
use lotsen_hub::Hub;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn health(hub: &TestHub, token: Option<&str>) -> (StatusCode, Value) {
    let mut request = hub.client.get(hub.url(lotsen_wire::HEALTH_PATH));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("the hub answers");
    (response.status(), response.json().await.unwrap_or(Value::Null))
}

async fn health_answers_and_names_the_token_s_kiosk(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(health(&hub, None).await, (StatusCode::OK, json!({"version": version})));
    assert_eq!(
        health(&hub, Some(&hub.kiosk.token)).await,
        (StatusCode::OK, json!({"version": version, "kiosk_id": "umea-1"}))
    );
    let revoked = hub.hub.add_kiosk("Vindeln bibliotek", REGION, Some("vindeln-1")).await.unwrap();
    hub.hub.revoke_kiosk("vindeln-1").await.unwrap();
    let (status, body) = health(&hub, Some(&revoked.token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body["error"].as_str().is_some_and(|e| e.contains("revoked")), "{body}");
}

async fn backup_is_a_complete_copy_or_says_to_use_pg_dump(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("hub-backup.sqlite3");
    if backend == Backend::Postgres {
        let error = hub.hub.backup_to(&file).await.unwrap_err();
        assert!(format!("{error:#}").contains("pg_dump"), "{error:#}");
        assert!(!file.exists());
        return;
    }
    let visit = Visit::finished("2025-03-03T10:00", 3);
    let sent = batch("umea-1", visits(1, &[visit; 3]));
    assert_eq!(hub.post_batch(&hub.kiosk.token, &sent).await.0, StatusCode::OK);

    hub.hub.backup_to(&file).await.expect("backup while serving");
    // The hub goes on taking data after the backup; the copy keeps what was there.
    let later = batch("umea-1", visits(sent.last_seq() + 1, &[visit]));
    assert_eq!(hub.post_batch(&hub.kiosk.token, &later).await.0, StatusCode::OK);

    let restored = Hub::open(&format!("sqlite:{}", file.display())).await.expect("the backup opens as a hub");
    assert_eq!(restored.stored_events("umea-1").await.unwrap(), sent.events);
    assert_eq!(restored.list_kiosks().await.unwrap(), hub.hub.list_kiosks().await.unwrap());

    let error = hub.hub.backup_to(&file).await.unwrap_err();
    assert!(format!("{error:#}").contains("exists already"), "{error:#}");
    assert_eq!(restored.stored_events("umea-1").await.unwrap(), sent.events, "the old backup is untouched");
}

on_both_backends!(health_answers_and_names_the_token_s_kiosk, backup_is_a_complete_copy_or_says_to_use_pg_dump);
