//! A 2015-edition crate. In 2015, `use` paths start at the crate root, a
//! leading `::` also means the crate root, and other crates must be brought
//! in with `extern crate`.
//!
//! ```
//! extern crate edition2015_paths;
//!
//! use edition2015_paths::shapes::Square;
//!
//! let sq = Square::new(3);
//! assert_eq!(edition2015_paths::summary(&sq), "hello, report: side 3, area 9, doubled 6, tick 1");
//! ```

// Renamed: everywhere in this crate the helper crate is `helper`
// (`use helper::..` or `::helper::..`), never `edition2015_helper`.
extern crate edition2015_helper as helper;

pub mod report;
pub mod shapes;
mod util;

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
