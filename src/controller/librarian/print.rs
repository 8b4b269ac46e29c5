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

/// How often the running print job is looked at.
const POLL: Duration = Duration::from_millis(200);

/// A print job: first the PDF is drawn, then (with a printer) `lp` sends it.
pub(super) enum PrintJob {
    Drawing { child: Child, pdf: PathBuf, title: String },
    Sending { child: Child, pdf: PathBuf, printer: String },
}

impl Controller {
    /// Lets librarian mode print: the kiosk calls this at start; `lotsen render` does not.
    pub fn enable_printing(&self, setup: PrintSetup) {
        self.librarian.borrow_mut().print_setup = Some(setup);
    }

    pub(super) fn bind_printing(&self, librarian: &Librarian) {
        let me = self.me.clone();
        librarian.on_print_guide(move |id| act(&me, |c| c.print_guide(&id)));
    }

    /// Starts printing guide `id` in the visitor's language.
    pub fn print_guide(&self, id: &str) {
        let language = self.librarian_language();
        let Some(guide) = self.content.catalogue.guide(id) else { return };
        if self.librarian.borrow().print_job.is_some() {
            return;
        }
        let (Some(setup), Some(log)) = (self.librarian.borrow().print_setup.clone(), &self.usage_log) else {
            return self.finish_printing(self.print_text("print-unavailable", &[]), true);
        };
        let title = guide.text(&self.content.chrome.locales.chain(&language), "title", None);
        let pdf = printing::handout_path(log.data_dir(), id, &language, chrono::Local::now());
        let started = pdf
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| setup.handout_command(id, &language, &pdf).spawn());
        match started {
            Ok(child) => {
                tracing::info!(guide = id, language, pdf = %pdf.display(), "drawing a handout to print");
                self.librarian.borrow_mut().print_job = Some(PrintJob::Drawing { child, pdf, title });
                self.show_print_message(self.print_text("print-preparing", &[]), false);
                self.watch_print_job();
            }
            Err(error) => self.finish_printing(self.print_text("print-failed", &[("reason", error.to_string())]), true),
        }
    }

    fn watch_print_job(&self) {
        let weak = self.me.clone();
        self.librarian.borrow().print_timer.start(TimerMode::Repeated, POLL, move || {
            if let Some(controller) = weak.upgrade() {
                controller.poll_print_job();
            }
        });
    }

    fn poll_print_job(&self) {
        let Some(mut job) = self.librarian.borrow_mut().print_job.take() else { return };
        let child = match &mut job {
            PrintJob::Drawing { child, .. } | PrintJob::Sending { child, .. } => child,
        };
        let status = match child.try_wait() {
            Ok(None) => {
                self.librarian.borrow_mut().print_job = Some(job);
                return;
            }
            Ok(Some(status)) => Ok(status),
            Err(error) => Err(error.to_string()),
        };
        let outcome = status.and_then(|status| succeeded(status, child));
        match (job, outcome) {
            (PrintJob::Drawing { pdf, title, .. }, Ok(())) => self.send_to_printer(pdf, &title),
            (PrintJob::Drawing { .. }, Err(reason)) => {
                self.finish_printing(self.print_text("print-failed", &[("reason", reason)]), true)
            }
            (PrintJob::Sending { printer, pdf, .. }, Ok(())) => {
                tracing::info!(printer, pdf = %pdf.display(), "handout sent to the printer");
                self.finish_printing(self.print_text("print-sent", &[("printer", printer)]), false)
            }
            (PrintJob::Sending { pdf, .. }, Err(reason)) => {
                let saved = self.print_text("print-saved", &[("path", pdf.display().to_string())]);
                let failed = self.print_text("print-failed", &[("reason", reason)]);
                self.finish_printing(format!("{failed} {saved}"), true)
            }
        }
    }

    /// With a printer, `lp`; without, the PDF stays where it was drawn.
    fn send_to_printer(&self, pdf: PathBuf, title: &str) {
        let Some(setup) = self.librarian.borrow().print_setup.clone() else { return };
        let printer = setup.printer(&self.settings.borrow().printer);
        let Some(printer) = printer else {
            tracing::info!(pdf = %pdf.display(), "no printer: handout saved");
            return self.finish_printing(self.print_text("print-saved", &[("path", pdf.display().to_string())]), false);
        };
        match setup.print_command(&printer, &pdf, title).spawn() {
            Ok(child) => {
                self.librarian.borrow_mut().print_job = Some(PrintJob::Sending { child, pdf, printer });
            }
            Err(error) => {
                let saved = self.print_text("print-saved", &[("path", pdf.display().to_string())]);
                let failed = self.print_text("print-failed", &[("reason", format!("lp: {error}"))]);
                self.finish_printing(format!("{failed} {saved}"), true);
            }
        }
    }

    fn finish_printing(&self, message: String, is_error: bool) {
        self.librarian.borrow().print_timer.stop();
        self.show_print_message(message, is_error);
    }

    fn show_print_message(&self, message: String, is_error: bool) {
        if is_error {
            tracing::warn!("printing: {message}");
        }
        self.librarian.borrow_mut().print_message = Some((message, is_error));
        self.refresh_printing();
    }

    fn print_text(&self, key: &str, values: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, value.clone());
        }
        self.content.chrome.text(&self.librarian_language(), key, Some(&args))
    }

    /// The print tab: the printer (or where handouts are saved), the open guide and every guide.
    pub(super) fn refresh_printing(&self) {
        let language = self.librarian_language();
        let chain = self.content.chrome.locales.chain(&language);
        let librarian = self.window.global::<Librarian>();
        let state = self.librarian.borrow();
        let printer_status = match (&state.print_setup, &self.usage_log) {
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
        let open_guide = self.visitor.borrow().guide.clone().and_then(|id| self.content.catalogue.guide(&id));
        librarian.set_open_guide_id(open_guide.map_or("", |g| g.id.as_str()).into());
        librarian.set_open_guide_title(open_guide.map(|g| g.text(&chain, "title", None)).unwrap_or_default().into());
        let guides: Vec<GuideItem> = self
            .content
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
        librarian.set_printing(state.print_job.is_some());
        let (message, is_error) = state.print_message.clone().unwrap_or_default();
        librarian.set_print_message(message.into());
        librarian.set_print_message_is_error(is_error);
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
