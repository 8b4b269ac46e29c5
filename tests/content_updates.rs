//! Content packs from a real hub on 127.0.0.1 to real kiosk code: published, fetched at a sync,
//! staged, switched in at the next idle reset (never under a visitor) and rendered; withdrawn
//! and gone back from; every kind of bad pack refused with the old content still running; and
//! the kiosk killed (SIGKILL) mid-download and mid-switch starting on a complete pack.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use i_slint_backend_testing::ElementQuery;
use lotsen::updates::{ContentFetcher, ContentState, ContentStore, HubCompanion, KioskFacts};
use lotsen_hub::{Hub, ServeHandle};
use lotsen_pack::{FileEntry, Manifest, SigningKey, TrustedKey};
use lotsen_records::{HubClient, Settings, SyncCompanion, SyncConfig, SyncRound, SyncWorker, UsageLog};
use lotsen_wire::{KioskStatus, Problem};
use slint::{ComponentHandle, Model};

use crate::common::{begin_guide, copy_dir, repo, start_kiosk, wait_seconds};

const LOTSEN: &str = env!("CARGO_BIN_EXE_lotsen");
const GUIDE: &str = "sample-errand";
const OLD_TITLE: &str = "Ett provärende";

/// A hub serving one region, in this process, on its own runtime.
struct Region {
    hub: Hub,
    url: String,
    token: String,
    database: PathBuf,
    _server: ServeHandle,
    _dir: tempfile::TempDir,
    /// Last, so that the hub's tasks go before their runtime does.
    runtime: tokio::runtime::Runtime,
}

fn start_hub() -> Region {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("hub.sqlite3");
    let hub = runtime.block_on(Hub::open(&format!("sqlite:{}", database.display()))).unwrap();
    let kiosk = runtime.block_on(hub.add_kiosk("Umeå stadsbibliotek", "Västerbotten", Some("umea-1"))).unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let server = {
        let _entered = runtime.enter();
        lotsen_hub::serve(listener, hub.clone()).unwrap()
    };
    Region {
        hub,
        url: format!("http://{}", server.local_addr()),
        token: kiosk.token,
        database,
        _server: server,
        _dir: dir,
        runtime,
    }
}

impl Region {
    fn trust(&self, editor: &Editor) {
        self.runtime.block_on(self.hub.trust_content_key(&editor.public.to_text())).unwrap();
    }

    /// `lotsen-hub content publish` for every region.
    fn publish(&self, pack: &[u8]) -> u64 {
        self.runtime.block_on(self.hub.publish_content(pack, None)).unwrap().version
    }

    fn withdraw(&self, version: u64) {
        self.runtime.block_on(self.hub.withdraw_content(version, None)).unwrap();
    }

    /// Replaces the stored file of pack `version` behind the hub's back (a compromised or broken
    /// hub): the hub then announces and serves `data` as that pack.
    fn tamper(&self, version: u64, data: &[u8]) {
        let db = rusqlite::Connection::open(&self.database).unwrap();
        let changed = db
            .execute(
                "UPDATE content_packs SET data = ?1, size = ?2, sha256 = ?3 WHERE version = ?4",
                rusqlite::params![data, data.len() as i64, lotsen_pack::sha256_hex(data), version as i64],
            )
            .unwrap();
        assert_eq!(changed, 1);
    }

    fn settings(&self, editor: &Editor) -> Settings {
        Settings {
            kiosk_id: "umea-1".into(),
            hub_url: self.url.clone(),
            hub_token: self.token.clone(),
            content_public_key: editor.public.to_base64(),
            idle_timeout_secs: 10,
            idle_countdown_secs: 5,
            ..Settings::default()
        }
    }
}

/// An editor's content folder (the fixture guides and the real UI text) and signing key.
struct Editor {
    dir: tempfile::TempDir,
    key: SigningKey,
    /// The same secret key, to sign packs made by hand.
    secret: minisign::SecretKey,
    public: TrustedKey,
}

impl Editor {
    fn new() -> Editor {
        let dir = tempfile::tempdir().unwrap();
        let keys = lotsen_pack::generate_key_pair(&dir.path().join("keys")).unwrap();
        copy_dir(&repo().join("tests/fixtures/guides"), &dir.path().join("content/guides"));
        copy_dir(&repo().join("locales"), &dir.path().join("content/locales"));
        let secret_text = std::fs::read_to_string(&keys.secret).unwrap();
        let secret =
            minisign::SecretKey::from_unencrypted_box(minisign::SecretKeyBox::from_string(&secret_text).unwrap())
                .unwrap();
        Editor {
            key: SigningKey::from_file(&keys.secret).unwrap(),
            secret,
            public: TrustedKey::from_file(&keys.public).unwrap(),
            dir,
        }
    }

    fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    /// Gives the test guide a new Swedish title.
    fn set_title(&self, title: &str) {
        let file = self.content().join("guides").join(GUIDE).join("sv.ftl");
        let text = std::fs::read_to_string(&file).unwrap();
        let rest = text.split_once('\n').unwrap().1;
        std::fs::write(&file, format!("title = {title}\n{rest}")).unwrap();
    }

    /// Writes the content folder as pack `version` (as `lotsen guides pack` does, without its check).
    fn pack(&self, version: u64) -> Vec<u8> {
        let out = self.dir.path().join(format!("pack-{version}.tar"));
        let kiosk_version = env!("CARGO_PKG_VERSION").parse().unwrap();
        lotsen_pack::write(&self.content(), version, kiosk_version, chrono::Utc::now(), &self.key, &out).unwrap();
        std::fs::read(out).unwrap()
    }

    /// A pack made by hand, correctly signed: the manifest lists `listed`, the tar holds `entries`
    /// (path written raw into the header, entry type, link target, data).
    fn craft(
        &self,
        version: u64,
        listed: Vec<FileEntry>,
        entries: Vec<(&str, tar::EntryType, &str, Vec<u8>)>,
    ) -> Vec<u8> {
        let manifest = Manifest {
            format: lotsen_pack::FORMAT,
            version,
            created: chrono::Utc::now(),
            min_kiosk_version: lotsen_pack::semver::Version::new(0, 1, 0),
            files: listed,
        };
        let json = serde_json::to_vec(&manifest).unwrap();
        let signature = minisign::sign(None, &self.secret, json.as_slice(), None, None).unwrap().into_string();
        let mut builder = tar::Builder::new(Vec::new());
        let mut append = |name: &str, kind: tar::EntryType, link: &str, data: &[u8]| {
            let mut header = tar::Header::new_gnu();
            header.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
            header.as_old_mut().linkname[..link.len()].copy_from_slice(link.as_bytes());
            header.set_entry_type(kind);
            header.set_size(data.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            builder.append(&header, data).unwrap();
        };
        append(lotsen_pack::MANIFEST_NAME, tar::EntryType::Regular, "", &json);
        append(lotsen_pack::SIGNATURE_NAME, tar::EntryType::Regular, "", signature.as_bytes());
        for (name, kind, link, data) in entries {
            append(name, kind, link, &data);
        }
        builder.into_inner().unwrap()
    }
}

fn listed(path: &str, data: &[u8]) -> FileEntry {
    FileEntry { path: path.into(), size: data.len() as u64, sha256: lotsen_pack::sha256_hex(data) }
}

/// A kiosk's data dir and bundled content (the editor's content before any change: version 0).
struct KioskDisk {
    data: tempfile::TempDir,
    bundled: tempfile::TempDir,
}

impl KioskDisk {
    fn new(editor: &Editor) -> KioskDisk {
        let bundled = tempfile::tempdir().unwrap();
        copy_dir(&editor.content(), bundled.path());
        KioskDisk { data: tempfile::tempdir().unwrap(), bundled }
    }

    fn store(&self) -> ContentStore {
        ContentStore::open(self.data.path(), self.bundled.path()).unwrap()
    }

    /// The state on disk, as a restarted kiosk reads it.
    fn state(&self) -> ContentState {
        self.store().state()
    }

    fn staging_file(&self, version: u64) -> PathBuf {
        self.data.path().join(format!("content/staging/pack-{version}.part"))
    }

