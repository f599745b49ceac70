# Runs Debian's nginx with deploy/nginx/migrationto.conf on loopback, for the tests; sourced.
#   nginx_start PORT DIST BACKEND_PORT   serves DIST on 127.0.0.1:PORT, /api/ to 127.0.0.1:BACKEND_PORT
#   nginx_stop                           stops it and removes its files
# Everything it writes (configuration, pid file, logs, temp files) is in one temporary
# directory ($NGINX_DIR, kept until nginx_stop), so it needs nothing in /etc or /var and
# leaves Debian's own nginx service alone. nginx runs in the foreground of a background job
# ($NGINX_PID).
[ "$(type -t ensure_apt)" = function ] || source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

NGINX_PID=
NGINX_DIR=
NGINX_BIN=/usr/sbin/nginx  # not on a normal user's PATH

# nginx, and the module that sends the .br files (Debian packages it separately).
ensure_nginx() {
  ensure_apt nginx libnginx-mod-http-brotli-static
}

nginx_start() {
  local port=$1 dist=$2 backend_port=$3
  ensure_nginx
  dist="$(cd "$dist" && pwd)"
  [ -f "$dist/index.html" ] || { echo "nginx_start: no index.html in $dist" >&2; return 1; }
  NGINX_DIR="$(mktemp -d)"
  local dir=$NGINX_DIR user=
  if [ "$(id -u)" = 0 ]; then
    # Workers drop to www-data as in Debian's own configuration, when it can read the app.
    chmod 755 "$dir"
    if runuser -u www-data -- test -r "$dist/index.html"; then
      user="user www-data;"
    else
      say "nginx: www-data cannot read $dist; its workers run as root"
      user="user root;"
    fi
  fi
  local site
  site="$(<"$ROOT/deploy/nginx/migrationto.conf")"
  # Quoted replacements: bash 5.2 would otherwise read & as the matched text.
  site="${site//@@LISTEN@@/"127.0.0.1:$port"}"
  site="${site//@@DIST@@/"$dist"}"
  site="${site//@@BACKEND@@/"127.0.0.1:$backend_port"}"
  printf '%s\n' "$site" >"$dir/migrationto.conf"
  cat >"$dir/nginx.conf" <<CONF
daemon off;
$user
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  gzip on;
  access_log $dir/access.log;
  client_body_temp_path $dir/client_body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  include $dir/migrationto.conf;
}
CONF
  # -e: the log for messages before the configuration is read (not /var/log/nginx).
  "$NGINX_BIN" -t -q -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || { cat "$dir/error.log" >&2; return 1; }
  "$NGINX_BIN" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 50); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/" && return 0
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.2
  done
  echo "nginx did not start on 127.0.0.1:$port:" >&2
  cat "$dir/error.log" >&2
  return 1
}

nginx_stop() {
  if [ -n "$NGINX_PID" ]; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
  fi
  if [ -n "$NGINX_DIR" ]; then
    rm -rf "$NGINX_DIR"
    NGINX_DIR=
  fi
}
