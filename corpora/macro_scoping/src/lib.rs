//! `macro_rules!` scoping: textual scope (order of `mod` declarations
//! matters), `#[macro_use]`, `#[macro_export]` with `$crate`, path-based
//! macro imports, and macros that generate items.
//!
//! ```
//! let m = macro_scoping::meters!(2);
//! assert_eq!(m.value(), 2.0);
//! let p = macro_scoping::geometry::Point2::new(3.0, 4.0);
//! assert_eq!(p.norm(), 5.0);
//! ```

// Declared before `#[macro_use] mod macros;`: the textual macros are NOT in
// scope inside `early`, which has to name them by path.
mod early;

#[macro_use]
mod macros;

// Declared after `macros`: `square!` and `point_struct!` are in textual scope.
pub mod geometry;
pub mod registry;
pub mod units;

pub use early::{early_clamp, early_clamp_f};

// Defined here, after the modules above: none of them can use `twice!`
// textually, but `late` (declared below) and the rest of this file can.
macro_rules! twice {
    ($e:expr) => {
        2 * $e
    };
}

mod late;

pub use late::sextuple;

pub fn quadruple(x: i64) -> i64 {
    twice!(twice!(x))
}

#[cfg(test)]
mod tests {
    #[test]
    fn textual_macro_from_crate_root() {
        assert_eq!(super::quadruple(3), 12);
        assert_eq!(super::sextuple(1), 6);
        assert_eq!(twice!(5), 10);
    }
}
