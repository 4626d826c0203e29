//! Used where `renamed_deps_unix` is not a dependency.

pub fn is_hidden(_name: &str) -> bool {
    false
}

pub fn list_separator() -> char {
    ';'
}
