//! Part of `cfg_path_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
pub use cfg_path_modules_sys::*;
// The alternative that does not apply on this platform comes first, so an
// analysis that keeps only the first `mod sys;` misses the file rustc reads.
#[cfg(not(unix))]
#[doc(hidden)]
pub mod sys {
    pub use cfg_path_modules_sys::sys::*;
}
#[cfg(unix)]
#[doc(hidden)]
pub mod sys {
    pub use cfg_path_modules_sys::sys::*;
}

#[cfg_attr(not(unix), path = "os/other.rs")]
#[cfg_attr(unix, path = "os/unix.rs")]
pub mod os;

pub mod tools;

// One module, two visibilities: public only with the `expose` feature.
#[cfg(feature = "expose")]
#[doc(hidden)]
pub mod detect {
    pub use cfg_path_modules_sys::detect::*;
}
#[cfg(not(feature = "expose"))]
#[doc(hidden)]
pub mod detect {
    pub use cfg_path_modules_sys::detect::*;
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_platform_modules_agree() {
        assert_eq!(crate::os::family(), crate::sys::family());
    }

    #[test]
    fn detection_sees_the_platform() {
        assert_eq!(crate::detect::is_unix(), cfg!(unix));
    }
}
