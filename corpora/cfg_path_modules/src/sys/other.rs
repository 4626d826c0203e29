//! Fallback flavour of `sys`, chosen by `#[cfg(not(unix))]`.

/// The path separator.
pub fn separator() -> char {
    '\\'
}

/// Name of the platform family.
pub fn family() -> &'static str {
    "other"
}
