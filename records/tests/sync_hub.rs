//! The kiosk's sync against a real `lotsen-hub` served on 127.0.0.1 by this test: events go
//! from the usage log through the outbox to the hub and show up in `/api/v1/stats`; a hub that
//! stops mid-sync, a batch that arrives twice and a revoked token lose and double nothing.

use std::net::SocketAddr;
use std::time::Duration;

use lotsen_hub::{Hub, IssuedKioskToken, STATS_PATH, ServeHandle};
use lotsen_records::{
    EventRecord, HubClient, SyncConfig, SyncProblem, SyncWorker, UsageLog, send_next_batch, usage_db,
};
use lotsen_wire::{Event, EventKind};
use rusqlite::Connection;
use serde_json::Value;
use uuid::Uuid;

use crate::common::wait_for_status;

const KIOSK: &str = "umea-1";
const REGION: &str = "Västerbotten";
/// Upper bound for waiting on the worker; a bound against hanging, not a speed requirement.
const PATIENCE: Duration = Duration::from_secs(60);

/// A real hub on an SQLite file, served on 127.0.0.1 by its own tokio runtime.
struct TestHub {
    server: Option<ServeHandle>,
    hub: Hub,
    database_url: String,
    addr: SocketAddr,
    kiosk: IssuedKioskToken,
    api_token: String,
    _dir: tempfile::TempDir,
    /// Last, so that the hub's tasks and pool go before their runtime does.
    runtime: tokio::runtime::Runtime,
}

impl TestHub {
    fn start() -> TestHub {
        TestHub::start_with(|hub| hub)
    }

    /// Like `start`, with a chance to configure the hub first (e.g. its rate limit).
    fn start_with(configure: impl FnOnce(Hub) -> Hub) -> TestHub {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let database_url = format!("sqlite:{}", dir.path().join("hub.sqlite3").display());
        let hub = configure(runtime.block_on(Hub::open(&database_url)).unwrap());
        let kiosk = runtime.block_on(hub.add_kiosk("Umeå stadsbibliotek", REGION, Some(KIOSK))).unwrap();
        let api_token = runtime.block_on(hub.add_api_token(REGION)).unwrap().token;
        let server = serve(&runtime, &hub, "127.0.0.1:0".parse().unwrap());
        let addr = server.local_addr();
        TestHub { server: Some(server), hub, database_url, addr, kiosk, api_token, _dir: dir, runtime }
    }

    fn stop(&mut self) {
        let server = self.server.take().expect("hub running");
        self.runtime.block_on(server.shutdown()).unwrap();
    }

    /// Starts the hub again on the same address and database, as after a hub restart.
    fn restart(&mut self) {
        self.hub = self.runtime.block_on(Hub::open(&self.database_url)).unwrap();
        self.server = Some(serve(&self.runtime, &self.hub, self.addr));
    }

    /// The settings a librarian types for this hub: its address, the kiosk's token and name.
    fn kiosk_settings(&self) -> lotsen_records::Settings {
        lotsen_records::Settings {
            hub_url: format!("http://{}", self.addr),
            hub_token: self.kiosk.token.clone(),
            kiosk_id: KIOSK.into(),
            ..lotsen_records::Settings::default()
        }
    }

    fn sync_config(&self) -> SyncConfig {
        SyncConfig {
            hub_url: format!("http://{}", self.addr),
            hub_token: self.kiosk.token.clone(),
            kiosk_id: KIOSK.into(),
            retention_days: 30,
            interval: Duration::from_millis(100),
            connect_timeout: Duration::from_secs(2),
            request_timeout: Duration::from_secs(10),
            retry_min: Duration::from_millis(50),
            retry_max: Duration::from_millis(400),
            max_events_per_batch: 20,
        }
    }

    fn stored_events(&self) -> Vec<Event> {
        self.runtime.block_on(self.hub.stored_events(KIOSK)).unwrap()
    }

