#!/usr/bin/env bash
# scripts/load-trace.sh [--no-build] [PATH...]: scripts/load-trace.mjs against the release build
# on the reference server: each page's largest-contentful-paint entries and its wasm's arrival,
# three loads each, on a throttled connection and CPU. A report, not a test.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  setup_build
  build_app
  build_server
fi
ensure_npm_packages
PATHS=("$@")
[ ${#PATHS[@]} -eq 0 ] && PATHS=(/az /ru/living /en/living/temporary-residence /en/calculators/registration-deadline /en/e-services/registration/start)
PORT="${LOAD_TRACE_PORT:-8188}"
work="$(mktemp -d)"
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
"$SERVER_BIN" --dist "$ROOT/dist" --data "$work/data" --addr "127.0.0.1:$PORT" >/dev/null 2>&1 &
server=$!
wait_for "http://127.0.0.1:$PORT/api/v1/health"
node "$ROOT/scripts/load-trace.mjs" "http://127.0.0.1:$PORT" "${PATHS[@]}"
