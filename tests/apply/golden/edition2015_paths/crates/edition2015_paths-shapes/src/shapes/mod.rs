//! `use self::..` re-export and a 2015 crate-relative `use`.

pub mod square;

pub use self::square::Square;

// 2015: this path is relative to the crate root, i.e. `crate::util::double`.
use util::double;

pub fn perimeter(sq: &Square) -> u32 {
    double(double(sq.side))
}
