//! QR codes that hand a link to the visitor's own phone.

use qrcode::{Color, EcLevel, QrCode};
use slint::{Image, Rgb8Pixel, SharedPixelBuffer};

/// Pixels per QR module: crisp at the size shown, scaled with `image-rendering: pixelated`.
const MODULE_PIXELS: u32 = 6;
/// White border in modules, as the QR standard asks.
const QUIET_ZONE: u32 = 4;

/// A black-on-white QR code for `text`; an empty image (with a log line) if it cannot be encoded.
pub fn image(text: &str) -> Image {
    let code = match QrCode::with_error_correction_level(text, EcLevel::M) {
        Ok(code) => code,
        Err(error) => {
            tracing::warn!(text, %error, "no QR code for this link");
            return Image::default();
        }
    };
    let modules = code.width() as u32;
    let size = (modules + 2 * QUIET_ZONE) * MODULE_PIXELS;
    let mut buffer = SharedPixelBuffer::<Rgb8Pixel>::new(size, size);
    let colors = code.to_colors();
    for (index, pixel) in buffer.make_mut_slice().iter_mut().enumerate() {
        let (x, y) = (index as u32 % size / MODULE_PIXELS, index as u32 / size / MODULE_PIXELS);
        let inside = (QUIET_ZONE..modules + QUIET_ZONE).contains(&x) && (QUIET_ZONE..modules + QUIET_ZONE).contains(&y);
        let dark = inside && colors[((y - QUIET_ZONE) * modules + (x - QUIET_ZONE)) as usize] == Color::Dark;
        let value = if dark { 0 } else { 255 };
        *pixel = Rgb8Pixel { r: value, g: value, b: value };
    }
    Image::from_rgb8(buffer)
}
