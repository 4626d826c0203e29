//! Part of `cfg_path_modules`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
// The alternative that does not apply on this platform comes first, so an
// analysis that keeps only the first `mod sys;` misses the file rustc reads.
#[cfg(not(unix))]
#[path = "sys/other.rs"]
pub mod sys;
#[cfg(unix)]
#[path = "sys/unix.rs"]
pub mod sys;

// One module, two visibilities: public only with the `expose` feature.
#[cfg(feature = "expose")]
pub mod detect;
#[cfg(not(feature = "expose"))]
#[doc(hidden)]
pub mod detect;
