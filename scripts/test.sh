#!/usr/bin/env bash
# Runs every test: lints, native unit and integration tests (also a year ahead), component tests in headless Chromium,
# the Playwright suite against the release build served as in production, and a smoke test of
# the same build behind nginx (deploy/nginx/migrationto.conf).
# Installs what is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source "$ROOT/scripts/nginx.sh"
setup_test
ensure_nginx
cd "$ROOT"
# A clean run builds four times over (checks, tests, the wasm tests, release): without
# incremental caches, and with no debug information for dependencies (Cargo.toml's dev
# profile), target/ stays near 5 GB. The free space is printed as the run goes.
export CARGO_INCREMENTAL=0
disk() { echo "disk: $(df -h --output=avail "$ROOT" | tail -1 | tr -d ' ') free, target/ $(du -sh "$ROOT/target" 2>/dev/null | cut -f1)" >&2; }
disk

say "lints: formatting (rustfmt.toml), clippy with warnings as errors, the end-to-end specs' types"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
# The app as the prerender builds it (natively, feature ssr): the same code, other cfgs.
cargo clippy --no-default-features --features ssr --bin prerender -- -D warnings
# An area's app as scripts/build-areas.sh builds it: for the browser, with one language's texts.
cargo clippy --target wasm32-unknown-unknown --features lang-en --bins -- -D warnings
npx tsc -p end2end/tsconfig.json
# Trunk's whole app is shrunk with the flags the area apps and the widgets get.
grep -qF "data-wasm-opt=\"z\"" index.html
grep -qF "data-wasm-opt-params=\"$(bash scripts/optimise-wasm.sh --flags | sed 's/^-Oz //')\"" index.html ||
  { echo "index.html's data-wasm-opt-params differ from scripts/optimise-wasm.sh" >&2; exit 1; }

say "CLDR data is what scripts/cldr-data.mjs generates"
node scripts/cldr-data.mjs --check

say "native tests (core, CLDR, locale check, server, content, the prerender's page edits)"
# The prerender's pages themselves are checked in the browser below.
cargo test --workspace --exclude migrationto

say "the same native tests with the clock a year ahead (faketime): no result depends on today"
bash scripts/native-tests-a-year-ahead.sh

say "component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test -p migrationto --target wasm32-unknown-unknown

build_app
build_server
disk

PORT="${E2E_PORT:-8181}"
server=
proxied=
E2E_DATA=
cleanup() {
  kill $server $proxied 2>/dev/null || true
  wait $server $proxied 2>/dev/null || true
  nginx_stop
  rm -rf "${E2E_DATA:-}" "${NGINX_E2E_DATA:-}"
}
trap cleanup EXIT
NO_CLIENT_LIMITS=(--lookups-per-minute 10000 --bookings-per-hour 10000 --uploads-per-hour 10000
  --upload-megabytes-per-hour 10000 --drafts-per-hour 10000)
# run_browser_tests DAY [playwright options...]: the suite against a fresh server whose clock,
# like every test page's, is set to DAY in Baku (end2end/tests/support.ts, E2E_TODAY).
run_browser_tests() {
  local day=$1; shift
  E2E_DATA="$(mktemp -d)"
  "$SERVER_BIN" demo-data --data "$E2E_DATA" --today "$day" >/dev/null
  # Every browser test comes from 127.0.0.1: lift the per-client limits (the API's own tests
  # check them; the browser tests fake a 429 to check the message).
  "$SERVER_BIN" --dist "$ROOT/dist" --data "$E2E_DATA" --addr "127.0.0.1:$PORT" "${NO_CLIENT_LIMITS[@]}" --today "$day" &
  server=$!
  wait_for "http://127.0.0.1:$PORT/"
  E2E_TODAY="$day" BASE_URL="http://127.0.0.1:$PORT" npx playwright test --config end2end/playwright.config.ts "$@"
  kill $server; wait $server 2>/dev/null || true
  server=
  rm -rf "$E2E_DATA"
}

say "the API from outside: Schemathesis against openapi.json (examples, coverage, fuzzing, stateful)"
# Every check but positive_data_acceptance: the schema describes shapes and leaves values to
# the server's rules (a well-formed request with a wrong value is a 422 by design). The client
# limits are lifted, since they would leave the operations behind them untested (they have
# HTTP tests of their own). Deterministic and bounded: 50 examples an operation.
ST_DATA="$(mktemp -d)"
ST_PORT="${E2E_ST_PORT:-8184}"
"$SERVER_BIN" --dist "$ROOT/dist" --data "$ST_DATA" --addr "127.0.0.1:$ST_PORT" "${NO_CLIENT_LIMITS[@]}" &
server=$!
wait_for "http://127.0.0.1:$ST_PORT/api/v1/health"
(cd "$ST_DATA" && timeout 600 "$SCHEMATHESIS" run "http://127.0.0.1:$ST_PORT/api/v1/openapi.json" \
  --max-examples 50 --checks all --exclude-checks positive_data_acceptance --generation-deterministic --no-color)
kill $server; wait $server 2>/dev/null || true
server=
rm -rf "$ST_DATA"

TODAY_IN_BAKU="$(date -u -d "+4 hours" +%F)"
say "browser tests (Playwright, Debian's Chromium) on $TODAY_IN_BAKU"
run_browser_tests "$TODAY_IN_BAKU"

A_YEAR_AHEAD="$(date -u -d "+1 year +4 hours" +%F)"
say "browser tests again with the server's and the browsers' clocks a year ahead, on $A_YEAR_AHEAD"
run_browser_tests "$A_YEAR_AHEAD" --project desktop

say "nginx in front of the backend (deploy/nginx, Debian's nginx): smoke test"
NGINX_PORT="${E2E_NGINX_PORT:-8182}"
BACKEND_PORT="${E2E_BACKEND_PORT:-8183}"
NGINX_E2E_DATA="$(mktemp -d)"
"$SERVER_BIN" --dist "$ROOT/dist" --data "$NGINX_E2E_DATA" --addr "127.0.0.1:$BACKEND_PORT" --behind-proxy &
proxied=$!
wait_for "http://127.0.0.1:$BACKEND_PORT/api/v1/health"
nginx_start "$NGINX_PORT" "$ROOT/dist" "$BACKEND_PORT"
E2E_SERVER=nginx BASE_URL="http://127.0.0.1:$NGINX_PORT" npx playwright test --config end2end/playwright.config.ts
