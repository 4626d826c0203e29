#!/usr/bin/env bash
# Installs the Debian packages that hold the real crates crate-split is tested
# on (indexmap, petgraph, quick-xml, toml) together with every crate their
# Cargo.lock needs, so that each builds and tests offline from
# /usr/share/cargo/registry. Idempotent: does nothing when all are present.
set -euo pipefail

PACKAGES=(
  # indexmap-1.9.2
  librust-arbitrary-dev librust-autocfg-dev librust-byteorder-dev librust-cfg-if-dev
  librust-crossbeam-channel-dev librust-crossbeam-deque-dev librust-crossbeam-epoch-dev
  librust-crossbeam-utils-dev librust-either-dev librust-fnv-dev librust-fxhash-dev
  librust-getrandom-dev librust-hashbrown-dev librust-indexmap-dev librust-itertools-dev
  librust-lazy-static-dev librust-libc-dev librust-memoffset-dev librust-num-cpus-dev
  librust-ppv-lite86-dev librust-proc-macro2-dev librust-quickcheck-dev librust-quote-dev
  librust-rand-chacha-dev librust-rand-core-dev librust-rand-dev librust-rayon-core-dev
  librust-rayon-dev librust-scopeguard-dev librust-serde-derive-dev librust-serde-dev
  librust-syn-dev librust-unicode-ident-dev
  # petgraph-0.6.2 (beyond the above)
  librust-bincode-dev librust-fixedbitset-dev librust-petgraph-dev
  # quick-xml-0.26.0 (beyond the above)
  librust-ahash-dev librust-aho-corasick-dev librust-atty-dev librust-bitflags-dev
  librust-bstr-dev librust-bumpalo-dev librust-bytes-dev librust-cast-dev librust-clap-2-dev
  librust-criterion-dev librust-criterion-plot-dev librust-csv-core-dev librust-csv-dev
  librust-ctor-dev librust-diff-dev librust-encoding-rs-dev librust-half-dev librust-itoa-dev
  librust-js-sys-dev librust-log-dev librust-memchr-dev librust-num-traits-dev
  librust-once-cell-dev librust-oorandom-dev librust-output-vt100-dev
  librust-pin-project-lite-dev librust-plotters-backend-dev librust-plotters-dev
  librust-plotters-svg-dev librust-pretty-assertions-dev librust-quick-xml-dev
  librust-regex-automata-dev librust-regex-dev librust-regex-syntax-dev librust-ryu-dev
  librust-same-file-dev librust-serde-cbor-dev librust-serde-json-dev librust-smawk-dev
  librust-textwrap-dev librust-tinytemplate-dev librust-tokio-dev librust-tokio-macros-dev
  librust-unicode-linebreak-dev librust-unicode-width-dev librust-version-check-dev
  librust-walkdir-dev librust-wasm-bindgen-backend-dev librust-wasm-bindgen-dev
  librust-wasm-bindgen-macro-dev librust-wasm-bindgen-macro-support-dev
  librust-wasm-bindgen-shared-dev librust-web-sys-dev librust-winapi-dev
  librust-winapi-i686-pc-windows-gnu-dev librust-winapi-util-dev
  librust-winapi-x86-64-pc-windows-gnu-dev librust-yansi-dev
  # toml-0.5.11 (beyond the above)
  librust-toml-dev
)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing ${#missing[@]} Debian crate packages" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
