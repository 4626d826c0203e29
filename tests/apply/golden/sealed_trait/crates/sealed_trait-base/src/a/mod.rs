pub mod inner;
#[doc(hidden)]
pub mod sibling;

pub use self::sibling::token_weight;
