//! `lotsen guides check` and the runtime loader on good and broken guide folders: what is
//! reported (with file:line:col), the exit code, and what still loads.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;
use lotsen_guide::Content;

/// A copy of the fixture guides in a temp dir, to break on purpose.
fn copy_of_fixtures() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let guides = dir.path().join("guides");
    copy_dir(&fixture_guides(), &guides);
    (dir, guides)
}

fn check(guides: &Path) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_lotsen")).args(["guides", "check"]).arg(guides).output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr),
    )
}

fn edit(path: &Path, change: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, change(text)).unwrap();
}

#[test]
fn good_guides_pass() {
    let (_dir, guides) = copy_of_fixtures();
    let (passed, report) = check(&guides);
    assert!(passed, "{report}");
    assert!(report.contains("sample-errand") && report.contains("100%"), "coverage table: {report}");
}

#[test]
fn fluent_syntax_error_is_reported_with_file_line_and_column() {
    let (_dir, guides) = copy_of_fixtures();
    let file = guides.join("sample-errand/ar.ftl");
    edit(&file, |text| text.replacen("needs =", "broken without an equals sign\nneeds =", 1));
    let broken_line =
        std::fs::read_to_string(&file).unwrap().lines().position(|l| l.starts_with("broken")).unwrap() + 1;
    let (passed, report) = check(&guides);
    assert!(!passed, "{report}");
    assert!(report.contains(&format!("{}:{broken_line}:", file.display())), "file:line:col expected in: {report}");

    // A broken draft translation costs only that language: the guide still loads and shows.
    let content = Content::load_from(&repo().join("locales"), &guides).unwrap();
    assert!(content.catalogue.guide("sample-errand").is_some());
}

#[test]
fn missing_step_text_in_an_authoritative_language_fails() {
    let (_dir, guides) = copy_of_fixtures();
    edit(&guides.join("sample-errand/en.ftl"), |text| {
        text.replace("    .body = Nobody else", "    .note = Nobody else")
    });
    let (passed, report) = check(&guides);
    assert!(!passed, "{report}");
    assert!(report.contains("missing message second-step.body"), "{report}");
    assert!(report.contains("unknown attribute .note"), "{report}");
}

#[test]
fn missing_text_in_a_draft_language_is_a_gap_not_a_failure() {
    let (_dir, guides) = copy_of_fixtures();
    edit(&guides.join("sample-errand/ar.ftl"), |text| text.replace("    .tip = اكتب ببطء.\n", ""));
    let (passed, report) = check(&guides);
    assert!(passed, "{report}");
    assert!(report.contains("missing message first-step.tip [gap]"), "{report}");
}

#[test]
fn unknown_step_id_fails() {
    let (_dir, guides) = copy_of_fixtures();
    edit(&guides.join("sample-errand/sv.ftl"), |text| {
        text + "third-step =\n    .title = Extra\n    .body = Finns inte.\n"
    });
    let (passed, report) = check(&guides);
    assert!(!passed, "{report}");
    assert!(report.contains("unknown step id \"third-step\""), "{report}");
}

#[test]
fn missing_image_fails_and_names_the_guide_toml_line() {
    let (_dir, guides) = copy_of_fixtures();
    edit(&guides.join("sample-errand/guide.toml"), |text| {
        text.replacen("illustration = \"pale.svg\"", "illustration = \"gone.svg\"", 1)
    });
    let (passed, report) = check(&guides);
    assert!(!passed, "{report}");
    assert!(
        report.contains("guide.toml:") && report.contains("missing image") && report.contains("gone.svg"),
        "{report}"
    );
}

#[test]
fn broken_guide_is_left_out_and_the_rest_still_loads() {
    let (_dir, guides) = copy_of_fixtures();
    copy_dir(&guides.join("sample-errand"), &guides.join("broken-errand"));
    edit(&guides.join("broken-errand/guide.toml"), |text| {
        text.replace("id = \"sample-errand\"", "id = \"broken-errand\"").replace("minutes = 3", "minutes = \"three\"")
    });
    let content = Content::load_from(&repo().join("locales"), &guides).expect("a broken guide is not fatal");
    let ids: Vec<&str> = content.catalogue.guides.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["sample-errand", "sample-practice"]);
    let (passed, report) = check(&guides);
    assert!(!passed);
    let toml = std::fs::read_to_string(guides.join("broken-errand/guide.toml")).unwrap();
    let line = toml.lines().position(|l| l.starts_with("minutes")).unwrap() + 1;
    assert!(report.contains(&format!("broken-errand/guide.toml:{line}:")), "the bad line is named: {report}");
}

