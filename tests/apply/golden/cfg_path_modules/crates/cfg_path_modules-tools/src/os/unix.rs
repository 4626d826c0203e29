//! Unix flavour of `os`, chosen by `#[cfg_attr(unix, path = "os/unix.rs")]`.

/// Name of the platform family.
pub fn family() -> &'static str {
    "unix"
}
