#!/usr/bin/env bash
# Load report for the e-service API: how many applications a second the reference server
# accepts (POST /api/v1/applications, each a valid registration with its own Idempotency-Key)
# and with what latency. A report, never a test: it fails only if the server does not start.
#   DURATION=10s THREADS=2 CONNECTIONS=16 PORT=8484 scripts/load-test.sh
# Builds the server, runs it on loopback with a temporary database, drives it with wrk
# (Debian's) and scripts/load/submit.lua, and stops it. wrk and the server share the machine,
# so the figures are for this machine as it is at the time (its load average is printed).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_apt wrk
build_server

DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT="${PORT:-8484}"
LOAD_DIR="$(mktemp -d)"
# Only the API is measured: a one-line page stands in for the app, which need not be built.
mkdir "$LOAD_DIR/dist"
echo '<!DOCTYPE html><title>load test</title>' >"$LOAD_DIR/dist/index.html"
"$SERVER_BIN" --dist "$LOAD_DIR/dist" --data "$LOAD_DIR/data" --addr "127.0.0.1:$PORT" 2>"$LOAD_DIR/server.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$LOAD_DIR"' EXIT
for _ in $(seq 50); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/v1/health" && break
  sleep 0.2
done
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/v1/health" || { cat "$LOAD_DIR/server.log" >&2; exit 1; }

# Every registration refers to a copy of the passport: one is uploaded first.
upload_id=$(printf '%%PDF-1.4\n%% passport page\n' | curl -fsS -H "idempotency-key: load-upload-$$" \
  --data-binary @- "http://127.0.0.1:$PORT/api/v1/uploads" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')

say "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION, POST /api/v1/applications ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" -s "$ROOT/scripts/load/submit.lua" \
  "http://127.0.0.1:$PORT" -- "$(date +%s)" "$upload_id"
if command -v sqlite3 >/dev/null; then
  echo "applications in the database: $(sqlite3 "$LOAD_DIR/data/migrationto.sqlite3" 'SELECT count(*) FROM applications') (up to $CONNECTIONS more than the 201s: replies still in flight when wrk stopped)"
fi
