using Microsoft.EntityFrameworkCore;
using Siberindo.Core.FactChecks;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.FactChecks;

/// <summary>
/// Builds the matcher from the registry: every published check as a <see cref="ClaimText"/>, and document frequencies
/// learnt from the most recent stored articles (the stream the matcher reads), so that a word every outlet prints
/// weighs little.
/// </summary>
public static class ClaimIndex
{
    /// <summary>How many recent articles seed the document frequencies (about a day of a national stream).</summary>
    public const int SeedArticles = 5_000;

    public static ClaimText TextOf(FactCheck f) =>
        new(f.Id, f.ClaimReviewed, f.Title, f.Explanation + "\n\n" + f.Body, new DateTimeOffset(DateTime.SpecifyKind(f.Published, DateTimeKind.Utc)));

    public static async Task<TermStatistics> SeedStatisticsAsync(SiberindoDb db, CancellationToken ct)
    {
        var stats = new TermStatistics();
        var recent = await db.Articles.AsNoTracking().OrderByDescending(a => a.Id).Take(SeedArticles)
            .Select(a => new { a.Title, a.Body, a.Summary }).ToListAsync(ct);
        foreach (var a in recent) stats.AddDocument(ClaimMatcher.Analyse(a.Title, StoryText.Of(a.Body, a.Summary)).Distinct);
        return stats;
    }

    /// <summary>The checks' versions by id, and a matcher holding them.</summary>
    public static async Task<(ClaimMatcher Matcher, Dictionary<long, int> Versions)> BuildAsync(SiberindoDb db, TermStatistics stats, CancellationToken ct)
    {
        var matcher = new ClaimMatcher(stats);
        var checks = await db.Set<FactCheck>().AsNoTracking().ToListAsync(ct);
        foreach (var f in checks) matcher.Add(TextOf(f));
        return (matcher, checks.ToDictionary(f => f.Id, f => f.Version));
    }

    public static MatchRelation RelationOf(ClaimRelation r) => r == ClaimRelation.Debunks ? MatchRelation.Debunks : MatchRelation.Repeats;
}
