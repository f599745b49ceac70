#!/usr/bin/env bash
# Runs every test: native unit and integration tests, component tests in headless Chromium,
# the Playwright suite against the release build served as in production, and a smoke test of
# the same build behind nginx (deploy/nginx/migrationto.conf).
# Installs what is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source "$ROOT/scripts/nginx.sh"
setup_test
ensure_nginx
cd "$ROOT"

say "CLDR data is what scripts/cldr-data.mjs generates"
node scripts/cldr-data.mjs --check

say "native tests (core, CLDR, locale check, server)"
cargo test --workspace --exclude migrationto

say "component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test -p migrationto --target wasm32-unknown-unknown

build_app
build_server

say "browser tests (Playwright, Debian's Chromium)"
PORT="${E2E_PORT:-8181}"
E2E_DATA="$(mktemp -d)"
"$SERVER_BIN" demo-data --data "$E2E_DATA" >/dev/null
# Every browser test comes from 127.0.0.1: lift the per-client lookup limit (the API's own
# tests check it; the browser tests fake a 429 to check the message).
"$SERVER_BIN" --dist "$ROOT/dist" --data "$E2E_DATA" --addr "127.0.0.1:$PORT" --lookups-per-minute 10000 &
server=$!
proxied=
cleanup() {
  kill $server $proxied 2>/dev/null || true
  wait $server $proxied 2>/dev/null || true
  nginx_stop
  rm -rf "$E2E_DATA" "${NGINX_E2E_DATA:-}"
}
trap cleanup EXIT
wait_for() {
  for _ in $(seq 50); do
    curl -fs -o /dev/null "$1" && return
    sleep 0.2
  done
}
wait_for "http://127.0.0.1:$PORT/"
BASE_URL="http://127.0.0.1:$PORT" npx playwright test --config end2end/playwright.config.ts

say "nginx in front of the backend (deploy/nginx, Debian's nginx): smoke test"
NGINX_PORT="${E2E_NGINX_PORT:-8182}"
BACKEND_PORT="${E2E_BACKEND_PORT:-8183}"
NGINX_E2E_DATA="$(mktemp -d)"
"$SERVER_BIN" --dist "$ROOT/dist" --data "$NGINX_E2E_DATA" --addr "127.0.0.1:$BACKEND_PORT" --behind-proxy &
proxied=$!
wait_for "http://127.0.0.1:$BACKEND_PORT/api/v1/health"
nginx_start "$NGINX_PORT" "$ROOT/dist" "$BACKEND_PORT"
E2E_SERVER=nginx BASE_URL="http://127.0.0.1:$NGINX_PORT" npx playwright test --config end2end/playwright.config.ts
