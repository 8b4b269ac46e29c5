//! `lotsen handout`: a guide as a print-ready A4 PDF to take home. The pages are drawn by the
//! kiosk's own renderer (Slint's software renderer, `ui/handout.slint`), so Arabic, Persian and
//! Ethiopic are shaped and laid out exactly as on the screen, and embedded as images, one per
//! page. As many steps as fit go on a page, at most three.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::{Context, Result};
use miniz_oxide::deflate::{CompressionLevel, compress_to_vec_zlib};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, TextStr};
use slint::{ComponentHandle, PhysicalSize};

use crate::guide_view::{self, model};
use crate::headless::{self, Frame};
use crate::ui::{HandoutPage, HandoutStep, Tr};
use lotsen_guide::Direction;
use lotsen_guide::{Content, Guide, Practice};

/// A4 at 150 dpi: sharp enough for text on an office printer, small enough to draw quickly.
pub const PAGE_PIXELS: PhysicalSize = PhysicalSize::new(1240, 1754);
/// A4 in PDF points (1/72 inch).
const PAGE_POINTS: Rect = Rect { x1: 0.0, y1: 0.0, x2: 595.28, y2: 841.89 };
/// More steps than this on one sheet is too dense to follow.
pub const MAX_STEPS_PER_PAGE: usize = 3;

pub struct HandoutRequest {
    pub guide: String,
    pub language: String,
    pub out: PathBuf,
}

/// What was written: the steps on each page, in order (the first page also has the title and
/// what you need).
#[derive(Debug)]
pub struct Handout {
    pub pages: Vec<Range<usize>>,
}

/// Writes the guide's handout to `request.out`.
pub fn write(content_dir: &Path, request: &HandoutRequest) -> Result<Handout> {
    crate::fonts::use_bundled_fonts(content_dir);
    let window = headless::window()?;
    let content = Rc::new(Content::load(content_dir)?);
    let language = request.language.as_str();
    let locale = guide_view::locale(&content, language)?;
    let guide = guide_view::guide(&content, &request.guide)?;
    let chain = content.chrome.locales.chain(language);
    let title = guide.text(&chain, "title", None);

    let page = HandoutPage::new().context("creating the handout page")?;
    window.set_size(PAGE_PIXELS);
    page.show().context("showing the headless handout page")?;
    let tr = page.global::<Tr>();
    guide_view::bind_text(&tr, content.clone());
    tr.set_rtl(locale.direction == Direction::Rtl);
    tr.set_lang(language.into());
    page.set_guide_title(title.as_str().into());
    page.set_summary(guide.text(&chain, "summary", None).into());
    page.set_needs(guide_view::model(guide_view::need_lines(guide, &chain)));
    page.set_service_qr(crate::qr::image(&guide.service_url));

    let steps = steps(&content, guide, language, &chain);
    let pages = paginate(&page, &steps);
    let mut frames = Vec::new();
    for (number, range) in pages.iter().enumerate() {
        show(&page, number == 0, &steps[range.clone()]);
        page.set_page_label(format!("{} / {}", number + 1, pages.len()).into());
        if page.get_overflows() {
            tracing::warn!(guide = guide.id, language, page = number + 1, "a step is taller than a page: cut off");
        }
        frames.push(headless::draw(&window));
    }
    page.hide().context("closing the headless handout page")?;

    let pdf = pdf(&frames, &title, language);
    std::fs::write(&request.out, pdf).with_context(|| format!("writing {}", request.out.display()))?;
    Ok(Handout { pages })
}

fn steps(content: &Content, guide: &Guide, language: &str, chain: &[String]) -> Vec<HandoutStep> {
    let total = guide.steps.len();
    (0..total)
        .map(|index| HandoutStep {
            label: guide_view::step_progress(&content.chrome, language, index + 1, total),
            step: guide_view::step(guide, chain, index),
            // On paper a practice step shows its simulated screen with the safe answer and why.
            practice: guide_view::practice(
                guide,
                chain,
                index,
                guide.steps[index].practice.as_ref().and_then(Practice::safe_index),
            ),
        })
        .collect()
}

fn show(page: &HandoutPage, opening: bool, steps: &[HandoutStep]) {
    page.set_opening(opening);
    page.set_steps(model(steps.to_vec()));
}

/// Which steps go on which page: as many as fit, at most [`MAX_STEPS_PER_PAGE`], measured by
/// the page's own layout. A step taller than a page gets a page of its own (and is cut off).
/// A last page with a single step takes one from the page before when both then fit, so no
/// step is left alone on the last sheet.
fn paginate(page: &HandoutPage, steps: &[HandoutStep]) -> Vec<Range<usize>> {
    let fits = |opening: bool, range: Range<usize>| {
        show(page, opening, &steps[range]);
        !page.get_overflows()
    };
    let mut pages: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    while pages.is_empty() || start < steps.len() {
        let opening = pages.is_empty();
        let mut end = start;
        while end < steps.len() && end - start < MAX_STEPS_PER_PAGE && fits(opening, start..end + 1) {
            end += 1;
        }
        if end == start && !opening {
            end += 1;
        }
        pages.push(start..end);
        start = end;
    }
    if let [.., before, last] = pages.as_mut_slice() {
        let movable = last.len() == 1 && before.len() > 2;
        if movable && fits(false, before.end - 1..last.end) {
            before.end -= 1;
            last.start -= 1;
        }
    }
    pages
}

/// One A4 page per frame, each frame filling its page.
fn pdf(frames: &[Frame], title: &str, language: &str) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut next_id = Ref::new(1);
    let catalog_id = next_id.bump();
    let page_tree_id = next_id.bump();
    let info_id = next_id.bump();
    let image_name = Name(b"Page");
    let mut page_ids = Vec::new();
    for frame in frames {
        let (page_id, image_id, content_id) = (next_id.bump(), next_id.bump(), next_id.bump());
        page_ids.push(page_id);
        let mut page = pdf.page(page_id);
        page.media_box(PAGE_POINTS);
        page.parent(page_tree_id);
        page.contents(content_id);
        page.resources().x_objects().pair(image_name, image_id);
        page.finish();

        let compressed = compress_to_vec_zlib(&frame.rgb_bytes(), CompressionLevel::DefaultLevel as u8);
        let mut image = pdf.image_xobject(image_id, &compressed);
        image.filter(Filter::FlateDecode);
        image.width(frame.size.width as i32);
        image.height(frame.size.height as i32);
        image.color_space().device_rgb();
        image.bits_per_component(8);
        image.finish();

        // An image is one unit square; scale it to the whole page.
        let mut content = pdf_writer::Content::new();
        content.save_state();
        content.transform([PAGE_POINTS.x2, 0.0, 0.0, PAGE_POINTS.y2, 0.0, 0.0]);
        content.x_object(image_name);
        content.restore_state();
        pdf.stream(content_id, &content.finish());
    }
    pdf.pages(page_tree_id).kids(page_ids.iter().copied()).count(page_ids.len() as i32);
    pdf.catalog(catalog_id).pages(page_tree_id).lang(TextStr(language));
    pdf.document_info(info_id).title(TextStr(title)).creator(TextStr("Lotsen"));
    pdf.finish()
}
