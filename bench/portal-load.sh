#!/usr/bin/env bash
# Home page throughput and latency under load while the crawler ingests, side by side with nginx as deployed
# (worker_processes auto) serving the very bytes the portal sent, in the same coding; memory of the serve process;
# freshness of new articles; page weight.
# Usage: flock /tmp/siberindo-bench.lock bench/portal-load.sh [ARTICLES]
#   (default 1000000; the seeded database is kept in artifacts/portal-load; the lock keeps benches from overlapping
#   on a shared machine). DURATION (10s), CONNECTIONS (64), PAIRS (3), WARMUP (5s), FRESHNESS_SECONDS (150; 0 skips),
#   SETTLE (1: measure once the first crawl has gone through every stage; 0: from the first crawl), SETTLE_MAX (300).
# Needs: wrk, nginx (apt-get install wrk nginx). Everything listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000000}
out=$PWD/artifacts/portal-load
rm -rf "$out/static" "$out/nginx"
mkdir -p "$out/static/identity" "$out/static/br" "$out/static/gzip" "$out/nginx"
app_port=5200; static_port=5201
duration=${DURATION:-10s}; connections=${CONNECTIONS:-64}; pairs=${PAIRS:-3}

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
# What a reader meets is the portal while the crawler keeps polling, not its first minute: on a fresh start the first
# crawl of 240 outlets (a few thousand articles) goes through every stage (stories, search, full text, pictures,
# fact-check matching) and takes most of the two cores for a minute or more. Wait until the serve process is quiet
# (under a quarter of a core over 5 s, at most SETTLE_MAX seconds); SETTLE=0 measures from the first crawl instead.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$serve_pid/stat"; }
if [ "${SETTLE:-1}" != 0 ]; then
  started=$(date +%s)
  while :; do
    before=$(cpu_ticks); sleep 5; used=$(( $(cpu_ticks) - before ))   # clock ticks (1/100 s) in 5 s
    waited=$(( $(date +%s) - started ))
    if [ "$used" -lt 125 ] || [ "$waited" -ge "${SETTLE_MAX:-300}" ]; then
      echo "settled: serve process at $(( used / 5 ))% of a core over 5 s, $(( waited + 15 )) s after it answered"
      break
    fi
  done
fi

# What a browser sends. wrk sends each -H as given; the identity runs send the same without Accept-Encoding.
accept='Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
agent='User-Agent: Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'
encoding='Accept-Encoding: gzip, deflate, br'
curl -s -H "$accept" -H "$agent" "http://127.0.0.1:$app_port/" -o "$out/static/identity/index.html"
curl -s -H "$accept" -H "$agent" -H "$encoding" -D "$out/br.headers" "http://127.0.0.1:$app_port/" -o "$out/static/br/index.html"
curl -s -H "$accept" -H "$agent" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$app_port/" -o "$out/static/gzip/index.html"
grep -qi '^content-encoding: br' "$out/br.headers" || { echo "the portal did not answer with Brotli"; exit 1; }

# nginx as deployed: one worker per core; the compressed bytes are files sent with their Content-Encoding.
cat > "$out/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $out/nginx/body; proxy_temp_path $out/nginx/proxy; fastcgi_temp_path $out/nginx/fastcgi;
    uwsgi_temp_path $out/nginx/uwsgi; scgi_temp_path $out/nginx/scgi;
    server {
        listen 127.0.0.1:$static_port;
        root $out/static;
        default_type text/html;
        location /br/ { add_header Content-Encoding br; add_header Vary Accept-Encoding; }
        location /gzip/ { add_header Content-Encoding gzip; add_header Vary Accept-Encoding; }
    }
}
NGINX
nginx -p "$out/nginx" -c "$out/nginx/nginx.conf"

