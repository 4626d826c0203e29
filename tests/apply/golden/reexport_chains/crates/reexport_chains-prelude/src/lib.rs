//! Part of `reexport_chains`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use reexport_chains_tools::*;
#[doc(hidden)]
pub mod engine {
    pub use reexport_chains_tools::engine::*;
}
#[doc(hidden)]
pub mod parts {
    pub use reexport_chains_tools::parts::*;
}
pub mod prelude;
#[doc(hidden)]
pub mod tools {
    pub use reexport_chains_tools::tools::*;
}
