//! Labels for jars: a private module, reached as `shelf::Label`.

use crate::shelf::Jar;

/// The label written on a jar.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    text: String,
}

impl Label {
    /// The label of `jar`: its fruit and count.
    pub fn for_jar(jar: &Jar) -> Label {
        Label {
            text: format!("{} x{}", jar.fruit, jar.count),
        }
    }

    /// The label's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the label still matches what the jar holds.
    pub fn matches(&self, jar: &Jar) -> bool {
        *self == Label::for_jar(jar)
    }
}

/// Labels for every jar, in shelf order.
pub fn label_all(jars: &[Jar]) -> Vec<Label> {
    jars.iter().map(Label::for_jar).collect()
}

/// The jars whose label no longer matches them.
pub fn relabel_needed<'a>(jars: &'a [Jar], labels: &[Label]) -> Vec<&'a Jar> {
    jars.iter()
        .zip(labels)
        .filter(|(jar, label)| !label.matches(jar))
        .map(|(jar, _)| jar)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_goes_stale_when_the_jar_changes() {
        let mut jars = vec![Jar::new("plum", 2), Jar::new("fig", 1)];
        let labels = label_all(&jars);
        assert!(relabel_needed(&jars, &labels).is_empty());
        jars[0].take();
        assert_eq!(relabel_needed(&jars, &labels), [&jars[0]]);
    }
}