/// The 1-based line of the first line of `file` that starts with `prefix`.
fn line_of(file: &Path, prefix: &str) -> usize {
    std::fs::read_to_string(file).unwrap().lines().position(|l| l.starts_with(prefix)).unwrap() + 1
}

#[test]
fn a_source_without_a_path_and_an_old_review_warn_with_their_lines_but_pass() {
    let (_dir, guides) = copy_of_fixtures();
    let toml = guides.join("sample-errand/guide.toml");
    edit(&toml, |text| {
        text.replace("url = \"https://www.example.org/source\"", "url = \"https://www.example.org/\"")
            .replace("last_reviewed = 2026-11-23", "last_reviewed = 2020-01-31")
    });
    let (passed, report) = check(&guides);
    assert!(passed, "warnings do not fail the check: {report}");
    let url_line = line_of(&toml, "url = \"https://www.example.org/\"");
    assert!(
        report.contains(&format!("guide.toml:{url_line}:")) && report.contains("https://www.example.org/ has no path"),
        "{report}"
    );
    let date_line = line_of(&toml, "last_reviewed");
    assert!(
        report.contains(&format!("guide.toml:{date_line}:"))
            && report.contains("last_reviewed 2020-01-31 is more than 6 months ago"),
        "{report}"
    );
    assert!(report.contains(" 2 warnings,"), "{report}");

    // A page and a review within six months: no warning.
    let recent = chrono::Local::now().date_naive() - chrono::Months::new(5);
    edit(&toml, |text| {
        text.replace("https://www.example.org/\"", "https://www.example.org/page?id=1\"")
            .replace("last_reviewed = 2020-01-31", &format!("last_reviewed = {recent}"))
    });
    let (passed, report) = check(&guides);
    assert!(passed && !report.contains("[warning]") && report.contains(" 0 warnings,"), "{report}");
}

// The fixture sample-errand needs a pen and paper; a guide explains how to get paper.
#[test]
fn a_needs_item_points_to_the_guide_that_explains_how_to_get_it() {
    let (_dir, guides) = copy_of_fixtures();
    let (passed, report) = check(&guides);
    assert!(passed, "{report}");
    let content = Content::load_from(&repo().join("locales"), &guides).unwrap();
    let needs = &content.catalogue.guide("sample-errand").unwrap().needs;
    let links: Vec<(&str, Option<&str>)> = needs.iter().map(|n| (n.id.as_str(), n.get_it.as_deref())).collect();
    assert_eq!(links, [("pen", None), ("paper", Some("sample-practice"))]);
}

#[test]
fn a_needs_item_pointing_to_no_guide_fails_and_the_guide_is_left_out() {
    let (_dir, guides) = copy_of_fixtures();
    let toml = guides.join("sample-errand/guide.toml");
    edit(&toml, |text| text.replace("get_it = \"sample-practice\"", "get_it = \"no-such-guide\""));
    let (passed, report) = check(&guides);
    assert!(!passed, "{report}");
    let line = line_of(&toml, "[[needs]]");
    assert!(
        report.contains(&format!("guide.toml:{line}:"))
            && report.contains("needs item \"paper\": get_it = \"no-such-guide\" is not a guide"),
        "{report}"
    );
    let content = Content::load_from(&repo().join("locales"), &guides).unwrap();
    assert!(content.catalogue.guide("sample-errand").is_none());
    assert!(content.catalogue.guide("sample-practice").is_some());
}

#[test]
fn needs_lines_must_match_the_needs_items_in_every_language() {
    let (_dir, guides) = copy_of_fixtures();
    let ar = guides.join("sample-errand/ar.ftl");
    edit(&ar, |text| text.replacen("needs =\n", "needs =\n    سطر زائد\n", 1));
    let (passed, report) = check(&guides);
    assert!(!passed, "{report}");
    assert!(
        report.contains(&format!("{}: needs has 3 lines, guide.toml lists 2 [[needs]] items", ar.display())),
        "{report}"
    );
}

