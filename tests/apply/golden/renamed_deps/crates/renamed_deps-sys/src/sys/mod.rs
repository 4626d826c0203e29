//! Platform conventions: the Unix version comes from a target-specific
//! dependency, other platforms use a local fallback.

#[cfg(unix)]
#[doc(hidden)]
pub mod unix;
#[cfg(unix)]
use self::unix as imp;

#[cfg(not(unix))]
#[doc(hidden)]
pub mod fallback;
#[cfg(not(unix))]
use self::fallback as imp;

pub fn is_hidden(name: &str) -> bool {
    imp::is_hidden(name)
}

pub fn list_separator() -> char {
    imp::list_separator()
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_names_are_visible() {
        assert!(!super::is_hidden("readme"));
        assert_ne!(super::list_separator(), '/');
    }
}
