//! `lotsen guides check [DIR]`: every problem with its file:line:col, then a coverage table.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::content::Catalogue;
use crate::i18n::{AUTHORITATIVE_LANGUAGES, Chrome, MessageKeys, Messages, ReviewStatus};
use crate::problems::{Problem, Severity};

pub struct Report {
    pub text: String,
    pub passed: bool,
}

/// Checks the guides in `guides_dir` and, when it has a sibling `locales/`, the UI text too;
/// recordings are decoded to `depth` ([`lotsen_audio::check`]).
pub fn check(guides_dir: &Path, depth: lotsen_audio::Depth) -> Result<Report> {
    let mut problems = Vec::new();
    let locales_dir = guides_dir.parent().map(|p| p.join("locales")).filter(|p| p.is_dir());
    let chrome = match &locales_dir {
        Some(dir) => Some(Chrome::load(dir, &mut problems)?),
        None => None,
    };
    let guide_count =
        std::fs::read_dir(guides_dir).map(|d| d.flatten().filter(|e| e.path().is_dir()).count()).unwrap_or(0);
    let rtl = chrome.as_ref().map(|c| c.locales.right_to_left()).unwrap_or_default();
    let catalogue = Catalogue::load(guides_dir, &rtl, &mut problems)?;
    problems.extend(catalogue.guides.iter().flat_map(scan_here_without_code));
    if let Some(chrome) = &chrome {
        problems.extend(chrome_gaps(chrome, locales_dir.as_deref().unwrap_or(guides_dir)));
    }

    let languages: Vec<String> = match &chrome {
        Some(chrome) => chrome.locales.codes().map(String::from).collect(),
        None => {
            let mut found: BTreeSet<String> = AUTHORITATIVE_LANGUAGES.iter().map(|l| l.to_string()).collect();
            found.extend(catalogue.guides.iter().flat_map(|g| g.present.keys().cloned()));
            found.into_iter().collect()
        }
    };

    let voices = recorded_voices(&catalogue, chrome.as_ref(), &languages, depth);
    problems.extend(voices.problems);

    let failing = |p: &&Problem| match p.severity {
        Severity::Error => true,
        Severity::Gap => p.language.as_deref().is_some_and(|l| AUTHORITATIVE_LANGUAGES.contains(&l)),
        Severity::Warning => false,
    };
    let mut text = String::new();
    for problem in &problems {
        let label = match problem.severity {
            Severity::Warning => "warning",
            _ if failing(&problem) => "error",
            _ => "gap",
        };
        let _ = writeln!(text, "{problem} [{label}]");
    }
    let left_out = guide_count - catalogue.guides.len();
    let _ = writeln!(text, "\n{}", coverage_table(&catalogue, chrome.as_ref(), &languages));
    let _ = writeln!(text, "{}", voices.coverage);
    let errors = problems.iter().filter(failing).count();
    let warnings = problems.iter().filter(|p| p.severity == Severity::Warning).count();
    let gaps = problems.len() - errors - warnings;
    let passed = errors == 0 && left_out == 0;
    let _ = writeln!(
        text,
        "{} guides loaded, {left_out} left out; {errors} errors, {warnings} warnings, {gaps} translation gaps outside {AUTHORITATIVE_LANGUAGES:?}: {}",
        catalogue.guides.len(),
        if passed { "PASSED" } else { "FAILED" }
    );
    Ok(Report { text, passed })
}

/// Per authoritative language: a word for scanning, and phrases that put the code on this screen.
/// "Skanna QR-koden här" asks for a code the kiosk must show on the step itself.
const SCAN_HERE: [(&str, &[&str], &[&str]); 2] = [
    ("sv", &["skanna"], &["koden här", "koden på den här skärmen", "koden på skärmen här"]),
    ("en", &["scan"], &["code here", "code on this screen", "code on the screen here"]),
];

/// A step whose text tells the visitor to scan a code on this screen, without `service_qr = true`
/// in guide.toml: the only code would be the drawing, the real one behind "On your phone".
fn scan_here_without_code(guide: &crate::content::Guide) -> Vec<Problem> {
    let mut problems = Vec::new();
    for step in guide.steps.iter().filter(|s| !s.service_qr) {
        for (language, scan, here) in SCAN_HERE {
            let chain = [language.to_string()];
            for attribute in ["title", "body", "tip", "warning"] {
                let text = guide.text(&chain, &step.id, Some(attribute)).to_lowercase();
                let asks = text.split(['.', '!', '?', '\n']).any(|sentence| {
                    scan.iter().any(|w| sentence.contains(w)) && here.iter().any(|p| sentence.contains(p))
                });
                if asks {
                    problems.push(Problem::error(
                        &guide.dir.join("guide.toml"),
                        None,
                        format!(
                            "step {}: {language}.ftl .{attribute} tells the visitor to scan the code here; add `service_qr = true` to the step so the code is on it",
                            step.id
                        ),
                    ));
                }
            }
        }
    }
    problems
}

