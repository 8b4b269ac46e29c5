//! Dashboard logins under attack (issue 16, findings 3, 4, 8 and 11): a real hub on 127.0.0.1,
//! attackers from 127.0.0.2 where the coordinator logs in from 127.0.0.1.

use std::net::{IpAddr, Ipv4Addr};

use reqwest::StatusCode;
use reqwest::header::SET_COOKIE;

use crate::common::{Backend, TestHub};

const PASSWORD: &str = "karins-losenord";

struct Login {
    status: StatusCode,
    session: bool,
    body: String,
}

fn client_from(address: IpAddr) -> reqwest::Client {
    reqwest::Client::builder().local_address(address).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn log_in(client: &reqwest::Client, base: &str, name: &str, password: &str, headers: &[(&str, &str)]) -> Login {
    let mut request = client
        .post(format!("{base}/dashboard/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string([("name", name), ("password", password)]).unwrap());
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("hub answers");
    let status = response.status();
    let session = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.starts_with("lotsen_session=lotsen-session-")));
    Login { status, session, body: response.text().await.unwrap_or_default() }
}

async fn start(test: &str) -> TestHub {
    let hub = TestHub::start(Backend::Sqlite, test).await.expect("SQLite hub");
    lotsen_hub::dashboard::add_user(&hub.hub, "karin", Some("Västerbotten"), false, PASSWORD).await.unwrap();
    hub
}

const ATTACKER: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));
const COORDINATOR: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_guesses_gets_five_checks() {
    let hub = start("a_burst_of_guesses_gets_five_checks").await;
    let client = client_from(ATTACKER);
    let (answers, mut answered) = tokio::sync::mpsc::unbounded_channel();
    for n in 0..40 {
        let (client, base, answers) = (client.clone(), hub.base_url.clone(), answers.clone());
        tokio::spawn(async move {
            let _ = answers.send(log_in(&client, &base, "karin", &format!("guess {n}"), &[]).await);
        });
    }
    drop(answers);
    // The right password in the same burst, once the lock shows, while most wrong ones are
    // still waiting for their check.
    let mut wrong = Vec::new();
    while let Some(attempt) = answered.recv().await {
        let locked = attempt.status == StatusCode::FORBIDDEN;
        wrong.push(attempt);
        if locked {
            break;
        }
    }
    let right = log_in(&client, &hub.base_url, "karin", PASSWORD, &[]).await;
    while let Some(attempt) = answered.recv().await {
        wrong.push(attempt);
    }
    assert_eq!(wrong.len(), 40);
    assert!(wrong.iter().all(|attempt| !attempt.session));
    let refused = wrong.iter().filter(|attempt| attempt.status == StatusCode::UNAUTHORIZED).count();
    assert!(refused <= 4, "{refused} wrong passwords were checked and refused before the lock");
    assert!(!right.session, "the right password in a burst of 40 wrong ones got a session: {}", right.body);
    assert!(matches!(right.status, StatusCode::FORBIDDEN | StatusCode::TOO_MANY_REQUESTS), "{}", right.status);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_attacker_elsewhere_cannot_lock_a_coordinator_out() {
    let hub = start("an_attacker_elsewhere_cannot_lock_a_coordinator_out").await;
    let attacker = client_from(ATTACKER);
    for n in 1..=5 {
        log_in(&attacker, &hub.base_url, "karin", &format!("guess {n}"), &[]).await;
    }
    let locked = log_in(&attacker, &hub.base_url, "karin", PASSWORD, &[]).await;
    assert_eq!((locked.status, locked.session), (StatusCode::FORBIDDEN, false), "the attacker is locked");
    let coordinator = log_in(&client_from(COORDINATOR), &hub.base_url, "karin", PASSWORD, &[]).await;
    assert_eq!((coordinator.status, coordinator.session), (StatusCode::SEE_OTHER, true), "{}", coordinator.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lock_does_not_tell_which_names_exist() {
    let hub = start("the_lock_does_not_tell_which_names_exist").await;
    let attacker = client_from(ATTACKER);
    let mut answers = Vec::new();
    for name in ["karin", "nobody"] {
        let mut statuses = Vec::new();
        for n in 1..=6 {
            statuses.push(log_in(&attacker, &hub.base_url, name, &format!("guess {n}"), &[]).await.status);
        }
        let locked = log_in(&attacker, &hub.base_url, name, "yet another guess", &[]).await;
        answers.push((statuses, locked.status, locked.body.replace(name, "NAME")));
    }
    assert_eq!(answers[0].0, [401, 401, 401, 401, 403, 403].map(|s| StatusCode::from_u16(s).unwrap()));
    assert_eq!(answers[0], answers[1], "a known and an unknown name are answered alike");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forms_from_other_sites_are_refused() {
    let hub = start("forms_from_other_sites_are_refused").await;
    let client = client_from(COORDINATOR);
    let host = hub.base_url.trim_start_matches("http://").to_owned();
    let own_origin = hub.base_url.clone();
    for headers in [
        vec![("origin", "http://evil.example")],
        vec![("origin", "null")],
        vec![("sec-fetch-site", "cross-site"), ("origin", own_origin.as_str())],
        vec![("sec-fetch-site", "same-site")],
    ] {
        let login = log_in(&client, &hub.base_url, "karin", PASSWORD, &headers).await;
        assert_eq!((login.status, login.session), (StatusCode::FORBIDDEN, false), "{headers:?}: {}", login.body);
    }
    let logout = client
        .post(format!("{}/dashboard/logout", hub.base_url))
        .header("origin", "http://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), StatusCode::FORBIDDEN);
    // The hub's own page, and a client that is not a browser, log in.
    for headers in [
        vec![("origin", own_origin.as_str()), ("sec-fetch-site", "same-origin")],
        vec![("origin", own_origin.as_str())],
        vec![],
    ] {
        let login = log_in(&client, &hub.base_url, "karin", PASSWORD, &headers).await;
        assert_eq!((login.status, login.session), (StatusCode::SEE_OTHER, true), "{headers:?} {host}");
    }
}

/// Peak resident memory of a process (VmHWM), in MiB.
pub fn peak_memory_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read /proc/PID/status");
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status");
    kib / 1024.0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eighty_logins_at_once_stay_within_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite:{}", dir.path().join("hub.sqlite3").display());
    crate::shutdown::admin(&database, &["kiosk", "list"]);
    let (mut hub, addr) = crate::shutdown::start_serve(&database);
    let base = format!("http://{addr}");
    let before = peak_memory_mib(hub.id());
    // 80 names nobody has, from four addresses (20 each, the per-address limit a minute).
    let attempts: Vec<_> = (0..80u8)
        .map(|n| {
            let client = client_from(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + n % 4)));
            let base = base.clone();
            tokio::spawn(async move { log_in(&client, &base, &format!("nobody-{n}"), "a guess", &[]).await.status })
        })
        .collect();
    let mut statuses = Vec::new();
    for attempt in attempts {
        statuses.push(attempt.await.unwrap());
    }
    let peak = peak_memory_mib(hub.id());
    let _ = hub.kill();
    let _ = hub.wait();
    assert!(
        statuses.iter().all(|s| matches!(*s, StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS)),
        "{statuses:?}"
    );
    eprintln!("80 logins at once: peak {peak:.1} MiB (before them {before:.1} MiB)");
    assert!(peak < 120.0, "80 logins at once took the hub to {peak:.1} MiB (from {before:.1} MiB)");
}