    /// `lotsen content status`, from the real binary.
    fn status(&self) -> String {
        let output =
            Command::new(LOTSEN).arg("--data-dir").arg(self.data.path()).args(["content", "status"]).output().unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    }
}

fn client(settings: &Settings) -> HubClient {
    HubClient::new(&SyncConfig::from_settings(settings)).unwrap().unwrap()
}

fn wait_until(what: &str, done: impl Fn() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(60), "still waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A new visitor picks Swedish and opens the test guide: its "what you need" page.
fn open_guide(kiosk: &lotsen::controller::Controller) {
    let name = kiosk.content().chrome.locales.get("sv").unwrap().name.clone();
    crate::common::press(kiosk.window(), &name);
    kiosk.open_guide(GUIDE);
    crate::common::settle();
}

fn guide_title(kiosk: &lotsen::controller::Controller) -> String {
    kiosk.window().global::<lotsen::ui::Session>().get_guide_title().to_string()
}

/// Whether some element on screen is labelled `text` (Text elements are labelled with their text).
fn on_screen(kiosk: &lotsen::controller::Controller, text: &str) -> bool {
    ElementQuery::from_root(kiosk.window())
        .match_descendants()
        .find_all()
        .into_iter()
        .any(|element| element.accessible_label().is_some_and(|label| label == text))
}

#[test]
fn a_published_pack_switches_in_at_the_next_idle_reset_and_a_withdrawal_goes_back() {
    let region = start_hub();
    let editor = Editor::new();
    region.trust(&editor);
    let disk = KioskDisk::new(&editor);
    let settings = region.settings(&editor);
    let (kiosk, worker, store, version) = start_kiosk_with_updates(&disk, settings);
    assert_eq!(version, 0, "nothing published: the bundled content");

    // A visitor is on the guide when pack 1 is published and fetched.
    begin_guide(&kiosk, "sv", GUIDE);
    assert_eq!(guide_title(&kiosk), OLD_TITLE);
    editor.set_title("Ett nytt provärende");
    assert_eq!(region.publish(&editor.pack(1)), 1);
    worker.sync_now();
    wait_until("pack 1 staged", || store.state().staged == Some(1));
    assert!(disk.status().contains("staged: 1 (switches in at the next idle reset)"), "{}", disk.status());
    wait_seconds(5);
    assert_eq!(guide_title(&kiosk), OLD_TITLE, "never under a visitor");

    // The idle question, its countdown, the reset: now pack 1 runs.
    wait_seconds(10 + 5 + 2);
    let state = store.state();
    assert_eq!((state.running, state.previous, state.staged), (1, Some(0), None), "{state:?}");
    open_guide(&kiosk);
    assert_eq!(guide_title(&kiosk), "Ett nytt provärende");
    assert!(on_screen(&kiosk, "Ett nytt provärende"), "the new title is drawn");
    assert!(!on_screen(&kiosk, OLD_TITLE));
    assert!(disk.status().starts_with("running: 1\n"), "{}", disk.status());
    worker.sync_now();
    wait_until("the hub sees pack 1 running", || seen_by_hub(&region).content_running == 1);

    // Withdrawn: the hub announces it, and the kiosk goes back to the bundled content (lower,
    // allowed only because the hub withdrew what runs) at the next idle reset.
    region.withdraw(1);
    worker.sync_now();
    wait_until("the bundled content staged", || store.state().staged == Some(0));
    assert_eq!(guide_title(&kiosk), "Ett nytt provärende", "not under the visitor");
    wait_seconds(10 + 5 + 2);
    assert_eq!(store.state().running, 0);
    open_guide(&kiosk);
    assert!(on_screen(&kiosk, OLD_TITLE), "the old title is drawn again");
    drop(worker);
}

/// The kiosk on `disk` as `lotsen --kiosk` starts it: its content, a sync worker that fetches packs
/// and reports the kiosk's status, and content updates on; with the content version it started on.
fn start_kiosk_with_updates(
    disk: &KioskDisk,
    settings: Settings,
) -> (Rc<lotsen::controller::Controller>, SyncWorker, ContentStore, u64) {
    let store = disk.store();
    let (content, version) = store.load_at_start().unwrap();
    let usage_log = UsageLog::open(disk.data.path()).unwrap();
    let facts = Arc::new(Mutex::new(KioskFacts { read_aloud: Vec::new(), printer_configured: false }));
    let companion =
        HubCompanion::new(ContentFetcher::new(store.clone(), &settings), store.clone(), disk.data.path().into(), facts);
    let worker =
        SyncWorker::start_with(&usage_log, SyncConfig::from_settings(&settings), Some(Box::new(companion))).unwrap();
    let kiosk = start_kiosk(content, settings, Some(usage_log));
    kiosk.enable_content_updates(store.clone());
    (kiosk, worker, store, version)
}

/// Syncs once (what the sync worker's companion does after each round: fetch content, report
/// the kiosk's status) and returns the state on disk.
fn sync_once(disk: &KioskDisk, settings: &Settings) -> ContentState {
    let store = disk.store();
    let facts = Arc::new(Mutex::new(KioskFacts { read_aloud: vec!["sv".into()], printer_configured: false }));
    let mut companion =
        HubCompanion::new(ContentFetcher::new(store.clone(), settings), store, disk.data.path().into(), facts);
    let round = SyncRound { events_waiting: 0, oldest_waiting: None, problem: None };
    companion.after_round(&client(settings), &round);
    disk.state()
}

/// What the hub's Kiosks page shows of the test kiosk.
fn seen_by_hub(region: &Region) -> KioskStatus {
    let kiosks = region.runtime.block_on(region.hub.kiosk_health(None, chrono::Local::now())).unwrap();
    kiosks.into_iter().find(|kiosk| kiosk.kiosk_id == "umea-1").and_then(|kiosk| kiosk.status).expect("a status")
}

#[test]
fn bad_packs_are_refused_and_the_old_content_keeps_running() {
    let region = start_hub();
    let editor = Editor::new();
    let stranger = Editor::new();
    region.trust(&editor);
    region.trust(&stranger);
    let disk = KioskDisk::new(&editor);
    let settings = region.settings(&editor);

    // The kiosk runs pack 1.
    editor.set_title("Version ett");
    let pack1 = editor.pack(1);
    region.publish(&pack1);
    assert_eq!(sync_once(&disk, &settings).staged, Some(1));
    let (_, running) = disk.store().load_at_start().unwrap();
    assert_eq!(running, 1);

    let guide_file = format!("guides/{GUIDE}/guide.toml");
    let guide_toml = std::fs::read(editor.content().join(&guide_file)).unwrap();
    let mut version = 1;
    let mut refused = |what: &str, expected: Problem, pack: &dyn Fn(u64) -> (Vec<u8>, Option<Vec<u8>>)| {
        version += 1;
        let (published, served) = pack(version);
        assert_eq!(region.publish(&published), version, "{what}");
        if let Some(served) = served {
            region.tamper(version, &served);
        }
        let state = sync_once(&disk, &settings);
        let problem = state.problem.as_ref().unwrap_or_else(|| panic!("{what}: no problem recorded: {state:?}"));
        assert_eq!((problem.problem, problem.version), (expected, Some(version)), "{what}: {problem:?}");
        assert_eq!((state.running, state.staged), (1, None), "{what}: the old content keeps running");
        assert!(!disk.data.path().join(format!("content/packs/{version}")).exists(), "{what}: nothing installed");
        let status = disk.status();
        assert!(status.starts_with("running: 1\nstaged: none\n"), "{what}: {status}");
        assert!(status.contains(&format!("last problem: {expected} (")), "{what}: {status}");
        let (_, running) = disk.store().load_at_start().unwrap();
        assert_eq!(running, 1, "{what}: a restart still runs pack 1");
        let seen = seen_by_hub(&region);
        assert_eq!((seen.problem, seen.content_running), (Some(expected), 1), "{what}: the hub sees it");
    };

    refused("a manifest changed after signing", Problem::BadSignature, &|v| {
        let mut bytes = editor.pack(v);
        let at = bytes.windows(10).position(|w| w == b"\"created\":").unwrap();
        bytes[at + 14] = if bytes[at + 14] == b'9' { b'8' } else { b'9' };
        (editor.pack(v), Some(bytes))
    });
    refused("signed by a key the kiosk does not trust", Problem::UnknownKey, &|v| (stranger.pack(v), None));
    refused("an old pack replayed as a new one", Problem::LowerVersion, &|v| (editor.pack(v), Some(pack1.clone())));
    refused("a file changed after signing", Problem::HashMismatch, &|v| {
        let mut bytes = editor.pack(v);
        let at = bytes.windows(11).position(|w| w == b"Version ett").unwrap();
        bytes[at + 8] = b'E';
        (editor.pack(v), Some(bytes))
    });
    refused("a pack the guide checker refuses", Problem::ChecksFailed, &|v| {
        let file = editor.content().join(&guide_file);
        std::fs::write(
            &file,
            String::from_utf8_lossy(&guide_toml).replace("category = \"e-id\"", "category = \"games\""),
        )
        .unwrap();
        let pack = editor.pack(v);
        std::fs::write(&file, &guide_toml).unwrap();
        (pack, None)
    });
    for path in ["guides/../../evil.toml", "/etc/evil.toml"] {
        refused(&format!("the path {path}"), Problem::UnsafePath, &|v| {
            let crafted =
                editor.craft(v, vec![listed(path, b"x")], vec![(path, tar::EntryType::Regular, "", b"x".to_vec())]);
            (editor.pack(v), Some(crafted))
        });
    }
    refused("a symlink", Problem::UnsafePath, &|v| {
        let link = ("guides/evil.toml", tar::EntryType::Symlink, "/etc/passwd", Vec::new());
        (editor.pack(v), Some(editor.craft(v, vec![listed("guides/evil.toml", b"")], vec![link])))
    });
    refused("more than 50 MB unpacked", Problem::TooLarge, &|v| {
        let big = vec![b'a'; lotsen_pack::MAX_UNPACKED_BYTES as usize + 1];
        let crafted = editor.craft(
            v,
            vec![listed("guides/big.txt", &big)],
            vec![("guides/big.txt", tar::EntryType::Regular, "", big.clone())],
        );
        (editor.pack(v), Some(crafted))
    });
}

/// A TCP proxy in front of the hub that passes responses on slowly, or cuts them off, and
/// keeps what the kiosk asked.
struct Proxy {
    url: String,
    requests: Arc<Mutex<String>>,
}

#[derive(Clone, Copy)]
enum Pace {
    /// 4 kB per this many milliseconds.
    Slow(u64),
    /// The connection is closed after this many bytes of the answer.
    CutAfter(usize),
    Full,
}

impl Proxy {
    fn start(upstream: &str, pace: Pace) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = upstream.trim_start_matches("http://").to_string();
        let requests = Arc::new(Mutex::new(String::new()));
        let log = requests.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { return };
                let server = TcpStream::connect(&upstream).unwrap();
                let (mut to_server, mut from_client) = (server.try_clone().unwrap(), client.try_clone().unwrap());
                let log = log.clone();
                std::thread::spawn(move || {
                    let mut buffer = [0u8; 4096];
                    while let Ok(read) = from_client.read(&mut buffer) {
                        if read == 0 || to_server.write_all(&buffer[..read]).is_err() {
                            break;
                        }
                        log.lock().unwrap().push_str(&String::from_utf8_lossy(&buffer[..read]).to_lowercase());
                    }
                });
                std::thread::spawn(move || {
                    let (mut from_server, mut to_client) = (server, client);
                    let mut buffer = [0u8; 4096];
                    let mut sent = 0;
                    while let Ok(read) = from_server.read(&mut buffer) {
                        let read = match pace {
                            Pace::CutAfter(limit) => read.min(limit - sent),
                            _ => read,
                        };
                        if read == 0 || to_client.write_all(&buffer[..read]).is_err() {
                            break;
                        }
                        sent += read;
                        if let Pace::Slow(millis) = pace {
                            std::thread::sleep(Duration::from_millis(millis));
                        }
                    }
                    let _ = to_client.shutdown(std::net::Shutdown::Both);
                });
            }
        });
        Proxy { url, requests }
    }

    fn asked(&self) -> String {
        self.requests.lock().unwrap().clone()
    }
}