#[test]
fn missing_folders_give_a_clear_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let (passed, report) = check(&dir.path().join("no-such-guides"));
    assert!(!passed);
    assert!(report.contains("cannot read the guides directory") && !report.contains("panicked"), "{report}");
    let error = Content::load(dir.path()).err().expect("no locales folder").to_string();
    assert!(error.contains("locales"), "{error}");
}

/// `lotsen render` of a fixture guide at 800×1280: the content and output folders, and the
/// names of the PNG files written, sorted.
fn render_fixture(language: &str, guide: &str) -> (tempfile::TempDir, tempfile::TempDir, Vec<String>) {
    let content_dir = tempfile::tempdir().unwrap();
    for (link, target) in [("locales", repo().join("locales")), ("ui", repo().join("ui")), ("guides", fixture_guides())]
    {
        std::os::unix::fs::symlink(target, content_dir.path().join(link)).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_lotsen"))
        .args(["render", "--lang", language, "--guide", guide, "--size", "800x1280", "--out"])
        .arg(out.path())
        .arg("--content-dir")
        .arg(content_dir.path())
        .arg("--data-dir")
        .arg(out.path().join("data"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".png"))
        .collect();
    names.sort();
    (content_dir, out, names)
}

#[test]
fn render_writes_every_step_in_order_at_the_requested_size() {
    let (content_dir, out, names) = render_fixture("ar", "sample-errand");
    assert_eq!(names, ["00-needs.png", "01-step.png", "02-step.png", "03-finish.png"]);
    let decoder =
        png::Decoder::new(std::io::BufReader::new(std::fs::File::open(out.path().join("01-step.png")).unwrap()));
    let info = decoder.read_info().unwrap();
    assert_eq!((info.info().width, info.info().height), (800, 1280));

    let bad = Command::new(env!("CARGO_BIN_EXE_lotsen"))
        .args(["render", "--lang", "xx", "--out"])
        .arg(out.path())
        .arg("--content-dir")
        .arg(content_dir.path())
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--lang xx"), "the bad flag is named");
}

#[test]
fn right_to_left_text_is_marked_so_a_latin_first_word_does_not_flip_it() {
    let content = fixture_content();
    let guide = content.catalogue.guide("sample-errand").unwrap();
    let arabic = guide.text(&content.chrome.locales.chain("ar"), "second-step", Some("body"));
    assert!(arabic.starts_with("\u{200F}\u{2066}BankID\u{2069}"), "{arabic:?}");
    let needs = guide.text(&content.chrome.locales.chain("ar"), "needs", None);
    assert!(needs.lines().all(|line| line.starts_with('\u{200F}')), "every line of a list: {needs:?}");
    let swedish = guide.text(&content.chrome.locales.chain("sv"), "second-step", Some("body"));
    assert!(!swedish.contains('\u{200F}'));
    let english_fallback = content.chrome.text("ar", "no-such-key-anywhere", None);
    assert!(!english_fallback.contains('\u{200F}'));
}

#[test]
fn broken_practice_steps_fail_with_a_clear_message_and_the_rest_still_loads() {
    const PRACTICE: &str = "practice = { screen = \"e-id\", choices = [\"approve\", \"cancel\"], safe = \"cancel\" }";
    // In a file of sample-practice: replace this with that, and expect this message.
    let breakages = [
        ("guide.toml", PRACTICE, "", "step try-it: a practice step needs `practice = {"),
        ("guide.toml", "safe = \"cancel\"", "safe = \"refuse\"", "safe = \"refuse\" is not one of the choices"),
        ("guide.toml", "[\"approve\", \"cancel\"]", "[\"approve\"]", "practice needs 2 to 3 choices"),
        (
            "guide.toml",
            "kind = \"normal\"",
            "kind = \"normal\"\npractice = { screen = \"call\", choices = [\"a\", \"b\"], safe = \"a\" }",
            "step read-first: `practice` belongs to kind = \"practice\" steps",
        ),
        ("en.ftl", "    .right = You had", "    .because = You had", "missing message try-it.right"),
        (
            "sv.ftl",
            "    .body = Läs alltid vad appen visar.",
            "    .body = Läs.\n    .screen = Logga in?",
            "step read-first: .screen belongs to practice steps",
        ),
        ("sv.ftl", ".choice-approve", ".choice-maybe", "step try-it: .choice-maybe names no choice"),
    ];
    for (file, from, to, expected) in breakages {
        let file = format!("sample-practice/{file}");
        let (_dir, guides) = copy_of_fixtures();
        edit(&guides.join(&file), |text| {
            assert!(text.contains(from), "{file} has {from:?}");
            text.replace(from, to)
        });
        let (passed, report) = check(&guides);
        assert!(!passed, "{file} broken ({expected}) should fail:\n{report}");
        assert!(report.contains(expected), "expected {expected:?} in:\n{report}");
        let path = guides.join(&file).display().to_string();
        assert!(report.contains(&path), "the file is named: {report}");
        let content = Content::load_from(&repo().join("locales"), &guides).unwrap();
        let ids: Vec<&str> = content.catalogue.guides.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["sample-errand"], "{expected}: the broken guide is left out, the other still loads");
    }
}

