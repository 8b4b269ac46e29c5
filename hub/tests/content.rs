//! Signed content packs on a real hub: `content trust`/`publish`/`list`/`withdraw` through the
//! binary, and `GET /api/v1/content` (ETag, 304) and `GET /api/v1/content/{version}` (Range)
//! over HTTP on 127.0.0.1, on SQLite and PostgreSQL.

use std::path::{Path, PathBuf};
use std::process::Command;

use lotsen_pack::{SigningKey, generate_key_pair};
use lotsen_wire::{CONTENT_PATH, ContentAnswer, content_pack_path};
use reqwest::StatusCode;

use crate::common::{Backend, REGION, TestDatabase, TestHub};

const HUB: &str = env!("CARGO_BIN_EXE_lotsen-hub");

/// A content folder and a signing key in a temp dir; packs are written from it.
pub(crate) struct Editor {
    dir: tempfile::TempDir,
    key: SigningKey,
    pub(crate) public: PathBuf,
}

impl Editor {
    pub(crate) fn new() -> Editor {
        let dir = tempfile::tempdir().unwrap();
        let keys = generate_key_pair(&dir.path().join("keys")).unwrap();
        for (path, text) in
            [("guides/bankid-get/guide.toml", "id = \"bankid-get\"\n"), ("locales/sv/app.ftl", "a = b\n")]
        {
            let path = dir.path().join("content").join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Editor { key: SigningKey::from_file(&keys.secret).unwrap(), public: keys.public, dir }
    }

    /// Writes pack `version` (its guide text says which) and returns its path.
    pub(crate) fn pack(&self, version: u64) -> PathBuf {
        let guide = self.dir.path().join("content/guides/bankid-get/guide.toml");
        std::fs::write(&guide, format!("id = \"bankid-get\"\n# pack {version}\n")).unwrap();
        let out = self.dir.path().join(format!("pack-{version}.tar"));
        let version_of_kiosk = lotsen_pack::semver::Version::new(0, 1, 0);
        lotsen_pack::write(
            &self.dir.path().join("content"),
            version,
            version_of_kiosk,
            chrono::Utc::now(),
            &self.key,
            &out,
        )
        .unwrap();
        out
    }
}

pub(crate) fn hub_command(database: &str, args: &[&str]) -> (bool, String) {
    let output = Command::new(HUB).arg("--database").arg(database).args(args).output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr),
    )
}

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

