using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Cli;
using Siberindo.Core.FactChecks;
using Siberindo.Storage;

namespace Siberindo.FactChecks;

/// <summary><c>siberindo cekfakta import FILE</c> and <c>siberindo cekfakta match ARTICLES.jsonl</c>.</summary>
public static class FactCheckCommands
{
    public static Command Create()
    {
        var command = new Command("cekfakta", "Fact-checks: import ClaimReview files, match articles against the known claims.");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Match());
        return command;
    }

    static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "ClaimReview JSON-LD (an object, an array, a @graph, or JSON lines), or a claims.jsonl corpus file." };
        var import = CliHost.Command(new Command("import", "Import fact-checks; known external ids are updated (a correction), not duplicated.") { file });
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) { Console.Error.WriteLine($"error: {path.FullName} not found"); return 2; }
            var (drafts, errors) = ClaimReviewJson.Read(await File.ReadAllTextAsync(path.FullName, ct));
            foreach (var e in errors) Console.Error.WriteLine($"line {e.Line}: {e.Message}");
            if (errors.Count > 0) { Console.Error.WriteLine("Nothing was imported."); return 1; }
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<FactCheckRegistry>().ImportAsync(drafts, ct);
            foreach (var e in result.Errors) Console.Error.WriteLine($"check {e.Line}: {e.Message}");
            if (result.Errors.Count > 0) { Console.Error.WriteLine("Nothing was imported."); return 1; }
            Console.WriteLine($"{result.Created} fact-check(s) added, {result.Corrected} corrected, {result.Unchanged} unchanged.");
            return 0;
        });
        return import;
    }

    static Command Match()
    {
        var file = new Argument<FileInfo>("articles") { Description = "Articles in the import-articles JSONL format." };
        var match = CliHost.Command(new Command("match",
            "Print one JSON line per article {\"guid\",\"matches\":[{\"claim\",\"score\"}],\"label\"}: claims by external id (else id), best first; label the claim the portal would show, or null. Stores nothing.") { file });
        match.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) { Console.Error.WriteLine($"error: {path.FullName} not found"); return 2; }
            List<ArticleImport.Line> lines;
            using (var reader = path.OpenText())
            {
                var (read, errors) = ArticleImport.Read(reader);
                foreach (var e in errors) Console.Error.WriteLine($"line {e.Line}: {e.Message}");
                if (errors.Count > 0) return 1;
                lines = read;
            }
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            // The search index's frequencies (the stored stream's, as the matching stage weighs words) plus those of the
            // articles at hand, which are the stream being matched.
            var stats = new TermStatistics();
            var (matcher, _) = await ClaimIndex.BuildAsync(db, stats, ct);
            var analysed = lines.Select(l => ClaimMatcher.Analyse(l.Article.Title, l.Article.Body ?? l.Article.Summary ?? "")).ToList();
            await new IndexedWordRarity(stats).PrepareAsync(db, analysed.SelectMany(a => a.Distinct).Concat(matcher.Terms()), ct);
            foreach (var a in analysed) stats.AddDocument(a.Distinct);
            var names = await db.Set<FactCheck>().AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.ExternalId ?? f.Id.ToString(), ct);
            var rejected = (await db.Set<FactCheckMatch>().AsNoTracking().Where(m => m.State == MatchState.Rejected)
                .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { a.Guid, m.FactCheckId }).ToListAsync(ct))
                .Select(r => (r.Guid, r.FactCheckId)).ToHashSet();
            var output = Console.Out;
            for (var i = 0; i < lines.Count; i++)
            {
                var guid = lines[i].Article.Guid;
                var found = matcher.Match(analysed[i]);
                var ranked = found.Ranked.Where(m => !rejected.Contains((guid, m.ClaimId))).ToList();
                var label = found.Confident is { } c && !rejected.Contains((guid, c.ClaimId)) ? names[c.ClaimId] : null;
                await output.WriteLineAsync(JsonSerializer.Serialize(new MatchLine(guid, ranked.Select(m => new MatchLineClaim(names[m.ClaimId], m.Score)).ToList(), label), MatchJson.Default.MatchLine));
            }
            await output.FlushAsync(ct);
            return 0;
        });
        return match;
    }
}

public sealed record MatchLineClaim([property: JsonPropertyName("claim")] string Claim, [property: JsonPropertyName("score")] double Score);

public sealed record MatchLine(
    [property: JsonPropertyName("guid")] string Guid,
    [property: JsonPropertyName("matches")] List<MatchLineClaim> Matches,
    [property: JsonPropertyName("label")] string? Label);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(MatchLine))]
internal sealed partial class MatchJson : JsonSerializerContext;
