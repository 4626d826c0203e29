//! Declared before `mod macros;` in `lib.rs`, so `clamp_to!` is out of
//! textual scope here. A bare `clamp_to!(..)` without the `use` below would
//! not compile; the path-based forms do.

use crate::macros::clamp_to;

pub fn early_clamp(v: i32) -> i32 {
    clamp_to!(v, 0, 10)
}

pub fn early_clamp_f(v: f64) -> f64 {
    crate::macros::clamp_to!(v, 0.0, 1.0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn clamps() {
        assert_eq!(super::early_clamp(-5), 0);
        assert_eq!(super::early_clamp(50), 10);
        assert_eq!(super::early_clamp(7), 7);
        assert_eq!(super::early_clamp_f(0.5), 0.5);
    }
}
