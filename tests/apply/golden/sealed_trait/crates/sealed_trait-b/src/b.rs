//! Uses `pub(crate)` items of the sibling module `crate::a`.

use crate::a::inner::LIMIT;
use crate::a::Alpha;
use crate::Public;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Beta(pub(crate) u32);

impl Beta {
    pub fn new(n: u32) -> Self {
        Beta(n)
    }
}

impl Public for Beta {
    fn code(&self) -> u32 {
        self.0.min(LIMIT)
    }
}

/// Crate-internal: reads the `pub(crate)` field `Alpha::n`.
pub(crate) fn combined(a: &Alpha, b: &Beta) -> u32 {
    a.n + b.0
}

pub fn total(items: &[Box<dyn Public>]) -> u32 {
    items.iter().map(|p| p.code()).sum()
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
