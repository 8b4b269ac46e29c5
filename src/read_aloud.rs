//! What the speaker button reads: the screen on view (or the dialog over it) as the visitor
//! sees it, in their language; on the language screen each language in its own language. Each
//! part names the Fluent message it shows, so a recording of that message can be played instead
//! of the synthetic voice (`guides/<id>/audio/<lang>/` and `locales/<lang>/audio/`).

use std::path::PathBuf;

use crate::guide_view;
use crate::speech::{self, Say, Voiced};
use lotsen_guide::visitor::{Page, Visitor};
use lotsen_guide::{Category, Content, Guide, Practice};

/// Where a text comes from: the UI's messages or a guide's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextSource {
    Ui,
    Guide(String),
}

/// The Fluent message (and attribute) a part shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRef {
    pub source: TextSource,
    pub id: String,
    pub attribute: Option<String>,
}

impl MessageRef {
    fn ui(id: &str) -> MessageRef {
        MessageRef { source: TextSource::Ui, id: id.to_string(), attribute: None }
    }

    fn guide(guide: &str, id: &str, attribute: Option<&str>) -> MessageRef {
        MessageRef {
            source: TextSource::Guide(guide.to_string()),
            id: id.to_string(),
            attribute: attribute.map(String::from),
        }
    }

    /// The recording's name: the message id, or `id.attribute` (see `lotsen_audio`).
    pub fn key(&self) -> String {
        match &self.attribute {
            Some(attribute) => format!("{}.{attribute}", self.id),
            None => self.id.clone(),
        }
    }
}

/// One text on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub text: String,
    /// The message it shows (for a language's own name [`lotsen_audio::LANGUAGE_NAME`]); `None`
    /// for text made with numbers (minutes, a countdown), which only the voice reads.
    pub message: Option<MessageRef>,
    /// A label for the part after it ("Tip", "Warning"): the voice reads "label: text".
    pub label: bool,
}

/// One stretch of reading in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub language: String,
    pub parts: Vec<Part>,
}

impl Utterance {
    /// All of it as the voice would read it.
    pub fn text(&self) -> String {
        voice_script(&self.parts)
    }
}

/// Parts as one text for the voice: a label joined to the part after it.
fn voice_script(parts: &[Part]) -> String {
    let mut paragraphs: Vec<(Option<&str>, &str)> = Vec::new();
    let mut label = None;
    for part in parts {
        if part.label {
            label = Some(part.text.as_str());
        } else {
            paragraphs.push((label.take(), part.text.as_str()));
        }
    }
    // A label whose text is a recording is read on its own.
    paragraphs.extend(label.map(|label| (None, label)));
    speech::script(paragraphs)
}

/// Builds the parts of an utterance, leaving out empty texts (and the label of an empty text).
struct Parts<'a> {
    content: &'a Content,
    language: &'a str,
    chain: Vec<String>,
    parts: Vec<Part>,
}

impl<'a> Parts<'a> {
    fn new(content: &'a Content, language: &'a str) -> Parts<'a> {
        Parts { content, language, chain: content.chrome.locales.chain(language), parts: Vec::new() }
    }

    fn push(&mut self, text: String, message: Option<MessageRef>) -> &mut Self {
        if !text.trim().is_empty() {
            self.parts.push(Part { text, message, label: false });
        }
        self
    }

    fn ui(&mut self, id: &str) -> &mut Self {
        let text = self.content.chrome.text(self.language, id, None);
        self.push(text, Some(MessageRef::ui(id)))
    }

    fn guide(&mut self, guide: &Guide, id: &str, attribute: Option<&str>) -> &mut Self {
        let text = guide.text(&self.chain, id, attribute);
        self.push(text, Some(MessageRef::guide(&guide.id, id, attribute)))
    }

    /// A guide's text after a UI label, both left out when the text is empty.
    fn labelled(&mut self, label: &str, guide: &Guide, id: &str, attribute: &str) -> &mut Self {
        if !guide.text(&self.chain, id, Some(attribute)).trim().is_empty() {
            self.ui(label);
            if let Some(last) = self.parts.last_mut() {
                last.label = true;
            }
            self.guide(guide, id, Some(attribute));
        }
        self
    }

    fn done(&mut self) -> Vec<Utterance> {
        vec![Utterance { language: self.language.to_string(), parts: std::mem::take(&mut self.parts) }]
    }
}

/// A language button read out: its own name and "choose this language", in that language.
pub(crate) fn language_button(content: &Content, code: &str) -> Option<Utterance> {
    let locale = content.chrome.locales.get(code)?;
    let name = Some(MessageRef::ui(lotsen_audio::LANGUAGE_NAME));
    Some(Parts::new(content, code).push(locale.name.clone(), name).ui("choose-this-language").done().remove(0))
}

