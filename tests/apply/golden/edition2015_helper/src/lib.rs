//! Path dependency of `edition2015_paths` (pulled in there with
//! `extern crate`). Itself an ordinary 2021-edition crate.
//!
//! ```
//! assert_eq!(edition2015_helper::greet("x"), "hello, x");
//! ```

pub fn greet(name: &str) -> String {
    format!("hello, {}", name)
}

/// Counts how many times `tick` was called.
#[derive(Debug, Default)]
pub struct Counter {
    n: u32,
}

impl Counter {
    pub fn new() -> Self {
        Counter::default()
    }

    pub fn tick(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counter_counts() {
        let mut c = Counter::new();
        c.tick();
        assert_eq!(c.tick(), 2);
    }
}
