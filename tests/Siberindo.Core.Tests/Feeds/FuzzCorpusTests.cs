using System.Diagnostics;
using System.Text.Json;
using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

/// <summary>
/// Replays the corpus the long fuzz runs kept (bench/Siberindo.Bench.Ingestion/fuzz-corpus): every input that once
/// reached a new outcome still parses without an escaped exception, within the budget, into valid JSON. Runs alone,
/// after the parallel tests, so its 400 inputs neither slow the other timed tests nor are slowed by them.
/// </summary>
[Collection(nameof(FuzzCorpusTests))]
public class FuzzCorpusTests
{
    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "bench", "Siberindo.Bench.Ingestion", "fuzz-corpus");
            if (!Directory.Exists(corpus)) continue;
            foreach (var file in Directory.EnumerateFiles(corpus).Order()) data.Add(Path.GetFileName(file) + "|" + file);
            break;
        }
        return data;
    }

    [Fact]
    public void The_corpus_is_there()
    {
        Assert.True(Corpus().Count >= 50, "the fuzz corpus is missing");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Corpus_inputs_parse_safely(string entry)
    {
        var bytes = File.ReadAllBytes(entry[(entry.IndexOf('|') + 1)..]);
        var watch = Stopwatch.StartNew();
        var result = FeedParser.Parse(bytes, new FeedParseOptions { BaseUri = new Uri("https://contoh.example/feed") });
        watch.Stop();

        Assert.True(watch.Elapsed < ParseBudget.PerInput, $"took {watch.ElapsedMilliseconds} ms");
        Assert.False(result.Error is { } error && error.StartsWith("the parser failed", StringComparison.Ordinal), result.Error);
        using (JsonDocument.Parse(FeedJson.Write("corpus", result)))
        {
        }
    }
}

[CollectionDefinition(nameof(FuzzCorpusTests), DisableParallelization = true)]
public class FuzzCorpusCollection;
