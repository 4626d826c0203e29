//! Uses `pub(crate)` items of the sibling module `crate::a`.

use crate::a::inner::LIMIT;
use crate::Public;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Beta(#[doc(hidden)] pub u32);

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

pub fn total(items: &[Box<dyn Public>]) -> u32 {
    items.iter().map(|p| p.code()).sum()
}
