//! Uses both platform modules from another module.

/// The parts joined with the platform's separator.
pub fn joined(parts: &[&str]) -> String {
    let separator = crate::sys::separator().to_string();
    parts.join(&separator)
}

/// The family, as both modules say it.
pub fn family() -> (&'static str, &'static str) {
    (crate::sys::family(), crate::os::family())
}

#[cfg(test)]
mod tests {
    #[test]
    fn join_uses_the_separator() {
        assert_eq!(super::joined(&["x", "y"]), format!("x{}y", crate::sys::separator()));
        assert_eq!(super::family().0, super::family().1);
    }
}
