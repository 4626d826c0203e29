//! Service discovery, only with the `discovery` feature.
#![cfg(feature = "discovery")]

/// Wraps a description in brackets.
pub fn describe(text: &str) -> String {
    format!("[{text}]")
}

#[cfg(test)]
mod tests {
    #[test]
    fn describe_brackets() {
        assert_eq!(super::describe("a"), "[a]");
    }
}
