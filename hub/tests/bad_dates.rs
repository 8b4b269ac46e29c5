//! Dates and numbers out of range (issue 16, finding 5): answered 400 with a message on the
//! API and the dashboard, and no query at all makes a handler fail (a property test over the
//! query parsers of both, through a real hub on 127.0.0.1).

use proptest::prelude::*;
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, COOKIE, SET_COOKIE};

use crate::common::{Backend, REGION, TestHub};

/// Paths that parse a query, and whether they take the dashboard cookie (else the API token).
const PATHS: [(&str, bool); 6] = [
    ("/api/v1/stats", false),
    ("/dashboard/", true),
    ("/dashboard/funnel", true),
    ("/dashboard/when", true),
    ("/dashboard/libraries", true),
    ("/dashboard/export/libraries.csv", true),
];

struct Client {
    hub: TestHub,
    http: reqwest::Client,
    cookie: String,
    api_token: String,
}

impl Client {
    async fn start() -> Client {
        let hub = TestHub::start(Backend::Sqlite, "bad_dates").await.expect("SQLite hub");
        lotsen_hub::dashboard::add_user(&hub.hub, "admin", None, true, "admins-losenord").await.unwrap();
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let login = http
            .post(hub.url("/dashboard/login"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("name=admin&password=admins-losenord")
            .send()
            .await
            .unwrap();
        let cookie = login.headers()[SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
        let api_token = hub.hub.add_api_token(REGION).await.unwrap().token;
        Client { hub, http, cookie, api_token }
    }

    async fn get(&self, path: &str, dashboard: bool, query: &str) -> (StatusCode, String) {
        let request = self.http.get(format!("{}{path}?{query}", self.hub.base_url));
        let request = if dashboard {
            request.header(COOKIE, &self.cookie)
        } else {
            request.header(AUTHORIZATION, format!("Bearer {}", self.api_token))
        };
        let response = request.send().await.expect("the hub answers");
        (response.status(), response.text().await.unwrap_or_default())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extreme_dates_are_refused_with_a_message() {
    let client = Client::start().await;
    for query in [
        "to=%2B262142-12-31",
        "from=-262143-01-01",
        "from=2026-01-01&to=2026-01-31",
        "period=%2B262142",
        "period=-262143-01",
        "period=1999",
        "period=1999-W52",
        "period=9999-Q4",
        "period=10000",
        "period=2026-W54",
    ] {
        for (path, dashboard) in PATHS {
            let (status, body) = client.get(path, dashboard, query).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{path}?{query}: {body}");
            assert!(body.contains("2026-W36") && body.contains("2026-Q3"), "{path}?{query}: {body}");
        }
    }
}

/// A value a query might carry: dates of any year and shape, numbers, text.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        (-300_000i64..300_000, 0u32..14, 0u32..33, any::<bool>()).prop_map(|(y, m, d, plus)| if plus {
            format!("+{y}-{m:02}-{d:02}")
        } else {
            format!("{y}-{m:02}-{d:02}")
        }),
        (1990i32..2100, 1u32..13, 1u32..32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        // The ends of chrono's calendar and of the supported years.
        prop::sample::select(vec![
            "+262142-12-31",
            "+262142-12-27",
            "-262143-01-01",
            "-262144-12-31",
            "1999-12-31",
            "2000-01-01",
            "9999-12-31",
            "+10000-01-01",
            "+262142-W52",
            "9999-Q4",
            "2000-W53",
            "-0001",
        ])
        .prop_map(str::to_owned),
        // Periods of every kind, in and out of range.
        (1990i32..10_010, 0u32..60, 0u32..4).prop_map(|(y, n, kind)| match kind {
            0 => format!("{y}-W{n:02}"),
            1 => format!("{y}-{n:02}"),
            2 => format!("{y}-Q{}", n % 6),
            _ => y.to_string(),
        }),
        any::<i64>().prop_map(|n| n.to_string()),
        "[ -~]{0,16}",
        "\\PC{0,8}",
    ]
}

fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("period"),
        Just("from"),
        Just("to"),
        Just("group_by"),
        Just("guide"),
        Just("library"),
        Just("region"),
        Just("lang"),
        Just("period"),
        Just("other")
    ];
    proptest::collection::vec((key, value()), 0..5)
        .prop_map(|pairs| serde_urlencoded::to_string(pairs).expect("pairs of strings encode"))
}

#[test]
fn no_query_makes_a_handler_fail() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let client = runtime.block_on(Client::start());
    let config = ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(query in query())| {
        for (path, dashboard) in PATHS {
            let (status, body) = runtime.block_on(client.get(path, dashboard, &query));
            prop_assert!(status.as_u16() < 500, "{} {}?{}: {}", status, path, query, body);
        }
    });
}
