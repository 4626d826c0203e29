//! No dependency at all, but items that exist only with `std` or `verbose`.

/// Always available.
pub fn greeting() -> &'static str {
    "hello"
}

/// Only with `std`.
#[cfg(feature = "std")]
pub fn owned_greeting() -> String {
    greeting().to_string()
}

/// Only with `verbose`.
#[cfg(feature = "verbose")]
pub fn loud_greeting() -> String {
    greeting().to_uppercase()
}

/// How many of the optional greetings exist.
pub fn n_greetings() -> usize {
    let mut count = 1;
    if cfg!(feature = "std") {
        count += 1;
    }
    if cfg!(feature = "verbose") {
        count += 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets() {
        assert_eq!(greeting(), "hello");
        assert!(n_greetings() >= 1);
    }

    #[cfg(feature = "std")]
    #[test]
    fn greets_owned_with_std() {
        assert_eq!(owned_greeting(), "hello");
    }
}
