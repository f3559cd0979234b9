#!/usr/bin/env bash
# Search quality through the real product: a fresh database, `siberindo import articles`, every query of the shared
# development set through `siberindo search --json --limit 10`, scored by eval_corpus.py.
#   bench/search-eval.sh                 SQLite, and PostgreSQL too when SIBERINDO_TEST_POSTGRES is set
#   CORPUS=... QUERIES=... bench/search-eval.sh   another (e.g. held-out) set
#   DATABASES=postgres bench/search-eval.sh        one database only
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus/dev.jsonl}
queries=${QUERIES:-$root/../shared/corpus/dev-queries.jsonl}
eval_script=${EVAL:-$root/../shared/tools/eval_corpus.py}
out=$root/artifacts/search-eval
bin=$out/bin
mkdir -p "$out"
dotnet build -c Release "$root/src/Siberindo" -o "$bin" -nologo -v q >/dev/null
siberindo() { "$bin/siberindo" "$@"; }

run() { # name, configuration args...
  local name=$1; shift
  local results=$out/product-$name-results.jsonl
  siberindo import articles "$corpus" --create-outlets "$@" >/dev/null
  : >"$results"
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    q=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["q"])' "$line")
    siberindo search "$q" --json --limit 10 "$@" |
      python3 -c 'import json,sys; q=sys.argv[1]; print(json.dumps({"q": q, "results": [r["guid"] for r in json.load(sys.stdin)]}, ensure_ascii=False))' "$q" >>"$results"
  done <"$queries"
  echo "== siberindo search on $name: python3 $eval_script search $corpus $queries $results"
  python3 "$eval_script" search "$corpus" "$queries" "$results"
}

sqlite_dir=$(mktemp -d)
trap 'rm -rf "$sqlite_dir"' EXIT
databases=${DATABASES:-sqlite postgres}
if [[ $databases == *sqlite* ]]; then run sqlite "--ConnectionStrings:Siberindo=Data Source=$sqlite_dir/eval.db"; fi

if [[ $databases == *postgres* ]] && [ -n "${SIBERINDO_TEST_POSTGRES:-}" ]; then
  # A throwaway database on the test server, dropped afterwards.
  eval "$(python3 - "$SIBERINDO_TEST_POSTGRES" <<'PY'
import sys, shlex
kv = dict(p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)
kv = {k.lower(): v for k, v in kv.items()}
for env, key, default in [("PGHOST", "host", "127.0.0.1"), ("PGPORT", "port", "5432"), ("PGUSER", "username", ""), ("PGPASSWORD", "password", "")]:
    print(f"export {env}={shlex.quote(kv.get(key, default))}")
PY
)"
  db=siberindo_eval_$$
  psql -q -d postgres -c "CREATE DATABASE $db"
  trap 'rm -rf "$sqlite_dir"; psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
  run postgres --Database:Provider=Postgres "--ConnectionStrings:Siberindo=Host=$PGHOST;Port=$PGPORT;Database=$db;Username=$PGUSER;Password=$PGPASSWORD"
fi
