//! Module files that are not where the default rules put them: `#[path]`
//! attributes, inline modules with file children, and `include!`d items.
//!
//! ```
//! use path_attr_and_include::{outer, Engine, GENERATED_VERSION};
//!
//! assert_eq!(GENERATED_VERSION, "1.2.3");
//! let e = Engine::new();
//! assert_eq!(e.hash(b"abc"), e.hash(b"abc"));
//! assert_eq!(outer::inner::checksum(b""), path_attr_and_include::SEED);
//! ```

pub use path_attr_and_include_root::GENERATED_VERSION;
pub use path_attr_and_include_root::SEED;
pub use path_attr_and_include_root::generated_table;
pub use path_attr_and_include_root::lookup;
// Loads src/other_dir/impl_file.rs (not src/imp.rs). That file counts as a
// "mod.rs"-like file: its `mod support;` loads src/other_dir/support.rs.
#[doc = "The module `crate::imp`, loaded through `#[path = \"other_dir/impl_file.rs\"]`."]
#[allow(hidden_glob_reexports)]
mod imp {
    pub use path_attr_and_include_imp::imp::*;
    #[doc = "`crate::imp::support`, found at src/other_dir/support.rs."]
    #[allow(hidden_glob_reexports)]
    mod support {}
}

// src/plain.rs; its `#[path = "plain_target.rs"] mod target;` is relative to
// src/ (the directory of plain.rs), not src/plain/.
#[doc = "An ordinary file module whose child uses `#[path]`. In a non-mod.rs file"]
pub mod plain {
    pub use path_attr_and_include_root::plain::*;
    #[doc = "`crate::plain::target`, loaded from src/plain_target.rs."]
    #[allow(hidden_glob_reexports)]
    mod target {}
}

#[doc = "Inline module whose children live in files under src/outer/."]
pub mod outer {
    pub use path_attr_and_include_root::outer::*;
    #[doc = "`crate::outer::deep`, loaded from src/outer/deep.rs because `mod deep;`"]
    pub mod deep {
        pub use path_attr_and_include_root::outer::deep::*;
    }
    #[allow(missing_docs)]
    pub mod inner {
        pub use path_attr_and_include_root::outer::inner::*;
    }
    #[doc = "`crate::outer::renamed`, loaded via `#[path = \"alt_name.rs\"]` inside the"]
    pub mod renamed {
        pub use path_attr_and_include_root::outer::renamed::*;
    }
}

// Pastes the items of src/generated.rs here, at the crate root.
include!("generated.rs");

pub use imp::Engine;
pub use plain::Greeting;
