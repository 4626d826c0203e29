//! Local bindings and generic parameters whose names collide with crate
//! items. A name-based analysis that ignores scopes finds false references.
//!
//! ```
//! use shadowing_and_locals::{config, logic};
//!
//! assert_eq!(logic::effective_level(), config::config().level);
//! assert_eq!(logic::classify(10), "max");
//! ```

#[allow(missing_docs)]
pub mod config {
    pub use shadowing_and_locals_base::config::*;
}
#[doc = "Constants that are used as patterns in `crate::logic::classify`."]
pub mod limits {
    pub use shadowing_and_locals_base::limits::*;
}
#[doc = "Every function here binds a local name that is also a crate item."]
pub mod logic {
    pub use shadowing_and_locals_base::logic::*;
    pub use shadowing_and_locals_logic::logic::*;
}
#[allow(missing_docs)]
pub mod traits {
    pub use shadowing_and_locals_base::traits::*;
}
#[doc = "`struct T` and free functions whose names are reused as locals elsewhere."]
pub mod types {
    pub use shadowing_and_locals_base::types::*;
    #[allow(missing_docs)]
    #[allow(hidden_glob_reexports)]
    mod t {}
}
