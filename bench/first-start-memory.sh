#!/usr/bin/env bash
# The demo's first start on a fresh database, sampled once a second: the process's RSS and anonymous RSS
# (/proc/PID/status), the GC's heap size and committed bytes, the C allocator's bytes in use and freed-but-kept and
# SQLite's memory (/metrics), and each pipeline stage's progress read from the database (articles stored, search queue,
# articles without a story, the fact-check and release cursors' lag, pictures done). Prints the samples and the peak (VmHWM) with what the
# stages were doing at the sample of highest RSS. Usage (both locks, it measures):
#   flock /tmp/siberindo-bench.lock flock /tmp/siberindo-build.lock bench/first-start-memory.sh
#   SECONDS_TO_SAMPLE (180), OUT (artifacts/first-start), PORT (5391); extra arguments go to `siberindo demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-$PWD/artifacts/first-start}
port=${PORT:-5391}
samples=${SECONDS_TO_SAMPLE:-180}
mkdir -p "$out"
rm -f "$out"/demo.db*
db=$out/demo.db

dotnet build src/Siberindo -c Release >/dev/null
app=src/Siberindo/bin/Release/net10.0/siberindo
"$app" demo --urls "http://127.0.0.1:$port" --network-port 0 "--ConnectionStrings:Siberindo=Data Source=$db" \
  --Logging:Console:FormatterOptions:TimestampFormat='HH:mm:ss.fff ' "$@" > "$out/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; true' EXIT
started=$(date +%s.%N)

status() { awk '/^VmRSS|^VmHWM|^RssAnon/ {printf "%d ", $2 / 1024}' "/proc/$pid/status"; }
metrics() {
  { curl -s --max-time 1 "http://127.0.0.1:$port/metrics" || true; } | awk '
    /^dotnet_gc_last_collection_heap_size_bytes/ {h+=$NF}
    /^dotnet_gc_last_collection_memory_committed_size_bytes/ {c=$NF}
    /^siberindo_sqlite_memory_bytes/ {q=$NF}
    /^siberindo_native_heap_in_use_bytes/ {u=$NF} /^siberindo_native_heap_free_bytes/ {f=$NF}
    END {printf "%d %d %d %d %d", h / 1048576, c / 1048576, u / 1048576, f / 1048576, q / 1048576}'
}
# Stage progress; "-" until the schema exists. Read-only, so it never holds the writer's lock.
stages() {
  python3 - "$db" <<'EOF' 2>/dev/null || echo "- - - - - - -"
import sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True, timeout=0.5)
one = lambda sql: db.execute(sql).fetchone()[0]
top = one('select coalesce(max(Id), 0) from Articles')
cursor = lambda table: top - (one(f'select coalesce(max(Position), 0) from {table}') or 0)
print(one('select count(*) from Articles'), one('select count(*) from SearchQueue'),
      one('select count(*) from Articles where StoryId is null'), cursor('FactCheckCursors'), cursor('ReleaseCursors'),
      one('select count(*) from ArticleThumbnails where State != 0'), one('select count(*) from ArticleThumbnails'))
EOF
}

echo "t_s hwm_MB rss_MB anon_MB gc_heap_MB gc_committed_MB native_in_use_MB native_free_MB sqlite_MB articles search_queue unassigned match_behind pickup_behind thumbnails_done thumbnails" | tee "$out/samples.txt"
for _ in $(seq 1 "$samples"); do
  kill -0 $pid 2>/dev/null || { echo "the demo exited"; tail -20 "$out/serve.log"; exit 1; }
  t=$(awk -v s="$started" -v n="$(date +%s.%N)" 'BEGIN {printf "%.0f", n - s}')
  echo "$t $(status)$(metrics) $(stages)" | tee -a "$out/samples.txt"
  sleep 1
done
awk 'NR > 1 && $3 > max {max = $3; at = $0} NR > 1 {hwm = $2} END {print "highest RSS sample: " at; print "VmHWM " hwm " MB"}' "$out/samples.txt"
