using System.Diagnostics;
using System.Globalization;
using Siberindo.Core.FactChecks;

// Claim matching quality and speed. Usage:
//   claims CLAIMS.jsonl ARTICLES.jsonl OUTDIR   predictions of the matcher (ours.jsonl) and of BM25 (bm25.jsonl, the
//                                               threshold tuned for label F1), and every candidate's evidence (evidence.tsv)
//   scale CLAIMS.jsonl STREAM.jsonl             share of a stream's articles the matcher labels
//   speed CLAIMS.jsonl STREAM.jsonl [CLAIMS]    time per article with CLAIMS known claims (default 1,000): the corpus's
//                                               claims plus claims made from the stream's own headlines and leads
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
switch (args)
{
    case ["claims", var claimsPath, var articlesPath, var outDir]:
    {
        Directory.CreateDirectory(outDir);
        var claims = Corpus.Claims(claimsPath);
        var articles = Corpus.Articles(articlesPath);
        var (matcher, keys) = Build(claims, articles);
        using (var ours = new StreamWriter(Path.Combine(outDir, "ours.jsonl")))
        using (var tsv = new StreamWriter(Path.Combine(outDir, "evidence.tsv")))
        {
            tsv.WriteLine("guid\trank\tclaim\tscore\tclaimShare\tpassage\texplained\tcirculation\tchecks\tconfident");
            foreach (var a in articles)
            {
                var terms = ClaimMatcher.Analyse(a.Title, a.Body);
                var found = matcher.Match(terms, a.Published);
                ours.WriteLine(Corpus.PredictionLine(a.Guid, found.Ranked.Select(m => (keys[m.ClaimId], m.Score)), found.Confident is { } c ? keys[c.ClaimId] : null));
                foreach (var (e, i) in matcher.Evidence(terms).Take(3).Select((e, i) => (e, i)))
                    tsv.WriteLine($"{a.Guid}\t{i}\t{keys[e.ClaimId]}\t{e.Evidence.Score:F4}\t{e.Evidence.Claim:F4}\t{e.Evidence.Passage:F4}\t{e.Evidence.Explained:F4}\t{e.Evidence.Circulation}\t{e.Evidence.Checks}\t{matcher.IsConfident(e.Evidence)}");
            }
        }
        var bm25 = new Bm25Baseline(claims);
        var ranked = articles.Select(a => (a.Guid, Ranked: bm25.Rank(a.Title, a.Body))).ToList();
        var threshold = Bm25Threshold.TuneForF1(ranked, articlesPath);
        Console.WriteLine($"BM25 label threshold tuned for F1 on this corpus: {threshold:F3}");
        using var bm = new StreamWriter(Path.Combine(outDir, "bm25.jsonl"));
        foreach (var (guid, list) in ranked)
            bm.WriteLine(Corpus.PredictionLine(guid, list, list.Count > 0 && list[0].Score >= threshold ? list[0].Claim : null));
        break;
    }
    case ["scale", var claimsPath, var streamPath]:
    {
        var articles = Corpus.Articles(streamPath);
        var (matcher, keys) = Build(Corpus.Claims(claimsPath), articles);
        var labelled = articles.Where(a => matcher.Match(a.Title, a.Body, a.Published).Confident is not null).ToList();
        Console.WriteLine($"labelled {labelled.Count} of {articles.Count} articles ({100.0 * labelled.Count / articles.Count:F2}%)");
        foreach (var a in labelled.Take(20)) Console.WriteLine($"  {a.Guid} {a.Title}");
        break;
    }
    case ["speed", var claimsPath, var streamPath, ..]:
    {
        var target = args.Length > 3 ? int.Parse(args[3]) : 1000;
        var articles = Corpus.Articles(streamPath);
        var claims = Corpus.Claims(claimsPath);
        // Made-up claims from the stream's own news, so the index holds 1,000 claims over the same vocabulary.
        var extra = articles.Where((_, i) => i % 5 == 0).Take(target - claims.Count).Select((a, i) =>
        {
            var lead = string.Join("\n\n", a.Body.Split("\n\n").Take(3));
            return ($"X{i}", new ClaimText(claims.Count + i + 1, a.Title, a.Title, lead, a.Published));
        });
        var (matcher, _) = Build(claims.Concat(extra).ToList(), articles);
        foreach (var a in articles.Take(200)) matcher.Match(a.Title, a.Body);
        var watch = Stopwatch.StartNew();
        var labelled = 0;
        foreach (var a in articles) if (matcher.Match(a.Title, a.Body, a.Published).Confident is not null) labelled++;
        watch.Stop();
        Console.WriteLine($"{matcher.Count} claims, {articles.Count} articles: {watch.Elapsed.TotalMilliseconds / articles.Count:F3} ms per article (analysis included), one thread; {labelled} labelled");
        break;
    }
    default:
        Console.Error.WriteLine("usage: claims CLAIMS ARTICLES OUTDIR | scale CLAIMS STREAM | speed CLAIMS STREAM [COUNT]");
        return 2;
}
return 0;

// Document frequencies from the articles at hand, as the `cekfakta match` command takes them from the file it reads.
static (ClaimMatcher, Dictionary<long, string>) Build(List<(string Key, ClaimText Text)> claims, List<Corpus.Article> articles)
{
    var stats = new TermStatistics();
    foreach (var a in articles) stats.AddDocument(ClaimMatcher.Analyse(a.Title, a.Body).Distinct);
    var matcher = new ClaimMatcher(stats);
    foreach (var (_, c) in claims) matcher.Add(c);
    return (matcher, claims.ToDictionary(c => c.Text.Id, c => c.Key));
}
