//! Languages and Fluent text: the locale registry (`locales/<code>/locale.toml`), the fallback
//! chains, and [`Messages`], the one way any text — UI chrome or guide — is looked up.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::problems::{Problem, line_col, read_toml, sorted_subdirs};

/// The language every text exists in: the last link of every fallback chain.
pub const SOURCE_LANGUAGE: &str = "sv";
/// Languages whose text must be complete for a guide or the UI to pass `lotsen guides check`.
pub const AUTHORITATIVE_LANGUAGES: [&str; 2] = ["sv", "en"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    Draft,
    Reviewed,
}

impl ReviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "draft",
            ReviewStatus::Reviewed => "reviewed",
        }
    }
}

/// What `locales/<code>/locale.toml` says about a language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleInfo {
    #[serde(skip)]
    pub code: String,
    /// The language's own name in its own script, as shown on the language screen.
    pub name: String,
    pub direction: Direction,
    /// Where missing text is looked up next, in order; the source language always comes last.
    #[serde(default)]
    pub fallback: Vec<String>,
    /// Review status of the UI text.
    pub status: ReviewStatus,
    /// Place on the language screen (smaller first).
    pub position: u32,
    /// The espeak-ng voice that reads this language aloud (`espeak-ng --voices`); none: the
    /// read-aloud button is hidden rather than reading with another language's voice.
    #[serde(default)]
    pub speech_voice: Option<String>,
}

/// Every bundled language, in language-screen order.
#[derive(Debug, Clone, Default)]
pub struct Locales {
    pub list: Vec<LocaleInfo>,
}

impl Locales {
    /// Reads every `locales/<code>/locale.toml`. A broken one is reported and left out.
    pub fn load(locales_dir: &Path, problems: &mut Vec<Problem>) -> Result<Locales> {
        let mut list = Vec::new();
        for dir in sorted_subdirs(locales_dir, "locales")? {
            let path = dir.join("locale.toml");
            let code = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let Some((info, _)) = read_toml::<LocaleInfo>(&path, problems) else { continue };
            if code.parse::<LanguageIdentifier>().is_ok() && lotsen_wire::is_valid_locale(&code) {
                list.push(LocaleInfo { code, ..info });
            } else {
                problems.push(Problem::error(&path, None, format!("{code:?} is not a language tag")));
            }
        }
        if list.is_empty() {
            bail!("{}: no language found (expected <code>/locale.toml folders)", locales_dir.display());
        }
        list.sort_by(|a, b| (a.position, &a.code).cmp(&(b.position, &b.code)));
        Ok(Locales { list })
    }

    pub fn get(&self, code: &str) -> Option<&LocaleInfo> {
        self.list.iter().find(|locale| locale.code == code)
    }

    pub fn right_to_left(&self) -> HashSet<String> {
        self.list.iter().filter(|l| l.direction == Direction::Rtl).map(|l| l.code.clone()).collect()
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.list.iter().map(|locale| locale.code.as_str())
    }

    /// The languages to look text up in for `code`: itself, its fallbacks, then the source language.
    pub fn chain(&self, code: &str) -> Vec<String> {
        let mut chain = vec![code.to_string()];
        for next in self.get(code).map(|l| l.fallback.as_slice()).unwrap_or_default() {
            chain.push(next.clone());
        }
        chain.push(SOURCE_LANGUAGE.to_string());
        let mut seen = std::collections::HashSet::new();
        chain.retain(|code| seen.insert(code.clone()));
        chain
    }
}

/// Fluent text in several languages, looked up along a fallback chain.
pub struct Messages {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// Right-to-left languages: their text gets a right-to-left mark at the start of every line.
    rtl: HashSet<String>,
}

/// The (message, attribute) pairs a Fluent file defines, in file order.
pub type MessageKeys = Vec<(String, Option<String>)>;

/// Starts every line with a right-to-left mark and isolates its left-to-right runs (see
/// [`isolate_left_to_right`]). Slint takes a paragraph's direction from its first strong letter,
/// so an Arabic line that begins with "BankID" or "1177" would otherwise be laid out left to right.
fn right_to_left(text: String) -> String {
    text.split('\n').map(|line| format!("\u{200F}{}", isolate_left_to_right(line))).collect::<Vec<_>>().join("\n")
}