#[test]
fn a_toml_problem_in_a_practice_step_names_its_line() {
    let (_dir, guides) = copy_of_fixtures();
    let file = guides.join("sample-practice/guide.toml");
    edit(&file, |t| t.replace("safe = \"cancel\"", "safe = \"refuse\""));
    let line = std::fs::read_to_string(&file).unwrap().lines().position(|l| l == "id = \"try-it\"").unwrap() + 1;
    let (_, report) = check(&guides);
    assert!(report.contains(&format!("{}:{line}:", file.display())), "guide.toml:{line} expected in: {report}");
}

#[test]
fn render_draws_a_practice_step_unanswered_then_after_a_wrong_and_a_right_answer() {
    let (_content_dir, _out, names) = render_fixture("sv", "sample-practice");
    assert_eq!(
        names,
        ["00-needs.png", "01-step.png", "02-step-right.png", "02-step-wrong.png", "02-step.png", "03-finish.png"]
    );
}

#[test]
fn counted_ui_text_uses_each_languages_plural_forms() {
    let content = Content::load(&repo()).unwrap();
    let chrome = &content.chrome;
    // Arabic has a dual: two tries, two minutes.
    assert!(chrome.count("ar", "pin-wrong", 2).contains("محاولتان"), "{}", chrome.count("ar", "pin-wrong", 2));
    assert!(chrome.count("ar", "pin-wrong", 3).contains("محاولات"), "{}", chrome.count("ar", "pin-wrong", 3));
    assert!(chrome.count("ar", "pin-locked", 2).contains("دقيقتين"), "{}", chrome.count("ar", "pin-locked", 2));
    assert!(chrome.count("ar", "pin-locked", 5).contains("دقائق"), "{}", chrome.count("ar", "pin-locked", 5));

    let coverage = |language: &str, reviewed: usize, draft: usize| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("reviewed", reviewed);
        args.set("draft", draft);
        // Without Fluent's isolation marks around the numbers.
        chrome.text(language, "librarian-coverage-value", Some(&args)).replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(coverage("fi", 0, 16), "0 tarkistettua, 16 luonnosta");
    assert_eq!(coverage("fi", 1, 1), "1 tarkistettu, 1 luonnos");
    assert_eq!(coverage("uk", 0, 16), "перевірено: 0, 16 чернеток");
    assert_eq!(coverage("uk", 0, 2), "перевірено: 0, 2 чернетки");
    assert_eq!(coverage("uk", 0, 1), "перевірено: 0, 1 чернетка");
    assert!(coverage("ar", 0, 16).contains("مسودات"), "{}", coverage("ar", 0, 16));
}

