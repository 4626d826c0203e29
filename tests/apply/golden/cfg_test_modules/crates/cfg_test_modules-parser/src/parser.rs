//! A tiny `key = value` parser with an inline test module.

/// Splits `key = value` into trimmed parts.
pub fn parse_pair(line: &str) -> Option<(String, String)> {
    let (k, v) = line.split_once('=')?;
    let (k, v) = (k.trim(), v.trim());
    if k.is_empty() {
        None
    } else {
        Some((k.to_string(), v.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample_lines;

    #[test]
    fn trims_whitespace() {
        let parsed: Vec<_> = sample_lines().into_iter().filter_map(parse_pair).collect();
        assert_eq!(parsed[2], ("c".to_string(), "three".to_string()));
    }

    #[test]
    fn rejects_empty_key() {
        assert_eq!(parse_pair(" = x"), None);
        assert_eq!(parse_pair("no equals sign"), None);
    }
}