/// Left-to-right isolate (LRI) and pop directional isolate (PDI): what lies between them is laid
/// out left to right as one unit, whatever surrounds it (Unicode bidi rule X5a). Slint's text
/// layout (parley) honours them and draws them invisibly.
pub const LEFT_TO_RIGHT_ISOLATE: char = '\u{2066}';
pub const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// Wraps every run of Latin text and digits in right-to-left text in a left-to-right isolate, so
/// the bidi algorithm cannot tear it apart: without it "1177.se" reads "se.1177" and
/// "Freja eID+ (Plus)" reads "(Plus) +Freja eID" in Arabic, because the dot, the plus, the space
/// and the brackets between the Latin parts take the direction of the Arabic around them.
///
/// A run starts at a left-to-right letter or a European digit (and a `+` right before a digit,
/// as in "+46"), takes in spaces and punctuation only where more Latin or digits follow, and keeps
/// a trailing `+` ("Freja+") and a `)` that closes a bracket opened inside it. Sentence
/// punctuation after a run ("1177.se.") stays outside and follows the Arabic.
pub fn isolate_left_to_right(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let starts_run =
            is_run_core(chars[i]) || (chars[i] == '+' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()));
        if !starts_run {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1; // one past the last letter or digit of the run
        let mut next = end;
        while next < chars.len() {
            if is_run_core(chars[next]) {
                next += 1;
                end = next;
            } else if is_run_joiner(chars[next]) {
                next += 1;
            } else {
                break;
            }
        }
        let mut open = chars[start..end].iter().filter(|c| **c == '(').count() as i64
            - chars[start..end].iter().filter(|c| **c == ')').count() as i64;
        while let Some(&c) = chars.get(end) {
            if c == '+' || (c == ')' && open > 0) {
                open -= i64::from(c == ')');
                end += 1;
            } else {
                break;
            }
        }
        out.push(LEFT_TO_RIGHT_ISOLATE);
        out.extend(&chars[start..end]);
        out.push(POP_DIRECTIONAL_ISOLATE);
        i = end;
    }
    out
}

/// A left-to-right letter or a European digit.
fn is_run_core(c: char) -> bool {
    use unicode_bidi::BidiClass::{EN, L};
    matches!(unicode_bidi::bidi_class(c), L | EN)
}

/// What may stand between two Latin or digit parts of one run: "114 14", "1177.se",
/// "https://", "e-legitimation", "a@b.se", "Freja eID+ (Plus)".
fn is_run_joiner(c: char) -> bool {
    matches!(c, ' ' | '.' | ',' | ':' | '/' | '-' | '_' | '@' | '+' | '&' | '(' | ')' | '\'' | '#' | '=' | '?' | '%')
}

impl Messages {
    /// Messages whose `rtl` languages are marked right to left.
    pub fn new(rtl: HashSet<String>) -> Messages {
        Messages { bundles: HashMap::new(), rtl }
    }

    /// Adds one `.ftl` file for a language. A file with syntax errors is not used at all (its
    /// messages might be cut in the wrong place); its problems are returned with file:line:col.
    pub fn add_file(&mut self, language: &str, path: &Path) -> Result<MessageKeys, Vec<Problem>> {
        let source = std::fs::read_to_string(path)
            .map_err(|error| vec![Problem::error(path, None, format!("cannot read: {error}"))])?;
        let resource = FluentResource::try_new(source).map_err(|(resource, errors)| {
            errors
                .iter()
                .map(|error| {
                    let position = line_col(resource.source(), error_offset(resource.source(), error.pos.start));
                    Problem {
                        language: Some(language.to_string()),
                        ..Problem::error(path, Some(position), error.kind.to_string())
                    }
                })
                .collect::<Vec<_>>()
        })?;
        let keys = message_keys(&resource);
        let bundle = self.bundles.entry(language.to_string()).or_insert_with(|| new_bundle(language));
        bundle.add_resource(resource).map_err(|errors| {
            errors.iter().map(|error| Problem::error(path, None, format!("{error:?}"))).collect::<Vec<_>>()
        })?;
        Ok(keys)
    }

    /// Whether `language` itself (not a fallback) has this message or attribute.
    pub fn has(&self, language: &str, id: &str, attribute: Option<&str>) -> bool {
        let Some(message) = self.bundles.get(language).and_then(|bundle| bundle.get_message(id)) else {
            return false;
        };
        match attribute {
            Some(name) => message.get_attribute(name).is_some(),
            None => message.value().is_some(),
        }
    }

    /// The text of `id` (or its `attribute`) in the first language of `chain` that has it.
    pub fn format(
        &self,
        chain: &[String],
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        chain.iter().find_map(|language| {
            let bundle = self.bundles.get(language)?;
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(language, id, ?attribute, ?errors, "text formatted with errors");
            }
            Some(if self.rtl.contains(language) { right_to_left(text.into_owned()) } else { text.into_owned() })
        })
    }
}

/// Fluent notices a broken entry at the start of the next line; point at the line the author
/// has to fix instead.
fn error_offset(source: &str, offset: usize) -> usize {
    let before = &source[..offset.min(source.len())];
    if before.ends_with('\n') { before.trim_end().len().saturating_sub(1) } else { offset }
}

