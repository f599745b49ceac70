#!/usr/bin/env bash
# Runs every test: native unit and integration tests, component tests in headless Chromium,
# and the Playwright suite against the release build served as in production.
# Installs what is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_test
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
"$SERVER_BIN" --dist "$ROOT/dist" --data "$E2E_DATA" --addr "127.0.0.1:$PORT" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" && break
  sleep 0.2
done
BASE_URL="http://127.0.0.1:$PORT" npx playwright test --config end2end/playwright.config.ts
