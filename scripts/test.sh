#!/usr/bin/env bash
# Installs what is missing, then runs every test: host tests (model, data, storage, charts),
# browser tests (wasm-bindgen-test in headless Chromium) and end-to-end tests (Playwright
# driving Debian's Chromium against the release build).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

step "Host tests"
cargo test --locked

step "Browser tests (headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "Release build"
trunk build --release
node scripts/check-size.mjs dist

step "End-to-end tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "All tests passed"
