//! Items with restricted visibility, used from `crate::a`, `crate::a::sibling`
//! and `crate::b`.

/// Visible in the whole crate; used by `crate::a` and `crate::b`.
#[doc(hidden)]
pub const LIMIT: u32 = 100;

/// `pub(super)` from `crate::a::inner`: visible in `crate::a` and below
/// (used by `crate::a::Alpha::new` and `crate::a::sibling`).
#[doc(hidden)]
pub fn scale(n: u32) -> u32 {
    n * 2
}

/// Visible only inside `crate::a` (used by `crate::a::sibling`).
pub(in crate::a) struct Token {
    pub(in crate::a) weight: u32,
}

impl Token {
    pub(in crate::a) fn new(weight: u32) -> Self {
        Token { weight: weight.min(LIMIT) }
    }
}
