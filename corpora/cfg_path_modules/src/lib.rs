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
#[path = "sys/other.rs"]
pub mod sys;
#[cfg(unix)]
#[path = "sys/unix.rs"]
pub mod sys;

#[cfg_attr(not(unix), path = "os/other.rs")]
#[cfg_attr(unix, path = "os/unix.rs")]
pub mod os;

pub mod tools;

// One module, two visibilities: public only with the `expose` feature.
#[cfg(feature = "expose")]
pub mod detect;
#[cfg(not(feature = "expose"))]
mod detect;

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
