//! Part of `shadowing_and_locals`, split out by crate-split.
#![allow(unused_imports)]
#[allow(unused_imports)]
pub use shadowing_and_locals_config::*;
#[doc(hidden)]
pub mod config {
    #[allow(unused_imports)]
    pub use shadowing_and_locals_config::config::*;
}
pub mod limits;
pub mod logic;
#[doc(hidden)]
pub mod traits {
    #[allow(unused_imports)]
    pub use shadowing_and_locals_config::traits::*;
}
pub mod types;
