//! The rounding helpers: each is written inside an `inline_items!` call.

/// How a value was rounded.
#[derive(Debug, PartialEq, Eq)]
pub enum Mode {
    /// Down to the integer below.
    Down,
    /// Up to the integer above.
    Up,
}

inline_items! {
    /// The nearest integer, ties away from zero.
    pub(crate) fn nearest(value: f64) -> i64 {
        let below = value.floor();
        if value - below >= half() { below as i64 + 1 } else { below as i64 }
    }
}

inline_items! {
    /// Where ties go.
    pub(crate) fn half() -> f64 {
        0.5
    }
}

inline_items! {
    /// Which way `value` is rounded.
    pub(crate) fn mode_of(value: f64) -> Mode {
        if value - value.floor() >= half() { Mode::Up } else { Mode::Down }
    }
}

inline_items! {
    /// Whether `value` lies halfway between two integers; only its own
    /// module's parent names it.
    pub(crate) fn is_tie(value: f64) -> bool {
        value - value.floor() == half()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ties_go_up() {
        assert_eq!(super::nearest(2.5), 3);
        assert_eq!(super::mode_of(1.25), super::Mode::Down);
    }
}
