//! Uses `pub(crate)` items of the sibling module `crate::a`.

use crate::a::Alpha;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Beta(#[doc(hidden)] pub u32);

impl Beta {
    pub fn new(n: u32) -> Self {
        Beta(n)
    }
}

/// Crate-internal: reads the `pub(crate)` field `Alpha::n`.
#[doc(hidden)]
pub fn combined(a: &Alpha, b: &Beta) -> u32 {
    a.n + b.0
}
