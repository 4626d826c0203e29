//! Only compiled with `--features extra`.

use crate::platform;

/// Upper-cases and adds an exclamation mark.
///
/// ```
/// assert_eq!(cfg_test_modules::extra::shout("ok"), "OK!");
/// ```
pub fn shout(s: &str) -> String {
    format!("{}!", s.to_uppercase())
}

pub fn shout_path(a: &str, b: &str) -> String {
    shout(&platform::join(a, b))
}

#[cfg(test)]
mod tests {
    #[test]
    fn shout_path_uses_platform_join() {
        assert!(super::shout_path("a", "b").ends_with('!'));
    }
}
