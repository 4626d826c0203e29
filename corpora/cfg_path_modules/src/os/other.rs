//! Fallback flavour of `os`, chosen by `#[cfg_attr(not(unix), path = "os/other.rs")]`.

/// Name of the platform family.
pub fn family() -> &'static str {
    "other"
}
