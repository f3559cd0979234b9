#!/usr/bin/env python3
"""PostgreSQL's built-in `indonesian` text-search configuration (Snowball's rule-based stemmer) over the same corpus
and queries as bench/search-eval.sh, for comparison with Siberindo's analyzer:
  - OR of the query's lexemes, ts_rank_cd with title weight 2 (weights {B 0.5, A 1}), and
  - websearch_to_tsquery('indonesian', q) (every word required), same ranking.

  SIBERINDO_TEST_POSTGRES="Host=...;Username=...;Password=..." python3 bench/search-postgres-builtin.py
Writes artifacts/search-eval/postgres-indonesian-{or,websearch}-results.jsonl and prints eval_corpus.py's scores.
"""
import csv, json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.environ.get("CORPUS", os.path.join(root, "../shared/corpus/dev.jsonl"))
queries = os.environ.get("QUERIES", os.path.join(root, "../shared/corpus/dev-queries.jsonl"))
eval_script = os.environ.get("EVAL", os.path.join(root, "../shared/tools/eval_corpus.py"))
out = os.path.join(root, "artifacts/search-eval")
os.makedirs(out, exist_ok=True)

kv = {k.lower(): v for k, v in (p.split("=", 1) for p in os.environ["SIBERINDO_TEST_POSTGRES"].split(";") if "=" in p)}
env = dict(os.environ, PGHOST=kv.get("host", "127.0.0.1"), PGPORT=kv.get("port", "5432"), PGUSER=kv.get("username", ""),
           PGPASSWORD=kv.get("password", ""), PGDATABASE=kv.get("database", "postgres"))

def psql(sql):
    run = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"], input=sql, env=env, text=True, capture_output=True)
    if run.returncode != 0:
        sys.exit(run.stderr)
    return run.stdout

articles = [json.loads(l) for l in open(corpus, encoding="utf-8") if l.strip()]
qs = [json.loads(l)["q"] for l in open(queries, encoding="utf-8") if l.strip()]
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="") as f:
    csv.writer(f).writerows((a["guid"], a["title"], a.get("body") or "") for a in articles)
    data = f.name

def lit(s):
    return "'" + s.replace("'", "''") + "'"

script = [f"""
CREATE TEMP TABLE docs (guid text, title text, body text);
\\copy docs FROM '{data}' WITH (FORMAT csv)
ALTER TABLE docs ADD COLUMN document tsvector;
UPDATE docs SET document = setweight(to_tsvector('indonesian', title), 'A') || setweight(to_tsvector('indonesian', body), 'B');
"""]
for mode in ("or", "websearch"):
    for q in qs:
        query = (f"(SELECT coalesce(to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')), ''::tsquery) FROM unnest(to_tsvector('indonesian', {lit(q)})))"
                 if mode == "or" else f"websearch_to_tsquery('indonesian', {lit(q)})")
        script.append(f"""SELECT {lit(mode)} || chr(9) || coalesce(json_agg(guid)::text, '[]') FROM (
  SELECT guid FROM docs, {query} AS t(q) WHERE document @@ t.q
  ORDER BY ts_rank_cd('{{0, 0, 0.5, 1}}', document, t.q) DESC, guid LIMIT 10) r;""")
lines = psql("\n".join(script)).splitlines()
os.unlink(data)

results = {"or": [], "websearch": []}
for line in lines:
    mode, guids = line.split("\t", 1)
    results[mode].append(json.loads(guids))
for mode, rows in results.items():
    path = os.path.join(out, f"postgres-indonesian-{mode}-results.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for q, guids in zip(qs, rows):
            f.write(json.dumps({"q": q, "results": guids}, ensure_ascii=False) + "\n")
    print(f"== PostgreSQL 'indonesian', {mode}: python3 {eval_script} search {corpus} {queries} {path}", flush=True)
    print(subprocess.run(["python3", eval_script, "search", corpus, queries, path], capture_output=True, text=True).stdout.splitlines()[-1])
