using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Storage;
using Siberindo.Search;
using Siberindo.Stories;

namespace Siberindo.Articles;

/// <summary>
/// Imports articles from JSON Lines (<c>{"guid","outlet","url","title","published","body"}</c> per line) through the
/// same <see cref="ArticleIngestor"/> as crawled articles. Every line is checked before anything is stored; one bad
/// line refuses the file.
/// </summary>
public sealed class ArticleImport(SiberindoDb db, OutletRegistry registry, ArticleIngestor ingestor, StoryAssigner stories, SearchIndexer search)
{
    public sealed record Line(int Number, string Outlet, IncomingArticle Article);

    public static (List<Line> Lines, List<RowError> Errors) Read(TextReader reader)
    {
        var lines = new List<Line>();
        var errors = new List<RowError>();
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                using var doc = JsonDocument.Parse(text);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new RowError(number, $"not a JSON object (a {root.ValueKind.ToString().ToLowerInvariant()}): each line is one article {{\"guid\",\"outlet\",...}}"));
                    continue;
                }
                string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var missing = new[] { "guid", "outlet", "url", "title", "published" }.Where(f => string.IsNullOrWhiteSpace(Str(f))).ToList();
                if (missing.Count > 0) { errors.Add(new RowError(number, $"missing field(s): {string.Join(", ", missing)}")); continue; }
                if (!Uri.TryCreate(Str("url"), UriKind.Absolute, out var url) || (url.Scheme != "http" && url.Scheme != "https"))
                { errors.Add(new RowError(number, $"url '{Str("url")}' is not an absolute http(s) URL")); continue; }
                if (!DateTimeOffset.TryParse(Str("published"), System.Globalization.CultureInfo.InvariantCulture,
                        System.Globalization.DateTimeStyles.AssumeUniversal, out var published))
                { errors.Add(new RowError(number, $"published '{Str("published")}' is not an ISO-8601 date")); continue; }
                var body = Str("body");
                lines.Add(new Line(number, Str("outlet")!, new IncomingArticle(
                    Str("guid")!, url.ToString(), Str("title")!.Trim(), Summary: null, Body: body, ImageUrl: null, published.UtcDateTime)));
            }
            catch (JsonException e)
            {
                errors.Add(new RowError(number, $"not valid JSON: {e.Message}"));
            }
        }
        return (lines, errors);
    }

    public async Task<ArticleImportResult> ImportAsync(IReadOnlyList<Line> lines, bool createOutlets, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var outlets = new Dictionary<string, Outlet?>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<RowError>();
        foreach (var line in lines)
        {
            if (!outlets.ContainsKey(line.Outlet)) outlets[line.Outlet] = await registry.FindByDomainAsync(line.Outlet, create: false, ct);
            if (outlets[line.Outlet] is null && !createOutlets)
                errors.Add(new RowError(line.Number, $"outlet '{line.Outlet}' is not registered (add it first, or pass --create-outlets)"));
        }
        if (errors.Count > 0) return new ArticleImportResult(0, 0, 0, errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = 0;
        foreach (var domain in outlets.Where(o => o.Value is null).Select(o => o.Key).ToList())
        {
            outlets[domain] = await registry.FindByDomainAsync(domain, create: true, ct);
            created++;
        }
        var stored = 0;
        var done = 0;
        var skipped = new List<RowError>();
        // In order of publication, so that later stages see articles as they would have arrived.
        foreach (var batch in lines.OrderBy(l => l.Article.Published).Chunk(1000))
        {
            foreach (var group in batch.GroupBy(l => l.Outlet, StringComparer.OrdinalIgnoreCase))
            {
                var result = await ingestor.IngestAsync(outlets[group.Key]!, null, group.Select(l => l.Article).ToList(), ct);
                stored += result.Stored.Count;
                // An article the database refuses is left out with its line; the others are stored.
                foreach (var skip in result.Skipped)
                    skipped.AddRange(group.Where(l => l.Article.Guid == skip.Guid).Select(l => new RowError(l.Number, $"skipped: {skip.Reason}")));
            }
            db.ChangeTracker.Clear();
            done += batch.Length;
            progress?.Report(done);
        }
        await transaction.CommitAsync(ct);
        // Imported articles are searchable and in their stories when the import returns (here, or by the lease holders).
        var stages = System.Diagnostics.Stopwatch.StartNew();
        if (stored > 0)
        {
            await search.IndexAllAsync(TimeSpan.FromMinutes(10), ct);
            await stories.AssignAllAsync(TimeSpan.FromMinutes(10), ct);
        }
        return new ArticleImportResult(stored, lines.Count - stored - skipped.Count, created, []) { Stages = stages.Elapsed, Skipped = skipped };
    }
}

public sealed record ArticleImportResult(int Stored, int AlreadyKnown, int OutletsCreated, IReadOnlyList<RowError> Errors)
{
    /// <summary>Lines whose article could not be stored (the rest of the file was), with the reason.</summary>
    public IReadOnlyList<RowError> Skipped { get; init; } = [];

    /// <summary>How long the search and story stages took to take in the stored articles.</summary>
    public TimeSpan Stages { get; init; }

    public bool Succeeded => Errors.Count == 0;
}
