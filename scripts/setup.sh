#!/usr/bin/env bash
# Installs what building and testing FLS Toolkit need, skipping whatever is already there.
# Everything comes from package registries (crates.io, npm, Debian); trunk is pinned to
# tool versions installed here, so it never downloads anything itself.
#   scripts/setup.sh          build tools only (serving the app)
#   scripts/setup.sh --test   also Chromium and its driver (browser and end-to-end tests)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  step "Installing trunk $TRUNK_VERSION (a few minutes, once)"
  # Thin LTO and more codegen units: a faster build of the tool itself.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if [ -z "$BINDGEN_VERSION" ]; then echo "Cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $BINDGEN_VERSION\$"; then
  step "Installing wasm-bindgen-cli $BINDGEN_VERSION (a few minutes, once)"
  # --locked fails for this version (a locked dependency left the registry); the fallback
  # resolver keeps dependencies to versions this rustc supports.
  CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages from package-lock.json (wasm-opt, Playwright, axe-core)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--test" ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  step "Installing Chromium and ChromeDriver from Debian"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver
fi
