#!/usr/bin/env bash
# Cost of the persisted story pipeline: N synthetic articles (bench/Siberindo.Bench.Stories jsonl) imported into a fresh
# SQLite database (ingest, then fingerprinting + assignment + one transaction per 200-article batch), then one more
# article imported by a new process (which first restores the index from the stored fingerprints).
# Usage: bench/stories-pipeline-speed.sh [N]   (default 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Siberindo -c Release -v quiet -nologo >/dev/null
dotnet build bench/Siberindo.Bench.Stories -c Release -v quiet -nologo >/dev/null
dotnet bench/Siberindo.Bench.Stories/bin/Release/net10.0/Siberindo.Bench.Stories.dll jsonl --articles $((n + 1)) > "$work/all.jsonl"
head -n "$n" "$work/all.jsonl" > "$work/bulk.jsonl"
tail -n 1 "$work/all.jsonl" > "$work/one.jsonl"
app=src/Siberindo/bin/Release/net10.0/siberindo.dll
db=(--Database:Provider=Sqlite "--ConnectionStrings:Siberindo=Data Source=$work/speed.db" --Logging:LogLevel:Siberindo.Stories=Debug)

echo "bulk import of $n articles:"
/usr/bin/time -f "  wall %e s, max RSS %M KB" dotnet "$app" import articles "$work/bulk.jsonl" --create-outlets "${db[@]}" > "$work/bulk.log"
grep -v "Assigned\|dbug" "$work/bulk.log" || true
grep -o "Assigned .*" "$work/bulk.log" | sed "s/^/    /" | tail -n 5
# Per-batch split of the assigner's time (200 articles a batch), summed; the first batch includes JIT and EF warm-up.
grep -o "index [0-9.]* ms, database [0-9.]* ms" "$work/bulk.log" | awk -v n="$n" '{i+=$2; d+=$5; b++} END {printf "  %d batches: index (fingerprint + assign) %.3f ms/article, database %.3f ms/article\n", b, i/n, d/n}'
echo "one more article, new process (restore + assign):"
/usr/bin/time -f "  wall %e s, max RSS %M KB" dotnet "$app" import articles "$work/one.jsonl" --create-outlets "${db[@]}" 2>&1 | grep -E "restored|Stored|Assigned" | sed 's/^/  /' 
ls -l "$work/speed.db" | awk '{printf "  database file: %.1f MB\n", $5 / 1048576}'
