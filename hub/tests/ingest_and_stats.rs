//! A real hub on 127.0.0.1 with reqwest as the client: ingest, idempotency, auth, stats and
//! suppression, on SQLite and on PostgreSQL.

use crate::common::{Backend, REGION, TestHub, Visit, batch, event, visits};
use lotsen_wire::EventKind;
use reqwest::StatusCode;
use serde_json::{Value, json};

const BANKID: &str = "bankid-get";

fn visit(at: &'static str, locale: &'static str, completed: bool, help: bool, assisted: bool) -> Visit {
    Visit { at, locale, guide: BANKID, reached_step: if completed { 3 } else { 2 }, completed, help, assisted }
}

/// Kiosk umea-1: 7 visits on Monday 2025-03-03 and Monday 2025-03-10 (5 completed, 2 help,
/// 6 assisted), sent in two batches that split a session. Kiosk lycksele-1 (other library,
/// same region): 3 visits. Kiosk lulea-1 (other region): 6 visits.
async fn load_example(hub: &TestHub) -> (String, String) {
    let umea = visits(
        1,
        &[
            visit("2025-03-03T10:00", "sv", true, true, true),
            visit("2025-03-03T10:00", "ar", true, false, true),
            visit("2025-03-03T11:00", "ar", true, false, true),
            visit("2025-03-03T14:00", "sv", true, true, true),
            visit("2025-03-10T10:00", "sv", true, false, true),
            visit("2025-03-10T10:00", "fa", false, false, true),
            visit("2025-03-10T16:00", "sv", false, false, false),
        ],
    );
    // Split in the middle of the 4th visit: its session spans both batches.
    let (first, second) = umea.split_at(24);
    assert_eq!(
        hub.post_batch(&hub.kiosk.token, &batch("umea-1", first.to_vec())).await,
        (StatusCode::OK, json!({"acked_through_seq": 24}))
    );
    let last = umea.last().unwrap().seq;
    assert_eq!(
        hub.post_batch(&hub.kiosk.token, &batch("umea-1", second.to_vec())).await,
        (StatusCode::OK, json!({"acked_through_seq": last}))
    );

    let lycksele = hub.hub.add_kiosk("Lycksele bibliotek", REGION, None).await.unwrap();
    assert_eq!(lycksele.kiosk_id, "lycksele-bibliotek-1");
    let events = visits(1, &[visit("2025-03-04T10:00", "so", true, false, false); 3]);
    assert_eq!(hub.post_batch(&lycksele.token, &batch(&lycksele.kiosk_id, events)).await.0, StatusCode::OK);

    let lulea = hub.hub.add_kiosk("Luleå stadsbibliotek", "Norrbotten", Some("lulea-1")).await.unwrap();
    let events = visits(1, &[visit("2025-03-04T10:00", "fi", true, true, true); 6]);
    assert_eq!(hub.post_batch(&lulea.token, &batch("lulea-1", events)).await.0, StatusCode::OK);

    let västerbotten = hub.hub.add_api_token(REGION).await.unwrap().token;
    let norrbotten = hub.hub.add_api_token("Norrbotten").await.unwrap().token;
    (västerbotten, norrbotten)
}

