//! Greetings, through the renamed helper crate and `alloc`.

use alloc::string::String;

/// A greeting for `name`.
pub fn greeting(name: &str) -> String {
    helper::greet(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_by_name() {
        assert_eq!(greeting("bo"), "hello, bo");
    }
}
