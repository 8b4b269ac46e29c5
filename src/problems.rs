//! Problems found in content files, each with the place it was found (`file:line:col`).

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Malformed or inconsistent content: fails `lotsen guides check`.
    Error,
    /// Text not yet translated: fails the check only for the authoritative languages.
    Gap,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based line and column, where known.
    pub position: Option<(usize, usize)>,
    pub message: String,
    /// The language the problem is in, for gaps.
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
