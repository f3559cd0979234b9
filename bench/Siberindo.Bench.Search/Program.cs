using System.Diagnostics;
using Siberindo.Bench.Search;
using Siberindo.Core.Text;

// Search-quality evaluation and analyzer throughput for the Indonesian analyzer.
//   dotnet run -c Release --project bench/Siberindo.Bench.Search -- [--corpus F] [--queries F] [--eval F] [--out DIR] [--rounds N]
//   dotnet run -c Release --project bench/Siberindo.Bench.Search -- stem WORD...
// Paths default to the shared corpus beside the repository (../shared/corpus from the repo root).

if (args.Length > 0 && args[0] == "stem")
{
    foreach (var word in args.Skip(1))
    {
        Console.WriteLine($"{word} -> {IndonesianStemmer.Default.Stem(word)}");
    }

    return 0;
}

var repoRoot = FindRepoRoot();
var corpusPath = Option("--corpus") ?? Path.Combine(repoRoot, "../shared/corpus/dev.jsonl");
var queriesPath = Option("--queries") ?? Path.Combine(repoRoot, "../shared/corpus/dev-queries.jsonl");
var evalScript = Option("--eval") ?? Path.Combine(repoRoot, "../shared/tools/eval_corpus.py");
var outDir = Option("--out") ?? Path.Combine(repoRoot, "artifacts/search-eval");
var rounds = int.Parse(Option("--rounds") ?? "15");
Directory.CreateDirectory(outDir);

var articles = Corpus.ReadJsonLines<CorpusArticle>(corpusPath);
var queries = Corpus.ReadJsonLines<CorpusQuery>(queriesPath);
Console.WriteLine($"corpus: {articles.Count} articles, {queries.Count} queries ({Path.GetFullPath(corpusPath)})");

var before = GC.GetTotalMemory(forceFullCollection: true);
var roots = IndonesianRootDictionary.Default;
var rootMemory = GC.GetTotalMemory(forceFullCollection: true) - before;
Console.WriteLine($"root dictionary: {roots.Count:N0} roots, {rootMemory / 1024.0 / 1024.0:F2} MiB managed heap");

var ours = IndonesianAnalyzer.Default;
Evaluate("siberindo (dictionary-backed stemming)", text => ours.Analyze(text).ToList());
Evaluate("naive (lowercase + split)", NaiveAnalyzer.Analyze);
EvaluateLucene();

ThroughputBenchmark.Run(articles, rounds);
return 0;

void Evaluate(string name, Func<string, List<string>> analyze)
{
    var index = new Bm25Index(titleBoost: 2.0);
    foreach (var article in articles)
    {
        index.Add(article.Guid, analyze(article.Title), analyze(article.Body));
    }

    Report(name, queries.Select(q => (q.Text, index.Search(analyze(q.Text), 10))));
}

void EvaluateLucene()
{
    try
    {
        using var lucene = new LuceneComparator(articles);
        Report("lucene.net IndonesianAnalyzer (rule-based)", queries.Select(q => (q.Text, lucene.Search(q.Text, 10))));
    }
    catch (Exception e) when (e is TypeLoadException or FileNotFoundException)
    {
        Console.WriteLine($"lucene.net comparator unavailable: {e.Message}");
    }
}

void Report(string name, IEnumerable<(string Query, IReadOnlyList<string> Guids)> results)
{
    var file = Path.Combine(outDir, new string(name.TakeWhile(char.IsLetterOrDigit).ToArray()) + "-results.jsonl");
    Corpus.WriteResults(file, results);
    Console.WriteLine($"== {name}: python3 {evalScript} search {corpusPath} {queriesPath} {file}");
    var python = Process.Start(new ProcessStartInfo("python3", [evalScript, "search", corpusPath, queriesPath, file])
    {
        RedirectStandardOutput = true,
    })!;
    Console.Write(python.StandardOutput.ReadToEnd());
    python.WaitForExit();
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Siberindo.slnx")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
