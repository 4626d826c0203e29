//! Writes `$OUT_DIR/generated.rs`, which `src/generated.rs` includes.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let code = "/// Written by build.rs.\npub const BUILD_ANSWER: u32 = 42;\n";
    fs::write(Path::new(&out_dir).join("generated.rs"), code).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=build.rs");
}
