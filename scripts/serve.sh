#!/usr/bin/env bash
# Builds the release app and serves the whole portal and its e-service API on
# http://127.0.0.1:8080 (override with ADDR=127.0.0.1:9000), with the database in data/
# (override with DATA=dir) and the demo lookups loaded. Installs what is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
build_app
build_server
DATA="${DATA:-$ROOT/data}"
"$SERVER_BIN" demo-data --data "$DATA"
say "portal: http://${ADDR:-127.0.0.1:8080}/  API: http://${ADDR:-127.0.0.1:8080}/api/v1/  (Ctrl-C stops it)"
exec "$SERVER_BIN" --dist "$ROOT/dist" --data "$DATA" --addr "${ADDR:-127.0.0.1:8080}"
