//! A to-do list model: parsing, data types and rendering.
//!
//! ```
//! let list = core_lib::parse::parse_list("[x] write docs\n[ ] ship").unwrap();
//! assert_eq!(list.pending().count(), 1);
//! ```

#[allow(missing_docs)]
pub mod model {
    pub use core_lib_model_task::model::*;
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod task {}
}
#[doc = "Parses lines of the form `[ ] title` / `[x] title`."]
pub mod parse {
    pub use core_lib_model_task::parse::*;
}
#[doc = "Renders a list back to text; the `pretty` feature adds check marks."]
pub mod render {
    pub use core_lib_render::render::*;
}

pub use model::{Task, TodoList};
