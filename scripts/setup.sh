# Installs what the portal needs to build and test, skipping what is already there.
# Sourced by serve.sh, test.sh and bundle-report.sh; safe to run again and again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (apt)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# rustfmt and clippy come with rustup's default profile; a minimal toolchain lacks them.
ensure_lint_tools() {
  local installed
  installed="$(rustup component list --installed)"
  for component in rustfmt clippy; do
    grep -q "^$component" <<<"$installed" || { say "adding $component"; rustup component add "$component"; }
  done
}

# ensure_cargo_tool BINARY VERSION CRATE [cargo install flags...]
ensure_cargo_tool() {
  local bin=$1 version=$2 crate=$3; shift 3
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -q " $version\b"; then
    return
  fi
  say "installing $crate $version (cargo; this compiles for a few minutes the first time)"
  cargo install "$crate" --version "$version" --force "$@"
}

# Schemathesis, the property-based tester the API must pass from outside (a Python package, in
# its own virtual environment under .tools/, pinned).
SCHEMATHESIS_VERSION=4.32.5
SCHEMATHESIS="$ROOT/.tools/schemathesis/bin/schemathesis"
ensure_schemathesis() {
  if ! "$SCHEMATHESIS" --version 2>/dev/null | grep -q "version $SCHEMATHESIS_VERSION\$"; then
    say "installing Schemathesis $SCHEMATHESIS_VERSION (pip, in .tools/schemathesis)"
    rm -rf "$ROOT/.tools/schemathesis"
    python3 -m venv "$ROOT/.tools/schemathesis"
    "$ROOT/.tools/schemathesis/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
}

ensure_npm_packages() {
  # npm ci when node_modules is missing or older than the lock file.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
     [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm packages from package-lock.json"
    (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
  wasm-opt --version | grep -q "version 132" || { echo "wasm-opt 132 expected on PATH" >&2; exit 1; }
}

# What building the release app needs.
setup_build() {
  ensure_apt brotli
  ensure_wasm_target
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
  # wasm-bindgen-cli's own lock names a crate version the registry lacks: no --locked.
  ensure_cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli
  ensure_npm_packages
}

# What the tests need on top: Debian's Chromium and its driver (never a downloaded browser),
# and faketime to run the native tests a year ahead.
setup_test() {
  setup_build
  ensure_lint_tools
  ensure_schemathesis
  ensure_apt chromium chromium-driver faketime
}

build_app() {
  say "building the app (release)"
  (cd "$ROOT" && trunk build --release)
  # The service worker, from what the build wrote (Workbox; docs/offline.md).
  (cd "$ROOT" && node scripts/build-worker.mjs dist)
  # Brotli and gzip copies beside each text and wasm file; the server sends them to browsers
  # that accept them, so nothing is compressed per request.
  find "$ROOT/dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.svg' \) \
    -exec brotli -f -q 11 -k {} \; -exec gzip -f -9 -k {} \;
}

build_server() {
  say "building the server"
  (cd "$ROOT" && cargo build --profile server -p migrationto-backend)
}

SERVER_BIN="$ROOT/target/server/migrationto-backend"

# wait_for URL: until the server answers; a server that does not start fails the run at once
# (its own messages are above, on the same output).
wait_for() {
  for _ in $(seq 50); do
    curl -fs -o /dev/null "$1" && return
    sleep 0.2
  done
  echo "no server answered at $1 within 10 s" >&2
  return 1
}
