#!/usr/bin/env bash
# Runtime settings (or another build) tried against the cached home page, each started in turn on the database and
# static copy that bench/portal-load.sh left in artifacts/portal-load, and measured in 3 pairs alternating with nginx
# (worker_processes auto) serving the same Brotli bytes: "variant: siberindo/nginx=ratio" per pair. For exploring
# what moves the ratio; portal-load.sh stays the figure of record.
# Usage (after one portal-load.sh run):
#   flock /tmp/siberindo-bench.lock flock /tmp/siberindo-build.lock bench/portal-variants.sh X=main DOTNET_gcServer=0 ...
#   APP=/path/to/published/siberindo bench/portal-variants.sh X=other-build     (another build, e.g. a worktree's publish)
# Each argument is one variant: environment assignments for the serve process (X=name just labels the default).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$PWD/artifacts/portal-load
app=${APP:-$out/app/siberindo}
[ -f "$out/bench-20000.db" ] && [ -f "$out/nginx/nginx.conf" ] || { echo "run bench/portal-load.sh 20000 first"; exit 1; }
port=5210
nginx -p "$out/nginx" -c "$out/nginx/nginx.conf"
trap 'kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true' EXIT
encoding='Accept-Encoding: gzip, deflate, br'
accept='Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
rps() { wrk -t2 -c64 -d8s -H "$accept" -H "$encoding" "$1" | awk '/Requests\/sec/ {print $2}'; }
static_port=$(awk '/listen/ {split($2, a, ":"); sub(";", "", a[2]); print a[2]}' "$out/nginx/nginx.conf")
for variant in "$@"; do
  # shellcheck disable=SC2086 # a variant is a list of assignments
  env $variant "$app" demo --urls "http://127.0.0.1:$port" --network-port 0 \
    "--ConnectionStrings:Siberindo=Data Source=$out/bench-20000.db" --Logging:LogLevel:Default=Warning > "$out/variant.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
  sleep 20   # the kept database's first crawl stores little; let it pass
  wrk -t2 -c64 -d6s -H "$accept" -H "$encoding" "http://127.0.0.1:$port/" >/dev/null   # warm-up, not counted
  line="$variant:"
  for _ in 1 2 3; do
    n=$(rps "http://127.0.0.1:$static_port/br/index.html"); s=$(rps "http://127.0.0.1:$port/")
    line="$line $(awk -v s="$s" -v n="$n" 'BEGIN {printf "%.0f/%.0f=%.2f", s, n, s/n}')"
  done
  echo "$line"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
