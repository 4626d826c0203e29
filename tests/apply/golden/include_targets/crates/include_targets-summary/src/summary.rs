//! Uses every module.

/// One line about everything the crate includes.
pub fn line() -> String {
    format!("{} words, magic {}, answer {}", crate::text::count(), crate::binary::magic(), crate::generated::answer())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_line_names_all_three() {
        assert_eq!(super::line(), "3 words, magic MAGC, answer 42");
    }
}
