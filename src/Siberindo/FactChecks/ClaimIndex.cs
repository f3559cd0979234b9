using Microsoft.EntityFrameworkCore;
using Siberindo.Core.FactChecks;
using Siberindo.Storage;

namespace Siberindo.FactChecks;

/// <summary>
/// Builds the matcher from the registry: every published check as a <see cref="ClaimText"/>, weighed with the word
/// rarity given (the search index's counts, <see cref="IndexedWordRarity"/>), so that a word every outlet prints weighs
/// little.
/// </summary>
public static class ClaimIndex
{
    public static ClaimText TextOf(FactCheck f) =>
        new(f.Id, f.ClaimReviewed, f.Title, f.Explanation + "\n\n" + f.Body, new DateTimeOffset(DateTime.SpecifyKind(f.Published, DateTimeKind.Utc)));

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
