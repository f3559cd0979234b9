#!/usr/bin/env bash
# Search quality through the real product: a fresh database, `siberindo import articles`, every query of a shared
# query set through `siberindo search --json --limit 10`, scored by eval_corpus.py. Runs the development set
# (dev.jsonl, 231 articles) and the national stream (scale-dev.jsonl, 6,000 articles) in turn.
#   bench/search-eval.sh                 both sets on SQLite, and on PostgreSQL too when SIBERINDO_TEST_POSTGRES is set
#   SETS=scale-dev bench/search-eval.sh  one set ("dev", "scale-dev")
#   CORPUS=... QUERIES=... bench/search-eval.sh   another (e.g. held-out) set instead
#   DATABASES=postgres bench/search-eval.sh        one database only
#   BIN=DIR bench/search-eval.sh         a siberindo already built in DIR (e.g. an earlier commit's, to compare)
#   OUT=DIR bench/search-eval.sh         where results go (default artifacts/search-eval)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared
eval_script=${EVAL:-$shared/tools/eval_corpus.py}
out=${OUT:-$root/artifacts/search-eval}
bin=${BIN:-$out/bin}
mkdir -p "$out"
[ -n "${BIN:-}" ] || dotnet build -c Release "$root/src/Siberindo" -o "$bin" -nologo -v q >/dev/null
siberindo() { "$bin/siberindo" "$@"; }

# name corpus queries: one line per set to run
if [ -n "${CORPUS:-}" ]; then
  sets=("custom $CORPUS ${QUERIES:?QUERIES must be set with CORPUS}")
else
  sets=()
  for set in ${SETS:-dev scale-dev}; do sets+=("$set $shared/corpus/$set.jsonl $shared/corpus/$set-queries.jsonl"); done
fi

run() { # set corpus queries database, configuration args...
  local set=$1 corpus=$2 queries=$3 name=$4; shift 4
  local results=$out/product-$set-$name-results.jsonl
  siberindo import articles "$corpus" --create-outlets "$@" >/dev/null
  : >"$results"
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    q=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["q"])' "$line")
    siberindo search "$q" --json --limit 10 "$@" |
      python3 -c 'import json,sys; q=sys.argv[1]; print(json.dumps({"q": q, "results": [r["guid"] for r in json.load(sys.stdin)]}, ensure_ascii=False))' "$q" >>"$results"
  done <"$queries"
  echo "== $set, siberindo search on $name: python3 $eval_script search $corpus $queries $results"
  python3 "$eval_script" search "$corpus" "$queries" "$results"
}

databases=${DATABASES:-sqlite postgres}
if [[ $databases == *postgres* ]] && [ -n "${SIBERINDO_TEST_POSTGRES:-}" ]; then
  eval "$(python3 - "$SIBERINDO_TEST_POSTGRES" <<'PY'
import sys, shlex
kv = dict(p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)
kv = {k.lower(): v for k, v in kv.items()}
for env, key, default in [("PGHOST", "host", "127.0.0.1"), ("PGPORT", "port", "5432"), ("PGUSER", "username", ""), ("PGPASSWORD", "password", "")]:
    print(f"export {env}={shlex.quote(kv.get(key, default))}")
PY
)"
fi

work=$(mktemp -d)
db=""
cleanup() {
  rm -rf "$work"
  if [ -n "$db" ]; then psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; fi
}
trap cleanup EXIT
for entry in "${sets[@]}"; do
  read -r set corpus queries <<<"$entry"
  if [[ $databases == *sqlite* ]]; then
    run "$set" "$corpus" "$queries" sqlite "--ConnectionStrings:Siberindo=Data Source=$work/$set.db"
  fi
  if [[ $databases == *postgres* ]] && [ -n "${SIBERINDO_TEST_POSTGRES:-}" ]; then
    # A throwaway database on the test server per set, dropped afterwards.
    db=siberindo_eval_$$
    psql -q -d postgres -c "CREATE DATABASE $db"
    run "$set" "$corpus" "$queries" postgres --Database:Provider=Postgres "--ConnectionStrings:Siberindo=Host=$PGHOST;Port=$PGPORT;Database=$db;Username=$PGUSER;Password=$PGPASSWORD"
    psql -q -d postgres -c "DROP DATABASE $db WITH (FORCE)"
    db=""
  fi
done
