//! What the speaker button reads: the screen on view (or the dialog over it) as the visitor
//! sees it, in their language; on the language screen each language in its own language.

use crate::guide_view;
use crate::speech;
use lotsen_guide::visitor::{Page, Visitor};
use lotsen_guide::{Category, Content};

/// One stretch of speech: a text and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub language: String,
    pub text: String,
}

impl Utterance {
    fn new(language: &str, parts: &[&str]) -> Utterance {
        let parts = parts.iter().map(|text| (None, *text));
        Utterance { language: language.to_string(), text: speech::script(parts) }
    }
}

/// A language button read out: its own name and "choose this language", in that language.
pub(crate) fn language_button(content: &Content, code: &str) -> Option<Utterance> {
    let locale = content.chrome.locales.get(code)?;
    let choose = content.chrome.text(code, "choose-this-language", None);
    Some(Utterance::new(code, &[&locale.name, &choose]))
}

/// What is on screen for `visitor`, in reading order; `languages` are the ones offered on the
/// language screen.
pub(crate) fn screen(visitor: &Visitor, content: &Content, languages: &[String]) -> Vec<Utterance> {
    let language = visitor.language.as_str();
    let chrome = &content.chrome;
    let chain = chrome.locales.chain(language);
    let text = |key: &str| chrome.text(language, key, None);
    let say = |parts: &[&str]| vec![Utterance::new(language, parts)];

    // A dialog covers the screen: it alone is read.
    if visitor.idle_question.is_running() {
        let countdown = chrome.count(language, "idle-countdown", visitor.idle_question.seconds_left() as i64);
        return say(&[&text("idle-title"), &countdown, &text("idle-continue"), &text("idle-finish")]);
    }
    if visitor.help_open {
        return say(&[&text("help-title"), &text("help-body"), &text("help-close")]);
    }
    if visitor.handoff_open {
        return say(&[&text("qr-title"), &text("qr-body"), &text("handout-qr-title"), &text("handout-qr-body")]);
    }
    let guide = visitor.guide(content);
    match visitor.page {
        Page::Language => languages.iter().filter_map(|code| language_button(content, code)).collect(),
        Page::Home => {
            let categories: Vec<String> = Category::ALL.iter().map(|c| text(&format!("category-{}", c.id()))).collect();
            let mut parts = vec![text("home-title"), text("home-intro")];
            parts.extend(categories);
            say(&parts.iter().map(String::as_str).collect::<Vec<_>>())
        }
        Page::GuideList => {
            let Some(category) = visitor.category else { return Vec::new() };
            let mut parts = vec![text(&format!("category-{}", category.id()))];
            for guide in content.catalogue.in_category(category) {
                parts.push(guide.text(&chain, "title", None));
                parts.push(chrome.count(language, "duration", guide.minutes.into()));
            }
            say(&parts.iter().map(String::as_str).collect::<Vec<_>>())
        }
        Page::Needs => {
            let Some(guide) = guide else { return Vec::new() };
            let mut parts = vec![guide.text(&chain, "title", None), text("needs-title")];
            parts.extend(guide_view::need_lines(guide, &chain).iter().map(|line| line.to_string()));
            say(&parts.iter().map(String::as_str).collect::<Vec<_>>())
        }
        Page::Step => {
            let Some(guide) = guide.filter(|g| (1..=g.steps.len()).contains(&visitor.step)) else { return Vec::new() };
            let index = visitor.step - 1;
            let step = guide_view::step(guide, &chain, index);
            let practice = guide_view::practice(guide, &chain, index, visitor.practice.choice);
            vec![Utterance { language: language.to_string(), text: speech::step_script(&step, &practice, text) }]
        }
        Page::Finish => {
            let title = guide.map(|g| g.text(&chain, "title", None)).unwrap_or_default();
            let feedback = text(if visitor.feedback_given { "feedback-thanks" } else { "feedback-question" });
            say(&[&text("finish-title"), &title, &feedback])
        }
    }
}
