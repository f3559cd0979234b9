using System.Globalization;
using Siberindo.Bench.Stories;
using Siberindo.Core.Stories;

var command = args.FirstOrDefault() ?? "eval";
var rest = args.Skip(1).ToArray();
string Option(string name, string fallback) =>
    Array.IndexOf(rest, name) is var i && i >= 0 && i + 1 < rest.Length ? rest[i + 1] : fallback;
string corpusPath = rest.FirstOrDefault(a => !a.StartsWith("--") && (Array.IndexOf(rest, a) == 0 || !rest[Array.IndexOf(rest, a) - 1].StartsWith("--")))
    ?? Path.Combine(RepoRoot(), "..", "shared", "corpus", "dev.jsonl");

switch (command)
{
    case "eval":
    {
        var corpus = CorpusArticle.Load(corpusPath);
        var options = OptionsFrom(Option);
        var output = Option("--out", Path.Combine(Path.GetTempPath(), "siberindo-stories-pred.jsonl"));
        int? seed = rest.Contains("--shuffle") ? int.Parse(Option("--shuffle", "1"), CultureInfo.InvariantCulture) : null;
        Evaluation.Predict(corpus, options, seed, output);
        Console.WriteLine($"predictions: {output} ({(seed is null ? "published order" : $"shuffled, seed {seed}")})");
        Console.WriteLine(Evaluation.MixedStories(corpus, output));
        Console.WriteLine(Evaluation.Score(corpusPath, output));
        break;
    }
    case "margins":
        Margins.Run(corpusPath);
        break;
    case "pairs":
        PairStats.Run(corpusPath, int.Parse(Option("--articles", "2000"), CultureInfo.InvariantCulture));
        break;
    case "pair":
        PairStats.One(corpusPath, Option("--first", ""), Option("--second", ""));
        break;
    case "sweep":
        Sweep.Run(corpusPath);
        break;
    case "speed":
        SpeedBenchmark.Run(int.Parse(Option("--articles", "1000000"), CultureInfo.InvariantCulture),
            int.Parse(Option("--measure", "20000"), CultureInfo.InvariantCulture));
        break;
    case "jsonl":
        // Synthetic articles in the `import articles` format, to time the persisted pipeline (bench/stories-pipeline-speed.sh).
        SyntheticNews.WriteJsonl(Console.Out, int.Parse(Option("--articles", "50000"), CultureInfo.InvariantCulture),
            int.Parse(Option("--seed", "1"), CultureInfo.InvariantCulture));
        break;
    default:
        Console.Error.WriteLine("usage: Siberindo.Bench.Stories eval [corpus] [--shuffle SEED] [--copy X] [--numbers X] [--story X] [--window DAYS]\n" +
                                "       Siberindo.Bench.Stories sweep [corpus]\n" +
                                "       Siberindo.Bench.Stories speed [--articles N] [--measure M]\n" +
                                "       Siberindo.Bench.Stories jsonl [--articles N] [--seed S] > articles.jsonl");
        return 2;
}
return 0;

static StoryIndexOptions OptionsFrom(Func<string, string, string> option)
{
    var d = new StoryIndexOptions();
    double D(string name, double fallback) => double.Parse(option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
    return d with
    {
        CopyContainment = D("--copy", d.CopyContainment),
        SlotAgreement = D("--numbers", d.SlotAgreement),
        StorySimilarity = D("--story", d.StorySimilarity),
        StoryWindow = TimeSpan.FromDays(D("--window", d.StoryWindow.TotalDays)),
    };
}

static string RepoRoot()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Siberindo.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
