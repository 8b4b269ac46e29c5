//! The dashboard over plain HTTP (no browser needed): login, lock, sessions, region scope,
//! downloads, and what must survive bad input — hostile library names end up inert in CSV,
//! bad dates and unknown tables are refused, a forged cookie is a stranger.

use crate::common::{Backend, TestDatabase, Visit, visits};
use lotsen_hub::Hub;
use lotsen_wire::{Batch, SCHEMA_VERSION};
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use uuid::Uuid;

struct Dashboard {
    hub: Hub,
    base: String,
    client: reqwest::Client,
    _server: lotsen_hub::ServeHandle,
    _database: TestDatabase,
}

impl Dashboard {
    async fn start() -> Dashboard {
        let database = TestDatabase::create(Backend::Sqlite, "dashboard_http").await.expect("sqlite");
        let hub = Hub::open(&database.url).await.expect("open hub");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let server = lotsen_hub::serve(listener, hub.clone()).expect("serve");
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Dashboard { hub, base: server.base_url(), client, _server: server, _database: database }
    }

    /// POSTs the login form; returns the status and the session cookie (`name=value`) if any.
    async fn log_in(&self, name: &str, password: &str) -> (StatusCode, Option<String>, String) {
        let response = self
            .client
            .post(format!("{}/dashboard/login", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string([("name", name), ("password", password)]).unwrap())
            .send()
            .await
            .expect("hub answers");
        let status = response.status();
        let cookie = response
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("lotsen_session="))
            .map(str::to_owned);
        (status, cookie, response.text().await.unwrap_or_default())
    }

    async fn get(&self, path: &str, cookie: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).header(COOKIE, cookie).send().await.expect("hub answers")
    }

    async fn post_visits(&self, library: &str, region: &str, all: &[Visit]) {
        let kiosk = self.hub.add_kiosk(library, region, None).await.expect("add kiosk");
        let batch = Batch {
            batch_id: Uuid::new_v4(),
            kiosk_id: kiosk.kiosk_id,
            schema: SCHEMA_VERSION,
            events: visits(1, all),
        };
        let response = self
            .client
            .post(format!("{}{}", self.base, lotsen_wire::BATCHES_PATH))
            .bearer_auth(&kiosk.token)
            .json(&batch)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
    }
}

fn session(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().to_owned()
}

