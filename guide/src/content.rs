//! The guide catalogue: `guides/<id>/guide.toml` + `guides/<id>/<lang>.ftl`, loaded and checked.
//!
//! Loading and checking are one code path: the kiosk leaves out what `lotsen guides check`
//! reports as broken, so an author sees exactly why a guide is missing on screen.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Deserialize;

use crate::i18n::{
    AUTHORITATIVE_LANGUAGES, MessageKeys, Messages, ReviewStatus, SOURCE_LANGUAGE, ftl_files_by_language,
};
use crate::problems::{Problem, Severity, line_col, read_toml, sorted_subdirs};

/// Messages every guide has besides its steps.
pub const GUIDE_MESSAGES: [&str; 3] = ["title", "summary", "needs"];
/// Attributes a step message may have; the first two are required.
pub const STEP_ATTRIBUTES: [&str; 4] = ["title", "body", "tip", "warning"];
/// Attributes every practice step has besides `.title` and `.body`: the prompt on the simulated
/// screen and why the visitor's choice was right or wrong. Each choice adds `.choice-<id>`.
pub const PRACTICE_ATTRIBUTES: [&str; 3] = ["screen", "right", "wrong"];
const CHOICE_PREFIX: &str = "choice-";
/// A practice step offers this many choices: enough for a real decision, few enough to read.
const CHOICE_COUNT: std::ops::RangeInclusive<usize> = 2..=3;
/// A guide whose sv/en text was last checked against its sources longer ago than this is
/// reported for review: rules and requirements change.
pub const REVIEW_MONTHS: u32 = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Category {
    #[serde(rename = "e-id")]
    EId,
    #[serde(rename = "banking")]
    Banking,
    #[serde(rename = "health")]
    Health,
    #[serde(rename = "public")]
    Public,
}

impl Category {
    pub const ALL: [Category; 4] = [Category::EId, Category::Banking, Category::Health, Category::Public];

    pub fn id(self) -> &'static str {
        match self {
            Category::EId => "e-id",
            Category::Banking => "banking",
            Category::Health => "health",
            Category::Public => "public",
        }
    }

    pub fn parse(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    Normal,
    Warning,
    Practice,
}

impl StepKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Normal => "normal",
            StepKind::Warning => "warning",
            StepKind::Practice => "practice",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    /// Relative to the guide folder in guide.toml; absolute once loaded. On the kiosk a practice
    /// step shows its simulated screen in this place; the handout prints the illustration.
    pub illustration: PathBuf,
    pub kind: StepKind,
    /// Practice steps only: the simulated screen and the choices on it.
    #[serde(default)]
    pub practice: Option<Practice>,
    /// The service's QR code on the step itself (`service_qr = true`), for a step that tells the
    /// visitor to scan the code here; `lotsen guides check` flags such text without it.
    #[serde(default)]
    pub service_qr: bool,
}

impl Step {
    /// The attributes this step's message may have: the step attributes, plus the practice
    /// attributes and one `.choice-<id>` per choice on a practice step.
    pub fn attributes(&self) -> Vec<String> {
        let mut attributes: Vec<String> = STEP_ATTRIBUTES.iter().map(|a| a.to_string()).collect();
        if let Some(practice) = &self.practice {
            attributes.extend(PRACTICE_ATTRIBUTES.iter().map(|a| a.to_string()));
            attributes.extend(practice.choices.iter().map(|choice| Practice::choice_attribute(choice)));
        }
        attributes
    }
}

/// One item of a guide's "what you need" list (`[[needs]]` in guide.toml, in the order of the
/// lines of the `needs` message).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Need {
    /// Names the item in events: letters, digits and dashes.
    pub id: String,
    /// The guide that explains how to get this item, for a visitor who does not have it.
    #[serde(default)]
    pub get_it: Option<String>,
}

/// What a practice step simulates (`screen` in guide.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PracticeScreen {
    /// An e-ID app asking the visitor to approve a login or a signature.
    EId,
    /// An incoming phone call.
    Call,
}

impl PracticeScreen {
    pub fn as_str(self) -> &'static str {
        match self {
            PracticeScreen::EId => "e-id",
            PracticeScreen::Call => "call",
        }
    }
}

/// A practice step's simulated screen: `practice = { screen = "e-id", choices = [...], safe = "..." }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub screen: PracticeScreen,
    /// Choice ids in the order shown; each has its text in `.choice-<id>`.
    pub choices: Vec<String>,
    /// The choice that is right (the safe thing to do).
    pub safe: String,
}

