#!/usr/bin/env bash
# KPI benchmark (not part of scripts/test.sh): generates a 1,000,000-row patient file, then
# prints the throughput of the Rust engine natively, of the release build in headless
# Chromium, and of the same 11 KPIs computed with pandas, with the ratios.
# Usage: scripts/bench-kpi.sh [rows]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
rows="${1:-1000000}"
out=target/kpi-bench
mkdir -p "$out"
file="$out/patients-$rows.csv"

echo "== Native (cargo run --profile native-bench --example kpi_bench)"
cargo run --quiet --locked --profile native-bench --example kpi_bench -- "$rows" "$file" | tee "$out/native.txt"

echo
echo "== In the browser (release build, headless Chromium)"
if [ ! -f dist/index.html ] || [ -n "$(find src style index.html -newer dist/index.html -print -quit)" ]; then
  trunk build --release
fi
node scripts/bench-kpi-browser.mjs "$file" | tee "$out/browser.txt"

echo
echo "== pandas"
python3 -c "import pandas, pyarrow" 2>/dev/null || python3 -m pip install --quiet pandas pyarrow
python3 scripts/kpi_pandas.py "$file" 300000 | tee "$out/pandas.txt"

echo
echo "== Same KPIs?"
if diff <(grep '^kpi ' "$out/native.txt") <(grep '^kpi ' "$out/pandas.txt"); then
  echo "the engine and pandas agree on all 11 KPIs (percent, fraction, pending)"
else
  echo "the engine and pandas differ on the lines above"
fi

native=$(awk '/^NATIVE_SECONDS/ {print $2}' "$out/native.txt")
browser=$(awk '/^BROWSER_SECONDS/ {print $2}' "$out/browser.txt")
pandas=$(awk '/^PANDAS_SECONDS/ {print $2}' "$out/pandas.txt")
echo
echo "== Summary for $rows rows (read + 11 KPIs)"
awk -v r="$rows" -v n="$native" -v b="$browser" -v p="$pandas" 'BEGIN {
  printf "native engine: %7.3f s  %12.0f rows/s\n", n, r / n
  printf "browser:       %7.3f s  %12.0f rows/s  (whole page: read in chunks, KPIs, breakdowns, charts, worklist)\n", b, r / b
  printf "pandas:        %7.3f s  %12.0f rows/s\n", p, r / p
  printf "native ÷ pandas time: %.2f (target at most 0.5)   browser ÷ pandas time: %.2f\n", n / p, b / p
}'
rm -f "$file"