#[test]
fn guides_in_a_category_are_listed_by_their_guide_toml_position_most_common_errand_first() {
    use lotsen_guide::Category;
    use slint::{ComponentHandle, Model};
    let kiosk = start_kiosk(bundled_content(), lotsen_records::Settings::default(), None);
    for (category, first) in [
        (Category::EId, "bankid-get"),
        (Category::Banking, "bank-login"),
        (Category::Health, "1177-login"),
        (Category::Public, "tax-declaration"),
    ] {
        kiosk.choose_language("sv");
        kiosk.open_category(category.id());
        let shown: Vec<String> =
            kiosk.window().global::<lotsen::ui::Catalogue>().get_guides().iter().map(|g| g.id.to_string()).collect();
        assert_eq!(shown.first().map(String::as_str), Some(first), "{category:?}: {shown:?}");
        let positions: Vec<u32> =
            shown.iter().map(|id| kiosk.content().catalogue.guide(id).unwrap().position.unwrap()).collect();
        assert!(positions.is_sorted(), "{category:?} in guide.toml position order: {shown:?} {positions:?}");
    }

    // Two guides at one place, and a guide with none: warnings for the author, not failures.
    let (_dir, guides) = copy_of_fixtures();
    edit(&guides.join("sample-practice/guide.toml"), |t| t.replace("category = \"banking\"", "category = \"e-id\""));
    let (passed, report) = check(&guides);
    assert!(passed, "{report}");
    assert!(report.contains("position 1 is also \"sample-errand\"'s in category \"e-id\""), "{report}");
    edit(&guides.join("sample-errand/guide.toml"), |t| t.replace("position = 1\n", ""));
    let (passed, report) = check(&guides);
    assert!(passed, "{report}");
    assert!(report.contains("sample-errand/guide.toml: no `position`"), "{report}");
    let content = Content::load_from(&repo().join("locales"), &guides).unwrap();
    let order: Vec<&str> = content.catalogue.in_category(Category::EId).map(|g| g.id.as_str()).collect();
    assert_eq!(order, ["sample-practice", "sample-errand"], "a guide without a position comes last");
}

fn lotsen(args: &[&std::ffi::OsStr]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_lotsen")).args(args).output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr),
    )
}

/// A content folder (fixture guides, bundled locales) and a key pair from `lotsen guides keygen`.
fn content_and_keys() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, _guides) = copy_of_fixtures();
    copy_dir(&repo().join("locales"), &dir.path().join("locales"));
    let keys = dir.path().join("keys");
    let (made, output) = lotsen(&["guides".as_ref(), "keygen".as_ref(), "--out".as_ref(), keys.as_os_str()]);
    assert!(made, "{output}");
    assert!(output.contains("lotsen.key") && output.contains("lotsen.pub"), "{output}");
    (dir, keys.join("lotsen.key"), keys.join("lotsen.pub"))
}

fn pack(content: &Path, version: &str, key: &Path, out: &Path) -> (bool, String) {
    lotsen(&[
        "guides".as_ref(),
        "pack".as_ref(),
        content.as_os_str(),
        "--version".as_ref(),
        version.as_ref(),
        "--key".as_ref(),
        key.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ])
}

#[test]
fn guides_pack_writes_a_signed_pack_of_the_checked_content() {
    let (dir, key, public) = content_and_keys();
    let out = dir.path().join("content-5.pack");
    let (packed, output) = pack(dir.path(), "5", &key, &out);
    assert!(packed, "{output}");
    assert!(output.contains("pack version 5"), "{output}");

    let trusted = [lotsen_pack::TrustedKey::from_file(&public).unwrap()];
    let expect = lotsen_pack::Expect { trusted: &trusted, min_version: 5, kiosk_version: None };
    let unpacked = dir.path().join("unpacked");
    let manifest = lotsen_pack::unpack(std::fs::File::open(&out).unwrap(), expect, &unpacked).unwrap();
    assert_eq!(manifest.version, 5);
    assert_eq!(manifest.min_kiosk_version.to_string(), env!("CARGO_PKG_VERSION"));
    let guide = "guides/sample-errand/guide.toml";
    assert!(manifest.files.iter().any(|file| file.path == guide), "{manifest:?}");
    assert!(manifest.files.iter().any(|file| file.path.starts_with("locales/sv/")), "{manifest:?}");
    for file in &manifest.files {
        assert_eq!(
            std::fs::read(unpacked.join(&file.path)).unwrap(),
            std::fs::read(dir.path().join(&file.path)).unwrap()
        );
    }
    // What was unpacked is content the kiosk loads.
    let content = Content::load_from(&unpacked.join("locales"), &unpacked.join("guides")).unwrap();
    assert!(content.catalogue.guide("sample-errand").is_some());

    // The standard minisign tool verifies the manifest's signature with the .pub keygen wrote.
    if installed_or_skip("guides_pack", Command::new("minisign").arg("-v").output().is_ok(), "minisign", "minisign") {
        let raw = dir.path().join("raw");
        std::fs::create_dir(&raw).unwrap();
        let untar = Command::new("tar").arg("-xf").arg(&out).arg("-C").arg(&raw).status().unwrap();
        assert!(untar.success());
        let verified = Command::new("minisign")
            .arg("-Vq")
            .arg("-p")
            .arg(&public)
            .arg("-m")
            .arg(raw.join("manifest.json"))
            .output()
            .unwrap();
        assert!(verified.status.success(), "{}", String::from_utf8_lossy(&verified.stderr));
    }
}

