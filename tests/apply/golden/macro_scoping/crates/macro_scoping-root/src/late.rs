//! Declared after the `twice!` definition in `lib.rs`, so `twice!` is in
//! textual scope here.

pub fn sextuple(x: i64) -> i64 {
    twice!(x) + twice!(x) + twice!(x)
}