fn visit(at: &'static str) -> Visit {
    Visit { at, locale: "sv", guide: "bankid-get", reached_step: 4, completed: true, help: false, assisted: false }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_sessions_and_lock() {
    let dashboard = Dashboard::start().await;
    lotsen_hub::dashboard::add_user(&dashboard.hub, "karin", Some("Västerbotten"), false, "karins-losenord")
        .await
        .unwrap();
    assert!(
        lotsen_hub::dashboard::add_user(&dashboard.hub, "karin", Some("Norrbotten"), false, "annat-losenord")
            .await
            .is_err(),
        "a name is taken once"
    );
    assert!(lotsen_hub::dashboard::add_user(&dashboard.hub, "kort", Some("X"), false, "short").await.is_err());
    assert!(lotsen_hub::dashboard::add_user(&dashboard.hub, "ingen", None, false, "long enough pw").await.is_err());

    let (status, cookie, _) = dashboard.log_in("karin", "karins-losenord").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let set_cookie = cookie.expect("a session cookie");
    for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/dashboard"] {
        assert!(set_cookie.contains(flag), "{set_cookie} lacks {flag}");
    }
    let cookie = session(&set_cookie);
    assert_eq!(dashboard.get("/dashboard/", &cookie).await.status(), StatusCode::OK);
    let page = dashboard.get("/dashboard/", &cookie).await;
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("default-src 'none'"), "{csp}");

    // Strangers and forged sessions go to the login page.
    for forged in ["", "lotsen_session=lotsen-session-00", "lotsen_session=' OR 1=1 --"] {
        let response = dashboard.get("/dashboard/libraries", forged).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{forged}");
        assert_eq!(response.headers()[LOCATION], "/dashboard/login");
    }

    // Five wrong passwords lock; the right one is refused until the lock ends.
    for attempt in 1..=5 {
        let (status, cookie, body) = dashboard.log_in("karin", &format!("fel {attempt}")).await;
        assert!(cookie.is_none());
        if attempt < 5 {
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
        } else {
            assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
        }
    }
    let (status, refused, body) = dashboard.log_in("karin", "karins-losenord").await;
    assert_eq!((status, refused), (StatusCode::FORBIDDEN, None), "{body}");
    assert!(body.contains("låst till"), "{body}");
    // The session from before the lock still works; logging out ends it.
    assert_eq!(dashboard.get("/dashboard/", &cookie).await.status(), StatusCode::OK);
    let response = dashboard
        .client
        .post(format!("{}/dashboard/logout", dashboard.base))
        .header(COOKIE, session(&set_cookie))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(dashboard.get("/dashboard/", &session(&set_cookie)).await.status(), StatusCode::SEE_OTHER);

    // Unknown names are refused like wrong passwords.
    let (status, _, _) = dashboard.log_in("nobody", "whatever-password").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn downloads_are_inert_and_bad_input_is_refused() {
    let dashboard = Dashboard::start().await;
    let region = "Västerbotten";
    // Library names are typed by admins; a spreadsheet must not run them.
    let hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+46 bibliotek", "@SUM(A1)", "-1 bibliotek"];
    for (n, library) in hostile.iter().enumerate() {
        let all: Vec<Visit> = (0..5 + n).map(|_| visit("2025-03-04T10:00")).collect();
        dashboard.post_visits(library, region, &all).await;
    }
    dashboard.post_visits("Ytterby bibliotek", "Norrbotten", &[visit("2025-03-04T10:00")]).await;
    lotsen_hub::dashboard::add_user(&dashboard.hub, "per", Some(region), false, "pers-losenord").await.unwrap();
    lotsen_hub::dashboard::add_user(&dashboard.hub, "admin", None, true, "admins-losenord").await.unwrap();
    let (_, cookie, _) = dashboard.log_in("per", "pers-losenord").await;
    let cookie = session(&cookie.unwrap());

    let response = dashboard.get("/dashboard/export/libraries.csv?period=2025-03&lang=en", &cookie).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-disposition"].to_str().unwrap(),
        "attachment; filename=\"lotsen-vasterbotten-2025-03-libraries.csv\"",
        "region, period and table in the file name"
    );
    let csv = response.bytes().await.unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(csv[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let first_cells: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(first_cells.len(), hostile.len(), "only the own region: {first_cells:?}");
    for cell in &first_cells {
        assert!(cell.starts_with('\''), "{cell} would be a formula");
    }

    let json: serde_json::Value =
        dashboard.get("/dashboard/export/libraries.json?period=2025-03", &cookie).await.json().await.unwrap();
    let sessions: Vec<&serde_json::Value> = json["rows"].as_array().unwrap().iter().map(|r| &r["sessions"]).collect();
    assert!(
        sessions.iter().all(|s| s.is_u64() || s.as_str() == Some("<5") || s.as_str() == Some("hidden")),
        "{sessions:?}"
    );
    assert_eq!(json["selection"]["region"], region);

    // The same table as a workbook, read back: the selection on top, English headings,
    // counts as numbers, hostile names as plain text.
    let response = dashboard.get("/dashboard/export/libraries.xlsx?period=2025-03&lang=en", &cookie).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-disposition"].to_str().unwrap(),
        "attachment; filename=\"lotsen-vasterbotten-2025-03-libraries.xlsx\""
    );
    let bytes = response.bytes().await.unwrap().to_vec();
    {
        use calamine::{Data, Reader, Xlsx};
        let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let range = workbook.worksheet_range("libraries").unwrap();
        let rows: Vec<Vec<Data>> = range.rows().map(|row| row.to_vec()).collect();
        let texts: Vec<String> = rows.iter().map(|row| row[0].to_string()).collect();
        assert!(texts.contains(&"Region: Västerbotten".to_owned()), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("Period: 2025-03 (2025-03-01 – 2025-03-31)")), "{texts:?}");
        let heading = rows.iter().position(|row| row[0] == Data::String("Library".into())).expect("headings");
        assert_eq!(rows[heading][2], Data::String("Sessions".into()));
        let libraries = &rows[heading + 1..];
        assert_eq!(libraries.len(), hostile.len());
        for row in libraries {
            assert!(hostile.contains(&row[0].to_string().as_str()), "{row:?}: the name as it is, as text");
            assert!(
                matches!(&row[2], Data::Float(_))
                    || row[2] == Data::String("<5".into())
                    || row[2] == Data::String("hidden".into()),
                "{row:?}"
            );
        }
        assert!(workbook.worksheet_formula("libraries").unwrap().used_cells().next().is_none(), "no formulas");
    }

    for (path, status) in [
        ("/dashboard/?from=2025-02-30", StatusCode::BAD_REQUEST),
        ("/dashboard/?to=yesterday", StatusCode::BAD_REQUEST),
        ("/dashboard/?period=2025-13", StatusCode::BAD_REQUEST),
        ("/dashboard/?period=1900", StatusCode::BAD_REQUEST),
        ("/dashboard/?period=2025-W10&library=Ytterby%20bibliotek", StatusCode::BAD_REQUEST),
        ("/dashboard/libraries?period=2025-W10", StatusCode::BAD_REQUEST),
        ("/dashboard/?region=Norrbotten", StatusCode::FORBIDDEN),
        ("/dashboard/export/libraries.csv?region=Norrbotten", StatusCode::FORBIDDEN),
        ("/dashboard/export/secrets.csv", StatusCode::NOT_FOUND),
        ("/dashboard/export/libraries.ods", StatusCode::NOT_FOUND),
        ("/dashboard/export/libraries", StatusCode::NOT_FOUND),
        ("/dashboard/?library=%27%3B%20DROP%20TABLE%20kiosks%3B%20--", StatusCode::OK),
        ("/dashboard/funnel?guide=%3Cscript%3E", StatusCode::OK),
        ("/dashboard/?lang=xx", StatusCode::OK),
    ] {
        let response = dashboard.get(path, &cookie).await;
        assert_eq!(response.status(), status, "{path}");
        let body = response.text().await.unwrap();
        assert!(!body.contains("<script>"), "{path} echoes markup");
    }
    assert_eq!(dashboard.hub.list_kiosks().await.unwrap().len(), hostile.len() + 1, "kiosks survive");

    // An admin sees every region and may choose one.
    let (_, admin, _) = dashboard.log_in("admin", "admins-losenord").await;
    let admin = session(&admin.unwrap());
    let all = dashboard.get("/dashboard/libraries?period=2025-03", &admin).await.text().await.unwrap();
    assert!(all.contains("Ytterby bibliotek") && all.contains("+46 bibliotek"));
    let north =
        dashboard.get("/dashboard/libraries?period=2025-03&region=Norrbotten", &admin).await.text().await.unwrap();
    assert!(north.contains("Ytterby bibliotek") && !north.contains("+46 bibliotek"));
}

