#!/usr/bin/env bash
# Every benchmark, printing figures (not part of scripts/test.sh, so CI stays fast):
#   1. first-load size (gzip -9) of the release build beside a bare leptos app built with the
#      same profile and tools (bench/bare-leptos), by kind, and the app's code/data split;
#   2. business-case recompute time, natively (examples/business_case_bench.rs) and in
#      headless Chromium (scripts/bench-business-case-browser.mjs);
#   3. the KPI engine on a generated patient file, natively and in the browser, against pandas
#      on the same file (scripts/bench-kpi.sh).
# Usage: scripts/bench.sh [rows]   (KPI file rows, default 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
rows="${1:-1000000}"
root=$PWD

echo "== Release build"
trunk build --release
echo
echo "== Bare leptos app, same release profile (bench/bare-leptos)"
(cd bench/bare-leptos && CARGO_TARGET_DIR="$root/target/bare-leptos" trunk build --release --dist "$root/target/bare-leptos/dist")

echo
echo "== 1. First-load size"
node scripts/bench-size.mjs dist target/bare-leptos/dist | tee target/bench-size.txt

echo
echo "== 2. Business-case recompute, native (cargo run --profile native-bench --example business_case_bench)"
cargo run --quiet --locked --profile native-bench --example business_case_bench | tee target/bench-bc-native.txt
echo
echo "== 2. Business-case recompute, in the browser (release build, headless Chromium)"
node scripts/bench-business-case-browser.mjs | tee target/bench-bc-browser.txt

echo
echo "== 3. KPI engine against pandas"
scripts/bench-kpi.sh "$rows"

echo
echo "== Summary"
awk '/^FIRST_LOAD_BYTES/ {a=$2} /^BARE_LEPTOS_BYTES/ {b=$2} END {
  printf "first load %.0f KiB gzip; bare leptos %.0f KiB; the app adds %.0f KiB\n", a/1024, b/1024, (a-b)/1024 }' target/bench-size.txt
n=$(awk '/^NATIVE_PAGE_RECOMPUTE_MS/ {print $2}' target/bench-bc-native.txt)
b=$(awk '/^BROWSER_PAGE_RECOMPUTE_MS/ {print $2}' target/bench-bc-browser.txt)
echo "business-case page recompute: native model ${n} ms; in the browser, input to new figures ${b} ms"
