pub mod inner;
#[doc(hidden)]
pub mod sibling;

pub use self::sibling::token_weight;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alpha {
    /// Readable anywhere in the crate (used by `crate::b::combined`).
    #[doc(hidden)]
    pub n: u32,
}

impl Alpha {
    pub fn new(n: u32) -> Self {
        // `inner::scale` is `pub(super)`: visible here in `crate::a`.
        Alpha { n: inner::scale(n) }
    }
}