async fn stats_count_and_suppress(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let (västerbotten, norrbotten) = load_example(&hub).await;

    let (status, stats) = hub.stats(&västerbotten, "period=2025-03").await;
    assert_eq!(status, StatusCode::OK, "{stats}");
    assert_eq!(stats["region"], json!(REGION), "a region token reads its own region");
    assert_eq!((&stats["from"], &stats["to"]), (&json!("2025-03-01"), &json!("2025-03-31")));
    assert_eq!(stats["in_progress"], json!(false));
    assert_eq!(
        stats["total"],
        json!({"sessions": 10, "assisted_sessions": 6, "guides_opened": 10, "guides_completed": 8, "completion_rate": 0.8, "help_asked": "<5"})
    );
    // Before the first kiosk: no kiosk, not a small number.
    assert_eq!((&stats["previous_period"], &stats["previous"]["sessions"]), (&json!("2025-02"), &json!("no kiosk")));
    assert_eq!(
        (&stats["year_earlier_period"], &stats["year_earlier"]["sessions"]),
        (&json!("2024-03"), &json!("no kiosk"))
    );

    let (_, by_library) = hub.stats(&västerbotten, "period=2025-03&group_by=library").await;
    let sessions: Vec<(&str, &Value)> =
        by_library["groups"].as_array().unwrap().iter().map(|g| (g["key"].as_str().unwrap(), &g["sessions"])).collect();
    assert_eq!(
        sessions,
        [("Lycksele bibliotek", &json!("<5")), ("Umeå stadsbibliotek", &json!("hidden"))],
        "Umeå's 7 beside the total 10 would give Lycksele's 3 away: hidden, and never shown as <5"
    );
    assert_eq!(
        hub.stats(&västerbotten, "period=2025-03&library=Ume%C3%A5%20stadsbibliotek").await.1["total"]["sessions"],
        json!("hidden")
    );

    // The region's weeks: 7 and 3 in one month, so the 7 is hidden with the 3.
    let week =
        async |week: &str| hub.stats(&västerbotten, &format!("period={week}")).await.1["total"]["sessions"].clone();
    assert_eq!((week("2025-W10").await, week("2025-W11").await), (json!("hidden"), json!("<5")));
    assert_eq!(week("2025-W12").await, json!(0), "0 is published as 0");

    let (_, by_hour) = hub.stats(&västerbotten, "period=2025-03&group_by=hour").await;
    let hours: Vec<(&str, &Value)> =
        by_hour["groups"].as_array().unwrap().iter().map(|g| (g["key"].as_str().unwrap(), &g["sessions"])).collect();
    let small = json!("<5");
    assert_eq!(
        hours,
        [("10", &json!("hidden")), ("11", &small), ("14", &small), ("16", &small)],
        "7, 1, 1 and 1: the 7 hidden so that each 1 can be anything from 1 to 4"
    );

    let (_, by_weekday) = hub.stats(&västerbotten, "period=2025-03&group_by=weekday").await;
    let weekdays: Vec<(&str, &Value)> =
        by_weekday["groups"].as_array().unwrap().iter().map(|g| (g["key"].as_str().unwrap(), &g["sessions"])).collect();
    assert_eq!(weekdays, [("monday", &json!("hidden")), ("tuesday", &json!("<5"))], "10 - 7 would be Tuesday's 3");

    let (_, by_locale) = hub.stats(&västerbotten, "period=2025-03&group_by=locale").await;
    let sv = by_locale["groups"].as_array().unwrap().iter().find(|g| g["key"] == "sv").expect("sv group");
    assert_eq!(sv["sessions"], json!("<5"), "4 Swedish sessions");

    let (_, funnel) = hub.stats(&västerbotten, &format!("period=2025-03&guide={BANKID}&group_by=guide")).await;
    assert_eq!(funnel["total"]["sessions"], Value::Null, "sessions are not per guide");
    assert_eq!(funnel["groups"][0]["key"], json!(BANKID));
    let reached: Vec<&Value> = funnel["funnel"].as_array().unwrap().iter().map(|s| &s["reached"]).collect();
    assert_eq!(reached, [&json!(10), &json!(10), &json!(8)]);

    let (_, norr) = hub.stats(&norrbotten, "period=2025-03").await;
    assert_eq!(norr["total"]["sessions"], json!(6));
    assert_eq!(norr["total"]["help_asked"], json!(6));
    let (status, body) = hub.stats(&norrbotten, "period=2025-03&region=V%C3%A4sterbotten").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a region token cannot read another region: {body}");

    // The default: the last complete month; the current month is in progress.
    let today = chrono::Utc::now().date_naive();
    let (_, default) = hub.stats(&västerbotten, "").await;
    let this_month = today.format("%Y-%m").to_string();
    assert_ne!(default["period"], json!(this_month));
    assert_eq!(default["in_progress"], json!(false));
    let (_, current) = hub.stats(&västerbotten, &format!("period={this_month}")).await;
    assert_eq!(current["in_progress"], json!(true), "{current}");

    for (query, why) in [
        ("group_by=week", "weeks are periods of their own"),
        ("from=2025-03-01", "free ranges"),
        ("from=2025-03-01&to=2025-03-31", "free ranges"),
        ("period=2025-13", "no such month"),
        ("period=2025-03-05", "a day"),
        ("period=2099", "not begun"),
        ("period=2025-W10&library=Ume%C3%A5%20stadsbibliotek", "a library's week"),
        ("period=2025-W10&group_by=library", "libraries of a week"),
        ("colour=red", "unknown parameter"),
    ] {
        let (status, body) = hub.stats(&västerbotten, query).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{why}: {body}");
        assert!(body["error"].is_string(), "{why}: {body}");
    }
    for query in ["from=2025-03-01", "period=2025-13"] {
        let error = hub.stats(&västerbotten, query).await.1["error"].as_str().unwrap().to_owned();
        assert!(error.contains("2026-W36") && error.contains("2026-09") && error.contains("2026-Q3"), "{error}");
    }
    for token in ["", "lotsen-api-0000", &hub.kiosk.token] {
        assert_eq!(hub.stats(token, "").await.0, StatusCode::UNAUTHORIZED, "token {token:?}");
    }
}

