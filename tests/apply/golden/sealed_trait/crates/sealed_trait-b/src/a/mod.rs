pub use sealed_trait_base::a::*;
#[doc(hidden)]
pub mod inner {
    pub use sealed_trait_base::a::inner::*;
}
#[doc(hidden)]
pub mod sibling {
    pub use sealed_trait_base::a::sibling::*;
}

pub use self::sibling::token_weight;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alpha {
    /// Readable anywhere in the crate (used by `crate::b::combined`).
    pub(crate) n: u32,
}

impl Alpha {
    pub fn new(n: u32) -> Self {
        // `inner::scale` is `pub(super)`: visible here in `crate::a`.
        Alpha { n: inner::scale(n) }
    }
}

impl crate::Public for Alpha {
    fn code(&self) -> u32 {
        self.n + inner::LIMIT
    }
}
