#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on http://127.0.0.1:8080
# (set PORT to change the port). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
exec node scripts/static-server.mjs --dir dist --host 127.0.0.1 --port "${PORT:-8080}"
