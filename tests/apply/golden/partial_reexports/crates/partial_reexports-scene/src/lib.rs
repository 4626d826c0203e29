//! Part of `partial_reexports`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use partial_reexports_measure::*;
#[doc(hidden)]
pub mod measure {
    pub use partial_reexports_measure::measure::*;
}
pub mod scene;
#[doc(hidden)]
pub mod shapes {
    pub use partial_reexports_measure::shapes::*;
}

/// The names users reach the shapes by: one `use` for all of them.
pub mod graph {
    pub use partial_reexports_measure::graph::*;

    pub use crate::{
        scene::Scene,
        shapes::{area, Circle, DefaultUnit},
    };
}