#[test]
fn a_download_cut_short_is_kept_and_resumed_with_range() {
    let region = start_hub();
    let editor = Editor::new();
    region.trust(&editor);
    let disk = KioskDisk::new(&editor);
    editor.set_title("Version ett");
    let pack = editor.pack(1);
    region.publish(&pack);

    let cut = Proxy::start(&region.url, Pace::CutAfter(20_000));
    let through_cut = Settings { hub_url: cut.url.clone(), ..region.settings(&editor) };
    let state = sync_once(&disk, &through_cut);
    let problem = state.problem.expect("the short download is noted");
    assert_eq!(problem.problem, Problem::TruncatedDownload, "{problem:?}");
    assert!(problem.detail.contains("resumes at the next sync"), "{problem:?}");
    assert_eq!((state.running, state.staged), (0, None));
    let kept = std::fs::metadata(disk.staging_file(1)).unwrap().len();
    assert!(kept > 0 && kept < pack.len() as u64, "{kept} of {} bytes kept", pack.len());

    let full = Proxy::start(&region.url, Pace::Full);
    let state = sync_once(&disk, &Settings { hub_url: full.url.clone(), ..region.settings(&editor) });
    assert!(full.asked().contains(&format!("range: bytes={kept}-")), "{}", full.asked());
    assert_eq!((state.staged, state.problem), (Some(1), None));
    assert!(!disk.staging_file(1).exists(), "the download is removed once installed");
}

