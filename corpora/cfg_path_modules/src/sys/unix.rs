//! Unix flavour of `sys`, chosen by `#[cfg(unix)] #[path = "sys/unix.rs"]`.

/// The path separator.
pub fn separator() -> char {
    '/'
}

/// Name of the platform family.
pub fn family() -> &'static str {
    "unix"
}

#[cfg(test)]
mod tests {
    #[test]
    fn separator_is_slash() {
        assert_eq!(super::separator(), '/');
    }
}
