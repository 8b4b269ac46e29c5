//! Problems found in content files, each with the place it was found (`file:line:col`).

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Malformed or inconsistent content: fails `lotsen guides check`.
    Error,
    /// Text not yet translated: fails the check only for the authoritative languages.
    Gap,
    /// Content that works but should be improved (a vague source, an old review): reported,
    /// never fails the check.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based line and column, where known.
    pub position: Option<(usize, usize)>,
    pub message: String,
    /// The language of the text the problem is in (gaps, and errors in a .ftl file).
    pub language: Option<String>,
}

impl Problem {
    pub fn error(file: &Path, position: Option<(usize, usize)>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            file: file.to_path_buf(),
            position,
            message: message.into(),
            language: None,
        }
    }

    pub fn warning(file: &Path, position: Option<(usize, usize)>, message: impl Into<String>) -> Problem {
        Problem { severity: Severity::Warning, ..Problem::error(file, position, message) }
    }

    pub fn gap(file: &Path, language: &str, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Gap,
            file: file.to_path_buf(),
            position: None,
            message: message.into(),
            language: Some(language.to_string()),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Reads and parses a TOML file; a problem (with the line of a syntax or type error) otherwise.
/// Returns the text too, so callers can point at the lines of later findings.
pub fn read_toml<T: serde::de::DeserializeOwned>(path: &Path, problems: &mut Vec<Problem>) -> Option<(T, String)> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            problems.push(Problem::error(path, None, format!("cannot read: {error}")));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some((value, text)),
        Err(error) => {
            let position = error.span().map(|span| line_col(&text, span.start));
            problems.push(Problem::error(path, position, error.message().to_string()));
            None
        }
    }
}

/// The subfolders of `dir`, sorted; `what` names the folder in the error.
pub fn sorted_subdirs(dir: &Path, what: &str) -> anyhow::Result<Vec<PathBuf>> {
    use anyhow::Context;
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("{}: cannot read the {what} directory", dir.display()))?;
    let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    Ok(dirs)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..source.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        let text = "a = 1\nbå = {\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        assert_eq!(line_col(text, text.find('{').unwrap()), (2, 6));
    }
}
