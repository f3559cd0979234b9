using System.Globalization;
using Siberindo.Bench.Ingestion;

var command = args.FirstOrDefault() ?? "";
var rest = args.Skip(1).ToArray();
string Option(string name, string fallback) =>
    Array.IndexOf(rest, name) is var i && i >= 0 && i + 1 < rest.Length ? rest[i + 1] : fallback;
double Number(string name, double fallback) => double.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

var root = RepoRoot();
switch (command)
{
    case "fuzz":
        return new Fuzz(Path.Combine(root, "bench", "Siberindo.Bench.Ingestion", "fuzz-corpus"),
                Path.Combine(root, "tests", "Siberindo.Core.Tests", "Feeds"))
            .Run(TimeSpan.FromMinutes(Number("--minutes", 10)), (int)Number("--threads", 1));
    case "crawl":
        return await CrawlBenchmark.RunAsync(new CrawlBenchmark.Settings(
            Feeds: (int)Number("--feeds", 5000),
            Rounds: (int)Number("--rounds", 3),
            Concurrency: (int)Number("--concurrency", 64),
            SlowEvery: (int)Number("--slow-every", 50),
            SlowDelay: TimeSpan.FromMilliseconds(Number("--slow-ms", 1500)),
            Database: Option("--db", Path.Combine(Path.GetTempPath(), "siberindo-bench-crawl.db")),
            // Product configuration passes through, e.g. --Stories:Assign=false to see a stage's share.
            Configuration: args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray()));
    default:
        Console.Error.WriteLine("usage: Siberindo.Bench.Ingestion fuzz [--minutes 10] [--threads 1]\n" +
                                "       Siberindo.Bench.Ingestion crawl [--feeds 5000] [--rounds 3] [--concurrency 64] [--slow-every 50] [--slow-ms 1500] [--db FILE] [--Section:Key=value ...]");
        return 2;
}

static string RepoRoot()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Siberindo.slnx"))) return dir.FullName;
    throw new InvalidOperationException("Run from inside the repository.");
}
