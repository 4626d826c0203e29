//! `crate::plain::target`, loaded from src/plain_target.rs.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Greeting(pub String);

impl Greeting {
    pub fn for_name(name: &str) -> Self {
        Greeting(format!("Hello, {}!", name))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn greets() {
        assert_eq!(super::Greeting::for_name("Ada").0, "Hello, Ada!");
    }
}