/// Set in the child: what it is to do until killed (`download` or `switch`), and where.
const CHILD_ROLE: &str = "LOTSEN_CONTENT_KILL_ROLE";
const CHILD_DATA: &str = "LOTSEN_CONTENT_KILL_DATA";
const CHILD_BUNDLED: &str = "LOTSEN_CONTENT_KILL_BUNDLED";
const CHILD_SETTINGS: &str = "LOTSEN_CONTENT_KILL_SETTINGS";

/// Child: the kiosk's own code for one sync (`download`) or one idle-reset switch (`switch`).
fn run_child(role: &str) -> ! {
    let data = PathBuf::from(std::env::var(CHILD_DATA).unwrap());
    let store = ContentStore::open(&data, Path::new(&std::env::var(CHILD_BUNDLED).unwrap())).unwrap();
    match role {
        "download" => {
            let settings: Settings = toml::from_str(&std::env::var(CHILD_SETTINGS).unwrap()).unwrap();
            ContentFetcher::new(store, &settings).check_for_updates(&client(&settings));
        }
        _ => {
            store.take_staged().expect("a staged pack");
        }
    }
    println!("done");
    std::process::exit(0)
}

fn spawn_child(test: &str, role: &str, disk: &KioskDisk, settings: &Settings) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", &format!("content_updates::{test}"), "--nocapture", "--test-threads=1"])
        .env(CHILD_ROLE, role)
        .env(CHILD_DATA, disk.data.path())
        .env(CHILD_BUNDLED, disk.bundled.path())
        .env(CHILD_SETTINGS, toml::to_string(settings).unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// What a restarted kiosk runs: it must start, on a complete pack, without falling back.
fn restart(disk: &KioskDisk) -> u64 {
    let (content, running) = disk.store().load_at_start().expect("the kiosk starts");
    assert!(content.catalogue.guide(GUIDE).is_some(), "a complete catalogue");
    let state = disk.state();
    assert!(
        state.problem.as_ref().is_none_or(|problem| problem.problem != Problem::PackFailedToLoad),
        "started without falling back: {state:?}"
    );
    assert!(disk.status().starts_with(&format!("running: {running}")), "{}", disk.status());
    running
}

#[test]
fn killed_during_a_download_it_starts_on_a_complete_pack_and_resumes() {
    if let Ok(role) = std::env::var(CHILD_ROLE) {
        run_child(&role);
    }
    let region = start_hub();
    let editor = Editor::new();
    region.trust(&editor);
    let disk = KioskDisk::new(&editor);
    editor.set_title("Version ett");
    let pack = editor.pack(1);
    region.publish(&pack);

    let slow = Proxy::start(&region.url, Pace::Slow(15));
    let through_slow = Settings { hub_url: slow.url.clone(), ..region.settings(&editor) };
    let mut child = spawn_child(
        "killed_during_a_download_it_starts_on_a_complete_pack_and_resumes",
        "download",
        &disk,
        &through_slow,
    );
    let part = disk.staging_file(1);
    wait_until("the download under way", || std::fs::metadata(&part).is_ok_and(|m| m.len() > 0));
    std::thread::sleep(Duration::from_millis(100));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let kept = std::fs::metadata(&part).unwrap().len();
    assert!(kept < pack.len() as u64, "killed mid-download: {kept} of {} bytes", pack.len());
    assert_eq!(restart(&disk), 0, "the bundled content, complete");

    let full = Proxy::start(&region.url, Pace::Full);
    let state = sync_once(&disk, &Settings { hub_url: full.url.clone(), ..region.settings(&editor) });
    if kept > 0 {
        assert!(full.asked().contains("range: bytes="), "resumed: {}", full.asked());
    }
    assert_eq!(state.staged, Some(1), "{state:?}");
    assert_eq!(restart(&disk), 1);
}

#[test]
fn killed_during_the_switch_it_starts_on_a_complete_pack() {
    if let Ok(role) = std::env::var(CHILD_ROLE) {
        run_child(&role);
    }
    let region = start_hub();
    let editor = Editor::new();
    region.trust(&editor);
    let settings = region.settings(&editor);
    // Running pack 1 (bundled before it), pack 2 staged: the idle reset switches to 2 and
    // deletes the bundled content's successor no longer needed (none: 0 is never deleted).
    let prepared = KioskDisk::new(&editor);
    editor.set_title("Version ett");
    region.publish(&editor.pack(1));
    sync_once(&prepared, &settings);
    prepared.store().take_staged().unwrap();
    editor.set_title("Version två");
    region.publish(&editor.pack(2));
    assert_eq!(sync_once(&prepared, &settings).staged, Some(2));

    let copy = || {
        let disk = KioskDisk::new(&editor);
        copy_dir(prepared.data.path(), disk.data.path());
        copy_dir(prepared.bundled.path(), disk.bundled.path());
        disk
    };
    let test = "killed_during_the_switch_it_starts_on_a_complete_pack";
    // How long a whole switch takes here, from the child's start; the kills are spread over it.
    let disk = copy();
    let started = Instant::now();
    assert!(spawn_child(test, "switch", &disk, &settings).wait().unwrap().success());
    let whole = started.elapsed();
    assert_eq!(restart(&disk), 2);
    const ROUNDS: u32 = 16;
    let mut killed = 0;
    for round in 0..ROUNDS {
        let disk = copy();
        let mut child = spawn_child(test, "switch", &disk, &settings);
        std::thread::sleep(whole * round / ROUNDS);
        child.kill().unwrap(); // SIGKILL
        killed += usize::from(!child.wait().unwrap().success());
        let running = restart(&disk);
        assert!(running == 1 || running == 2, "round {round}: running {running}");
    }
    println!("a whole switch took {whole:?}; {killed} of {ROUNDS} children were killed before they finished");
    assert!(killed > 0, "no child was killed: the test did not test");
}

#[test]
fn a_pack_that_fails_to_load_after_a_restart_gives_way_to_the_previous_one() {
    let region = start_hub();
    let editor = Editor::new();
    region.trust(&editor);
    let disk = KioskDisk::new(&editor);
    let settings = region.settings(&editor);
    editor.set_title("Version ett");
    region.publish(&editor.pack(1));
    sync_once(&disk, &settings);
    assert_eq!(restart(&disk), 1);
    editor.set_title("Version två");
    region.publish(&editor.pack(2));
    sync_once(&disk, &settings);
    assert_eq!(restart(&disk), 2);

    // The disk damages pack 2 while the kiosk is off.
    let guide = disk.data.path().join(format!("content/packs/2/guides/{GUIDE}/guide.toml"));
    std::fs::write(&guide, "id = \"sample-errand\"\n").unwrap();
    let (content, running) = disk.store().load_at_start().unwrap();
    assert_eq!(running, 1, "back to the previous pack");
    assert!(content.catalogue.guide(GUIDE).is_some());
    let state = disk.state();
    let problem = state.problem.clone().expect("the reason is noted");
    assert_eq!((problem.problem, problem.version), (Problem::PackFailedToLoad, Some(2)), "{problem:?}");
    assert!(problem.detail.contains("guide.toml"), "names what failed: {problem:?}");
    assert!(disk.status().contains("last problem: pack_failed_to_load ("), "{}", disk.status());
    // The hub still offers pack 2: it is fetched again whole, not taken from the damaged copy.
    assert_eq!(sync_once(&disk, &settings).staged, Some(2));
    assert_eq!(restart(&disk), 2);
}

#[test]
fn settings_from_the_hub_apply_at_the_next_idle_reset_and_bad_ones_are_refused() {
    let region = start_hub();
    let editor = Editor::new();
    let disk = KioskDisk::new(&editor);
    let settings = region.settings(&editor);
    let scope = lotsen_hub::SettingsScope::Kiosk("umea-1");
    let pairs = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs.iter().map(|(key, value)| (key.to_string(), value.to_string())).collect()
    };
    let (kiosk, worker, store, _) = start_kiosk_with_updates(&disk, settings);
    begin_guide(&kiosk, "sv", GUIDE);
    // Set on the hub only now, with a visitor at the kiosk: had the worker's first sync brought
    // them before content updates were enabled, they would have applied at once, and the idle
    // timeout of 20 s would have moved the reset this test waits for.
    region.runtime.block_on(region.hub.set_central_settings(scope, &pairs(&[("languages", "en,sv")]))).unwrap();
    let region_scope = lotsen_hub::SettingsScope::Region("Västerbotten");
    region
        .runtime
        .block_on(region.hub.set_central_settings(region_scope, &pairs(&[("idle_timeout_secs", "20")])))
        .unwrap();
    worker.sync_now();
    wait_until("the hub's settings kept", || store.state().settings.idle_timeout_secs == Some(20));
    assert!(disk.status().contains("settings from the hub: languages=en,sv idle_timeout_secs=20"), "{}", disk.status());
    let tr = kiosk.window().global::<lotsen::ui::Tr>();
    assert_eq!(tr.get_lang().as_str(), "sv", "the visitor keeps their language");

    // The idle reset (10 s + 5 s countdown of the local settings): the hub's settings apply.
    wait_seconds(10 + 5 + 2);
    assert_eq!(tr.get_lang().as_str(), "en", "English first, as the hub says");
    let languages = kiosk.window().global::<lotsen::ui::Catalogue>().get_languages();
    let codes: Vec<String> =
        (0..languages.row_count()).map(|i| languages.row_data(i).unwrap().code.to_string()).collect();
    assert_eq!(codes, ["en", "sv"]);
    let note = kiosk.window().global::<lotsen::ui::Librarian>().get_hub_settings().to_string();
    assert!(note.starts_with("Navet bestämmer: ") && note.contains("Språk"), "the settings tab says so: {note}");
    // The new idle timeout: nobody asked after 15 s, asked after 20.
    begin_guide(&kiosk, "en", GUIDE);
    wait_seconds(15);
    assert!(!kiosk.window().global::<lotsen::ui::Session>().get_idle_open());
    wait_seconds(6);
    assert!(kiosk.window().global::<lotsen::ui::Session>().get_idle_open());

    // A language this kiosk's content lacks: the hub cannot know, the kiosk refuses it.
    region.runtime.block_on(region.hub.set_central_settings(scope, &pairs(&[("languages", "en,sv,xx")]))).unwrap();
    worker.sync_now();
    wait_until("the new languages received", || store.state().settings.languages.is_some_and(|l| l.len() == 3));
    wait_seconds(5 + 2);
    let problem = store.state().problem.expect("the refusal is noted");
    assert_eq!(problem.problem, Problem::SettingsRefused, "{problem:?}");
    assert!(problem.detail.contains("xx is not a language of this kiosk"), "{problem:?}");
    let languages = kiosk.window().global::<lotsen::ui::Catalogue>().get_languages();
    assert_eq!(languages.row_count(), 2, "the languages before stay");
    drop(worker);
}

