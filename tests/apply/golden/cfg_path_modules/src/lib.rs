//! One module, one file per platform: `#[cfg(..)] #[path = ".."]` twins and
//! `#[cfg_attr(.., path = "..")]`. Every alternative file belongs to the
//! module, whichever platform builds it.
//!
//! ```
//! assert!(cfg_path_modules::sys::separator() == '/' || cfg_path_modules::sys::separator() == '\\');
//! assert_eq!(cfg_path_modules::tools::joined(&["a", "b"]).len(), 3);
//! ```

// The alternative that does not apply on this platform comes first, so an
// analysis that keeps only the first `mod sys;` misses the file rustc reads.
#[cfg(not(unix))]
#[allow(missing_docs)]
pub mod sys {
    pub use cfg_path_modules_sys::sys::*;
}
#[cfg(unix)]
#[allow(missing_docs)]
pub mod sys {
    pub use cfg_path_modules_sys::sys::*;
}

#[allow(missing_docs)]
pub mod os {
    pub use cfg_path_modules_tools::os::*;
}

#[doc = "Uses both platform modules from another module."]
pub mod tools {
    pub use cfg_path_modules_tools::tools::*;
}

// One module, two visibilities: public only with the `expose` feature.
#[cfg(feature = "expose")]
#[doc = "Platform detection; public only with the `expose` feature."]
pub mod detect {
    pub use cfg_path_modules_sys::detect::*;
}
#[cfg(not(feature = "expose"))]
#[doc = "Platform detection; public only with the `expose` feature."]
#[allow(hidden_glob_reexports)]
mod detect {
    pub use cfg_path_modules_sys::detect::*;
}