/// Region Jämtland, one Wednesday: Östersund 12 sessions (9 BankID, 3 Swish), Åre 3 and
/// Krokom 8 (BankID). Every query below would, without complementary hiding, have published
/// a total and cells whose difference is a count below 5.
async fn totals_do_not_give_hidden_cells_away(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    const JÄMTLAND: &str = "Jämtland";
    let visit = |guide| Visit {
        at: "2025-03-05T10:00",
        locale: "sv",
        guide,
        reached_step: 3,
        completed: true,
        help: false,
        assisted: false,
    };
    for (id, library, bankid, swish) in [
        ("ostersund-1", "Östersunds bibliotek", 9, 3),
        ("are-1", "Åre bibliotek", 3, 0),
        ("krokom-1", "Krokoms bibliotek", 8, 0),
    ] {
        let kiosk = hub.hub.add_kiosk(library, JÄMTLAND, Some(id)).await.unwrap();
        let mut plan = vec![visit(BANKID); bankid];
        plan.extend(vec![visit("swish"); swish]);
        assert_eq!(hub.post_batch(&kiosk.token, &batch(id, visits(1, &plan))).await.0, StatusCode::OK);
    }
    let token = hub.hub.add_api_token(JÄMTLAND).await.unwrap().token;
    let stats = async |query: &str| {
        let (status, body) = hub.stats(&token, query).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        body
    };
    let cells = |body: &Value, metric: &str| -> Vec<(String, Value)> {
        let groups = body["groups"].as_array().unwrap();
        groups.iter().map(|g| (g["key"].as_str().unwrap().to_owned(), g[metric].clone())).collect()
    };

    for period in ["2025-W10", "2025-03", "2025-Q1", "2025"] {
        let total = stats(&format!("period={period}")).await;
        assert_eq!(total["total"]["sessions"], json!(23), "{period}");
        assert_eq!(total["total"]["guides_opened"], json!(23), "{period}");
    }
    for period in ["2025-03", "2025-Q1", "2025"] {
        let by_library = stats(&format!("period={period}&group_by=library")).await;
        assert_eq!(
            cells(&by_library, "sessions"),
            [
                ("Krokoms bibliotek".to_owned(), json!("hidden")),
                ("Åre bibliotek".to_owned(), json!("<5")),
                ("Östersunds bibliotek".to_owned(), json!(12)),
            ],
            "{period}: Krokom's 8 is hidden with Åre's 3 (23 - 12 - 8 would be 3), and shown as hidden, not <5"
        );
    }
    // A library's own total is its cell: Krokom's 8 would give Åre away again.
    let krokom = stats("period=2025-03&library=Krokoms%20bibliotek").await;
    assert_eq!(krokom["total"]["sessions"], json!("hidden"));
    assert_eq!(stats("period=2025-03&library=%C3%96stersunds%20bibliotek").await["total"]["sessions"], json!(12));

    // Guides: BankID 20 beside the total 23 would give Swish's 3 away.
    let by_guide = stats("period=2025-03&group_by=guide").await;
    assert_eq!(by_guide["total"]["guides_opened"], json!(23));
    assert_eq!(
        cells(&by_guide, "guides_opened"),
        [(BANKID.to_owned(), json!("hidden")), ("swish".to_owned(), json!("<5"))]
    );
    let bankid = stats(&format!("period=2025-03&guide={BANKID}")).await;
    assert_eq!(bankid["total"]["guides_opened"], json!("hidden"), "BankID's own total is its hidden cell");
    let funnel = bankid["funnel"].as_array().unwrap();
    assert_eq!(funnel.len(), 3);
    assert!(funnel.iter().all(|step| step["reached"] == "hidden" && step["abandoned"] == "hidden"), "{funnel:?}");

    // Within one library the same: Östersund's 9 BankID beside its 12 would give Swish's 3 away.
    let ostersund = stats("period=2025-03&library=%C3%96stersunds%20bibliotek&group_by=guide").await;
    assert_eq!(ostersund["total"]["guides_opened"], json!(12));
    assert_eq!(
        cells(&ostersund, "guides_opened"),
        [(BANKID.to_owned(), json!("hidden")), ("swish".to_owned(), json!("<5"))]
    );
}