#[test]
fn lotsen_content_verify_checks_a_pack_file_as_the_kiosk_does() {
    let editor = Editor::new();
    let pack = editor.dir.path().join("pack-3.tar");
    std::fs::write(&pack, editor.pack(3)).unwrap();
    let public = editor.dir.path().join("keys/lotsen.pub");
    let verify = |file: &Path| {
        let data = tempfile::tempdir().unwrap();
        Command::new(LOTSEN)
            .arg("--data-dir")
            .arg(data.path())
            .args(["content", "verify"])
            .arg(file)
            .arg("--key")
            .arg(&public)
            .output()
            .unwrap()
    };
    let good = verify(&pack);
    let said = String::from_utf8_lossy(&good.stdout);
    assert!(
        good.status.success() && said.contains("pack version 3") && said.contains("checked and loaded (2 guides"),
        "{good:?}"
    );
    let mut bytes = std::fs::read(&pack).unwrap();
    let title = "Ett provärende".as_bytes();
    let at = bytes.windows(title.len()).position(|w| w == title).unwrap();
    bytes[at] = b'e';
    let tampered = editor.dir.path().join("tampered.tar");
    std::fs::write(&tampered, bytes).unwrap();
    let bad = verify(&tampered);
    let said = String::from_utf8_lossy(&bad.stderr);
    assert!(!bad.status.success() && said.contains("SHA-256"), "{bad:?}");
}