/// A content folder with the shipped bankid-get guide, retitled, signed as pack `version`.
fn retitled_pack(dir: &std::path::Path, version: u64) -> (std::path::PathBuf, std::path::PathBuf) {
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../guides/bankid-get");
    let guide = dir.join("content/guides/bankid-get");
    std::fs::create_dir_all(&guide).unwrap();
    for file in ["guide.toml", "en.ftl"] {
        std::fs::copy(shipped.join(file), guide.join(file)).unwrap();
    }
    let sv = std::fs::read_to_string(shipped.join("sv.ftl")).unwrap();
    let sv = sv.replacen("title = Skaffa Mobilt BankID", "title = Skaffa Mobilt BankID i telefonen", 1).replacen(
        ".title = Skanna ditt pass eller id-kort",
        ".title = Skanna passet",
        1,
    );
    std::fs::write(guide.join("sv.ftl"), sv).unwrap();
    std::fs::create_dir_all(dir.join("content/locales/sv")).unwrap();
    std::fs::write(dir.join("content/locales/sv/app.ftl"), "app-title = Lotsen\n").unwrap();
    let keys = lotsen_pack::generate_key_pair(&dir.join("keys")).unwrap();
    let key = lotsen_pack::SigningKey::from_file(&keys.secret).unwrap();
    let out = dir.join(format!("pack-{version}.tar"));
    let kiosk = lotsen_pack::semver::Version::new(0, 1, 0);
    lotsen_pack::write(&dir.join("content"), version, kiosk, chrono::Utc::now(), &key, &out).unwrap();
    (out, keys.public)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guide_titles_come_from_the_newest_published_pack() {
    let dashboard = Dashboard::start().await;
    let region = "Västerbotten";
    let all: Vec<Visit> = (0..12).map(|_| visit("2025-03-04T10:00")).collect();
    dashboard.post_visits("Umeå stadsbibliotek", region, &all).await;
    lotsen_hub::dashboard::add_user(&dashboard.hub, "per", Some(region), false, "pers-losenord").await.unwrap();
    let (_, cookie, _) = dashboard.log_in("per", "pers-losenord").await;
    let cookie = session(&cookie.unwrap());
    let guides_csv = || async {
        let response = dashboard.get("/dashboard/export/guides.csv?period=2025-03&lang=sv", &cookie).await;
        assert_eq!(response.status(), StatusCode::OK);
        let bytes = response.bytes().await.unwrap();
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        // Swedish spreadsheets take `;` between cells.
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(text.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        // The title first, the id last.
        (row[0].to_owned(), row[row.len() - 1].to_owned())
    };
    let funnel = || async {
        dashboard.get("/dashboard/funnel?period=2025-03&guide=bankid-get&lang=sv", &cookie).await.text().await.unwrap()
    };

    // Before any pack: the guides shipped with the hub.
    assert_eq!(guides_csv().await, ("Skaffa Mobilt BankID".into(), "bankid-get".into()));
    assert!(funnel().await.contains("Steg 4: Skanna ditt pass eller id-kort"));

    // Published by another process (the admin command): the dashboard reads the new titles.
    let dir = tempfile::tempdir().unwrap();
    let (pack, public) = retitled_pack(dir.path(), 1);
    let database = &dashboard._database.url;
    let (ok, output) = crate::content::hub_command(database, &["content", "trust", public.to_str().unwrap()]);
    assert!(ok, "{output}");
    let (ok, output) = crate::content::hub_command(database, &["content", "publish", pack.to_str().unwrap()]);
    assert!(ok, "{output}");
    assert_eq!(
        guides_csv().await,
        ("Skaffa Mobilt BankID i telefonen".into(), "bankid-get".into()),
        "the title from the pack, the id as its own column"
    );
    let page = funnel().await;
    assert!(page.contains("Steg 4: Skanna passet"), "step titles from the pack");
    assert!(page.contains("Skaffa Mobilt BankID i telefonen"));

    // Withdrawn: back to the shipped titles.
    let (ok, output) = crate::content::hub_command(database, &["content", "withdraw", "1"]);
    assert!(ok, "{output}");
    assert_eq!(guides_csv().await.0, "Skaffa Mobilt BankID");
}
