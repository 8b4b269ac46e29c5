//! `lotsen render`: the kiosk's screens drawn by Slint's software renderer into PNG files, with
//! no display, so authors and reviewers can see every step in every language.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::{Context, Result, bail};
use slint::platform::software_renderer::{MinimalSoftwareWindow, RepaintBufferType};
use slint::platform::{Platform, WindowAdapter};
use slint::{ComponentHandle, PhysicalSize, PlatformError, Rgb8Pixel};

use crate::content::{Category, Content};
use crate::controller::Controller;
use crate::settings::Settings;

pub struct RenderRequest {
    pub language: String,
    /// Every step of this guide; without it the language, home and one guide-list screen.
    pub guide: Option<String>,
    pub size: PhysicalSize,
    pub out_dir: PathBuf,
}

/// Parses `1280x800`.
pub fn parse_size(text: &str) -> Result<PhysicalSize> {
    let (width, height) = text.split_once(['x', 'X']).context("size must look like 1280x800")?;
    let parse = |n: &str| n.trim().parse::<u32>().ok().filter(|n| (200..=8000).contains(n));
    match (parse(width), parse(height)) {
        (Some(width), Some(height)) => Ok(PhysicalSize::new(width, height)),
        _ => bail!("size {text:?}: width and height must be 200 to 8000 pixels, like 1280x800"),
    }
}

struct HeadlessPlatform {
    window: Rc<MinimalSoftwareWindow>,
}

impl Platform for HeadlessPlatform {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, PlatformError> {
        Ok(self.window.clone())
    }
}

/// Renders the requested screens and returns the files written, in order.
pub fn render(content_dir: &Path, settings: Settings, request: &RenderRequest) -> Result<Vec<PathBuf>> {
    crate::fonts::use_bundled_fonts(content_dir);
    let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
    slint::platform::set_platform(Box::new(HeadlessPlatform { window: window.clone() }))
        .map_err(|error| anyhow::anyhow!("setting up the headless renderer: {error}"))?;
    let content = Content::load(content_dir)?;
    if content.chrome.locales.get(&request.language).is_none() {
        let known: Vec<&str> = content.chrome.locales.codes().collect();
        bail!("--lang {}: not a bundled language (have {})", request.language, known.join(", "));
    }
    if let Some(id) = &request.guide {
        if content.catalogue.guide(id).is_none() {
            bail!("--guide {id}: no such guide in the catalogue (run `lotsen guides check` to see why)");
        }
    }
    let first_category = content.catalogue.guides.first().map(|g| g.category).unwrap_or(Category::EId);
    let step_count = request.guide.as_deref().and_then(|id| content.catalogue.guide(id)).map_or(0, |g| g.steps.len());

    let controller = Controller::new(content, settings, None)?;
    window.set_size(request.size);
    controller.window().show().context("showing the headless window")?;
    std::fs::create_dir_all(&request.out_dir).with_context(|| format!("creating {}", request.out_dir.display()))?;

    let mut files = Vec::new();
    let mut shoot = |name: String| -> Result<()> {
        let path = request.out_dir.join(format!("{name}.png"));
        write_png(&window, &path)?;
        files.push(path);
        Ok(())
    };
    controller.choose_language(&request.language);
    match &request.guide {
        None => {
            controller.show_languages();
            shoot("00-language".into())?;
            controller.show_home();
            shoot("01-home".into())?;
            controller.open_category(first_category.id());
            shoot("02-guide-list".into())?;
        }
        Some(id) => {
            controller.open_guide(id);
            shoot("00-needs".into())?;
            for step in 1..=step_count {
                controller.next();
                shoot(format!("{step:02}-step"))?;
            }
            controller.next();
            shoot(format!("{:02}-finish", step_count + 1))?;
        }
    }
    Ok(files)
}

fn write_png(window: &MinimalSoftwareWindow, path: &Path) -> Result<()> {
    slint::platform::update_timers_and_animations();
    let size = window.size();
    let (width, height) = (size.width as usize, size.height as usize);
    let mut pixels = vec![Rgb8Pixel::default(); width * height];
    window.request_redraw();
    window.draw_if_needed(|renderer| {
        renderer.render(&mut pixels, width);
    });
    let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), size.width, size.height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let bytes: Vec<u8> = pixels.iter().flat_map(|p| [p.r, p.g, p.b]).collect();
    encoder
        .write_header()
        .and_then(|mut writer| writer.write_image_data(&bytes))
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
