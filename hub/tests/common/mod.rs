//! A real hub on 127.0.0.1 for the integration tests, on SQLite (a temp file) or PostgreSQL
//! (a fresh database per test on the server named by LOTSEN_TEST_POSTGRES_URL).

use chrono::NaiveDateTime;
use lotsen_hub::{Hub, IssuedKioskToken, ServeHandle};
use lotsen_wire::{Batch, Event, EventKind, Hour};
use reqwest::StatusCode;
use serde_json::Value;
use sqlx::{Connection, Executor};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where a test's database lives; keeps the temp dir alive for SQLite.
pub struct TestDatabase {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

/// The PostgreSQL server to test against, or None (with a "skipped" line) when there is none
/// and LOTSEN_REQUIRE_ALL_TESTS is not 1.
pub fn postgres_server_url(test: &str) -> Option<String> {
    match std::env::var("LOTSEN_TEST_POSTGRES_URL") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var("LOTSEN_REQUIRE_ALL_TESTS").as_deref() == Ok("1") => panic!(
            "{test}: LOTSEN_TEST_POSTGRES_URL is not set and LOTSEN_REQUIRE_ALL_TESTS=1; start a server with: eval \"$(scripts/postgres-test-cluster start)\""
        ),
        _ => {
            eprintln!("skipped: {test} (PostgreSQL): LOTSEN_TEST_POSTGRES_URL is not set; see hub/README.md");
            None
        }
    }
}

impl TestDatabase {
    pub async fn create(backend: Backend, test: &str) -> Option<TestDatabase> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite:{}", dir.path().join("hub.sqlite3").display());
                Some(TestDatabase { url, _dir: Some(dir) })
            }
            Backend::Postgres => {
                let server = postgres_server_url(test)?;
                let mut admin = sqlx::PgConnection::connect(&server)
                    .await
                    .unwrap_or_else(|e| panic!("connecting to {server}: {e}"));
                let name = format!("lotsen_test_{}", Uuid::new_v4().simple());
                admin
                    .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .await
                    .expect("create test database");
                let mut url = reqwest::Url::parse(&server).expect("LOTSEN_TEST_POSTGRES_URL is a URL");
                url.set_path(&name);
                Some(TestDatabase { url: url.to_string(), _dir: None })
            }
        }
    }
}

/// A hub served on an ephemeral port with one registered kiosk.
pub struct TestHub {
    pub hub: Hub,
    pub server: Option<ServeHandle>,
    pub base_url: String,
    pub client: reqwest::Client,
    pub kiosk: IssuedKioskToken,
    pub database: TestDatabase,
}

pub const REGION: &str = "Västerbotten";
pub const LIBRARY: &str = "Umeå stadsbibliotek";

impl TestHub {
    pub async fn start(backend: Backend, test: &str) -> Option<TestHub> {
        TestHub::start_with(backend, test, |hub| hub).await
    }

    /// Like `start`, with a chance to configure the hub first (e.g. its rate limit).
    pub async fn start_with(backend: Backend, test: &str, configure: impl FnOnce(Hub) -> Hub) -> Option<TestHub> {
        let database = TestDatabase::create(backend, test).await?;
        Some(TestHub::start_on(database, configure).await)
    }

    /// A hub on the database at `url`, which the caller keeps (e.g. SQLite on a tmpfs).
    pub async fn start_at(url: &str) -> TestHub {
        TestHub::start_on(TestDatabase { url: url.to_owned(), _dir: None }, |hub| hub).await
    }

    /// A hub on a database the test prepared (e.g. with the `lotsen-hub` binary).
    pub async fn start_on_database(database: TestDatabase) -> TestHub {
        TestHub::start_on(database, |hub| hub).await
    }

    async fn start_on(database: TestDatabase, configure: impl FnOnce(Hub) -> Hub) -> TestHub {
        let hub = configure(Hub::open(&database.url).await.expect("open hub"));
        let kiosk = hub.add_kiosk(LIBRARY, REGION, Some("umea-1")).await.expect("add kiosk");
        let server = serve(&hub).await;
        TestHub {
            base_url: server.base_url(),
            server: Some(server),
            client: reqwest::Client::new(),
            hub,
            kiosk,
            database,
        }
    }

