//! Text and number helpers; `text` declares modules for a platform and a
//! feature whose files this package does not ship.
//!
//! ```
//! assert_eq!(cfg_missing_module_files::text::shout("hi"), "HI!");
//! ```

#[doc = "Number helpers."]
pub mod numbers {
    pub use cfg_missing_module_files_numbers::numbers::*;
}
#[doc = "Text helpers."]
pub mod text {
    pub use cfg_missing_module_files_text::text::*;
    #[doc = "Styling, with a platform module whose file is not shipped either."]
    pub mod style {
        pub use cfg_missing_module_files_text::text::style::*;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_and_numbers_work_together() {
        let total = crate::numbers::sum(&[1, 2, 3]);
        assert_eq!(crate::text::label(total), "total: 6");
    }
}
