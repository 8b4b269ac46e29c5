//! The print tab: a guide in the visitor's language drawn as a PDF by `lotsen handout` and sent
//! to CUPS, or saved in `<data dir>/handouts/` when there is no printer. Both run as child
//! processes, watched by a timer so the kiosk stays responsive.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, ExitStatus};
use std::time::Duration;

use fluent_bundle::FluentArgs;
use slint::{ComponentHandle, Image, TimerMode};

use super::super::{Controller, act};
use crate::guide_view::model;
use crate::printing::{self, PrintSetup};
use crate::ui::{GuideItem, Librarian};
use lotsen_guide::librarian;
use lotsen_guide::print_job::{Effect, Input, Message, Request};

/// How often the running print process is looked at.
const POLL: Duration = Duration::from_millis(200);

impl Controller {
    /// Lets librarian mode print: the kiosk calls this at start; `lotsen render` does not.
    pub fn enable_printing(&self, setup: PrintSetup) {
        *self.print_setup.borrow_mut() = Some(setup);
    }

    /// Whether handouts have a printer: the `printer` setting, else CUPS's default printer.
    pub(crate) fn printer_configured(&self) -> bool {
        let setting = self.settings.borrow().printer.clone();
        match &*self.print_setup.borrow() {
            Some(setup) => setup.printer(&setting).is_some(),
            None => !setting.is_empty(),
        }
    }

    pub(super) fn bind_printing(&self, librarian: &Librarian) {
        let me = self.me.clone();
        librarian.on_print_guide(move |id| act(&me, |c| c.print_guide(&id)));
    }

    /// Starts printing guide `id` in the visitor's language.
    pub fn print_guide(&self, id: &str) {
        let language = self.visitor.borrow().language.clone();
        let content = self.content();
        let Some(guide) = content.catalogue.guide(id) else { return };
        if self.librarian.borrow().print.busy() {
            return;
        }
        let setup = self.print_setup.borrow().clone();
        let request = setup.zip(self.usage_log.as_ref()).map(|(setup, log)| Request {
            guide: id.to_string(),
            language: language.clone(),
            pdf: printing::handout_path(log.data_dir(), id, &language, chrono::Local::now()),
            title: guide.text(&content.chrome.locales.chain(&language), "title", None),
            printer: setup.printer(&self.settings.borrow().printer),
        });
        self.print(Input::Print(request));
    }

    fn print(&self, input: Input) {
        self.librarian_mode(librarian::Input::Print(input));
    }

    /// After an input to the print job: logs what came of it and shows it.
    pub(super) fn show_print_job(&self) {
        let message = self.librarian.borrow().print.message.clone();
        match &message {
            Some(message) if message.is_error() => tracing::warn!("printing: {}", self.print_message(message)),
            Some(Message::Sent { printer }) => tracing::info!(printer, "handout sent to the printer"),
            Some(Message::Saved { pdf }) => tracing::info!(pdf = %pdf.display(), "no printer: handout saved"),
            _ => {}
        }
        if !self.librarian.borrow().print.busy() {
            self.print_poll.stop();
        }
        self.refresh_printing();
    }

