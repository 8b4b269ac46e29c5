//! A real hub on 127.0.0.1 with reqwest as the client: ingest, idempotency, auth, stats and
//! suppression, on SQLite and on PostgreSQL.

use crate::common::{Backend, REGION, TestHub, Visit, batch, visits};
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

    let (status, stats) = hub.stats(&västerbotten, "").await;
    assert_eq!(status, StatusCode::OK, "{stats}");
    assert_eq!(stats["region"], json!(REGION), "a region token reads its own region");
    assert_eq!(
        stats["total"],
        json!({"sessions": 10, "assisted_sessions": 6, "guides_opened": 10, "guides_completed": 8, "completion_rate": 0.8, "help_asked": "<5"})
    );

    let (_, by_library) = hub.stats(&västerbotten, "group_by=library").await;
    let hidden = json!({"sessions": "<5", "assisted_sessions": "<5", "guides_opened": "<5", "guides_completed": "<5", "completion_rate": null, "help_asked": "<5"});
    let keys: Vec<&str> = by_library["groups"].as_array().unwrap().iter().map(|g| g["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["Lycksele bibliotek", "Umeå stadsbibliotek"]);
    for group in by_library["groups"].as_array().unwrap() {
        let mut figures = group.clone();
        figures.as_object_mut().unwrap().remove("key");
        assert_eq!(figures, hidden, "Umeå's 7 sessions beside the total 10 would give Lycksele's 3 away");
    }

    let (_, by_week) = hub.stats(&västerbotten, "group_by=week&library=Ume%C3%A5%20stadsbibliotek").await;
    let weeks: Vec<(&str, &Value)> =
        by_week["groups"].as_array().unwrap().iter().map(|g| (g["key"].as_str().unwrap(), &g["sessions"])).collect();
    assert_eq!(weeks, [("2025-W10", &json!("<5")), ("2025-W11", &json!("<5"))], "4 and 3 sessions: both suppressed");

    // Ranges are whole weeks: Umeå's 4 sessions of Monday 3 March cannot be told from
    // Lycksele's 3 of Tuesday 4 March by asking for single days.
    for days in ["from=2025-03-03&to=2025-03-03", "from=2025-03-04&to=2025-03-05"] {
        let (_, by_hour) = hub.stats(&västerbotten, &format!("group_by=hour&{days}")).await;
        assert_eq!((&by_hour["from"], &by_hour["to"]), (&json!("2025-03-03"), &json!("2025-03-09")), "{days}");
        assert_eq!(by_hour["total"]["sessions"], json!(7), "{days}");
        let hours: Vec<(&str, &Value)> = by_hour["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (g["key"].as_str().unwrap(), &g["sessions"]))
            .collect();
        let hidden = json!("<5");
        assert_eq!(hours, [("10", &hidden), ("11", &hidden), ("14", &hidden)], "5, 1 and 1: 7 - 5 would be 2");
    }

    let (_, by_weekday) = hub.stats(&västerbotten, "group_by=weekday").await;
    let weekdays: Vec<(&str, &Value)> =
        by_weekday["groups"].as_array().unwrap().iter().map(|g| (g["key"].as_str().unwrap(), &g["sessions"])).collect();
    assert_eq!(weekdays, [("monday", &json!("<5")), ("tuesday", &json!("<5"))], "10 - 7 would be Tuesday's 3");

    let (_, by_locale) = hub.stats(&västerbotten, "group_by=locale").await;
    let sv = by_locale["groups"].as_array().unwrap().iter().find(|g| g["key"] == "sv").expect("sv group");
    assert_eq!(sv["sessions"], json!("<5"), "4 Swedish sessions");

    let (_, funnel) = hub.stats(&västerbotten, &format!("guide={BANKID}&group_by=guide")).await;
    assert_eq!(funnel["total"]["sessions"], Value::Null, "sessions are not per guide");
    assert_eq!(funnel["groups"][0]["key"], json!(BANKID));
    assert_eq!(
        funnel["funnel"],
        json!([
            {"step": 1, "reached": 10, "abandoned": "<5"},
            {"step": 2, "reached": 10, "abandoned": "<5"},
            {"step": 3, "reached": 8, "abandoned": "<5"},
        ])
    );

    let (_, norr) = hub.stats(&norrbotten, "").await;
    assert_eq!(norr["total"]["sessions"], json!(6));
    assert_eq!(norr["total"]["help_asked"], json!(6));
    let (status, body) = hub.stats(&norrbotten, "region=V%C3%A4sterbotten").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a region token cannot read another region: {body}");

    for (query, why) in [
        ("group_by=month", "unknown grouping"),
        ("from=2025-13-01", "bad date"),
        ("from=2025-03-10&to=2025-03-01", "from after to"),
        ("colour=red", "unknown parameter"),
    ] {
        let (status, body) = hub.stats(&västerbotten, query).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{why}: {body}");
        assert!(body["error"].is_string(), "{why}: {body}");
    }
    for token in ["", "lotsen-api-0000", &hub.kiosk.token] {
        assert_eq!(hub.stats(token, "").await.0, StatusCode::UNAUTHORIZED, "token {token:?}");
    }
}

/// Region Jämtland, one Wednesday: Östersund 12 sessions (9 BankID, 3 Swish), Åre 3 and
/// Krokom 8 (BankID). Every query below would, before secondary suppression, have published
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

    // The region's total: open ends (read from the daily and the weekly rollups), a day and a
    // month (each widened to whole weeks).
    for range in ["", "&from=2025-03-05&to=2025-03-05", "&from=2025-03-01&to=2025-03-31"] {
        let total = stats(&format!("group_by=library{range}")).await;
        assert_eq!(total["total"]["sessions"], json!(23), "{range}");
        assert_eq!(total["total"]["guides_opened"], json!(23), "{range}");
    }
    let by_library = stats("group_by=library").await;
    assert_eq!(
        cells(&by_library, "sessions"),
        [
            ("Krokoms bibliotek".to_owned(), json!("<5")),
            ("Åre bibliotek".to_owned(), json!("<5")),
            ("Östersunds bibliotek".to_owned(), json!(12)),
        ],
        "Krokom's 8 is hidden with Åre's 3: 23 - 12 - 8 would be Åre's 3"
    );
    // A library's own total is its cell in that line: Krokom's 8 would give Åre away again.
    let krokom = stats("library=Krokoms%20bibliotek&group_by=week").await;
    assert_eq!(krokom["total"]["sessions"], json!("<5"));
    assert_eq!(krokom["total"]["guides_completed"], json!("<5"));
    assert_eq!(cells(&krokom, "sessions"), [("2025-W10".to_owned(), json!("<5"))], "its weeks are hidden with it");
    assert_eq!(stats("library=%C3%96stersunds%20bibliotek").await["total"]["sessions"], json!(12));

    // Guides: BankID 20 beside the total 23 would give Swish's 3 away.
    let by_guide = stats("group_by=guide").await;
    assert_eq!(by_guide["total"]["guides_opened"], json!(23));
    assert_eq!(
        cells(&by_guide, "guides_opened"),
        [(BANKID.to_owned(), json!("<5")), ("swish".to_owned(), json!("<5"))]
    );
    let bankid = stats(&format!("guide={BANKID}")).await;
    assert_eq!(bankid["total"]["guides_opened"], json!("<5"), "BankID's own total is its hidden cell");
    let funnel = bankid["funnel"].as_array().unwrap();
    assert_eq!(funnel.len(), 3);
    assert!(funnel.iter().all(|step| step["reached"] == "<5" && step["abandoned"] == "<5"), "{funnel:?}");

    // Within one library the same: Östersund's 9 BankID beside its 12 would give Swish's 3 away.
    let ostersund = stats("library=%C3%96stersunds%20bibliotek&group_by=guide").await;
    assert_eq!(ostersund["total"]["guides_opened"], json!(12));
    assert_eq!(
        cells(&ostersund, "guides_opened"),
        [(BANKID.to_owned(), json!("<5")), ("swish".to_owned(), json!("<5"))]
    );
}

async fn batches_are_idempotent(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let token = &hub.kiosk.token;
    let first = batch("umea-1", visits(1, &[visit("2025-03-03T10:00", "sv", true, false, false)]));
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
    let (_, stats) = hub.stats(&api, "").await;
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
    assert_eq!(hub.stats(&api, "").await.1["total"]["sessions"], json!(96));
}

async fn openapi_describes_both_endpoints(backend: Backend, test: &str) {
    let Some(hub) = TestHub::start(backend, test).await else { return };
    let doc: Value = hub.client.get(hub.url(lotsen_hub::OPENAPI_PATH)).send().await.unwrap().json().await.unwrap();
    assert!(doc["paths"]["/api/v1/batches"]["post"].is_object(), "{doc}");
    assert!(doc["paths"]["/api/v1/stats"]["get"].is_object(), "{doc}");
    for schema in ["Batch", "Event", "EventKind", "Hour", "Ack", "ErrorBody", "StatsResponse", "Published"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "schema {schema} missing");
    }
    assert_eq!(doc["components"]["schemas"]["Published"]["oneOf"][1]["enum"], json!(["<5"]));
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
