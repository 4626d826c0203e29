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

extern crate edition2015_paths_report;
extern crate edition2015_paths_shapes;
pub use edition2015_paths_report::banner;
// Renamed: everywhere in this crate the helper crate is `helper`
// (`use helper::..` or `::helper::..`), never `edition2015_helper`.
extern crate edition2015_helper as helper;

#[doc = "Mixes every 2015 path form."]
pub mod report {
    pub use edition2015_paths_report::report::*;
}
#[doc = "`use self::..` re-export and a 2015 crate-relative `use`."]
pub mod shapes {
    pub use edition2015_paths_shapes::shapes::*;
    #[allow(missing_docs)]
    pub mod square {
        pub use edition2015_paths_shapes::shapes::square::*;
    }
}
#[doc = "Crate-private helpers. `async` and `try` are ordinary identifiers in the"]
#[allow(hidden_glob_reexports)]
mod util {}

pub use report::summary;
