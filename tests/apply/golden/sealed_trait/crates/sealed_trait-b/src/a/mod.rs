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

impl crate::Public for Alpha {
    fn code(&self) -> u32 {
        self.n + inner::LIMIT
    }
}
