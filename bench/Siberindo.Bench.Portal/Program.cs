using Siberindo.Bench.Portal;

// Helpers for bench/portal-load.sh: `seed` fills a database with generated articles through the product's own ingest;
// `freshness` measures how long new articles take to appear on the home page of a running server; `demo-corpus` writes
// the demo network's stream as a labelled corpus for the story bench.
return args switch
{
    ["seed", .. var rest] => await Seeder.RunAsync(rest),
    ["freshness", .. var rest] => await Freshness.RunAsync(rest),
    ["demo-corpus", .. var rest] => DemoCorpus.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seed --db FILE --articles N [--days D] | freshness --url URL --db FILE [--seconds S] | demo-corpus [--hours H] [--outlets N] > demo.jsonl");
    return 2;
}
