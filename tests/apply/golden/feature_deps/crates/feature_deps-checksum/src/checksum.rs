//! Uses the optional `feature_deps_alt`, which only `alt = ["dep:..."]`
//! enables.

/// Checksum of `bytes`: the dependency's with `alt`, a local one without.
#[cfg(feature = "alt")]
pub fn checksum(bytes: &[u8]) -> u32 {
    feature_deps_alt::checksum(bytes)
}

/// Checksum of `bytes` without the optional dependency.
#[cfg(not(feature = "alt"))]
pub fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0u32, |sum, &b| sum.wrapping_add(u32::from(b)))
}

/// Which implementation `checksum` is.
pub fn implementation() -> &'static str {
    if cfg!(feature = "alt") {
        "feature_deps_alt"
    } else {
        "local"
    }
}

/// Checksums of each line.
pub fn line_sums(text: &str) -> Vec<u32> {
    text.lines().map(|line| checksum(line.as_bytes())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_implementations_agree() {
        assert_eq!(checksum(b"ab"), 195);
        assert_eq!(line_sums("a\nb"), vec![97, 98]);
    }

    #[test]
    fn names_the_implementation() {
        let expected = if cfg!(feature = "alt") { "feature_deps_alt" } else { "local" };
        assert_eq!(implementation(), expected);
    }
}