#[test]
fn a_pack_carries_recordings_verified_like_every_file() {
    let editor = Editor::new();
    let tone = std::fs::read(crate::recordings::test_tone()).unwrap();
    let recordings = [format!("guides/{GUIDE}/audio/sv/title.ogg"), "locales/so/audio/home-title.ogg".to_string()];
    for path in &recordings {
        let file = editor.content().join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, &tone).unwrap();
    }
    let pack = editor.pack(4);
    let kiosk_version: lotsen_pack::semver::Version = env!("CARGO_PKG_VERSION").parse().unwrap();
    let expect = lotsen_pack::Expect {
        trusted: std::slice::from_ref(&editor.public),
        min_version: 1,
        kiosk_version: Some(&kiosk_version),
    };
    let verified = lotsen_pack::verify(pack.as_slice(), expect).unwrap();
    for path in &recordings {
        let (_, data) = verified.files().find(|(name, _)| *name == path.as_str()).unwrap_or_else(|| panic!("{path}"));
        assert_eq!(data, tone.as_slice(), "{path} travels byte for byte");
        let entry = verified.manifest.files.iter().find(|f| f.path == *path).unwrap();
        assert_eq!(entry.sha256, lotsen_pack::sha256_hex(&tone), "{path}: listed with its hash");
    }

    // A recording changed after signing: refused by its hash, like any file.
    let mut bytes = pack.clone();
    let at = bytes.windows(tone.len()).position(|window| window == tone.as_slice()).unwrap();
    bytes[at + tone.len() / 2] ^= 0x55;
    let error = lotsen_pack::verify(bytes.as_slice(), expect).unwrap_err().to_string();
    assert!(error.contains("SHA-256") && error.contains(".ogg"), "{error}");
}

