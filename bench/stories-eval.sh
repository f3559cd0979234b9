#!/usr/bin/env bash
# Story quality through the real pipeline: a fresh SQLite database, `import articles` of the dev corpus (through
# ArticleIngestor and the StoryAssigner, as crawled articles go), `stories export`, then the corpus scorer.
# Usage: bench/stories-eval.sh [corpus.jsonl]   (default ../shared/corpus/dev.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-../shared/corpus/dev.jsonl}")
scorer=$(realpath ../shared/tools/eval_corpus.py)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Siberindo -c Release -v quiet -nologo >/dev/null
app=src/Siberindo/bin/Release/net10.0/siberindo.dll
db=(--Database:Provider=Sqlite "--ConnectionStrings:Siberindo=Data Source=$work/eval.db")

start=$(date +%s.%N)
dotnet "$app" import articles "$corpus" --create-outlets "${db[@]}"
end=$(date +%s.%N)
dotnet "$app" stories export "${db[@]}" > "$work/pred.jsonl"
echo "import + assignment: $(echo "$end - $start" | bc) s for $(wc -l < "$corpus") articles; exported $(wc -l < "$work/pred.jsonl") lines"
python3 - "$work/eval.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
n, size = db.execute("select count(*), sum(length(Shingles)+length(SlotContexts)+length(Terms)+length(ParagraphHashes)+length(Places)) from StoryFingerprint").fetchone()
print(f"stored fingerprints: {n}, {size / max(n, 1):.0f} bytes of binary columns per article")
PY
python3 "$scorer" stories "$corpus" "$work/pred.jsonl"
