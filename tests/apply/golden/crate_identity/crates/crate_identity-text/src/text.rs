//! Text helpers that know nothing about tags: an independent part of the
//! crate, so the split keeps at least two member crates after the others
//! are merged.

/// Turns `some name` into `SomeName`, e.g. a tag's name into a type name.
///
/// ```
/// use crate_identity::text::camel_case;
///
/// // A doc test may name anything of the crate, also `tags`, which `text`
/// // never uses: split, `text` can only show it by reaching the facade.
/// let tag = crate_identity::tags::make("font size");
/// assert_eq!(camel_case(tag.name()), "FontSize");
/// ```
pub fn camel_case(text: &str) -> String {
    let mut result = String::with_capacity(text.len());
    let mut upper = true;
    for character in text.chars() {
        if character.is_whitespace() || character == '_' || character == '-' {
            upper = true;
        } else if upper {
            result.extend(character.to_uppercase());
            upper = false;
        } else {
            result.push(character);
        }
    }
    result
}

/// Turns `SomeName` into `some_name`.
pub fn snake_case(text: &str) -> String {
    let mut result = String::with_capacity(text.len() + 4);
    for (index, character) in text.chars().enumerate() {
        if character.is_uppercase() {
            if index > 0 {
                result.push('_');
            }
            result.extend(character.to_lowercase());
        } else {
            result.push(character);
        }
    }
    result
}

/// Cuts `text` to at most `width` characters, ending in `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width.saturating_sub(1)).collect();
    kept + "…"
}

/// Counts the words of `text`.
///
/// ```
/// assert_eq!(crate_identity::text::word_count("größe und farbe"), 3);
/// ```
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_round_trip() {
        assert_eq!(camel_case("tag name"), "TagName");
        assert_eq!(snake_case("TagName"), "tag_name");
    }

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate("größe", 3), "gr…");
        assert_eq!(truncate("abc", 3), "abc");
    }
}
