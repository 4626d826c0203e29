//! Items written by the build script into `OUT_DIR`.

include!(concat!(env!("OUT_DIR"), "/generated.rs"));

/// The answer the build script wrote.
pub fn answer() -> u32 {
    BUILD_ANSWER
}