impl Practice {
    /// The Fluent attribute holding a choice's text.
    pub fn choice_attribute(choice: &str) -> String {
        format!("{CHOICE_PREFIX}{choice}")
    }

    /// Where the safe choice is shown (0-based).
    pub fn safe_index(&self) -> Option<usize> {
        self.choices.iter().position(|choice| *choice == self.safe)
    }

    /// Whether choice `index` (0-based, as shown) is the safe one.
    pub fn is_safe(&self, index: usize) -> bool {
        self.safe_index() == Some(index)
    }
}

/// guide.toml as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    id: String,
    category: Category,
    /// Place in its category's guide list, smaller first: the most common errand first.
    #[serde(default)]
    position: Option<u32>,
    icon: PathBuf,
    minutes: u32,
    service_url: String,
    last_reviewed: toml::value::Datetime,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    needs: Vec<Need>,
    #[serde(default)]
    steps: Vec<Step>,
    #[serde(default)]
    locales: BTreeMap<String, ReviewStatus>,
}

/// A guide with all its text.
pub struct Guide {
    pub id: String,
    pub dir: PathBuf,
    pub category: Category,
    /// Place in the category's guide list (guide.toml `position`); none: after those with one.
    pub position: Option<u32>,
    pub icon: PathBuf,
    pub minutes: u32,
    pub service_url: String,
    pub last_reviewed: String,
    pub sources: Vec<Source>,
    /// The items of the `needs` message, line by line; empty when guide.toml lists none.
    pub needs: Vec<Need>,
    pub steps: Vec<Step>,
    /// Review status per language, as declared in guide.toml.
    pub statuses: BTreeMap<String, ReviewStatus>,
    pub messages: Messages,
    /// The (message, attribute) pairs every language must have.
    pub required: MessageKeys,
    /// How many of `required` each language has.
    pub present: BTreeMap<String, usize>,
}

impl Guide {
    /// A text of this guide, looked up along `chain`; empty if no language has it.
    pub fn text(&self, chain: &[String], id: &str, attribute: Option<&str>) -> String {
        self.messages.format(chain, id, attribute, None).unwrap_or_default()
    }

    /// The share of required messages present in `language`, 0.0 to 1.0.
    pub fn coverage(&self, language: &str) -> f64 {
        let present = self.present.get(language).copied().unwrap_or_default();
        present as f64 / self.required.len().max(1) as f64
    }

    pub fn status(&self, language: &str) -> ReviewStatus {
        self.statuses.get(language).copied().unwrap_or(ReviewStatus::Draft)
    }
}

/// Every guide that loaded cleanly, plus the problems of those that did not.
pub struct Catalogue {
    pub guides: Vec<Guide>,
}

impl Catalogue {
    /// Loads every guide folder below `guides_dir`. A broken guide is reported in `problems` and
    /// left out; a missing or unreadable `guides_dir` is an error.
    /// `rtl`: the right-to-left languages (see [`crate::i18n::Locales::right_to_left`]).
    pub fn load(guides_dir: &Path, rtl: &HashSet<String>, problems: &mut Vec<Problem>) -> Result<Catalogue> {
        let mut guides = Vec::new();
        let dirs = sorted_subdirs(guides_dir, "guides")?;
        let ids: BTreeSet<String> =
            dirs.iter().filter_map(|d| d.file_name()).map(|name| name.to_string_lossy().into_owned()).collect();
        let today = chrono::Local::now().date_naive();
        for dir in dirs {
            let before = problems.len();
            let guide = load_guide(&dir, &GuideContext { rtl, ids: &ids, today }, problems);
            // A broken draft translation only costs that language (it falls back); anything else
            // broken keeps the guide off the screen.
            let broken = problems[before..].iter().any(|p| {
                p.severity == Severity::Error
                    && p.language.as_deref().is_none_or(|l| AUTHORITATIVE_LANGUAGES.contains(&l))
            });
            match guide {
                Some(guide) if !broken && guide.coverage(SOURCE_LANGUAGE) >= 1.0 => guides.push(guide),
                _ => {
                    tracing::warn!(guide = %dir.display(), "guide left out of the catalogue; run `lotsen guides check` for details")
                }
            }
        }
        check_positions(&guides, problems);
        // In each category's list: by `position`, then those without one, by id.
        guides
            .sort_by(|a, b| (a.position.is_none(), a.position, &a.id).cmp(&(b.position.is_none(), b.position, &b.id)));
        Ok(Catalogue { guides })
    }

