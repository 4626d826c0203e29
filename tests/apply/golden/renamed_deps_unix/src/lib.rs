//! Unix-only conventions. Package `renamed_deps_unix`, library `unix_extras`.
//!
//! ```
//! assert!(unix_extras::is_hidden(".profile"));
//! ```

/// Separator of `$PATH`-like lists.
pub const LIST_SEPARATOR: char = ':';

/// Dot files are hidden on Unix.
pub fn is_hidden(name: &str) -> bool {
    name.starts_with('.') && name != "." && name != ".."
}

#[cfg(test)]
mod tests {
    #[test]
    fn dot_entries_are_not_hidden_files() {
        assert!(!super::is_hidden(".."));
        assert!(!super::is_hidden("visible"));
    }
}