    /// The hub's totals for this month, which holds the events just recorded (the hub's default
    /// period is the last complete month).
    fn stats_total(&self) -> Value {
        let month = chrono::Local::now().format("%Y-%m");
        let response = reqwest::blocking::Client::new()
            .get(format!("http://{}{STATS_PATH}?period={month}", self.addr))
            .bearer_auth(&self.api_token)
            .send()
            .unwrap();
        assert_eq!(response.status(), 200);
        response.json::<Value>().unwrap()["total"].clone()
    }
}

fn serve(runtime: &tokio::runtime::Runtime, hub: &Hub, addr: SocketAddr) -> ServeHandle {
    let _entered = runtime.enter();
    // SO_REUSEADDR: the restarted hub takes the port back although old connections linger.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_reuseaddr(true).unwrap();
    socket.bind(addr).unwrap();
    lotsen_hub::serve(socket.listen(64).unwrap(), hub.clone()).unwrap()
}

/// One visitor: opens a guide, reaches a step, completes it or gives up.
fn visit(usage_log: &UsageLog, locale: &str, completes: bool) {
    let session = Uuid::new_v4();
    usage_log.record(EventRecord::new(EventKind::SessionStarted, session)).unwrap();
    usage_log.record(EventRecord::new(EventKind::LanguageChosen, session).locale(locale)).unwrap();
    usage_log.record(EventRecord::new(EventKind::GuideOpened, session).guide("bankid-get")).unwrap();
    usage_log.record(EventRecord::new(EventKind::StepReached, session).guide("bankid-get").step(1)).unwrap();
    if completes {
        usage_log.record(EventRecord::new(EventKind::GuideCompleted, session).guide("bankid-get")).unwrap();
    } else {
        usage_log.record(EventRecord::new(EventKind::GuideAbandoned, session).guide("bankid-get").step(1)).unwrap();
    }
    usage_log.record(EventRecord::new(EventKind::SessionEnded, session)).unwrap();
}

/// (seq, kind, session) of every event in the kiosk's log, in seq order.
fn local_events(dir: &std::path::Path) -> Vec<(u64, String, String)> {
    let connection = Connection::open(usage_db::path_in(dir)).unwrap();
    let mut select = connection.prepare("SELECT seq, kind, session FROM events ORDER BY seq").unwrap();
    select.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?))).unwrap().collect::<Result<_, _>>().unwrap()
}

fn hub_events(hub: &TestHub) -> Vec<(u64, String, String)> {
    let mut events: Vec<_> =
        hub.stored_events().into_iter().map(|e| (e.seq, e.kind.as_str().to_owned(), e.session.to_string())).collect();
    events.sort();
    events
}

#[test]
fn recorded_events_are_synced_and_counted_in_the_hub_stats() {
    let hub = TestHub::start();
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    for visitor in 0..9 {
        visit(&usage_log, if visitor < 6 { "ar" } else { "sv" }, visitor != 8);
    }
    usage_log.flush(PATIENCE).unwrap();
    assert_eq!(usage_log.status().pending_events, 54);

    let _worker = SyncWorker::start(&usage_log, hub.sync_config()).unwrap();
    let status =
        wait_for_status(&usage_log, "everything acknowledged", |s| s.pending_events == 0 && s.last_success.is_some());
    assert_eq!(status.sync_error, None);
    assert!(status.hub_configured);

    assert_eq!(hub_events(&hub), local_events(dir.path()), "the hub holds exactly the kiosk's events");
    let total = hub.stats_total();
    assert_eq!(total["sessions"], 9, "{total}");
    assert_eq!(total["guides_opened"], 9, "{total}");
    assert_eq!(total["guides_completed"], 8, "{total}");
    let outbox_unacked: i64 = Connection::open(usage_db::path_in(dir.path()))
        .unwrap()
        .query_row("SELECT count(*) FROM outbox WHERE acked_at IS NULL", [], |row| row.get(0))
        .unwrap();
    assert_eq!(outbox_unacked, 0);
}