async fn batches_are_idempotent(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let token = &hub.kiosk.token;
    let mut events = visits(1, &[visit("2025-03-03T10:00", "sv", true, false, false)]);
    // "I don't have this" on the needs screen: the item's id travels and is stored with the event.
    let last = events.last().unwrap().clone();
    let mut missing = event(last.seq + 1, EventKind::NeedMissing, last.session, "2025-03-03T10:00");
    (missing.guide, missing.step, missing.need) = (Some(BANKID.into()), Some(0), Some("passport-or-id-card".into()));
    events.push(missing);
    let first = batch("umea-1", events);
    let (status, ack) = hub.post_batch(token, &first).await;
    assert_eq!((status, &ack), (StatusCode::OK, &json!({"acked_through_seq": first.last_seq()})));
    let stored = hub.hub.stored_events("umea-1").await.unwrap();
    assert_eq!(stored, first.events, "stored as sent");

    // The same batch again, even re-serialised with other whitespace: same answer, nothing new.
    let pretty = serde_json::to_string_pretty(&first).unwrap();
    assert_eq!(hub.post_raw(Some(token), pretty).await, (StatusCode::OK, ack.clone()));
    assert_eq!(hub.hub.totals().await.unwrap(), (first.events.len() as i64, 1));

    // The same events under a new batch id (a kiosk that rebuilt its outbox): acked, not stored twice.
    let mut rebuilt = first.clone();
    rebuilt.batch_id = uuid::Uuid::new_v4();
    assert_eq!(hub.post_batch(token, &rebuilt).await, (StatusCode::OK, ack));
    assert_eq!(hub.hub.stored_events("umea-1").await.unwrap(), first.events);
    let api = hub.hub.add_api_token(REGION).await.unwrap().token;
    let (_, stats) = hub.stats(&api, "period=2025-03").await;
    assert_eq!(stats["total"]["sessions"], json!("<5"));

    // A batch id reused with other content: 409, and nothing of it stored.
    let mut changed = first.clone();
    changed.events[0].locale = Some("ar".into());
    let (status, body) = hub.post_batch(token, &changed).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(hub.hub.stored_events("umea-1").await.unwrap(), first.events);
}

