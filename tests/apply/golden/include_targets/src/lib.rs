//! Files that code pulls in with `include_str!`, `include_bytes!` and
//! `include!`, relative to the including file or to `OUT_DIR`; and text that
//! only looks like an include.
//!
//! ```
//! assert_eq!(include_targets::summary::line(), "3 words, magic MAGC, answer 42");
//! ```

#[doc = "Reads `assets/magic.bin`, outside `src/`, relative to this file."]
pub mod binary {
    pub use include_targets_summary::binary::*;
}
#[doc = "Items written by the build script into `OUT_DIR`."]
pub mod generated {
    pub use include_targets_summary::generated::*;
}
#[doc = "Uses every module."]
pub mod summary {
    pub use include_targets_summary::summary::*;
}
#[doc = "Reads `src/text/data/words.txt`, a path relative to this file."]
pub mod text {
    pub use include_targets_text::text::*;
    #[doc = "Statistics over the word list."]
    pub mod stats {
        pub use include_targets_text::text::stats::*;
    }
}