#[test]
fn a_hub_stopped_mid_sync_and_restarted_ends_with_every_event_once() {
    // 5 batches a second: the 32 batches take several seconds, so the hub surely stops mid-sync.
    let mut hub = TestHub::start_with(|hub| hub.with_kiosk_rate_limit(5, 5).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    for visitor in 0..100 {
        visit(&usage_log, "fa", visitor % 3 != 0);
    }
    usage_log.flush(PATIENCE).unwrap();
    let worker = SyncWorker::start(&usage_log, hub.sync_config()).unwrap();
    wait_for_status(&usage_log, "the first batches", |s| s.pending_events < 600);
    hub.stop();
    let status = wait_for_status(&usage_log, "the worker to notice the hub is gone", |s| {
        s.sync_error.as_deref().is_some_and(|e| e.contains("cannot reach the hub"))
    });
    assert!(status.pending_events > 0, "the hub stopped before the kiosk had sent everything: {status:?}");
    assert!(!hub_events(&hub).is_empty(), "the hub had received some batches");

    // The kiosk keeps recording while the hub is away.
    for _ in 0..5 {
        visit(&usage_log, "ti", true);
    }
    usage_log.flush(PATIENCE).unwrap();
    hub.restart();
    worker.sync_now();
    let status = wait_for_status(&usage_log, "everything acknowledged after the restart", |s| s.pending_events == 0);
    assert_eq!(status.sync_error, None);
    drop(worker);

    let local = local_events(dir.path());
    assert_eq!(local.len(), 630);
    assert_eq!(hub_events(&hub), local, "nothing lost, nothing doubled");
    let total = hub.stats_total();
    assert_eq!(total["sessions"], 105, "{total}");
}

#[test]
fn the_same_batch_posted_twice_is_stored_once() {
    let hub = TestHub::start();
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    for _ in 0..3 {
        visit(&usage_log, "so", true);
    }
    usage_log.flush(PATIENCE).unwrap();

    let config = hub.sync_config();
    let client = HubClient::new(&config).unwrap().expect("a hub is configured");
    let mut connection = usage_db::open(dir.path()).unwrap();
    // The outbox's first batch, posted twice as if the first answer had been lost on the way.
    let batch = usage_db::next_batch(&mut connection, KIOSK, config.max_events_per_batch).unwrap().unwrap();
    let first = client.post(&batch).unwrap();
    let second = client.post(&batch).unwrap();
    assert_eq!(first, second);
    assert_eq!(first.acked_through_seq, batch.last_seq);
    assert_eq!(hub.stored_events().len() as u64, batch.event_count);

    // The kiosk never saw an ack, so the worker's round sends that batch a third time.
    let resent = send_next_batch(&mut connection, &client, &config).unwrap().unwrap();
    assert_eq!(resent.batch_id, batch.batch_id);
    assert_eq!(resent.body, batch.body, "resent unchanged");
    while send_next_batch(&mut connection, &client, &config).unwrap().is_some() {}
    assert_eq!(hub_events(&hub), local_events(dir.path()));
    assert_eq!(usage_db::pending_count(&connection).unwrap(), 0);
}

#[test]
fn a_revoked_token_is_reported_and_the_events_wait_on_the_kiosk() {
    let hub = TestHub::start();
    hub.runtime.block_on(hub.hub.revoke_kiosk(KIOSK)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    visit(&usage_log, "uk", true);
    usage_log.flush(PATIENCE).unwrap();

    let worker = SyncWorker::start(&usage_log, hub.sync_config()).unwrap();
    let status = wait_for_status(&usage_log, "the 401 to be reported", |s| s.sync_error.is_some());
    let message = status.sync_error.clone().unwrap();
    assert!(message.contains("401") && message.contains("hub_token"), "{message}");
    // Still recording, still pending, nothing at the hub, nothing dropped locally.
    visit(&usage_log, "uk", false);
    usage_log.flush(PATIENCE).unwrap();
    drop(worker);
    assert_eq!(usage_log.status().pending_events, 12);
    assert_eq!(local_events(dir.path()).len(), 12);
    assert!(hub.stored_events().is_empty());
    let settings_error: Option<String> = Connection::open(usage_db::path_in(dir.path()))
        .unwrap()
        .query_row("SELECT last_error FROM sync_state", [], |row| row.get(0))
        .unwrap();
    assert_eq!(settings_error.as_deref(), Some(message.as_str()), "the error is kept for `lotsen stats`");
}

#[test]
fn batches_refused_under_a_wrong_kiosk_name_go_under_the_fixed_one_without_a_restart() {
    let hub = TestHub::start();
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    for _ in 0..4 {
        visit(&usage_log, "ar", true);
    }
    usage_log.flush(PATIENCE).unwrap();

    // The token is umea-1's, the kiosk still calls itself kiosk-1: the hub refuses (403).
    let misnamed = SyncConfig { kiosk_id: "kiosk-1".into(), ..hub.sync_config() };
    let worker = SyncWorker::start(&usage_log, misnamed).unwrap();
    let status = wait_for_status(&usage_log, "the 403 to be reported", |s| s.sync_problem.is_some());
    assert_eq!(status.sync_problem, Some(SyncProblem::WrongKioskName), "{status:?}");
    assert!(status.sync_error.as_deref().is_some_and(|e| e.contains("403") && e.contains("kiosk_id")), "{status:?}");
    assert_eq!(status.pending_events, 24);
    let waiting: i64 = Connection::open(usage_db::path_in(dir.path()))
        .unwrap()
        .query_row("SELECT count(*) FROM outbox WHERE acked_at IS NULL", [], |row| row.get(0))
        .unwrap();
    assert!(waiting >= 1, "batches wait in the outbox under kiosk-1");
    assert!(hub.stored_events().is_empty());

    // The name is fixed in the settings; the same worker takes it and sends everything, once.
    worker.use_settings(&hub.kiosk_settings());
    let status = wait_for_status(&usage_log, "everything acknowledged", |s| s.pending_events == 0);
    assert_eq!((status.sync_problem, status.sync_error), (None, None));
    drop(worker);
    assert_eq!(hub_events(&hub), local_events(dir.path()), "nothing lost, nothing doubled");
    let refused_batches: i64 = Connection::open(usage_db::path_in(dir.path()))
        .unwrap()
        .query_row("SELECT count(*) FROM outbox WHERE body LIKE '%\"kiosk-1\"%'", [], |row| row.get(0))
        .unwrap();
    assert_eq!(refused_batches, 0, "the refused batches were written again under umea-1");
}

#[test]
fn a_token_corrected_in_the_settings_is_used_without_a_restart() {
    let hub = TestHub::start();
    let dir = tempfile::tempdir().unwrap();
    let usage_log = UsageLog::open(dir.path()).unwrap();
    visit(&usage_log, "fi", true);
    usage_log.flush(PATIENCE).unwrap();

    let mistyped = SyncConfig { hub_token: format!("{}x", hub.kiosk.token), ..hub.sync_config() };
    let worker = SyncWorker::start(&usage_log, mistyped).unwrap();
    let status = wait_for_status(&usage_log, "the 401 to be reported", |s| s.sync_problem.is_some());
    assert_eq!(status.sync_problem, Some(SyncProblem::TokenRefused), "{status:?}");

    worker.use_settings(&hub.kiosk_settings());
    let status = wait_for_status(&usage_log, "everything acknowledged", |s| s.pending_events == 0);
    assert_eq!(status.sync_problem, None);
    drop(worker);
    assert_eq!(hub_events(&hub), local_events(dir.path()));
}