async fn auth_is_enforced(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let events = visits(1, &[visit("2025-03-03T10:00", "sv", true, false, false)]);
    let good = batch("umea-1", events.clone());
    let body = serde_json::to_vec(&good).unwrap();
    assert_eq!(hub.post_raw(None, body.clone()).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(hub.post_raw(Some("lotsen-kiosk-00"), body.clone()).await.0, StatusCode::UNAUTHORIZED);

    let other = hub.hub.add_kiosk("Skellefteå stadsbibliotek", REGION, Some("skelleftea-1")).await.unwrap();
    let (status, error) = hub.post_raw(Some(&other.token), body.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a token cannot write as another kiosk: {error}");

    hub.hub.revoke_kiosk("umea-1").await.unwrap();
    assert_eq!(hub.post_raw(Some(&hub.kiosk.token), body).await.0, StatusCode::UNAUTHORIZED, "revoked");
    assert!(hub.hub.revoke_kiosk("umea-1").await.is_err(), "revoking twice is an error");
    assert_eq!(hub.hub.totals().await.unwrap(), (0, 0));
    let kiosks = hub.hub.list_kiosks().await.unwrap();
    assert!(kiosks.iter().any(|k| k.id == "umea-1" && k.revoked_at.is_some()));
}

async fn rate_limit_is_per_kiosk(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start_with(backend, test, |hub| hub.with_kiosk_rate_limit(1, 2).unwrap()).await else {
        return;
    };
    let mut statuses = Vec::new();
    for n in 0..4u64 {
        let events = visits(1 + n * 100, &[visit("2025-03-03T10:00", "sv", true, false, false)]);
        statuses.push(hub.post_batch(&hub.kiosk.token, &batch("umea-1", events)).await.0);
    }
    assert_eq!(&statuses[..2], [StatusCode::OK, StatusCode::OK], "within the burst");
    assert!(statuses[2..].contains(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    let other = hub.hub.add_kiosk("Vindeln bibliotek", REGION, None).await.unwrap();
    let events = visits(1, &[visit("2025-03-03T10:00", "sv", true, false, false)]);
    assert_eq!(
        hub.post_batch(&other.token, &batch(&other.kiosk_id, events)).await.0,
        StatusCode::OK,
        "another kiosk is not limited"
    );
}

async fn data_survives_a_restart(backend: Backend, test: &str) {
    let Some(mut hub) = TestHub::start(backend, test).await else { return };
    let first = batch("umea-1", visits(1, &[visit("2025-03-03T10:00", "sv", true, false, false)]));
    let (_, ack) = hub.post_batch(&hub.kiosk.token, &first).await;
    hub.restart().await;
    assert_eq!(hub.post_batch(&hub.kiosk.token, &first).await, (StatusCode::OK, ack), "replay after restart");
    let second = batch("umea-1", visits(first.last_seq() + 1, &[visit("2025-03-03T11:00", "sv", true, false, false)]));
    assert_eq!(hub.post_batch(&hub.kiosk.token, &second).await.0, StatusCode::OK);
    let stored = hub.hub.stored_events("umea-1").await.unwrap();
    assert_eq!(stored.len(), first.events.len() + second.events.len());
}

/// Several kiosks sending at once while admin commands write too (as `lotsen-hub kiosk add` in
/// another process would): every batch is stored, none refused for a busy database.
async fn concurrent_kiosks_and_admin_writes(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let mut senders = Vec::new();
    for k in 0..4 {
        let kiosk = hub.hub.add_kiosk("Umeå stadsbibliotek", REGION, None).await.unwrap();
        let (client, url) = (hub.client.clone(), hub.url(lotsen_wire::BATCHES_PATH));
        senders.push(tokio::spawn(async move {
            let mut statuses = Vec::new();
            for n in 0..8u64 {
                let at = if k % 2 == 0 { "2025-03-03T10:00" } else { "2025-03-04T12:00" };
                let events = visits(1 + n * 100, &[visit(at, "sv", true, false, true); 3]);
                let response = client
                    .post(&url)
                    .bearer_auth(&kiosk.token)
                    .json(&batch(&kiosk.kiosk_id, events))
                    .send()
                    .await
                    .unwrap();
                statuses.push(response.status());
            }
            statuses
        }));
    }
    for n in 0..20 {
        hub.hub.add_kiosk("Vännäs bibliotek", REGION, None).await.unwrap();
        hub.hub.add_api_token(&format!("Region {n}")).await.unwrap();
    }
    for sender in senders {
        assert_eq!(sender.await.unwrap(), [StatusCode::OK; 8]);
    }
    let per_visit = visit("2025-03-03T10:00", "sv", true, false, true).events(1).len() as i64;
    assert_eq!(hub.hub.totals().await.unwrap(), (4 * 8 * 3 * per_visit, 32));
    let api = hub.hub.add_api_token(REGION).await.unwrap().token;
    assert_eq!(hub.stats(&api, "period=2025-03").await.1["total"]["sessions"], json!(96));
}

async fn openapi_describes_both_endpoints(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let doc: Value = hub.client.get(hub.url(lotsen_hub::OPENAPI_PATH)).send().await.unwrap().json().await.unwrap();
    assert!(doc["paths"]["/api/v1/batches"]["post"].is_object(), "{doc}");
    assert!(doc["paths"]["/api/v1/stats"]["get"].is_object(), "{doc}");
    for schema in ["Batch", "Event", "EventKind", "Hour", "Ack", "ErrorBody", "StatsResponse", "Published"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "schema {schema} missing");
    }
    assert_eq!(doc["components"]["schemas"]["Published"]["oneOf"][1]["enum"], json!(["<5", "hidden", "no kiosk"]));
}

on_both_backends!(
    stats_count_and_suppress,
    totals_do_not_give_hidden_cells_away,
    batches_are_idempotent,
    auth_is_enforced,
    rate_limit_is_per_kiosk,
    data_survives_a_restart,
    concurrent_kiosks_and_admin_writes,
    openapi_describes_both_endpoints,
);
