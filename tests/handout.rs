//! `lotsen handout` end to end: the real binary writes the PDF, which is then parsed (lopdf) and,
//! where poppler is installed, rasterised by pdftoppm like a print driver would.

use crate::common::installed_or_skip;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use lopdf::{Document, Object};

const A4_POINTS: [f32; 2] = [595.28, 841.89];
const PAGE_PIXELS: [i64; 2] = [1240, 1754];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn lotsen(args: &[&str], data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lotsen"))
        .args(args)
        .arg("--content-dir")
        .arg(repo())
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .expect("running lotsen")
}

fn number(object: &Object) -> f32 {
    match object {
        Object::Integer(n) => *n as f32,
        Object::Real(x) => *x,
        other => panic!("not a number: {other:?}"),
    }
}

/// The steps in the guide's guide.toml.
fn step_count(guide: &str) -> usize {
    let text = std::fs::read_to_string(repo().join("guides").join(guide).join("guide.toml")).unwrap();
    text.lines().filter(|line| line.trim() == "[[steps]]").count()
}

#[test]
fn a_guide_in_swedish_and_arabic_is_a_valid_a4_pdf_with_two_or_three_steps_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let guide = "bankid-get";
    let steps = step_count(guide);
    assert!(steps >= 4, "a guide long enough to need several pages");
    for language in ["sv", "ar"] {
        let out = dir.path().join(format!("{guide}-{language}.pdf"));
        let run =
            lotsen(&["handout", "--guide", guide, "--lang", language, "--out", out.to_str().unwrap()], dir.path());
        assert!(run.status.success(), "{language}: {}", String::from_utf8_lossy(&run.stderr));

        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{language}: no PDF header");
        assert!(bytes.trim_ascii_end().ends_with(b"%%EOF"), "{language}: no %%EOF trailer");
        let document = Document::load_mem(&bytes).unwrap_or_else(|e| panic!("{language}: lopdf cannot parse it: {e}"));
        let pages = document.get_pages();
        let reported = String::from_utf8_lossy(&run.stdout);
        assert!(reported.contains(&format!("({} pages)", pages.len())), "{language}: printed {reported:?}");
        // At most three steps a page, and no more pages than two steps a page plus the title page.
        let (fewest, most) = (steps.div_ceil(3), steps.div_ceil(2) + 1);
        assert!((fewest..=most).contains(&pages.len()), "{language}: {} pages for {steps} steps", pages.len());

        for (number_of_page, page_id) in pages {
            let page = document.get_dictionary(page_id).unwrap();
            let media_box: Vec<f32> = page.get(b"MediaBox").unwrap().as_array().unwrap().iter().map(number).collect();
            assert_eq!(media_box[..2], [0.0, 0.0]);
            for (got, a4) in media_box[2..].iter().zip(A4_POINTS) {
                assert!((got - a4).abs() < 0.5, "{language} page {number_of_page}: media box {media_box:?} is not A4");
            }
            let resources = document.get_dict_in_dict(page, b"Resources").unwrap();
            let images = document.get_dict_in_dict(resources, b"XObject").unwrap();
            assert_eq!(images.len(), 1, "{language} page {number_of_page}: one image per page");
            let (_, image) = images.iter().next().unwrap();
            let image = document.get_object(image.as_reference().unwrap()).unwrap().as_stream().unwrap();
            let size = [b"Width".as_slice(), b"Height"].map(|key| image.dict.get(key).unwrap().as_i64().unwrap());
            assert_eq!(size, PAGE_PIXELS, "{language} page {number_of_page}: 150 dpi");
        }
    }
}

#[test]
fn poppler_draws_every_page() {
    let installed = Command::new("pdftoppm").arg("-v").output().is_ok();
    if !installed_or_skip("poppler_draws_every_page", installed, "pdftoppm", "poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("handout.pdf");
    let run =
        lotsen(&["handout", "--guide", "swish-setup", "--lang", "fa", "--out", pdf.to_str().unwrap()], dir.path());
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let pages = Document::load(&pdf).unwrap().get_pages().len();

    let prefix = dir.path().join("page");
    let drawn = Command::new("pdftoppm").args(["-r", "30", "-png"]).arg(&pdf).arg(&prefix).output().unwrap();
    assert!(drawn.status.success() && drawn.stderr.is_empty(), "{}", String::from_utf8_lossy(&drawn.stderr));
    let pngs = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("png".as_ref()));
    assert_eq!(pngs.count(), pages, "pdftoppm draws one image per page");
}

#[test]
fn an_unknown_guide_or_language_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.pdf");
    let out_arg = out.to_str().unwrap();
    for (args, flag) in [
        (["handout", "--guide", "no-such-guide", "--lang", "sv", "--out", out_arg], "--guide no-such-guide"),
        (["handout", "--guide", "bankid-get", "--lang", "xx", "--out", out_arg], "--lang xx"),
        (["handout", "--guide", "../bankid-get", "--lang", "sv", "--out", out_arg], "--guide ../bankid-get"),
    ] {
        let run = lotsen(&args, dir.path());
        assert!(!run.status.success(), "{args:?} succeeded");
        assert!(
            String::from_utf8_lossy(&run.stderr).contains(flag),
            "{args:?}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(!out.exists(), "{args:?}: wrote a file anyway");
    }
}
