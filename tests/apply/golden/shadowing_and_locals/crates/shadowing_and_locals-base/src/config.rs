use crate::traits::{Named, Scale};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub level: u32,
    pub name: String,
}

impl Config {
    pub const DEFAULT_LEVEL: u32 = 3;

    pub fn new(name: &str) -> Self {
        Self {
            level: Self::DEFAULT_LEVEL,
            name: name.to_string(),
        }
    }

    pub fn with_level(self, level: u32) -> Self {
        Self { level, ..self }
    }
}

/// The default configuration.
///
/// ```
/// assert_eq!(shadowing_and_locals::config::config().name, "default");
/// ```
pub fn config() -> Config {
    Config::new("default")
}

impl Named for Config {
    fn name(&self) -> String {
        self.name.clone()
    }
}

impl Scale for Config {
    fn scale(&self, factor: u32) -> u32 {
        self.level * factor
    }
}