    /// Stops the server and starts it again on a new port, on the same database.
    pub async fn restart(&mut self) {
        self.server.take().expect("server running").shutdown().await.expect("shutdown");
        self.hub = Hub::open(&self.database.url).await.expect("reopen hub");
        let server = serve(&self.hub).await;
        self.base_url = server.base_url();
        self.server = Some(server);
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// POSTs a raw body to the batches endpoint; returns status and parsed JSON (Null if none).
    pub async fn post_raw(&self, token: Option<&str>, body: impl Into<reqwest::Body>) -> (StatusCode, Value) {
        let mut request =
            self.client.post(self.url(lotsen_wire::BATCHES_PATH)).header("content-type", "application/json").body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("hub answers");
        let status = response.status();
        let text = response.text().await.expect("response body");
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn post_batch(&self, token: &str, batch: &Batch) -> (StatusCode, Value) {
        self.post_raw(Some(token), serde_json::to_vec(batch).unwrap()).await
    }

    pub async fn stats(&self, token: &str, query: &str) -> (StatusCode, Value) {
        let response = self
            .client
            .get(format!("{}?{query}", self.url(lotsen_hub::STATS_PATH)))
            .bearer_auth(token)
            .send()
            .await
            .expect("hub answers");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }
}

async fn serve(hub: &Hub) -> ServeHandle {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
    lotsen_hub::serve(listener, hub.clone()).expect("serve")
}

pub fn hour(text: &str) -> Hour {
    Hour::parse(text).unwrap()
}

/// The current hour (UTC) shifted by `hours`, as the wire writes it.
pub fn hour_from_now(hours: i64) -> String {
    let time: NaiveDateTime = chrono::Utc::now().naive_utc() + chrono::Duration::hours(hours);
    Hour::truncate(time).to_string()
}

pub fn event(seq: u64, kind: EventKind, session: Uuid, at: &str) -> Event {
    Event {
        seq,
        kind,
        hour: hour(at),
        session,
        guide: None,
        step: None,
        locale: None,
        helpful: None,
        correct: None,
        need: None,
    }
}

pub fn batch(kiosk_id: &str, events: Vec<Event>) -> Batch {
    Batch { batch_id: Uuid::new_v4(), kiosk_id: kiosk_id.into(), schema: lotsen_wire::SCHEMA_VERSION, events }
}

/// What one visit produces: started, language, guide opened, steps 1..=reached_step, then
/// completed or abandoned at the last step, optional help and assisted marks, ended.
#[derive(Debug, Clone, Copy)]
pub struct Visit {
    pub at: &'static str,
    pub locale: &'static str,
    pub guide: &'static str,
    pub reached_step: u32,
    pub completed: bool,
    pub help: bool,
    pub assisted: bool,
}

impl Visit {
    /// A Swedish visitor who finished bankid-get at `reached_step`, without help.
    pub fn finished(at: &'static str, reached_step: u32) -> Visit {
        Visit { at, locale: "sv", guide: "bankid-get", reached_step, completed: true, help: false, assisted: false }
    }

    pub fn events(&self, first_seq: u64) -> Vec<Event> {
        let session = Uuid::new_v4();
        let mut seq = first_seq;
        let mut events = Vec::new();
        let mut push = |kind: EventKind, step: Option<u32>| {
            let mut event = event(seq, kind, session, self.at);
            seq += 1;
            event.locale = Some(self.locale.into());
            if !matches!(
                kind,
                EventKind::SessionStarted
                    | EventKind::SessionEnded
                    | EventKind::LanguageChosen
                    | EventKind::HelpAsked
                    | EventKind::AssistedMarked
            ) {
                event.guide = Some(self.guide.into());
            }
            event.step = step;
            events.push(event);
        };
        push(EventKind::SessionStarted, None);
        push(EventKind::LanguageChosen, None);
        push(EventKind::GuideOpened, None);
        for step in 1..=self.reached_step {
            push(EventKind::StepReached, Some(step));
        }
        if self.completed {
            push(EventKind::GuideCompleted, Some(self.reached_step));
        } else {
            push(EventKind::GuideAbandoned, Some(self.reached_step));
        }
        if self.help {
            push(EventKind::HelpAsked, None);
        }
        if self.assisted {
            push(EventKind::AssistedMarked, None);
        }
        push(EventKind::SessionEnded, None);
        events
    }
}

/// Events of several visits with consecutive seqs from `first_seq`.
pub fn visits(first_seq: u64, visits: &[Visit]) -> Vec<Event> {
    let mut events = Vec::new();
    for visit in visits {
        events.extend(visit.events(first_seq + events.len() as u64));
    }
    events
}

/// Generates `#[tokio::test]`s `sqlite::NAME` and `postgres::NAME` for each
/// `async fn NAME(backend: Backend, test: &str)` listed.

macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                super::$name(crate::common::Backend::Sqlite, concat!("sqlite::", stringify!($name))).await;
            })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                super::$name(crate::common::Backend::Postgres, concat!("postgres::", stringify!($name))).await;
            })*
        }
    };
}
