//! Drawing Slint windows with no display: one software-rendered window per thread, and its
//! pixels. `lotsen render` (screens to PNG) and `lotsen handout` (pages to PDF) both draw here,
//! with the same renderer, fonts and text shaping as the kiosk's screen.

use std::cell::OnceCell;
use std::path::Path;
use std::rc::Rc;

use anyhow::{Context, Result};
use slint::platform::software_renderer::{MinimalSoftwareWindow, RepaintBufferType};
use slint::platform::{Platform, WindowAdapter};
use slint::{PhysicalSize, PlatformError, Rgb8Pixel};

struct HeadlessPlatform {
    window: Rc<MinimalSoftwareWindow>,
}

impl Platform for HeadlessPlatform {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, PlatformError> {
        Ok(self.window.clone())
    }
}

thread_local! {
    // Slint's platform is set once per thread; every component created after shares this window.
    static WINDOW: OnceCell<Rc<MinimalSoftwareWindow>> = const { OnceCell::new() };
}

/// The headless window of this thread, making the headless renderer Slint's platform the first
/// time. Fails if another platform (a window system, the testing backend) was chosen before.
pub fn window() -> Result<Rc<MinimalSoftwareWindow>> {
    WINDOW.with(|cell| {
        if let Some(window) = cell.get() {
            return Ok(window.clone());
        }
        let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
        slint::platform::set_platform(Box::new(HeadlessPlatform { window: window.clone() }))
            .map_err(|error| anyhow::anyhow!("setting up the headless renderer: {error}"))?;
        Ok(cell.get_or_init(|| window).clone())
    })
}

/// A drawn frame: RGB, row by row.
pub struct Frame {
    pub size: PhysicalSize,
    pub pixels: Vec<Rgb8Pixel>,
}

impl Frame {
    /// The pixels as R, G, B bytes.
    pub fn rgb_bytes(&self) -> Vec<u8> {
        self.pixels.iter().flat_map(|p| [p.r, p.g, p.b]).collect()
    }
}

/// Draws what the window shows now, after running due timers and animations.
pub fn draw(window: &MinimalSoftwareWindow) -> Frame {
    slint::platform::update_timers_and_animations();
    let size = window.size();
    let width = size.width as usize;
    let mut pixels = vec![Rgb8Pixel::default(); width * size.height as usize];
    window.request_redraw();
    window.draw_if_needed(|renderer| {
        renderer.render(&mut pixels, width);
    });
    Frame { size, pixels }
}

/// Writes a frame as an RGB PNG file.
pub fn write_png(frame: &Frame, path: &Path) -> Result<()> {
    let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), frame.size.width, frame.size.height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .write_header()
        .and_then(|mut writer| writer.write_image_data(&frame.rgb_bytes()))
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
