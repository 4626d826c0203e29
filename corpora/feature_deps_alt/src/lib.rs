//! Checksums. An optional dependency of `feature_deps`, named only with the
//! `dep:` syntax, so it has no implicit feature there.
//!
//! ```
//! assert_eq!(feature_deps_alt::checksum(b"ab"), 195);
//! ```

pub fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| u32::from(b)).sum()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sums_the_bytes() {
        assert_eq!(super::checksum(&[1, 2, 3]), 6);
    }
}
