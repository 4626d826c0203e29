//! Part of `glob_reexports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use glob_reexports_consumer::*;
#[doc(hidden)]
pub mod a {
    pub use glob_reexports_consumer::a::*;
    #[doc(hidden)]
    pub mod b {
        pub use glob_reexports_consumer::a::b::*;
    }
}
pub mod colors;

/// A glob re-export: everything public in `a::b`, plus one enum.
pub mod prelude {
    pub use crate::a::b::*;
    pub use crate::colors::Color;
}