    pub fn guide(&self, id: &str) -> Option<&Guide> {
        self.guides.iter().find(|g| g.id == id)
    }

    /// The guides of a category in their guide.toml `position` order: most common errand first.
    pub fn in_category(&self, category: Category) -> impl Iterator<Item = &Guide> {
        self.guides.iter().filter(move |g| g.category == category)
    }
}

/// What loading one guide needs to know about the rest.
struct GuideContext<'a> {
    /// The right-to-left languages.
    rtl: &'a HashSet<String>,
    /// Every guide folder's name: what `get_it` may point to.
    ids: &'a BTreeSet<String>,
    /// For the age of `last_reviewed`.
    today: chrono::NaiveDate,
}

/// A guide without a `position` is listed after the others, and two guides of one category at
/// the same position are in no set order: both are worth an author's look, neither breaks a guide.
fn check_positions(guides: &[Guide], problems: &mut Vec<Problem>) {
    let mut taken: BTreeMap<(Category, u32), &str> = BTreeMap::new();
    for guide in guides {
        let manifest = guide.dir.join("guide.toml");
        match guide.position {
            None => problems.push(Problem::warning(
                &manifest,
                None,
                "no `position`: listed after the guides that have one (set it, most common errand first)",
            )),
            Some(position) => {
                if let Some(other) = taken.insert((guide.category, position), &guide.id) {
                    problems.push(Problem::warning(
                        &manifest,
                        None,
                        format!("position {position} is also {other:?}'s in category {:?}", guide.category.id()),
                    ));
                }
            }
        }
    }
}

