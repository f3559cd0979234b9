#!/usr/bin/env bash
# Home page throughput and latency under load while the crawler ingests, side by side with nginx serving the same
# HTML bytes as a static file; memory of the serve process; freshness of new articles; page weight.
# Usage: bench/portal-load.sh [ARTICLES]   (default 1000000; the seeded database is kept in artifacts/portal-load)
# Needs: wrk, nginx (apt-get install wrk nginx). Everything listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000000}
out=$PWD/artifacts/portal-load
mkdir -p "$out/static" "$out/nginx"
app_port=5200; static_port=5201
duration=${DURATION:-20s}; connections=${CONNECTIONS:-64}

dotnet publish src/Siberindo -c Release -o "$out/app" >/dev/null
dotnet build bench/Siberindo.Bench.Portal -c Release >/dev/null
bench="dotnet bench/Siberindo.Bench.Portal/bin/Release/net10.0/Siberindo.Bench.Portal.dll"
db="$out/bench-$articles.db"
[ -f "$db" ] || $bench seed --db "$db" --articles "$articles"

# The product as one machine runs it (role all), over the demo network so the crawler keeps ingesting.
"$out/app/siberindo" demo --urls "http://127.0.0.1:$app_port" --network-port 0 \
  "--ConnectionStrings:Siberindo=Data Source=$db" --Logging:LogLevel:Default=Warning > "$out/serve.log" 2>&1 &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null; [ -f "$out/nginx/nginx.pid" ] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null; true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$app_port/healthz" >/dev/null && break; sleep 1; done
sleep 15   # first crawl of the demo network

curl -s "http://127.0.0.1:$app_port/" -o "$out/static/index.html"
cat > "$out/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $out/nginx/body; proxy_temp_path $out/nginx/proxy; fastcgi_temp_path $out/nginx/fastcgi;
    uwsgi_temp_path $out/nginx/uwsgi; scgi_temp_path $out/nginx/scgi;
    server { listen 127.0.0.1:$static_port; root $out/static; default_type text/html; }
}
NGINX
nginx -p "$out/nginx" -c "$out/nginx/nginx.conf"

run_wrk() { wrk -t2 "-c$connections" "-d$duration" --latency "$1" | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'; }
echo "page: $(wc -c < "$out/static/index.html") bytes of HTML; wrk -t2 -c$connections -d$duration, alternating, 2 rounds each"
for round in 1 2; do
  echo "nginx static   round $round: $(run_wrk "http://127.0.0.1:$static_port/index.html")  (req/s, p99)"
  echo "siberindo home round $round: $(run_wrk "http://127.0.0.1:$app_port/")  (req/s, p99)"
done
echo "serve process: $(grep -E 'VmHWM|VmRSS' /proc/$serve_pid/status | tr -s ' ' | tr '\n' ' ')"
br=$(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:$app_port/" | wc -c)
css=$(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:$app_port/css/site.css" | wc -c)
echo "home page compressed (br): $br bytes + CSS $css bytes = $((br + css)) bytes"
$bench freshness --url "http://127.0.0.1:$app_port/" --db "$db" --seconds "${FRESHNESS_SECONDS:-150}"
