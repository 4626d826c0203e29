//! A private sibling of `inner` that uses its `pub(super)` and
//! `pub(in crate::a)` items.

use super::inner::{scale, Token};

/// Total weight of tokens built from `weights` (each scaled, then capped).
///
/// ```
/// assert_eq!(sealed_trait::a::token_weight(&[1, 2, 80]), 2 + 4 + 100);
/// ```
pub fn token_weight(weights: &[u32]) -> u32 {
    weights.iter().map(|&w| Token::new(scale(w)).weight).sum()
}

#[cfg(test)]
mod tests {
    #[test]
    fn empty_weight() {
        assert_eq!(super::token_weight(&[]), 0);
    }
}
