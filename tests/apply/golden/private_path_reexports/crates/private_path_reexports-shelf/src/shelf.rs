//! Jars on a shelf.

/// A jar of preserves.
#[derive(Clone, Debug, PartialEq)]
pub struct Jar {
    /// What is in it.
    pub fruit: String,
    /// How many of them.
    pub count: u32,
}

impl Jar {
    /// A jar of `count` pieces of `fruit`.
    pub fn new(fruit: &str, count: u32) -> Jar {
        Jar {
            fruit: fruit.to_string(),
            count,
        }
    }

    /// Whether the jar holds anything.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Takes one piece out, if there is one left.
    pub fn take(&mut self) -> Option<String> {
        if self.is_empty() {
            return None;
        }
        self.count -= 1;
        Some(self.fruit.clone())
    }
}

/// The jars of `fruit` among `jars`, fullest first.
pub fn jars_of<'a>(jars: &'a [Jar], fruit: &str) -> Vec<&'a Jar> {
    let mut found: Vec<&Jar> = jars.iter().filter(|jar| jar.fruit == fruit).collect();
    found.sort_by(|a, b| b.count.cmp(&a.count));
    found
}

/// How many pieces the jars hold together.
pub fn total(jars: &[Jar]) -> u32 {
    jars.iter().map(|jar| jar.count).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taking_empties_a_jar() {
        let mut jar = Jar::new("fig", 1);
        assert_eq!(jar.take().as_deref(), Some("fig"));
        assert!(jar.is_empty());
        assert_eq!(jar.take(), None);
    }

    #[test]
    fn fullest_jars_come_first() {
        let jars = [Jar::new("fig", 1), Jar::new("plum", 2), Jar::new("fig", 4)];
        let figs = jars_of(&jars, "fig");
        assert_eq!(figs.iter().map(|jar| jar.count).collect::<Vec<_>>(), [4, 1]);
        assert_eq!(total(&jars), 7);
    }
}
