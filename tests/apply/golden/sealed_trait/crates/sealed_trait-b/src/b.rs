//! Uses `pub(crate)` items of the sibling module `crate::a`.

pub use sealed_trait_base::b::*;

use crate::a::inner::LIMIT;
use crate::a::Alpha;
use crate::Public;

impl Public for Beta {
    fn code(&self) -> u32 {
        self.0.min(LIMIT)
    }
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
