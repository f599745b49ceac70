#!/usr/bin/env bash
# Runs the native test binaries (core, CLDR, locale check, server, content, widgets' texts)
# with the system clock a year ahead (Debian's faketime), to show that no result depends on
# today's date. The binaries are run directly: cargo and rustdoc themselves misbehave under
# a faked clock. Usage: scripts/native-tests-a-year-ahead.sh [YYYY-MM-DD HH:MM:SS]
set -euo pipefail
cd "$(dirname "$0")/.."
AHEAD="${1:-$(date -u -d '+1 year' '+%Y-%m-%d %H:%M:%S')}"
mapfile -t binaries < <(cargo test --workspace --exclude migrationto --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        print(m["manifest_path"].rsplit("/", 1)[0] + "\t" + m["executable"])')
echo "native tests with the clock at $AHEAD UTC (faketime): ${#binaries[@]} test binaries"
for entry in "${binaries[@]}"; do
  dir="${entry%%$'\t'*}" exe="${entry#*$'\t'}"
  # Each binary from its package's folder, as cargo runs it.
  if ! out=$(cd "$dir" && faketime -f "@$AHEAD" "$exe" -q 2>&1); then
    printf '%s\n' "$out" >&2
    echo "failed a year ahead: $exe" >&2
    exit 1
  fi
  printf '%s\n' "$out" | grep -E '^test result' || true
done
