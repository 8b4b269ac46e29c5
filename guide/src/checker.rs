//! `lotsen guides check [DIR]`: every problem with its file:line:col, then a coverage table.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;

use crate::content::Catalogue;
use crate::i18n::{AUTHORITATIVE_LANGUAGES, Chrome, ReviewStatus};
use crate::problems::{Problem, Severity};

pub struct Report {
    pub text: String,
    pub passed: bool,
}

/// Checks the guides in `guides_dir` and, when it has a sibling `locales/`, the UI text too.
pub fn check(guides_dir: &Path) -> Result<Report> {
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
