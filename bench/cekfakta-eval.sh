#!/usr/bin/env bash
# Claim matching through the real commands: a fresh SQLite database, `cekfakta import` of the claims, `cekfakta match`
# of the articles (nothing stored), the corpus scorer; then the same corpus with the plain BM25 baseline (threshold
# tuned on it), the false-label rate over a national stream, the time per article at 1,000 known claims; last, the
# matcher weighing words as the matching stage does: the stream imported first, so rarity comes from its search index.
# Usage: bench/cekfakta-eval.sh [claims-dir] [stream.jsonl]   (defaults ../shared/corpus/claims-dev, scale-dev.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-../shared/corpus/claims-dev}")
stream=$(realpath "${2:-../shared/corpus/scale-dev.jsonl}")
scorer=$(realpath ../shared/tools/eval_corpus.py)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Siberindo -c Release -v quiet -nologo >/dev/null
dotnet build bench/Siberindo.Bench.FactChecks -c Release -v quiet -nologo >/dev/null
app=src/Siberindo/bin/Release/net10.0/siberindo.dll
bench=bench/Siberindo.Bench.FactChecks/bin/Release/net10.0/Siberindo.Bench.FactChecks.dll
db=(--Database:Provider=Sqlite "--ConnectionStrings:Siberindo=Data Source=$work/eval.db")

dotnet "$app" cekfakta import "$corpus/claims.jsonl" "${db[@]}"
dotnet "$app" cekfakta match "$corpus/articles.jsonl" "${db[@]}" > "$work/pred.jsonl"
echo "== matcher (siberindo cekfakta match)"
(cd "$corpus" && python3 "$scorer" claims claims.jsonl articles.jsonl "$work/pred.jsonl")
dotnet "$bench" claims "$corpus/claims.jsonl" "$corpus/articles.jsonl" "$work/bench"
echo "== BM25 baseline"
(cd "$corpus" && python3 "$scorer" claims claims.jsonl articles.jsonl "$work/bench/bm25.jsonl")
echo "== false labels on $(basename "$stream")"
dotnet "$app" cekfakta match "$stream" "${db[@]}" > "$work/stream.jsonl"
python3 -c "import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; n=sum(1 for x in r if x['label']); print(f'labelled {n} of {len(r)} ({100*n/len(r):.2f}%)')" "$work/stream.jsonl"
echo "== speed"
dotnet "$bench" speed "$corpus/claims.jsonl" "$stream" 1000
echo "== matcher with word rarity from the search index of $(basename "$stream") (imported first, as the stage weighs)"
dotnet "$app" import articles "$stream" --create-outlets "${db[@]}" > /dev/null
dotnet "$app" cekfakta match "$corpus/articles.jsonl" "${db[@]}" > "$work/pred-indexed.jsonl"
(cd "$corpus" && python3 "$scorer" claims claims.jsonl articles.jsonl "$work/pred-indexed.jsonl")
dotnet "$app" cekfakta match "$stream" "${db[@]}" > "$work/stream-indexed.jsonl"
python3 -c "import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; n=sum(1 for x in r if x['label']); print(f'labelled {n} of {len(r)} ({100*n/len(r):.2f}%)')" "$work/stream-indexed.jsonl"