fn load_guide(dir: &Path, context: &GuideContext, problems: &mut Vec<Problem>) -> Option<Guide> {
    let manifest_path = dir.join("guide.toml");
    let (manifest, text): (Manifest, String) = read_toml(&manifest_path, problems)?;
    let at = |key: &str| find_key(&text, key);
    problems.extend(manifest_warnings(&manifest, &manifest_path, &text, context.today));
    let mut error = |position: Option<(usize, usize)>, message: String| {
        problems.push(Problem::error(&manifest_path, position, message));
    };

    let folder = dir.file_name().unwrap_or_default().to_string_lossy();
    if manifest.id != folder {
        error(at("id"), format!("id {:?} must equal the folder name {folder:?}", manifest.id));
    }
    if !lotsen_wire::is_valid_id(&manifest.id) {
        error(at("id"), format!("id {:?}: use lowercase letters, digits and dashes", manifest.id));
    }
    if !(1..=120).contains(&manifest.minutes) {
        error(at("minutes"), format!("minutes {}: must be 1 to 120", manifest.minutes));
    }
    if !manifest.service_url.starts_with("https://") {
        error(at("service_url"), format!("service_url {:?}: must be an https:// address", manifest.service_url));
    }
    if manifest.last_reviewed.date.is_none() || manifest.last_reviewed.time.is_some() {
        error(at("last_reviewed"), "last_reviewed: write a date such as 2026-11-23".into());
    }
    if manifest.sources.is_empty() {
        error(None, "no [[sources]]: every fact must trace to an official page".into());
    }
    for source in manifest.sources.iter().filter(|s| !s.url.starts_with("https://")) {
        error(source_line(&text, source), format!("source {:?}: url must be an https:// address", source.title));
    }
    if manifest.steps.is_empty() {
        error(None, "no [[steps]]".into());
    }
    for problem in needs_problems(&manifest.needs, &manifest.id, context.ids) {
        error(at("[[needs]]"), problem);
    }
    let mut step_ids = BTreeSet::new();
    for step in &manifest.steps {
        if !is_message_id(&step.id) || GUIDE_MESSAGES.contains(&step.id.as_str()) {
            error(
                at(&step.id),
                format!("step id {:?}: must be a Fluent message id other than {GUIDE_MESSAGES:?}", step.id),
            );
        }
        if !step_ids.insert(step.id.as_str()) {
            error(at(&step.id), format!("step id {:?} appears twice", step.id));
        }
        check_image(
            &dir.join(&step.illustration),
            &manifest_path,
            at(&step.illustration.to_string_lossy()),
            &mut error,
        );
        if let Some(problem) = practice_problem(step) {
            error(
                find_key(&text, &format!("id = \"{}\"", step.id)).or(at(&step.id)),
                format!("step {}: {problem}", step.id),
            );
        }
    }
    check_image(&dir.join(&manifest.icon), &manifest_path, at("icon"), &mut error);

    // Text: one bundle per language file.
    let mut messages = Messages::new(context.rtl.clone());
    let mut keys: BTreeMap<String, MessageKeys> = BTreeMap::new();
    for (language, files) in ftl_files_by_language(dir, false) {
        for file in files {
            match messages.add_file(&language, &file) {
                Ok(file_keys) => {
                    for (id, attribute) in &file_keys {
                        if let Some(problem) = unknown_key(&manifest.steps, id, attribute.as_deref()) {
                            problems.push(Problem {
                                language: Some(language.clone()),
                                ..Problem::error(&file, None, problem)
                            });
                        }
                    }
                    keys.entry(language.clone()).or_default().extend(file_keys)
                }
                Err(file_problems) => problems.extend(file_problems),
            }
        }
    }
    for language in manifest.locales.keys().filter(|l| !keys.contains_key(*l)) {
        problems.push(Problem::gap(
            &dir.join(format!("{language}.ftl")),
            language,
            "missing: the file has a review status but no readable text",
        ));
    }

    if !manifest.needs.is_empty() {
        for language in keys.keys() {
            let lines = needs_lines(&messages, language);
            if lines.is_some_and(|lines| lines != manifest.needs.len()) {
                problems.push(Problem {
                    language: Some(language.clone()),
                    ..Problem::error(
                        &dir.join(format!("{language}.ftl")),
                        None,
                        format!(
                            "needs has {} lines, guide.toml lists {} [[needs]] items: one line per item, in the same order",
                            lines.unwrap_or_default(),
                            manifest.needs.len()
                        ),
                    )
                });
            }
        }
    }

    let required = required_keys(&manifest.steps, &messages);
    let mut present = BTreeMap::new();
    for language in keys.keys() {
        let file = dir.join(format!("{language}.ftl"));
        let mut count = 0;
        for (id, attribute) in &required {
            if messages.has(language, id, attribute.as_deref()) {
                count += 1;
            } else {
                let what = attribute.as_ref().map(|a| format!("{id}.{a}")).unwrap_or_else(|| id.clone());
                problems.push(Problem::gap(&file, language, format!("missing message {what}")));
            }
        }
        present.insert(language.clone(), count);
    }
    if !keys.contains_key(SOURCE_LANGUAGE) {
        problems.push(Problem::gap(
            &dir.join(format!("{SOURCE_LANGUAGE}.ftl")),
            SOURCE_LANGUAGE,
            "missing: every guide needs its source-language text",
        ));
    }

    let steps = manifest.steps.into_iter().map(|s| Step { illustration: dir.join(&s.illustration), ..s }).collect();
    Some(Guide {
        id: manifest.id,
        dir: dir.to_path_buf(),
        category: manifest.category,
        position: manifest.position,
        icon: dir.join(&manifest.icon),
        minutes: manifest.minutes,
        service_url: manifest.service_url,
        last_reviewed: manifest.last_reviewed.to_string(),
        sources: manifest.sources,
        needs: manifest.needs,
        steps,
        statuses: manifest.locales,
        messages,
        required,
        present,
    })
}

/// Warnings about guide.toml: a source that is a home page rather than the page a fact comes
/// from, and a review older than [`REVIEW_MONTHS`].
fn manifest_warnings(manifest: &Manifest, path: &Path, text: &str, today: chrono::NaiveDate) -> Vec<Problem> {
    let mut warnings = Vec::new();
    for source in &manifest.sources {
        // A url that does not parse is not https:// either, which is an error of its own. A
        // query alone names a page too (`https://example.se/?p=123`).
        if let Ok(url) = url::Url::parse(&source.url)
            && matches!(url.path(), "" | "/")
            && url.query().is_none()
        {
            warnings.push(Problem::warning(
                path,
                source_line(text, source),
                format!(
                    "source {:?}: {} has no path; cite the page the fact comes from, not a home page",
                    source.title, source.url
                ),
            ));
        }
    }
    if let Some(date) = manifest.last_reviewed.date
        && let Some(reviewed) = chrono::NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
        && reviewed.checked_add_months(chrono::Months::new(REVIEW_MONTHS)).is_some_and(|due| due < today)
    {
        warnings.push(Problem::warning(
            path,
            find_key(text, "last_reviewed"),
            format!(
                "last_reviewed {reviewed} is more than {REVIEW_MONTHS} months ago: check sv and en against the sources again"
            ),
        ));
    }
    warnings
}