#[test]
fn a_signed_pack_with_a_recording_this_kiosk_cannot_open_is_refused_naming_the_file() {
    let editor = Editor::new();
    let opus = repo().join("tests/fixtures/audio/test-tone-opus-not-a-voice-recording.ogg");
    let put = |path: &str, bytes: &[u8]| {
        let file = editor.content().join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, bytes).unwrap();
    };
    let verify = |version: u64| {
        let file = editor.dir.path().join(format!("verify-{version}.tar"));
        std::fs::write(&file, editor.pack(version)).unwrap();
        lotsen::updates::verify_file(&file, std::slice::from_ref(&editor.public))
    };
    put(&format!("guides/{GUIDE}/audio/so/title.ogg"), &std::fs::read(&opus).unwrap());
    let (manifest, _) = verify(5).expect("an Opus recording passes the kiosk's check");
    assert_eq!(manifest.version, 5);

    // Signed as it is (made without `lotsen guides pack`, whose check would refuse it).
    put("locales/so/audio/home-title.ogg", b"text saved as .ogg");
    let Err(error) = verify(6) else { panic!("a recording that does not open is refused") };
    let error = format!("{error:#}");
    assert!(
        error.contains("the guide checker refuses it")
            && error.contains("locales/so/audio/home-title.ogg")
            && error.contains("not an Ogg file"),
        "{error}"
    );
}
