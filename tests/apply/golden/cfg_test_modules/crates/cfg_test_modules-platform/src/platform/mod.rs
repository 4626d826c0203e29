//! Two functions named `separator`, exactly one of which is compiled.

#[cfg(unix)]
pub fn separator() -> char {
    '/'
}

#[cfg(not(unix))]
pub fn separator() -> char {
    '\\'
}

/// Joins two path parts with the platform separator.
pub fn join(a: &str, b: &str) -> String {
    format!("{}{}{}", a, separator(), b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn unix_separator() {
        assert_eq!(join("usr", "lib"), "usr/lib");
    }

    #[cfg(not(unix))]
    #[test]
    fn other_separator() {
        assert_eq!(join("usr", "lib"), "usr\\lib");
    }
}