/// What is wrong with the `[[needs]]` items of guide `own_id`; `ids` are all guide ids.
fn needs_problems(needs: &[Need], own_id: &str, ids: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    for (index, need) in needs.iter().enumerate() {
        if !lotsen_wire::is_valid_id(&need.id) {
            problems.push(format!("needs item {:?}: use lowercase letters, digits and dashes", need.id));
        }
        if needs[..index].iter().any(|earlier| earlier.id == need.id) {
            problems.push(format!("needs item {:?} appears twice", need.id));
        }
        match need.get_it.as_deref() {
            Some(guide) if guide == own_id => {
                problems.push(format!("needs item {:?}: get_it points to this guide itself", need.id))
            }
            Some(guide) if !ids.contains(guide) => problems.push(format!(
                "needs item {:?}: get_it = {guide:?} is not a guide (no folder guides/{guide})",
                need.id
            )),
            _ => {}
        }
    }
    problems
}

/// The number of items (non-empty lines) of `language`'s own `needs` message, if it has one.
fn needs_lines(messages: &Messages, language: &str) -> Option<usize> {
    let text = messages.format(&[language.to_string()], "needs", None, None)?;
    Some(text.lines().filter(|line| !line.trim().is_empty()).count())
}

/// title, summary, needs; `.title` and `.body` of every step, and of a practice step all its
/// practice attributes; and the optional `.tip` and `.warning` wherever the source language has
/// them, so translations carry the same callouts.
fn required_keys(steps: &[Step], messages: &Messages) -> MessageKeys {
    let mut required: MessageKeys = GUIDE_MESSAGES.iter().map(|m| (m.to_string(), None)).collect();
    for step in steps {
        for attribute in step.attributes() {
            let optional = matches!(attribute.as_str(), "tip" | "warning");
            if !optional || messages.has(SOURCE_LANGUAGE, &step.id, Some(&attribute)) {
                required.push((step.id.clone(), Some(attribute)));
            }
        }
    }
    required
}

/// What is wrong with a step's `practice` table, or with its absence.
fn practice_problem(step: &Step) -> Option<String> {
    let practice = match (&step.practice, step.kind) {
        (None, StepKind::Practice) => {
            return Some(
                "a practice step needs `practice = { screen = \"e-id\", choices = [...], safe = \"...\" }`".into(),
            );
        }
        (Some(_), kind) if kind != StepKind::Practice => {
            return Some(format!("`practice` belongs to kind = \"practice\" steps, not to kind = {:?}", kind.as_str()));
        }
        (None, _) => return None,
        (Some(practice), _) => practice,
    };
    let choices = &practice.choices;
    if !CHOICE_COUNT.contains(&choices.len()) {
        return Some(format!(
            "practice needs {} to {} choices, has {choices:?}",
            CHOICE_COUNT.start(),
            CHOICE_COUNT.end()
        ));
    }
    if let Some(bad) = choices.iter().find(|c| !is_message_id(c)) {
        return Some(format!("choice id {bad:?}: use letters, digits and dashes, starting with a letter"));
    }
    if let Some(twice) = choices.iter().enumerate().find(|(i, c)| choices[..*i].contains(c)).map(|(_, c)| c) {
        return Some(format!("choice id {twice:?} appears twice"));
    }
    if !choices.contains(&practice.safe) {
        return Some(format!("safe = {:?} is not one of the choices {choices:?}", practice.safe));
    }
    None
}