/// Messages the source language's UI text has and another language lacks.
fn chrome_gaps(chrome: &Chrome, locales_dir: &Path) -> Vec<Problem> {
    let source: BTreeSet<_> = chrome.keys.get(crate::i18n::SOURCE_LANGUAGE).into_iter().flatten().collect();
    let mut gaps = Vec::new();
    for code in chrome.locales.codes() {
        let own: BTreeSet<_> = chrome.keys.get(code).into_iter().flatten().collect();
        for (id, attribute) in source.difference(&own) {
            let what = attribute.as_ref().map(|a| format!("{id}.{a}")).unwrap_or_else(|| id.to_string());
            gaps.push(Problem::gap(&locales_dir.join(code), code, format!("missing UI message {what}")));
        }
    }
    gaps
}

fn coverage_table(catalogue: &Catalogue, chrome: Option<&Chrome>, languages: &[String]) -> String {
    let width = catalogue.guides.iter().map(|g| g.id.len()).max().unwrap_or(0).max(12);
    let mut table = format!("{:width$}", "coverage");
    for language in languages {
        let _ = write!(table, " {language:>10}");
    }
    table.push('\n');
    let cell = |share: f64, status: ReviewStatus| {
        let mark = if status == ReviewStatus::Reviewed { "rev" } else { "dra" };
        format!(" {:>6} {mark}", format!("{:.0}%", share * 100.0))
    };
    if let Some(chrome) = chrome {
        let total = chrome.keys.get(crate::i18n::SOURCE_LANGUAGE).map_or(1, |k| k.len().max(1));
        let _ = write!(table, "{:width$}", "(UI text)");
        for language in languages {
            let share = chrome.keys.get(language).map_or(0, |k| k.len().min(total)) as f64 / total as f64;
            let status = chrome.locales.get(language).map_or(ReviewStatus::Draft, |l| l.status);
            table.push_str(&cell(share, status));
        }
        table.push('\n');
    }
    for guide in &catalogue.guides {
        let _ = write!(table, "{:width$}", guide.id);
        for language in languages {
            table.push_str(&cell(guide.coverage(language), guide.status(language)));
        }
        table.push('\n');
    }
    table
}

/// What `stamp` calls the UI's texts, in place of a guide id.
pub const UI_TARGET: &str = "ui";

/// The recorded voices of every language: problems, and a coverage line per language.
struct Voices {
    problems: Vec<Problem>,
    coverage: String,
}

/// How many of a language's texts have a recording, and how many of those are stale.
#[derive(Default)]
struct Recorded {
    texts: usize,
    recorded: usize,
    stale: usize,
}

fn recorded_voices(
    catalogue: &Catalogue,
    chrome: Option<&Chrome>,
    languages: &[String],
    depth: lotsen_audio::Depth,
) -> Voices {
    let mut problems = Vec::new();
    let mut coverage = String::from("recorded voices (texts with a recording, of the texts in the language):\n");
    for language in languages {
        let mut recorded = Recorded::default();
        if let Some(chrome) = chrome {
            let keys = chrome.keys.get(language).cloned().unwrap_or_default();
            let dir = lotsen_audio::ui_audio_dir(&chrome.dir, language);
            let name = chrome.locales.get(language).map(|locale| locale.name.as_str());
            let folder =
                Folder { dir: &dir, language, keys: &keys, name, messages: &chrome.messages, target: UI_TARGET, depth };
            folder.check(&mut recorded, &mut problems);
        }
        for guide in &catalogue.guides {
            let keys: MessageKeys = guide
                .required
                .iter()
                .filter(|(id, attribute)| guide.messages.has(language, id, attribute.as_deref()))
                .cloned()
                .collect();
            let dir = lotsen_audio::guide_audio_dir(&guide.dir, language);
            let folder = Folder {
                dir: &dir,
                language,
                keys: &keys,
                name: None,
                messages: &guide.messages,
                target: &guide.id,
                depth,
            };
            folder.check(&mut recorded, &mut problems);
        }
        let stale = if recorded.stale > 0 {
            format!(" ({} recorded before the text changed)", recorded.stale)
        } else {
            String::new()
        };
        let _ = writeln!(coverage, "  {language}: {} of {} texts recorded{stale}", recorded.recorded, recorded.texts);
    }
    Voices { problems, coverage }
}

/// One language's recordings of one guide's (or the UI's) texts.
struct Folder<'a> {
    dir: &'a Path,
    language: &'a str,
    /// The texts the language has here: (message, attribute).
    keys: &'a MessageKeys,
    /// The language's own name (locale.toml), recorded as [`lotsen_audio::LANGUAGE_NAME`]: in
    /// the UI's folder only.
    name: Option<&'a str>,
    messages: &'a Messages,
    /// A guide id, or [`UI_TARGET`].
    target: &'a str,
    depth: lotsen_audio::Depth,
}

