//! Macro definitions. Loaded with `#[macro_use]`, so every `macro_rules!`
//! here stays in textual scope for the rest of `lib.rs` after `mod macros;`.

/// Squares an expression, evaluating it once.
macro_rules! square {
    ($x:expr) => {{
        let v = $x;
        v * v
    }};
}

/// Generates `pub struct $name { pub $field: f64, .. }` plus an inherent impl.
macro_rules! point_struct {
    ($name:ident { $($field:ident),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct $name {
            $(pub $field: f64),+
        }

        impl $name {
            pub fn new($($field: f64),+) -> Self {
                $name { $($field),+ }
            }

            pub fn norm(&self) -> f64 {
                (0.0 $(+ square!(self.$field))+).sqrt()
            }
        }
    };
}

/// Clamps a value into `[lo, hi]`. Also reachable by path as
/// `crate::macros::clamp_to!` through the `pub(crate) use` below.
macro_rules! clamp_to {
    ($v:expr, $lo:expr, $hi:expr) => {{
        let v = $v;
        if v < $lo {
            $lo
        } else if v > $hi {
            $hi
        } else {
            v
        }
    }};
}

pub(crate) use clamp_to;

/// Builds a `units::length::Meters`. Exported at the crate root as
/// `macro_scoping::meters!`, whatever module defines it.
#[macro_export]
macro_rules! meters {
    ($v:expr) => {
        $crate::units::length::Meters::new(($v) as f64)
    };
}