fn unknown_key(steps: &[Step], id: &str, attribute: Option<&str>) -> Option<String> {
    let Some(step) = steps.iter().find(|s| s.id == id) else {
        return (!(attribute.is_none() && GUIDE_MESSAGES.contains(&id)))
            .then(|| format!("unknown step id {id:?}: not listed in guide.toml"));
    };
    let Some(attribute) = attribute else {
        return Some(format!("step {id}: write its text as attributes (.title, .body, ...)"));
    };
    let allowed = step.attributes();
    if allowed.iter().any(|a| a == attribute) {
        return None;
    }
    let practice_attribute = PRACTICE_ATTRIBUTES.contains(&attribute) || attribute.starts_with(CHOICE_PREFIX);
    Some(match &step.practice {
        None if practice_attribute => {
            format!("step {id}: .{attribute} belongs to practice steps (kind = \"practice\" with a `practice` table)")
        }
        Some(practice) if attribute.starts_with(CHOICE_PREFIX) => {
            format!("step {id}: .{attribute} names no choice in guide.toml (choices: {:?})", practice.choices)
        }
        _ => format!("step {id}: unknown attribute .{attribute} (use {allowed:?})"),
    })
}

fn check_image(
    path: &Path,
    manifest: &Path,
    position: Option<(usize, usize)>,
    error: &mut impl FnMut(Option<(usize, usize)>, String),
) {
    if !path.is_file() {
        error(position, format!("missing image {}", path.display()));
    } else if path.extension().is_none_or(|e| e != "svg") {
        error(position, format!("{}: illustrations and icons must be SVG", path.display()));
    } else if !is_readable_svg(path) {
        error(
            position,
            format!("{}: not a readable SVG image (referenced from {})", path.display(), manifest.display()),
        );
    }
}

/// Whether the SVG parser Slint draws with (usvg) reads `path`: what fails here would show as a
/// blank on screen.
fn is_readable_svg(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|svg| usvg::Tree::from_data(&svg, &usvg::Options::default()).is_ok())
}

/// Fluent identifiers: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_message_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Where a source's url is written in guide.toml (the same address may also be the service_url).
fn source_line(text: &str, source: &Source) -> Option<(usize, usize)> {
    find_key(text, &format!("url = {:?}", source.url)).or_else(|| find_key(text, &source.url))
}

/// The line of the first occurrence of `needle` in a TOML text, for error positions.
fn find_key(text: &str, needle: &str) -> Option<(usize, usize)> {
    text.find(needle).map(|offset| line_col(text, offset))
}

/// Everything the kiosk shows: the UI text and the guide catalogue, from one content folder.
pub struct Content {
    pub chrome: crate::i18n::Chrome,
    pub catalogue: Catalogue,
}

impl Content {
    /// Loads `<dir>/locales` and `<dir>/guides`. Broken files are logged with file:line and
    /// left out; only a missing or empty folder is an error.
    pub fn load(dir: &Path) -> Result<Content> {
        Content::load_from(&dir.join("locales"), &dir.join("guides"))
    }

    /// Loads UI text and guides from two separate folders.
    pub fn load_from(locales_dir: &Path, guides_dir: &Path) -> Result<Content> {
        let mut problems = Vec::new();
        let chrome = crate::i18n::Chrome::load(locales_dir, &mut problems)?;
        let catalogue = Catalogue::load(guides_dir, &chrome.locales.right_to_left(), &mut problems)?;
        for problem in problems.iter().filter(|p| p.severity == Severity::Error) {
            tracing::warn!("{problem}");
        }
        let gaps = problems.iter().filter(|p| p.severity == Severity::Gap).count();
        tracing::info!(guides = catalogue.guides.len(), translation_gaps = gaps, dir = %guides_dir.display(), "content loaded");
        Ok(Content { chrome, catalogue })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image_errors(path: &Path) -> Vec<String> {
        let mut errors = Vec::new();
        check_image(path, Path::new("guides/x/guide.toml"), None, &mut |_, message| errors.push(message));
        errors
    }

    #[test]
    fn an_image_must_be_a_readable_svg() {
        let repo = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
        let dir = tempfile::tempdir().unwrap();
        let icon = repo.join("guides/1177-login/icon.svg");
        assert_eq!(image_errors(&icon), Vec::<String>::new(), "a bundled icon is read");

        let broken = dir.path().join("broken.svg");
        std::fs::write(&broken, "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=").unwrap();
        assert_eq!(
            image_errors(&broken),
            [format!("{}: not a readable SVG image (referenced from guides/x/guide.toml)", broken.display())]
        );

        let png = dir.path().join("icon.png");
        std::fs::write(&png, "").unwrap();
        assert_eq!(image_errors(&png), [format!("{}: illustrations and icons must be SVG", png.display())]);
        let gone = dir.path().join("gone.svg");
        assert_eq!(image_errors(&gone), [format!("missing image {}", gone.display())]);
    }
}