async fn answer(hub: &TestHub, token: &str, etag: Option<&str>) -> (StatusCode, Option<String>, Option<ContentAnswer>) {
    let mut request = hub.client.get(hub.url(CONTENT_PATH)).bearer_auth(token);
    if let Some(etag) = etag {
        request = request.header("if-none-match", etag);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let etag = response.headers().get("etag").map(|value| value.to_str().unwrap().to_owned());
    let body = response.bytes().await.unwrap();
    (status, etag, serde_json::from_slice(&body).ok())
}

async fn download(hub: &TestHub, token: &str, version: u64, range: Option<&str>) -> reqwest::Response {
    let mut request = hub.client.get(hub.url(&content_pack_path(version))).bearer_auth(token);
    if let Some(range) = range {
        request = request.header("range", range);
    }
    request.send().await.unwrap()
}

async fn packs_are_published_served_and_withdrawn(backend: Backend, test: &str) {
    let Some(database) = TestDatabase::create(backend, test).await else { return };
    let editor = Editor::new();
    let db = database.url.clone();
    let (pack1, pack2, pack3) = (editor.pack(1), editor.pack(2), editor.pack(3));

    // Nothing is published before a key is trusted.
    let (ok, output) = hub_command(&db, &["content", "publish", path(&pack1)]);
    assert!(!ok && output.contains("content trust"), "{output}");
    let (ok, output) = hub_command(&db, &["content", "trust", path(&editor.public)]);
    assert!(ok && output.contains("trusted key"), "{output}");

    // Refused: another key, a tampered file, a version not above the latest.
    let stranger = Editor::new();
    let (ok, output) = hub_command(&db, &["content", "publish", path(&stranger.pack(1))]);
    assert!(!ok && output.contains("not a trusted key"), "{output}");
    let mut tampered = std::fs::read(&pack2).unwrap();
    let at = tampered.windows(8).position(|w| w == b"# pack 2").unwrap();
    tampered[at + 7] = b'9';
    let tampered_file = editor.dir.path().join("tampered.tar");
    std::fs::write(&tampered_file, &tampered).unwrap();
    let (ok, output) = hub_command(&db, &["content", "publish", path(&tampered_file)]);
    assert!(!ok && output.contains("SHA-256"), "{output}");

    let (ok, output) = hub_command(&db, &["content", "publish", path(&pack1)]);
    assert!(ok && output.contains("published pack 1 for every region"), "{output}");
    let (ok, output) = hub_command(&db, &["content", "publish", path(&pack1)]);
    assert!(!ok && output.contains("not above 1"), "{output}");

    let hub = TestHub::start_on_database(database).await;
    let token = hub.kiosk.token.clone();
    let elsewhere = hub.hub.add_kiosk("Kiruna bibliotek", "Norrbotten", Some("kiruna-1")).await.unwrap().token;

    let doc: serde_json::Value =
        hub.client.get(hub.url(lotsen_hub::OPENAPI_PATH)).send().await.unwrap().json().await.unwrap();
    assert!(doc["paths"][CONTENT_PATH]["get"].is_object(), "{doc}");
    assert!(doc["paths"]["/api/v1/content/{version}"]["get"].is_object(), "{doc}");
    for schema in ["ContentAnswer", "ContentPackInfo"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "schema {schema} missing");
    }

    // The answer: pack 1, with an ETag; the same question again is a 304.
    let (status, etag1, body) = answer(&hub, &token, None).await;
    assert_eq!(status, StatusCode::OK);
    let info = body.unwrap().pack.unwrap();
    let pack1_bytes = std::fs::read(&pack1).unwrap();
    assert_eq!(
        (info.version, info.size, info.sha256.as_str()),
        (1, pack1_bytes.len() as u64, lotsen_pack::sha256_hex(&pack1_bytes).as_str())
    );
    let etag1 = etag1.expect("an ETag");
    let (status, etag, body) = answer(&hub, &token, Some(&etag1)).await;
    assert_eq!((status, etag.as_deref(), body), (StatusCode::NOT_MODIFIED, Some(etag1.as_str()), None));
    let unauthorized = hub.client.get(hub.url(CONTENT_PATH)).send().await.unwrap();
    assert_eq!(unauthorized.status(), StatusCode::UNAUTHORIZED);

    // Pack 2 for this kiosk's region only.
    let (ok, output) = hub_command(&hub.database.url, &["content", "publish", path(&pack2), "--region", REGION]);
    assert!(ok && output.contains("published pack 2"), "{output}");
    let (status, _, body) = answer(&hub, &token, Some(&etag1)).await;
    assert_eq!(status, StatusCode::OK, "a new answer, not a 304");
    assert_eq!(body.unwrap().pack.unwrap().version, 2);
    let (_, _, body) = answer(&hub, &elsewhere, None).await;
    assert_eq!(body.unwrap().pack.unwrap().version, 1, "another region still runs pack 1");
    assert_eq!(download(&hub, &elsewhere, 2, None).await.status(), StatusCode::NOT_FOUND);

    // Download, whole and resumed.
    let pack2_bytes = std::fs::read(&pack2).unwrap();
    let whole = download(&hub, &token, 2, None).await;
    assert_eq!(whole.status(), StatusCode::OK);
    assert_eq!(whole.bytes().await.unwrap().as_ref(), pack2_bytes.as_slice());
    let resumed = download(&hub, &token, 2, Some("bytes=1000-")).await;
    assert_eq!(resumed.status(), StatusCode::PARTIAL_CONTENT);
    let content_range = resumed.headers()["content-range"].to_str().unwrap().to_owned();
    assert_eq!(content_range, format!("bytes 1000-{}/{}", pack2_bytes.len() - 1, pack2_bytes.len()));
    assert_eq!(resumed.bytes().await.unwrap().as_ref(), &pack2_bytes[1000..]);
    let outside = download(&hub, &token, 2, Some(&format!("bytes={}-", pack2_bytes.len() + 10))).await;
    assert_eq!(outside.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(download(&hub, &token, 7, None).await.status(), StatusCode::NOT_FOUND);

    // Withdrawn: back to pack 1; version 2 is never reused, 3 is fine.
    let (ok, output) = hub_command(&hub.database.url, &["content", "withdraw", "2", "--region", REGION]);
    assert!(ok, "{output}");
    let (_, _, body) = answer(&hub, &token, None).await;
    let body = body.unwrap();
    assert_eq!((body.pack.unwrap().version, body.withdrawn), (1, vec![2]), "the withdrawal is announced");
    let (_, _, body) = answer(&hub, &elsewhere, None).await;
    assert_eq!(body.unwrap().withdrawn, Vec::<u64>::new(), "only to the kiosks of that region");
    assert_eq!(download(&hub, &token, 2, None).await.status(), StatusCode::NOT_FOUND);
    let (ok, output) = hub_command(&hub.database.url, &["content", "publish", path(&pack2), "--region", REGION]);
    assert!(!ok && output.contains("not above 2"), "{output}");
    let (ok, output) = hub_command(&hub.database.url, &["content", "publish", path(&pack3)]);
    assert!(ok, "{output}");
    let (_, _, body) = answer(&hub, &elsewhere, None).await;
    assert_eq!(body.unwrap().pack.unwrap().version, 3);

    let (ok, list) = hub_command(&hub.database.url, &["content", "list"]);
    assert!(ok, "{list}");
    // (PostgreSQL's notices go to the log on stderr, mixed in here.)
    let lines: Vec<&str> = list.lines().filter(|line| line.starts_with(|c: char| c.is_ascii_digit())).collect();
    assert_eq!(lines.len(), 3, "{list}");
    assert!(
        lines.iter().any(|line| line.starts_with(&format!("2\t{REGION}\t")) && line.contains("withdrawn")),
        "{list}"
    );
    assert!(lines.iter().any(|line| line.starts_with("3\t(all regions)\t") && line.contains("published")), "{list}");
}

on_both_backends!(packs_are_published_served_and_withdrawn);
