#!/usr/bin/env bash
# Builds the release app and serves the whole portal and its e-service API on
# http://127.0.0.1:8080 (override with ADDR=127.0.0.1:9000), with the database in data/
# (override with DATA=dir) and the demo lookups loaded. Also serves a partner's demo page
# with the widgets on http://127.0.0.1:8081 (another origin, on the portal's partner list;
# override with DEMO_PORT=...). Installs what is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
build_app
build_server
DATA="${DATA:-$ROOT/data}"
"$SERVER_BIN" demo-data --data "$DATA"
ADDR="${ADDR:-127.0.0.1:8080}"
DEMO_PORT="${DEMO_PORT:-8081}"
node "$ROOT/end2end/partner-demo/serve.mjs" "$DEMO_PORT" "http://$ADDR" >/dev/null &
demo=$!
trap 'kill $demo 2>/dev/null || true' EXIT
say "portal: http://$ADDR/  API: http://$ADDR/api/v1/  partner demo: http://127.0.0.1:$DEMO_PORT/  (Ctrl-C stops them)"
"$SERVER_BIN" --dist "$ROOT/dist" --data "$DATA" --addr "$ADDR" --partner "http://127.0.0.1:$DEMO_PORT"
