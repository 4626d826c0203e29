//! Shapes and a scene of them, named by users through the module `graph`.
//!
//! ```
//! use partial_reexports::graph::{Circle, Scene};
//! let scene = Scene::of(vec![Circle::new(1.0), Circle::new(2.0)]);
//! assert_eq!(scene.len(), 2);
//! ```

#[doc = "Totals over circles, written against the names of `graph`."]
pub mod measure {
    pub use partial_reexports_measure::measure::*;
}
#[doc = "A scene: circles with their measures."]
pub mod scene {
    pub use partial_reexports_scene::scene::*;
}
#[doc = "Circles and their area."]
pub mod shapes {
    pub use partial_reexports_measure::shapes::*;
}

#[doc = "The names users reach the shapes by: one `use` for all of them."]
pub mod graph {
    pub use partial_reexports_scene::graph::*;
}
