//! Part of `macro_scoping`, split out by crate-split.
#![allow(rustdoc::broken_intra_doc_links)]
// Defined here, after the modules above: none of them can use `twice!`
// textually, but `late` (declared below) and the rest of this file can.
macro_rules! twice {
    ($e:expr) => {
        2 * $e
    };
}

#[doc(hidden)]
pub mod late;

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