impl Folder<'_> {
    fn check(&self, recorded: &mut Recorded, problems: &mut Vec<Problem>) {
        recorded.texts += self.keys.len() + usize::from(self.name.is_some());
        let Ok(entries) = std::fs::read_dir(self.dir) else { return };
        let manifest = match lotsen_audio::Manifest::read(self.dir) {
            Ok(manifest) => manifest,
            Err(error) => {
                problems.push(Problem::error(
                    &self.dir.join(lotsen_audio::MANIFEST),
                    None,
                    without_path(&error.to_string(), &self.dir.join(lotsen_audio::MANIFEST)),
                ));
                lotsen_audio::Manifest::default()
            }
        };
        let mut keys: BTreeMap<String, Said> = self
            .keys
            .iter()
            .map(|(id, attribute)| (message_key(id, attribute.as_deref()), Said::Message(id, attribute.as_deref())))
            .collect();
        if let Some(name) = self.name {
            keys.insert(lotsen_audio::LANGUAGE_NAME.to_string(), Said::Name(name));
        }
        let mut paths: Vec<_> = entries.flatten().map(|entry| entry.path()).collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            if name == lotsen_audio::MANIFEST {
                continue;
            }
            let Some(key) = name.strip_suffix(&format!(".{}", lotsen_audio::EXTENSION)) else {
                problems.push(Problem::warning(
                    &path,
                    None,
                    format!("not played: a recording is <message>.{} (Ogg Vorbis)", lotsen_audio::EXTENSION),
                ));
                continue;
            };
            let Some(said) = keys.get(key) else {
                problems.push(Problem::warning(
                    &path,
                    None,
                    format!("a recording of {key}, which the {} text no longer has: remove it, or name it after the message it says", self.language),
                ));
                continue;
            };
            if let Err(error) = lotsen_audio::check(&path, self.depth) {
                problems.push(Problem::error(&path, None, without_path(&error.to_string(), &path)));
                continue;
            }
            recorded.recorded += 1;
            let text = match *said {
                Said::Message(id, attribute) => {
                    self.messages.format(&[self.language.to_string()], id, attribute, None).unwrap_or_default()
                }
                Said::Name(name) => name.to_string(),
            };
            let stamp = format!("`lotsen guides audio-stamp {} {} {key}`", self.target, self.language);
            match manifest.says(key, &text) {
                Some(true) => {}
                Some(false) => {
                    recorded.stale += 1;
                    problems.push(Problem::warning(
                        &path,
                        None,
                        format!("recorded before the text changed (its text differs from {}): record it again, then run {stamp}", lotsen_audio::MANIFEST),
                    ));
                }
                None => problems.push(Problem::warning(
                    &path,
                    None,
                    format!("not stamped: once you have heard that it says the text, run {stamp}"),
                )),
            }
        }
    }
}

/// What a recording says: a message (and attribute), or the language's own name.
enum Said<'a> {
    Message(&'a str, Option<&'a str>),
    Name(&'a str),
}

/// A recording's name for a text: the message id, or `id.attribute`.
fn message_key(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(attribute) => format!("{id}.{attribute}"),
        None => id.to_string(),
    }
}

/// An error message without the path at its start (a problem prints its file first).
fn without_path(message: &str, path: &Path) -> String {
    message.strip_prefix(&format!("{}: ", path.display())).unwrap_or(message).to_string()
}

/// `lotsen guides audio-stamp TARGET LANG MESSAGE`: records in `recordings.toml` that the
/// recording of `message` (`id` or `id.attribute`) of guide `target` (or the UI's, [`UI_TARGET`])
/// in `language` says its text as it is now. Returns what was stamped, to show the person who
/// recorded it.
pub fn stamp(content_dir: &Path, target: &str, language: &str, message: &str) -> Result<String> {
    let (id, attribute) = match message.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (message, None),
    };
    let mut problems = Vec::new();
    let chrome = Chrome::load(&content_dir.join("locales"), &mut problems)?;
    let chain = [language.to_string()];
    let (dir, text) = if target == UI_TARGET && message == lotsen_audio::LANGUAGE_NAME {
        (lotsen_audio::ui_audio_dir(&chrome.dir, language), chrome.locales.get(language).map(|l| l.name.clone()))
    } else if target == UI_TARGET {
        (lotsen_audio::ui_audio_dir(&chrome.dir, language), chrome.messages.format(&chain, id, attribute, None))
    } else {
        let catalogue = Catalogue::load(&content_dir.join("guides"), &chrome.locales.right_to_left(), &mut problems)?;
        let Some(guide) = catalogue.guide(target) else {
            bail!(
                "no guide {target:?} in {} (or it does not load: lotsen guides check)",
                content_dir.join("guides").display()
            );
        };
        (lotsen_audio::guide_audio_dir(&guide.dir, language), guide.messages.format(&chain, id, attribute, None))
    };
    let Some(text) = text else {
        bail!("the {language} text of {target} has no message {message}");
    };
    let path = dir.join(lotsen_audio::file_name(message));
    let pcm = lotsen_audio::decode(&path)?;
    let mut manifest = lotsen_audio::Manifest::read(&dir)?;
    manifest.recorded.insert(message.to_string(), lotsen_audio::text_hash(&text));
    manifest.write(&dir).with_context(|| format!("stamping {}", path.display()))?;
    Ok(format!(
        "{}: {:.1} s, stamped in {} as saying:\n{}",
        path.display(),
        pcm.duration().as_secs_f64(),
        dir.join(lotsen_audio::MANIFEST).display(),
        text
    ))
}
