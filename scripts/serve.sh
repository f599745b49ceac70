#!/usr/bin/env bash
# Builds the release app and serves the whole portal on http://127.0.0.1:8080
# (override with ADDR=127.0.0.1:9000). Installs what is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
build_app
build_server
say "portal: http://${ADDR:-127.0.0.1:8080}/  (Ctrl-C stops it)"
exec "$SERVER_BIN" --dist "$ROOT/dist" --addr "${ADDR:-127.0.0.1:8080}"