# One wrk run: "req/s p50 p99 errors" (errors: non-2xx/3xx responses plus socket errors).
run_wrk() {
  local url=$1; shift
  wrk -t2 "-c$connections" "-d$duration" --latency -H "$accept" -H "$agent" "$@" "$url" | awk '
    /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx or 3xx/ {errors+=$NF}
    /Socket errors/ {for (i=4; i<=NF; i+=2) {v=$i; gsub(",", "", v); errors+=v}}
    END {printf "%s %s %s %d\n", rps, p50, p99, errors}'
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v/1000; else if (v ~ /ms$/) print v+0; else print v*1000 }'; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "home page: $(wc -c < "$out/static/identity/index.html") bytes of HTML, $(wc -c < "$out/static/br/index.html") br," \
  "$(wc -c < "$out/static/gzip/index.html") gzip; wrk -t2 -c$connections -d$duration, $pairs pairs per coding, alternating"
# Warm both up first (the portal's JIT compiles its hot paths under load, tiered), one short run per coding, not counted.
for headers in "$encoding" "$accept"; do
  for url in "http://127.0.0.1:$static_port/identity/index.html" "http://127.0.0.1:$app_port/"; do
    wrk -t2 "-c$connections" "-d${WARMUP:-5s}" -H "$accept" -H "$agent" -H "$headers" "$url" >/dev/null
  done
done
: > "$out/results.txt"
# Cache fills during the measured runs: every fill of a cached page is compressed once per coding asked for, so the
# cached compressions on /metrics count how often the home page (and anything else cached) was rendered again.
fills() { curl -s "http://127.0.0.1:$app_port/metrics" | awk '/^siberindo_responses_compressed_total\{/ && /cached="true"/ {n+=$NF} END {print n+0}'; }
fills_before=$(fills); measured_from=$(date +%s)
for coding in br identity; do
  if [ "$coding" = br ]; then headers=(-H "$encoding"); else headers=(); fi
  for pair in $(seq 1 "$pairs"); do
    read -r n_rps n_p50 n_p99 n_err <<<"$(run_wrk "http://127.0.0.1:$static_port/$coding/index.html" "${headers[@]}")"
    read -r s_rps s_p50 s_p99 s_err <<<"$(run_wrk "http://127.0.0.1:$app_port/" "${headers[@]}")"
    ratio=$(awk -v s="$s_rps" -v n="$n_rps" 'BEGIN {printf "%.2f", s/n}')
    echo "$coding pair $pair: nginx $n_rps req/s (p50 $n_p50, p99 $n_p99, errors $n_err)  siberindo $s_rps req/s (p50 $s_p50, p99 $s_p99, errors $s_err)  ratio $ratio"
    echo "$coding $n_rps $(to_ms "$n_p99") $s_rps $(to_ms "$s_p50") $(to_ms "$s_p99") $ratio $((n_err + s_err))" >> "$out/results.txt"
  done
done
for coding in br identity; do
  col() { awk -v c="$coding" -v k="$1" '$1 == c {print $k}' "$out/results.txt" | median; }
  echo "median $coding: nginx $(col 2) req/s, siberindo $(col 4) req/s, ratio $(col 7); siberindo p50 $(col 5) ms, p99 $(col 6) ms (nginx p99 $(col 3) ms); errors $(awk -v c="$coding" '$1 == c {e+=$8} END {print e}' "$out/results.txt")"
done
fills_after=$(fills); measured_for=$(( $(date +%s) - measured_from ))
echo "cached compressions (fills x codings) during the measured runs: $((fills_after - fills_before)) in ${measured_for} s"
echo "serve process: $(grep -E 'VmHWM|VmRSS' /proc/$serve_pid/status | tr -s ' ' | tr '\n' ' ')"
css=$(curl -s -H "$encoding" "http://127.0.0.1:$app_port/css/site.css" | wc -c)
br=$(curl -s -H "$encoding" "http://127.0.0.1:$app_port/" | wc -c)
echo "home page compressed (br): $br bytes + CSS $css bytes = $((br + css)) bytes"
[ "${FRESHNESS_SECONDS:-150}" = 0 ] || $bench freshness --url "http://127.0.0.1:$app_port/" --db "$db" --seconds "${FRESHNESS_SECONDS:-150}"