fn new_bundle(language: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = language.parse().unwrap_or_default();
    FluentBundle::new(vec![langid])
}

fn message_keys(resource: &FluentResource) -> MessageKeys {
    use fluent_syntax::ast::Entry;
    let mut keys = Vec::new();
    for entry in resource.entries() {
        if let Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            if message.value.is_some() {
                keys.push((id.clone(), None));
            }
            keys.extend(message.attributes.iter().map(|a| (id.clone(), Some(a.id.name.to_string()))));
        }
    }
    keys
}

/// The `.ftl` files of a folder by language: `sv.ftl`, or every `*.ftl` inside a `sv/` folder.
pub fn ftl_files_by_language(dir: &Path, nested: bool) -> BTreeMap<String, Vec<PathBuf>> {
    let mut files: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return files };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if nested && path.is_dir() {
            let language = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let mut inner: Vec<PathBuf> = std::fs::read_dir(&path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            inner.sort();
            if !inner.is_empty() {
                files.entry(language).or_default().extend(inner);
            }
        } else if !nested && path.extension().is_some_and(|e| e == "ftl") {
            let language = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            files.entry(language).or_default().push(path);
        }
    }
    files
}

/// The UI chrome: every language's `locales/<code>/*.ftl` plus the locale registry.
pub struct Chrome {
    /// The `locales/` folder it was loaded from (recordings are in `<lang>/audio/` there).
    pub dir: PathBuf,
    pub locales: Locales,
    pub messages: Messages,
    /// Every (message, attribute) each language defines, for coverage checks.
    pub keys: BTreeMap<String, MessageKeys>,
}

impl Chrome {
    pub fn load(locales_dir: &Path, problems: &mut Vec<Problem>) -> Result<Chrome> {
        let locales = Locales::load(locales_dir, problems)?;
        let mut messages = Messages::new(locales.right_to_left());
        let mut keys = BTreeMap::new();
        for (language, files) in ftl_files_by_language(locales_dir, true) {
            for file in files {
                match messages.add_file(&language, &file) {
                    Ok(file_keys) => keys.entry(language.clone()).or_insert_with(Vec::new).extend(file_keys),
                    Err(file_problems) => problems.extend(file_problems),
                }
            }
        }
        if !keys.contains_key(SOURCE_LANGUAGE) {
            bail!("{}: no readable UI text in the source language ({SOURCE_LANGUAGE})", locales_dir.display());
        }
        Ok(Chrome { dir: locales_dir.to_path_buf(), locales, messages, keys })
    }

    /// A UI string in `language`, falling back along its chain; the key itself if no language has it.
    pub fn text(&self, language: &str, key: &str, args: Option<&FluentArgs>) -> String {
        self.messages.format(&self.locales.chain(language), key, None, args).unwrap_or_else(|| {
            tracing::warn!(language, key, "UI text missing in every language of the chain");
            key.to_string()
        })
    }

    /// A UI string with one number `$n`, for plurals.
    pub fn count(&self, language: &str, key: &str, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("n", n);
        self.text(language, key, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::isolate_left_to_right;

    /// The isolated runs of a line, as the visitor should read them.
    fn runs(line: &str) -> Vec<String> {
        let isolated = isolate_left_to_right(line);
        assert_eq!(isolated.replace(['\u{2066}', '\u{2069}'], ""), line, "only marks are added");
        isolated
            .split('\u{2066}')
            .skip(1)
            .map(|part| part.split_once('\u{2069}').expect("every isolate is closed").0.to_string())
            .collect()
    }

    #[test]
    fn latin_runs_digits_urls_phone_numbers_and_product_names_are_isolated_whole() {
        assert_eq!(runs("ادخل إلى 1177.se."), ["1177.se"]);
        assert_eq!(runs("الرمز البريدي 114 14 في"), ["114 14"]);
        assert_eq!(runs("افتح Freja eID+ (Plus) الآن"), ["Freja eID+ (Plus)"]);
        assert_eq!(runs("تطبيق Freja+ و BankID."), ["Freja+", "BankID"]);
        assert_eq!(runs("اتصل بـ +46 771 11 77 00 الآن"), ["+46 771 11 77 00"]);
        assert_eq!(runs("https://www.1177.se/logga-in"), ["https://www.1177.se/logga-in"]);
        assert_eq!(runs("اضغط Logga in، ثم Signera"), ["Logga in", "Signera"]);
        assert_eq!(runs("(Swish)."), ["Swish"]);
        assert_eq!(runs("بدون أحرف لاتينية"), Vec::<String>::new());
    }
}
