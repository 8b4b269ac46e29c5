//! What the Slint pages show of the content: the kiosk's screens and the printed handout both
//! fill their properties here, so a step reads the same on screen and on paper.

use std::path::Path;
use std::rc::Rc;

use anyhow::{Result, bail};
use slint::{Image, ModelRc, SharedString, VecModel};

use crate::ui::{NeedItem, PracticeItem, PracticeScreen, StepItem, StepKind, Tr};
use lotsen_guide::{Chrome, Content, Guide, LocaleInfo, Practice};

/// Makes the `Tr` global answer from the bundled UI text.
pub fn bind_text(tr: &Tr, content: Rc<Content>) {
    let text = content.clone();
    tr.on_t(move |key: SharedString, language: SharedString| text.chrome.text(&language, &key, None).into());
    tr.on_count(move |key: SharedString, language: SharedString, n: i32| {
        content.chrome.count(&language, &key, n.into()).into()
    });
}

/// The bundled language `code`, or an error naming the ones there are.
pub fn locale<'a>(content: &'a Content, code: &str) -> Result<&'a LocaleInfo> {
    match content.chrome.locales.get(code) {
        Some(locale) => Ok(locale),
        None => {
            let known: Vec<&str> = content.chrome.locales.codes().collect();
            bail!("--lang {code}: not a bundled language (have {})", known.join(", "))
        }
    }
}

/// The guide `id` from the catalogue, or an error pointing at the checker.
pub fn guide<'a>(content: &'a Content, id: &str) -> Result<&'a Guide> {
    match content.catalogue.guide(id) {
        Some(guide) => Ok(guide),
        None => bail!("--guide {id}: no such guide in the catalogue (run `lotsen guides check` to see why)"),
    }
}

/// "What you need": the items, one per line of the `needs` message.
pub fn need_lines(guide: &Guide, chain: &[String]) -> Vec<SharedString> {
    let text = guide.text(chain, "needs", None);
    text.lines().map(str::trim).filter(|line| !line.is_empty()).map(SharedString::from).collect()
}

/// The needs screen's items, each with whether a guide explains how to get it (the lines match
/// guide.toml's `[[needs]]` in order; `lotsen guides check`).
pub fn needs(guide: &Guide, chain: &[String]) -> ModelRc<NeedItem> {
    let items = need_lines(guide, chain).into_iter().enumerate().map(|(index, text)| NeedItem {
        text,
        has_guide: guide.needs.get(index).is_some_and(|need| need.get_it.is_some()),
    });
    model(items.collect())
}

/// Step `index` (0-based) of a guide.
pub fn step(guide: &Guide, chain: &[String], index: usize) -> StepItem {
    let step = &guide.steps[index];
    StepItem {
        title: guide.text(chain, &step.id, Some("title")).into(),
        body: guide.text(chain, &step.id, Some("body")).into(),
        tip: guide.text(chain, &step.id, Some("tip")).into(),
        warning: guide.text(chain, &step.id, Some("warning")).into(),
        kind: step_kind(step.kind),
        illustration: load_image(&step.illustration),
        service_qr: step.service_qr,
    }
}

/// The simulated screen of step `index` (0-based) and, once the visitor has taken choice
/// `chosen`, whether it was right and why; empty if it is not a practice step.
pub fn practice(guide: &Guide, chain: &[String], index: usize, chosen: Option<usize>) -> PracticeItem {
    let step = &guide.steps[index];
    let Some(practice) = &step.practice else { return PracticeItem::default() };
    let text = |attribute: &str| SharedString::from(guide.text(chain, &step.id, Some(attribute)));
    let choices = practice.choices.iter().map(|choice| text(&Practice::choice_attribute(choice)));
    let mut item = PracticeItem {
        screen: practice_screen(practice.screen),
        prompt: text("screen"),
        choices: model(choices.collect()),
        ..PracticeItem::default()
    };
    if let Some(chosen) = chosen.filter(|&c| c < practice.choices.len()) {
        let correct = practice.is_safe(chosen);
        item.answered = true;
        item.chosen = chosen as i32;
        item.correct = correct;
        item.feedback = text(if correct { "right" } else { "wrong" });
    }
    item
}

fn step_kind(kind: lotsen_guide::StepKind) -> StepKind {
    match kind {
        lotsen_guide::StepKind::Normal => StepKind::Normal,
        lotsen_guide::StepKind::Warning => StepKind::Warning,
        lotsen_guide::StepKind::Practice => StepKind::Practice,
    }
}

fn practice_screen(screen: lotsen_guide::PracticeScreen) -> PracticeScreen {
    match screen {
        lotsen_guide::PracticeScreen::EId => PracticeScreen::EId,
        lotsen_guide::PracticeScreen::Call => PracticeScreen::Call,
    }
}

/// "Step 3 of 7" in `language`.
pub fn step_progress(chrome: &Chrome, language: &str, number: usize, total: usize) -> SharedString {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("current", number);
    args.set("total", total);
    chrome.text(language, "step-progress", Some(&args)).into()
}

pub fn model<T: Clone + 'static>(items: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(items))
}

/// An image file; an empty image (and a log line) if it cannot be read.
pub fn load_image(path: &Path) -> Image {
    Image::load_from_path(path).unwrap_or_else(|error| {
        tracing::warn!(path = %path.display(), %error, "image could not be loaded");
        Image::default()
    })
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use lotsen_guide::Chrome;

    /// The message ids in the `Tr.t(…)` and `Tr.count(…)` calls of Slint source: every string
    /// literal before the call's `Tr.lang` argument (a key may be chosen by a condition).
    fn tr_keys(source: &str) -> Vec<String> {
        let calls = source.match_indices("Tr.t(").chain(source.match_indices("Tr.count("));
        let mut keys = Vec::new();
        for (start, _) in calls {
            let call = &source[start..];
            let key_part = &call[..call.find("Tr.lang").unwrap_or(call.len())];
            keys.extend(key_part.split('"').skip(1).step_by(2).map(String::from));
        }
        keys
    }

    fn slint_files(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                slint_files(&path, files);
            } else if path.extension().is_some_and(|e| e == "slint") {
                files.push(path);
            }
        }
    }

    #[test]
    fn keys_are_found_in_plain_and_conditional_calls() {
        let source = r#"text: Tr.t("next", Tr.lang); title: Tr.t(Tr.rtl ? "a-b" : "c", Tr.lang);
            label: Tr.count("duration", Tr.lang, 3) + ": " + other("not-a-key");"#;
        assert_eq!(tr_keys(source), ["next", "a-b", "c", "duration"]);
    }

    #[test]
    fn every_key_the_ui_asks_tr_for_is_in_the_english_ui_text() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut problems = Vec::new();
        let chrome = Chrome::load(&repo.join("locales"), &mut problems).expect("the UI text loads");
        let mut files = Vec::new();
        slint_files(&repo.join("ui"), &mut files);
        let mut checked = 0;
        let mut missing = Vec::new();
        for file in files {
            for key in tr_keys(&std::fs::read_to_string(&file).unwrap()) {
                checked += 1;
                if !chrome.messages.has("en", &key, None) {
                    missing.push(format!("{}: {key}", file.strip_prefix(repo).unwrap().display()));
                }
            }
        }
        assert!(checked > 100, "only {checked} keys found in ui/: is the search still right?");
        assert!(missing.is_empty(), "keys missing from locales/en/*.ftl:\n{}", missing.join("\n"));
    }
}
