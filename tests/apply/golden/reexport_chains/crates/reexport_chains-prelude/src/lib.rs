//! Part of `reexport_chains`, split out by crate-split.
#![allow(unused_imports)]
#![allow(rustdoc::broken_intra_doc_links)]
#[allow(unused_imports)]
pub use reexport_chains_tools::*;
#[doc(hidden)]
pub mod engine {
    #[allow(unused_imports)]
    pub use reexport_chains_tools::engine::*;
}
#[doc(hidden)]
pub mod parts {
    #[allow(unused_imports)]
    pub use reexport_chains_tools::parts::*;
}
pub mod prelude;
#[doc(hidden)]
pub mod tools {
    #[allow(unused_imports)]
    pub use reexport_chains_tools::tools::*;
}
