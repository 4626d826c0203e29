//! Part of `edition2015_paths`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
extern crate edition2015_paths_shapes;
pub use edition2015_paths_shapes::*;
// Renamed: everywhere in this crate the helper crate is `helper`
// (`use helper::..` or `::helper::..`), never `edition2015_helper`.
extern crate edition2015_helper as helper;

pub mod report;
#[doc(hidden)]
pub mod shapes {
    pub use edition2015_paths_shapes::shapes::*;
}
#[doc(hidden)]
pub mod util {
    pub use edition2015_paths_shapes::util::*;
}

pub use report::summary;

/// Crate-root function; in 2015 `::banner()` and `use banner;` both name it.
pub fn banner() -> String {
    helper::greet("banner")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banner_uses_renamed_extern_crate() {
        assert_eq!(banner(), "hello, banner");
    }
}