/// What is on screen for `visitor`, in reading order; `languages` are the ones offered on the
/// language screen.
pub(crate) fn screen(visitor: &Visitor, content: &Content, languages: &[String]) -> Vec<Utterance> {
    let language = visitor.language.as_str();
    let chrome = &content.chrome;
    let mut say = Parts::new(content, language);

    // A dialog covers the screen: it alone is read.
    if visitor.idle_question.is_running() {
        let countdown = chrome.count(language, "idle-countdown", visitor.idle_question.seconds_left() as i64);
        return say.ui("idle-title").push(countdown, None).ui("idle-continue").ui("idle-finish").done();
    }
    if visitor.help_open {
        return say.ui("help-title").ui("help-body").ui("help-close").done();
    }
    if visitor.handoff_open {
        return say.ui("qr-title").ui("qr-body").ui("handout-qr-title").ui("handout-qr-body").done();
    }
    let guide = visitor.guide(content);
    match visitor.page {
        Page::Language => languages.iter().filter_map(|code| language_button(content, code)).collect(),
        Page::Home => {
            say.ui("home-title").ui("home-intro");
            for category in Category::ALL {
                say.ui(&format!("category-{}", category.id()));
            }
            say.done()
        }
        Page::GuideList => {
            let Some(category) = visitor.category else { return Vec::new() };
            say.ui(&format!("category-{}", category.id()));
            for guide in content.catalogue.in_category(category) {
                say.guide(guide, "title", None).push(chrome.count(language, "duration", guide.minutes.into()), None);
            }
            say.done()
        }
        Page::Needs => {
            let Some(guide) = guide else { return Vec::new() };
            let needs =
                guide_view::need_lines(guide, &say.chain).iter().map(|line| line.to_string()).collect::<Vec<_>>();
            say.guide(guide, "title", None).ui("needs-title");
            say.push(needs.join("\n\n"), Some(MessageRef::guide(&guide.id, "needs", None)));
            say.done()
        }
        Page::Step => {
            let Some(guide) = guide.filter(|g| (1..=g.steps.len()).contains(&visitor.step)) else { return Vec::new() };
            let step = &guide.steps[visitor.step - 1];
            let id = step.id.as_str();
            say.guide(guide, id, Some("title")).guide(guide, id, Some("body"));
            say.labelled("tip", guide, id, "tip").labelled("warning", guide, id, "warning");
            if let Some(practice) = &step.practice {
                say.guide(guide, id, Some("screen"));
                for choice in &practice.choices {
                    say.guide(guide, id, Some(&Practice::choice_attribute(choice)));
                }
                if let Some(chosen) = visitor.practice.choice.filter(|&c| c < practice.choices.len()) {
                    let (verdict, why) = if practice.is_safe(chosen) {
                        ("practice-right", "right")
                    } else {
                        ("practice-wrong", "wrong")
                    };
                    say.labelled(verdict, guide, id, why);
                }
            }
            say.done()
        }
        Page::Finish => {
            say.ui("finish-title");
            if let Some(guide) = guide {
                say.guide(guide, "title", None);
            }
            say.ui(if visitor.feedback_given { "feedback-thanks" } else { "feedback-question" }).done()
        }
    }
}

/// Whether `content` has at least one recording in `language` (of the UI or of any guide).
pub fn has_recordings(content: &Content, language: &str) -> bool {
    let ui = lotsen_audio::ui_audio_dir(&content.chrome.dir, language);
    std::iter::once(ui)
        .chain(content.catalogue.guides.iter().map(|guide| lotsen_audio::guide_audio_dir(&guide.dir, language)))
        .any(|dir| !lotsen_audio::recordings_in(&dir).is_empty())
}

/// The recording of `message` in `language`, if there is one.
pub fn recording(content: &Content, language: &str, message: &MessageRef) -> Option<PathBuf> {
    let dir = match &message.source {
        TextSource::Ui => lotsen_audio::ui_audio_dir(&content.chrome.dir, language),
        TextSource::Guide(id) => lotsen_audio::guide_audio_dir(&content.catalogue.guide(id)?.dir, language),
    };
    Some(dir.join(lotsen_audio::file_name(&message.key()))).filter(|path| path.is_file())
}

/// What to play for `script`: each part's recording where it has one, the rest read by the
/// language's voice (`voice`: its espeak-ng voice, if it has one, and espeak-ng runs), a run of
/// parts at a time. A part with neither is left out.
pub fn sounds(content: &Content, script: &[Utterance], voice: impl Fn(&str) -> Option<String>) -> Vec<Say> {
    let mut says = Vec::new();
    for utterance in script {
        let voice = voice(&utterance.language);
        let voiced = |parts: &[Part]| voice.clone().map(|voice| Voiced { voice, text: voice_script(parts) });
        let mut run: Vec<Part> = Vec::new();
        for part in &utterance.parts {
            let recorded = part.message.as_ref().and_then(|m| recording(content, &utterance.language, m));
            match recorded {
                Some(path) => {
                    // A label before a recording is read on its own.
                    if !run.is_empty() {
                        says.extend(voiced(&std::mem::take(&mut run)).map(Say::Voice));
                    }
                    let fallback = voiced(std::slice::from_ref(part));
                    says.push(Say::Recording { path, fallback });
                }
                None => run.push(part.clone()),
            }
        }
        if !run.is_empty() {
            says.extend(voiced(&run).map(Say::Voice));
        }
    }
    says
}
