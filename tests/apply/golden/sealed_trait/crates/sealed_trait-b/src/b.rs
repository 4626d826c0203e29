//! Uses `pub(crate)` items of the sibling module `crate::a`.

pub use sealed_trait_base::b::*;

use crate::a::inner::LIMIT;
use crate::a::Alpha;
use crate::Public;

/// Crate-internal: reads the `pub(crate)` field `Alpha::n`.
pub(crate) fn combined(a: &Alpha, b: &Beta) -> u32 {
    a.n + b.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combined_reads_crate_visible_field() {
        assert_eq!(combined(&Alpha::new(3), &Beta::new(4)), 10);
        assert_eq!(Beta::new(1000).code(), LIMIT);
    }
}
