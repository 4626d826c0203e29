//! Greetings.

/// Greets `name`.
pub fn greeting(name: &str) -> String {
    format!("hello, {name}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn greeting_is_polite() {
        assert!(super::greeting("a").starts_with("hello"));
    }
}
