//! Shapes and a scene of them, named by users through the module `graph`.
//!
//! ```
//! use partial_reexports::graph::{Circle, Scene};
//! let scene = Scene::of(vec![Circle::new(1.0), Circle::new(2.0)]);
//! assert_eq!(scene.len(), 2);
//! ```

pub mod measure;
pub mod scene;
pub mod shapes;

/// The names users reach the shapes by: one `use` for all of them.
pub mod graph {
    pub use crate::{
        scene::Scene,
        shapes::{area, Circle, DefaultUnit},
    };
}
