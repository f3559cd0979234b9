#!/usr/bin/env bash
# A 10-minute soak of the portal as the README's demo runs it (role all, crawling the demo network): the home page
# at 32 connections (alternating minutes with and without Accept-Encoding) beside a mixed load of story, outlet and
# region pages, search and the API from rotating client addresses (bench/soak.lua). Per minute: the home page's
# req/s, p50, p99 and errors, the mixed load's statuses (429 counted apart: the search limit is meant to answer it),
# and the serve process's RSS. Usage: flock /tmp/siberindo-bench.lock bench/soak.sh
#   MINUTES (10), WARMUP (60 s, not counted), HOME_CONNECTIONS (32), MIXED_CONNECTIONS (8), DB (a fresh demo database;
#   give a kept one, e.g. artifacts/portal-load/bench-1000000.db, to soak over it). Needs wrk. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$PWD/artifacts/soak
mkdir -p "$out"
port=5210
minutes=${MINUTES:-10}; warmup=${WARMUP:-60}; home_c=${HOME_CONNECTIONS:-32}; mixed_c=${MIXED_CONNECTIONS:-8}
db=${DB:-$out/demo.db}
[ -n "${DB:-}" ] || rm -f "$out"/demo.db*

dotnet publish src/Siberindo -c Release -o "$out/app" >/dev/null
"$out/app/siberindo" demo --urls "http://127.0.0.1:$port" --network-port 0 \
  "--ConnectionStrings:Siberindo=Data Source=$db" --Logging:LogLevel:Default=Warning > "$out/serve.log" 2>&1 &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null; true' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
sleep 30   # the first crawl of the demo network
# The peak so far is the first start's (seeding and the first crawl through every stage), before any load.
hwm() { awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$serve_pid/status"; }
echo "after the first crawl: VmHWM $(hwm) MB"

# The mixed load's paths, from the portal's own sitemaps (stories, outlets, regions) plus searches and the API.
base="http://127.0.0.1:$port"
locs() { { curl -sf "$base$1" || true; } | { grep -o '<loc>[^<]*</loc>' || true; } | sed -E 's#</?loc>##g; s#^https?://[^/]+##'; }
: > "$out/paths.txt"
for sitemap in $(locs /sitemap.xml); do locs "$sitemap" | awk 'NR <= 400' >> "$out/paths.txt"; done
stories=$(grep -c '^/berita/' "$out/paths.txt" || true)
for q in banjir gempa jalan+rusak harga+beras sekolah pilkada kebakaran nelayan posyandu bupati polres dbd vaksin \
         pasar+murah tanah+longsor kemiskinan stunting pelantikan festival wisata; do
  echo "/cari?q=$q" >> "$out/paths.txt"; echo "/api/v1/search?q=$q" >> "$out/paths.txt"
done
for p in 1 2 3; do echo "/api/v1/articles?page=$p" >> "$out/paths.txt"; done
echo "mixed load: $(wc -l < "$out/paths.txt") paths ($stories story pages), $mixed_c connections; home page: $home_c connections"

accept='Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
agent='User-Agent: Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'
home() { # one wrk run on the home page: "req/s p50 p99 errors"
  wrk -t1 "-c$home_c" "-d$1" --latency -H "$accept" -H "$agent" "${@:2}" "$base/" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
    /Requests\/sec/ {rps=$2} /^ +50%/ {p50=ms($2)} /^ +99%/ {p99=ms($2)}
    /Non-2xx or 3xx/ {errors+=$NF}
    /Socket errors/ {for (i=4; i<=NF; i+=2) {v=$i; gsub(",", "", v); errors+=v}}
    END {printf "%s %.2f %.2f %d\n", rps, p50, p99, errors}'
}
mixed() { wrk -t1 "-c$mixed_c" "-d$1" -s bench/soak.lua "$base" -- "$out/paths.txt" | grep '^mixed '; }
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$serve_pid/status"; }
# RSS by kind: anonymous (GC heaps and native allocations), file (mapped assemblies and data), shared (the runtime's
# double-mapped code under W^X).
rss_kinds() { awk '/RssAnon|RssFile|RssShmem/ {printf "%d ", $2 / 1024}' "/proc/$serve_pid/status"; }
# Where the memory is: the GC's committed bytes and its gen2 + large-object heaps after the last collection (from
# /metrics, which answers loopback), what SQLite's allocator holds (page caches of the pooled connections), the C allocator's bytes in use and freed but kept, and the articles stored so far (the story index grows with them).
managed() {
  curl -s "$base/metrics" | awk '
    /^dotnet_gc_last_collection_memory_committed_size_bytes/ {c=$NF}
    /^dotnet_gc_last_collection_heap_size_bytes.*"(gen2|loh)"/ {h+=$NF}
    /^siberindo_sqlite_memory_bytes/ {q=$NF}
    /^siberindo_native_heap_in_use_bytes/ {u=$NF} /^siberindo_native_heap_free_bytes/ {f=$NF}
    END {printf "%d %d %d %d %d", c / 1048576, h / 1048576, q / 1048576, u / 1048576, f / 1048576}'
}
articles() { python3 -c "import sqlite3, sys; print(sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True).execute('select count(*) from Articles').fetchone()[0])" "$db" 2>/dev/null || echo '?'; }

# (wait names its job: a bare wait would wait for the serve process too.)
mixed "${warmup}s" >/dev/null & mixed_pid=$!
home "${warmup}s" -H 'Accept-Encoding: gzip, deflate, br' >/dev/null; wait $mixed_pid
echo "after warm-up: RSS $(rss) MB, VmHWM $(hwm) MB"
echo "minute coding home_req/s p50_ms p99_ms errors | mixed_req/s p50_ms p99_ms 2xx 3xx 429 other socket_errors | rss_MB | anon_MB file_MB shmem_MB gc_committed_MB gen2+loh_MB sqlite_MB native_in_use_MB native_free_MB articles" | tee "$out/minutes.txt"
for minute in $(seq 1 "$minutes"); do
  if [ $((minute % 2)) = 1 ]; then coding=br; enc=(-H 'Accept-Encoding: gzip, deflate, br'); else coding=identity; enc=(); fi
  mixed 60s > "$out/mixed.txt" & mixed_pid=$!
  h=$(home 60s "${enc[@]}")
  wait $mixed_pid
  m=$(cut -d' ' -f2- "$out/mixed.txt")
  echo "$minute $coding $h | $m | $(rss) | $(rss_kinds)$(managed) $(articles)" | tee -a "$out/minutes.txt"
done
awk 'NR > 1 {
    split($0, part, "|"); split(part[1], h, " "); split(part[2], m, " "); rss = part[3] + 0
    p99[h[2]] = p99[h[2]] " " h[5]; homeerr += h[6]; other += m[7] + m[8]; limited += m[6]
    if (rss > maxrss) maxrss = rss; if (minrss == 0 || rss < minrss) minrss = rss; if (NR == 2) first = rss; last = rss
  }
  END {
    printf "home page p99 per minute: br%s ms; identity%s ms\n", p99["br"], p99["identity"]
    printf "errors: home %d, mixed %d other than 429 (429: %d)\n", homeerr, other, limited
    printf "RSS: first minute %d MB, last %d MB, min %d, max %d (spread %.1f%% of the first)\n", first, last, minrss, maxrss, (maxrss - minrss) * 100 / first
  }' "$out/minutes.txt"
echo "serve process: $(grep -E 'VmHWM' /proc/$serve_pid/status | tr -s ' ')"
