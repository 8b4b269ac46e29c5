//! Printing a guide from librarian mode: first the PDF is drawn (by `lotsen handout`), then, with
//! a printer, `lp` sends it; without one the PDF stays where it was drawn. The processes are the
//! adapter's; this follows the stages and says what came of them.

use std::path::PathBuf;

/// A guide to print in a language.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub guide: String,
    pub language: String,
    /// Where the PDF is drawn.
    pub pdf: PathBuf,
    /// The guide's title, which the print queue shows.
    pub title: String,
    /// The CUPS printer; none keeps the PDF.
    pub printer: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Print `request`; none when this kiosk cannot print (no data dir, or `lotsen render`).
    Print(Option<Request>),
    /// The running stage's process ended: fine, or why not (its own words).
    Ended(Result<(), String>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Start drawing the PDF; answer with [`Input::Ended`] when it ends.
    Draw { guide: String, language: String, pdf: PathBuf },
    /// Start sending the PDF to the printer; answer with [`Input::Ended`] when it ends.
    Send { printer: String, pdf: PathBuf, title: String },
}

/// What the print tab says.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Unavailable,
    Preparing,
    Failed {
        reason: String,
    },
    Sent {
        printer: String,
    },
    /// No printer: the PDF is kept here.
    Saved {
        pdf: PathBuf,
    },
    /// The printer refused it, but the PDF is kept.
    NotSent {
        reason: String,
        pdf: PathBuf,
    },
}

impl Message {
    pub fn is_error(&self) -> bool {
        matches!(self, Message::Unavailable | Message::Failed { .. } | Message::NotSent { .. })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Drawing { pdf: PathBuf, title: String, printer: Option<String> },
    Sending { pdf: PathBuf, printer: String },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrintJob {
    stage: Option<Stage>,
    /// What came of the last print.
    pub message: Option<Message>,
}

impl PrintJob {
    /// A PDF is being drawn or sent: another print waits until it ends.
    pub fn busy(&self) -> bool {
        self.stage.is_some()
    }

    pub fn handle(&mut self, input: Input) -> Vec<Effect> {
        match input {
            Input::Print(_) if self.busy() => Vec::new(),
            Input::Print(None) => {
                self.message = Some(Message::Unavailable);
                Vec::new()
            }
            Input::Print(Some(Request { guide, language, pdf, title, printer })) => {
                self.stage = Some(Stage::Drawing { pdf: pdf.clone(), title, printer });
                self.message = Some(Message::Preparing);
                vec![Effect::Draw { guide, language, pdf }]
            }
            Input::Ended(outcome) => self.end_stage(outcome),
        }
    }

    fn end_stage(&mut self, outcome: Result<(), String>) -> Vec<Effect> {
        let Some(stage) = self.stage.take() else { return Vec::new() };
        let message = match (stage, outcome) {
            (Stage::Drawing { pdf, title, printer: Some(printer) }, Ok(())) => {
                let send = Effect::Send { printer: printer.clone(), pdf: pdf.clone(), title };
                self.stage = Some(Stage::Sending { pdf, printer });
                return vec![send];
            }
            (Stage::Drawing { pdf, printer: None, .. }, Ok(())) => Message::Saved { pdf },
            (Stage::Drawing { .. }, Err(reason)) => Message::Failed { reason },
            (Stage::Sending { printer, .. }, Ok(())) => Message::Sent { printer },
            (Stage::Sending { pdf, .. }, Err(reason)) => Message::NotSent { reason, pdf },
        };
        self.message = Some(message);
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(printer: Option<&str>) -> Request {
        Request {
            guide: "bankid-get".into(),
            language: "sv".into(),
            pdf: "/data/handouts/bankid-get-sv.pdf".into(),
            title: "Skaffa BankID".into(),
            printer: printer.map(String::from),
        }
    }

    #[test]
    fn a_print_draws_then_sends_and_waits_for_both() {
        let mut job = PrintJob::default();
        let draw = job.handle(Input::Print(Some(request(Some("office")))));
        assert_eq!(
            draw,
            [Effect::Draw {
                guide: "bankid-get".into(),
                language: "sv".into(),
                pdf: "/data/handouts/bankid-get-sv.pdf".into()
            }]
        );
        assert_eq!(job.message, Some(Message::Preparing));
        assert!(job.handle(Input::Print(Some(request(None)))).is_empty(), "one print at a time");
        let send = job.handle(Input::Ended(Ok(())));
        assert!(
            matches!(&send[..], [Effect::Send { printer, title, .. }] if printer == "office" && title == "Skaffa BankID")
        );
        assert!(job.busy());
        assert!(job.handle(Input::Ended(Ok(()))).is_empty());
        assert_eq!(job.message, Some(Message::Sent { printer: "office".into() }));
        assert!(!job.busy());
    }

    #[test]
    fn without_a_printer_the_pdf_is_kept_and_failures_say_why() {
        let mut job = PrintJob::default();
        job.handle(Input::Print(None));
        assert!(job.message.as_ref().is_some_and(Message::is_error));

        job.handle(Input::Print(Some(request(None))));
        job.handle(Input::Ended(Ok(())));
        assert_eq!(job.message, Some(Message::Saved { pdf: "/data/handouts/bankid-get-sv.pdf".into() }));
        assert!(!job.message.as_ref().unwrap().is_error());

        job.handle(Input::Print(Some(request(None))));
        job.handle(Input::Ended(Err("no fonts".into())));
        assert_eq!(job.message, Some(Message::Failed { reason: "no fonts".into() }));

        job.handle(Input::Print(Some(request(Some("office")))));
        job.handle(Input::Ended(Ok(())));
        job.handle(Input::Ended(Err("printer offline".into())));
        assert!(matches!(&job.message, Some(Message::NotSent { reason, .. }) if reason == "printer offline"));
        assert!(job.handle(Input::Ended(Ok(()))).is_empty(), "nothing running: nothing to end");
    }
}