    /// Runs the drawing or sending process and watches it; a process that does not start ends
    /// the stage at once.
    pub(super) fn start_print_process(&self, effect: Effect) {
        let Some(setup) = self.print_setup.borrow().clone() else { return };
        let started = match &effect {
            Effect::Draw { guide, language, pdf } => {
                tracing::info!(guide, language, pdf = %pdf.display(), "drawing a handout to print");
                pdf.parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|()| setup.handout_command(guide, language, pdf).spawn())
                    .map_err(|error| error.to_string())
            }
            Effect::Send { printer, pdf, title } => {
                setup.print_command(printer, pdf, title).spawn().map_err(|error| format!("lp: {error}"))
            }
        };
        match started {
            Ok(child) => {
                *self.print_process.borrow_mut() = Some(child);
                let weak = self.me.clone();
                self.print_poll.start(TimerMode::Repeated, POLL, move || {
                    if let Some(controller) = weak.upgrade() {
                        controller.poll_print_process();
                    }
                });
            }
            Err(reason) => self.print(Input::Ended(Err(reason))),
        }
    }

    fn poll_print_process(&self) {
        let outcome = {
            let mut process = self.print_process.borrow_mut();
            let Some(child) = process.as_mut() else { return };
            let outcome = match child.try_wait() {
                Ok(None) => return,
                Ok(Some(status)) => succeeded(status, child),
                Err(error) => Err(error.to_string()),
            };
            *process = None;
            outcome
        };
        self.print(Input::Ended(outcome));
    }

    fn print_message(&self, message: &Message) -> String {
        let path = |pdf: &PathBuf| pdf.display().to_string();
        match message {
            Message::Unavailable => self.print_text("print-unavailable", &[]),
            Message::Preparing => self.print_text("print-preparing", &[]),
            Message::Failed { reason } => self.print_text("print-failed", &[("reason", reason.clone())]),
            Message::Sent { printer } => self.print_text("print-sent", &[("printer", printer.clone())]),
            Message::Saved { pdf } => self.print_text("print-saved", &[("path", path(pdf))]),
            Message::NotSent { reason, pdf } => {
                let failed = self.print_text("print-failed", &[("reason", reason.clone())]);
                let saved = self.print_text("print-saved", &[("path", path(pdf))]);
                format!("{failed} {saved}")
            }
        }
    }

    fn print_text(&self, key: &str, values: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, value.clone());
        }
        self.content().chrome.text(&self.staff_language(), key, Some(&args))
    }

    /// The print tab: the printer (or where handouts are saved), the open guide and every guide.
    pub(super) fn refresh_printing(&self) {
        // The guides are listed in the language they print in: the visitor's.
        let language = self.visitor.borrow().language.clone();
        let chain = self.content().chrome.locales.chain(&language);
        let librarian = self.window.global::<Librarian>();
        let printer_status = match (&*self.print_setup.borrow(), &self.usage_log) {
            (Some(setup), Some(log)) => match setup.printer(&self.settings.borrow().printer) {
                Some(printer) => self.print_text("print-printer", &[("printer", printer)]),
                None => {
                    let dir = log.data_dir().join(printing::HANDOUTS_DIR);
                    self.print_text("print-no-printer", &[("dir", dir.display().to_string())])
                }
            },
            _ => self.print_text("print-unavailable", &[]),
        };
        librarian.set_printer_status(printer_status.into());
        let content = self.content();
        let open_guide = self.visitor.borrow().guide.clone().and_then(|id| content.catalogue.guide(&id));
        librarian.set_open_guide_id(open_guide.map_or("", |g| g.id.as_str()).into());
        librarian.set_open_guide_title(open_guide.map(|g| g.text(&chain, "title", None)).unwrap_or_default().into());
        let guides: Vec<GuideItem> = content
            .catalogue
            .guides
            .iter()
            .map(|g| GuideItem {
                id: g.id.as_str().into(),
                title: g.text(&chain, "title", None).into(),
                summary: Default::default(),
                duration: Default::default(),
                icon: Image::default(),
            })
            .collect();
        librarian.set_printable_guides(model(guides));
        let state = self.librarian.borrow();
        librarian.set_printing(state.print.busy());
        let message = state.print.message.as_ref();
        librarian.set_print_message(message.map(|m| self.print_message(m)).unwrap_or_default().into());
        librarian.set_print_message_is_error(message.is_some_and(Message::is_error));
    }
}

/// Ok for a zero exit; otherwise the program's own words (its last stderr line) or its status.
fn succeeded(status: ExitStatus, child: &mut Child) -> Result<(), String> {
    if status.success() {
        return Ok(());
    }
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    let last_line = stderr.lines().rev().find(|l| !l.trim().is_empty()).map(str::trim);
    Err(last_line.map_or_else(|| status.to_string(), str::to_string))
}
