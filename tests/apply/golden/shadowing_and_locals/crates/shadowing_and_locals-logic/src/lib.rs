//! Part of `shadowing_and_locals`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[allow(unused_imports)]
pub use shadowing_and_locals_base::*;
#[doc(hidden)]
pub mod config {
    #[allow(unused_imports)]
    pub use shadowing_and_locals_base::config::*;
}
#[doc(hidden)]
pub mod limits {
    #[allow(unused_imports)]
    pub use shadowing_and_locals_base::limits::*;
}
pub mod logic;
#[doc(hidden)]
pub mod traits {
    #[allow(unused_imports)]
    pub use shadowing_and_locals_base::traits::*;
}
#[doc(hidden)]
pub mod types {
    #[allow(unused_imports)]
    pub use shadowing_and_locals_base::types::*;
}
