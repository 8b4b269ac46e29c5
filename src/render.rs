//! `lotsen render`: the kiosk's screens drawn by Slint's software renderer into PNG files, with
//! no display, so authors and reviewers can see every step in every language.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use slint::{ComponentHandle, PhysicalSize};

use crate::controller::Controller;
use crate::guide_view;
use crate::headless;
use crate::ui::LibrarianTab;
use lotsen_guide::setup::Input as SetupInput;
use lotsen_guide::{Category, Content};
use lotsen_records::HubProblem;
use lotsen_records::{Settings, TextSize};

pub struct RenderRequest {
    pub language: String,
    /// Every step of this guide; without it the language, home and one guide-list screen.
    pub guide: Option<String>,
    pub size: PhysicalSize,
    pub text_size: TextSize,
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

/// Renders the requested screens and returns the files written, in order. Librarian mode is
/// drawn with the requested language as the staff language.
pub fn render(content_dir: &Path, settings: Settings, request: &RenderRequest) -> Result<Vec<PathBuf>> {
    // Drawn as a kiosk with speakers shows it: the speaker button where something can be heard.
    let settings = Settings { staff_language: request.language.clone(), audio_device: "null".into(), ..settings };
    crate::fonts::use_bundled_fonts(content_dir);
    let window = headless::window()?;
    let content = Content::load(content_dir)?;
    guide_view::locale(&content, &request.language)?;
    let step_count = match &request.guide {
        Some(id) => guide_view::guide(&content, id)?.steps.len(),
        None => 0,
    };
    let first_category = content.catalogue.guides.first().map(|g| g.category).unwrap_or(Category::EId);

    let controller = Controller::new(content, settings, None)?;
    window.set_size(request.size);
    controller.window().show().context("showing the headless window")?;
    std::fs::create_dir_all(&request.out_dir).with_context(|| format!("creating {}", request.out_dir.display()))?;

    let mut files = Vec::new();
    let mut shoot = |name: String| -> Result<()> {
        let path = request.out_dir.join(format!("{name}.png"));
        headless::write_png(&headless::draw(&window), &path)?;
        files.push(path);
        Ok(())
    };
    controller.choose_language(&request.language);
    controller.set_text_size(request.text_size);
    match &request.guide {
        None => {
            controller.show_languages();
            shoot("00-language".into())?;
            controller.show_home();
            shoot("01-home".into())?;
            controller.open_category(first_category.id());
            shoot("02-guide-list".into())?;
            controller.open_pin_pad();
            shoot("03-pin-pad".into())?;
            controller.open_librarian_mode();
            for (number, tab) in
                [LibrarianTab::Overview, LibrarianTab::Languages, LibrarianTab::Settings, LibrarianTab::Print]
                    .into_iter()
                    .enumerate()
            {
                controller.show_librarian_tab(tab);
                shoot(format!("{:02}-librarian-{tab:?}", number + 4).to_lowercase())?;
            }
            // The questions on Close with unsaved settings, and on Quit.
            controller.show_librarian_tab(LibrarianTab::Settings);
            controller.change_idle_timeout(1);
            controller.close_librarian();
            shoot("08-librarian-unsaved".into())?;
            controller.discard_and_close();
            controller.open_librarian_mode();
            controller.ask_to_quit();
            shoot("09-librarian-quit".into())?;
            controller.discard_and_close();
            render_setup(&controller, &mut shoot)?;
        }
        Some(id) => {
            controller.open_guide(id);
            shoot("00-needs".into())?;
            for step in 1..=step_count {
                controller.next();
                shoot(format!("{step:02}-step"))?;
                // A practice step also as it looks after a wrong and after a right answer.
                let practice = guide_view::guide(&controller.content(), id)?.steps[step - 1].practice.clone();
                if let Some(practice) = practice {
                    let wrong = (0..practice.choices.len()).find(|&i| !practice.is_safe(i));
                    let right = practice.safe_index();
                    for (choice, outcome) in [(wrong, "wrong"), (right, "right")] {
                        let Some(choice) = choice else { continue };
                        controller.try_practice_again();
                        controller.choose_practice(choice);
                        shoot(format!("{step:02}-step-{outcome}"))?;
                    }
                }
            }
            controller.next();
            shoot(format!("{:02}-finish", step_count + 1))?;
        }
    }
    Ok(files)
}

/// The first start's setup, step by step, with a long answer of Test connection on the hub step.
fn render_setup(controller: &Controller, shoot: &mut impl FnMut(String) -> Result<()>) -> Result<()> {
    controller.begin_setup();
    shoot("10-setup-staff-language".into())?;
    controller.setup(SetupInput::Next);
    "123".chars().for_each(|digit| controller.setup(SetupInput::PinDigit(digit)));
    shoot("11-setup-pin".into())?;
    (0..3).for_each(|_| controller.setup(SetupInput::PinErase));
    for _ in 0..2 {
        "2468".chars().for_each(|digit| controller.setup(SetupInput::PinDigit(digit)));
        controller.setup(SetupInput::Next);
    }
    let mismatch = HubProblem::NameMismatch {
        token_kiosk: "umea-stadsbibliotek-1".into(),
        configured: "kiosk-1".into(),
        date: None,
    };
    controller.setup(SetupInput::Tested { answer: Err(mismatch), now: chrono::Utc::now() });
    shoot("12-setup-hub".into())?;
    controller.setup(SetupInput::Next);
    shoot("13-setup-languages".into())
}
