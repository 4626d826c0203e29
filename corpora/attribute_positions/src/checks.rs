//! Checks that use the kinds and the C functions.
#![allow(unused_imports)]

use crate::r#type::Kind;
use crate::r#type;

/// `kind magnitude`.
pub fn describe(kind: Kind, value: i32) -> String {
    format!("{} {}", kind.name(), crate::twice_a::twice(crate::ffi::magnitude(value)) / 2)
}

/// Describes every kind with the same value.
pub fn describe_all(value: i32) -> Vec<String> {
    r#type::Kind::all().iter().map(|kind| describe(*kind, value)).collect()
}

/// The wide magnitude, straight from the C declaration.
pub fn wide(value: i64) -> i64 {
    // SAFETY: `labs` has no preconditions for values other than `i64::MIN`.
    unsafe { crate::ffi::labs(value.max(i64::MIN + 1)) }
}

/// Whether a value's magnitude fits a kind: round things are even.
pub fn fits(kind: Kind, value: i32) -> bool {
    match kind {
        Kind::Round => crate::ffi::magnitude(value) % 2 == 0,
        Kind::Square => crate::ffi::magnitude(value) % 2 == 1,
        Kind::Other => true,
    }
}

/// The first kind a value fits, starting from `start`.
pub fn first_fit(start: Kind, value: i32) -> Kind {
    let mut kind = start;
    while !fits(kind, value) {
        kind = kind.next();
    }
    kind
}

/// How many kinds a value fits.
pub fn fit_count(value: i32) -> usize {
    Kind::all().iter().filter(|kind| fits(**kind, value)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_uses_the_magnitude() {
        assert_eq!(describe(Kind::Square, -2), "square 2");
        assert_eq!(describe_all(1).len(), 3);
        assert_eq!(wide(-5), 5);
        assert_eq!(first_fit(Kind::Round, 3), Kind::Square);
        assert_eq!(fit_count(4), 2);
    }
}