#[test]
fn guides_pack_refuses_content_that_fails_the_check() {
    let (dir, key, _public) = content_and_keys();
    edit(&dir.path().join("guides/sample-errand/en.ftl"), |text| {
        text.replacen("needs =", "broken without an equals sign\nneeds =", 1)
    });
    let (checked, report) = check(&dir.path().join("guides"));
    assert!(!checked);
    let out = dir.path().join("content.pack");
    let (packed, output) = pack(dir.path(), "1", &key, &out);
    assert!(!packed, "{output}");
    assert!(output.contains("en.ftl") && output.contains("no pack was written"), "{output}");
    // The same problems as `guides check` names.
    let first_error = report.lines().find(|line| line.ends_with("[error]")).unwrap();
    assert!(output.contains(first_error), "{first_error} in {output}");
    assert!(!out.exists());
}

#[test]
fn guides_keygen_never_overwrites_and_pack_names_a_bad_key() {
    let (dir, key, _public) = content_and_keys();
    let before = std::fs::read(&key).unwrap();
    let keys = key.parent().unwrap();
    let (made, output) = lotsen(&["guides".as_ref(), "keygen".as_ref(), "--out".as_ref(), keys.as_os_str()]);
    assert!(!made && output.contains("already exists"), "{output}");
    assert_eq!(std::fs::read(&key).unwrap(), before);

    let garbage = dir.path().join("garbage.key");
    std::fs::write(&garbage, "not a key\n").unwrap();
    let out = dir.path().join("content.pack");
    let (packed, output) = pack(dir.path(), "1", &garbage, &out);
    assert!(!packed && output.contains("garbage.key is not a minisign secret key"), "{output}");
    assert!(!out.exists());
}

#[test]
fn a_step_that_says_scan_the_code_here_must_show_the_code_and_then_does() {
    let (_dir, guides) = copy_of_fixtures();
    let errand = guides.join("sample-errand");
    edit(&errand.join("sv.ftl"), |t| {
        t.replace(".tip = Skriv långsamt.", ".tip = Skriv långsamt. Du kan också skanna QR-koden här med din mobil.")
    });
    let (passed, report) = check(&guides);
    assert!(!passed, "{report}");
    assert!(
        report.contains("sample-errand/guide.toml: step first-step: sv.ftl .tip tells the visitor to scan the code here; add `service_qr = true`"),
        "{report}"
    );
    edit(&errand.join("guide.toml"), |t| {
        t.replace("id = \"first-step\"\n", "id = \"first-step\"\nservice_qr = true\n")
    });
    let (passed, report) = check(&guides);
    assert!(passed, "{report}");

    let content = Content::load_from(&repo().join("locales"), &guides).unwrap();
    assert!(content.catalogue.guide("sample-errand").unwrap().steps[0].service_qr);

    // On the kiosk: 1177-login's first step says so, and shows the service's code on the step.
    use slint::ComponentHandle;
    let kiosk = start_kiosk(bundled_content(), lotsen_records::Settings::default(), None);
    begin_guide(&kiosk, "sv", "1177-login");
    let session = kiosk.window().global::<lotsen::ui::Session>();
    assert!(session.get_step().service_qr && !session.get_handoff_open());
    let code_label = ui_text(&kiosk, "sv", "qr-title");
    let codes = i_slint_backend_testing::ElementHandle::find_by_accessible_label(kiosk.window(), &code_label)
        .filter(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::Image))
        .count();
    assert!(codes >= 1, "the QR code is on the step itself");
    press(kiosk.window(), &ui_text(&kiosk, "sv", "next"));
    assert!(!session.get_step().service_qr, "the next step does not ask to scan here");
}
