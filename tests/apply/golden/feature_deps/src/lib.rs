//! Optional dependencies switched on by features, and code gated by
//! `#[cfg(feature = "..")]` in every module.
//!
//! ```
//! let names = feature_deps::enabled_features();
//! assert_eq!(names.contains(&"std"), cfg!(feature = "std"));
//! ```

pub use feature_deps_errors::enabled_features;
#[doc = "Uses the optional `feature_deps_alt`, which only `alt = [\"dep:...\"]`"]
pub mod checksum {
    pub use feature_deps_checksum::checksum::*;
}
#[doc = "Uses `fdep-core` (a renamed, non-optional dependency with default"]
pub mod codec {
    pub use feature_deps_plain::codec::*;
}
#[doc = "Uses the optional `feature_deps_opt` (enabled by `std` through its"]
pub mod errors {
    pub use feature_deps_errors::errors::*;
}
#[doc = "No dependency at all, but items that exist only with `std` or `verbose`."]
pub mod plain {
    pub use feature_deps_plain::plain::*;
}
