//! Only compiled on Unix, where the `renamed_deps_unix` package (library
//! `unix_extras`) is a dependency.

pub fn is_hidden(name: &str) -> bool {
    unix_extras::is_hidden(name)
}

pub fn list_separator() -> char {
    unix_extras::LIST_SEPARATOR
}
