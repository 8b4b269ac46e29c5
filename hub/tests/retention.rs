//! Retention (issue 16, finding 13): raw events older than the period are deleted, every
//! published figure stays the same, and a kiosk resending pruned events does not count them
//! twice. On SQLite and PostgreSQL.

use reqwest::StatusCode;
use serde_json::Value;

use crate::common::{Backend, REGION, TestHub, Visit, batch, hour_from_now, visits};

fn visit(hours_ago: i64, n: usize) -> Visit {
    Visit {
        at: Box::leak(hour_from_now(-hours_ago).into_boxed_str()),
        locale: ["sv", "ar", "en"][n % 3],
        guide: ["bankid-get", "swish"][n % 2],
        reached_step: 1 + (n % 4) as u32,
        completed: n % 2 == 0,
        help: n % 3 == 0,
        assisted: n % 4 == 0,
    }
}

/// Everything the stats API publishes for the kiosk's region over both years, and the
/// dashboard's tables, for this and last month, quarter and year.
async fn figures(hub: &TestHub, token: &str, cookie: &str) -> Vec<Value> {
    let mut all = Vec::new();
    let today = chrono::Utc::now().date_naive();
    let last_month = today - chrono::Duration::days(31);
    let periods = [
        today.format("%Y-%m").to_string(),
        last_month.format("%Y-%m").to_string(),
        format!("{}-Q{}", today.format("%Y"), (today.format("%m").to_string().parse::<u32>().unwrap() - 1) / 3 + 1),
        today.format("%Y").to_string(),
        (today - chrono::Duration::days(366)).format("%Y").to_string(),
    ];
    for period in &periods {
        for table in ["summary", "trend", "guides", "languages", "heatmap", "libraries"] {
            let path = format!("/dashboard/export/{table}.json?period={period}&guide=bankid-get");
            let response = hub.client.get(hub.url(&path)).header("cookie", cookie).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            let mut table: Value = response.json().await.unwrap();
            // When a kiosk last synced is not a figure: a resent batch moves it.
            for row in table["rows"].as_array_mut().unwrap() {
                row.as_object_mut().unwrap().remove("last_sync");
            }
            all.push(table);
        }
        for query in
            ["", "group_by=library", "group_by=locale", "group_by=guide", "group_by=weekday", "guide=bankid-get"]
        {
            let query = format!("period={period}&{query}");
            let (status, body) = hub.stats(token, &query).await;
            assert_eq!(status, StatusCode::OK, "{query}: {body}");
            all.push(body);
        }
    }
    all
}

async fn old_events_go_and_figures_stay(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let token = hub.hub.add_api_token(REGION).await.unwrap().token;
    lotsen_hub::dashboard::add_user(&hub.hub, "karin", Some(REGION), false, "karins-losenord").await.unwrap();
    let login = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(hub.url("/dashboard/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("name=karin&password=karins-losenord")
        .send()
        .await
        .unwrap();
    let cookie = login.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    const FOURTEEN_MONTHS: i64 = 14 * 31 * 24;
    let old: Vec<Visit> = (0..12).map(|n| visit(FOURTEEN_MONTHS + n as i64, n)).collect();
    let recent: Vec<Visit> = (0..9).map(|n| visit(24 * 7 + n as i64, n)).collect();
    let old_batch = batch("umea-1", visits(1, &old));
    let recent_batch = batch("umea-1", visits(old_batch.last_seq() + 1, &recent));
    for batch in [&old_batch, &recent_batch] {
        assert_eq!(hub.post_batch(&hub.kiosk.token, batch).await.0, StatusCode::OK);
    }
    let before = figures(&hub, &token, &cookie).await;

    let deleted = hub.hub.prune_raw_events(13).await.unwrap();
    assert_eq!(deleted, old_batch.events.len() as u64);
    assert_eq!(hub.hub.stored_events("umea-1").await.unwrap(), recent_batch.events, "only the recent events stay");
    assert_eq!(figures(&hub, &token, &cookie).await, before, "figures after pruning");

    // The kiosk rebuilds a batch of the pruned events (new batch id, same seqs): stored before,
    // so not counted again; a newer event in the same batch is.
    let mut rebuilt = batch("umea-1", old_batch.events.clone());
    assert_eq!(hub.post_batch(&hub.kiosk.token, &rebuilt).await.0, StatusCode::OK);
    assert_eq!(figures(&hub, &token, &cookie).await, before, "figures after a resend of pruned events");
    let newer = visits(recent_batch.last_seq() + 1, &[visit(2, 0)]);
    rebuilt = batch("umea-1", old_batch.events.iter().cloned().chain(newer.clone()).collect());
    assert_eq!(hub.post_batch(&hub.kiosk.token, &rebuilt).await.0, StatusCode::OK);
    let stored = hub.hub.stored_events("umea-1").await.unwrap();
    assert_eq!(stored.len(), recent_batch.events.len() + newer.len());
    assert_ne!(figures(&hub, &token, &cookie).await, before, "the new visit counts");
    assert_eq!(hub.hub.prune_raw_events(13).await.unwrap(), 0, "nothing more to prune");
}

on_both_backends!(old_events_go_and_figures_stay);
