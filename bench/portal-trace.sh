#!/usr/bin/env bash
# A 20 s sampled trace of the serve process under wrk -c64 on the cached home page (Brotli, as browsers ask), on the
# database and publish that bench/portal-load.sh left in artifacts/portal-load, then where the CPU went
# (bench/speedscope-cpu.py). Needs the dotnet-trace tool: dotnet tool install --global dotnet-trace
# Usage: flock /tmp/siberindo-bench.lock flock /tmp/siberindo-build.lock bench/portal-trace.sh [TOP]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$PWD/artifacts/portal-load
trace_tool=$(command -v dotnet-trace || echo "$HOME/.dotnet/tools/dotnet-trace")
[ -x "$trace_tool" ] || { echo "install the tool: dotnet tool install --global dotnet-trace"; exit 1; }
[ -f "$out/bench-20000.db" ] || { echo "run bench/portal-load.sh 20000 first"; exit 1; }
port=5210
"$out/app/siberindo" demo --urls "http://127.0.0.1:$port" --network-port 0 \
  "--ConnectionStrings:Siberindo=Data Source=$out/bench-20000.db" --Logging:LogLevel:Default=Warning > "$out/trace-serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
sleep 25
encoding='Accept-Encoding: gzip, deflate, br'
wrk -t2 -c64 -d8s -H "$encoding" "http://127.0.0.1:$port/" >/dev/null   # warm-up
rm -f "$out/portal.nettrace" "$out/portal.speedscope.json"
"$trace_tool" collect -p "$pid" --profile dotnet-sampled-thread-time -o "$out/portal.nettrace" --duration 00:00:00:20 >/dev/null &
tracer=$!
sleep 2
wrk -t2 -c64 -d15s -H "$encoding" "http://127.0.0.1:$port/" | grep -E 'Requests/sec|Latency'
wait $tracer || true
"$trace_tool" convert "$out/portal.nettrace" --format Speedscope -o "$out/portal" >/dev/null
python3 bench/speedscope-cpu.py "$out/portal.speedscope.json" "${1:-25}"
