namespace Siberindo.Core.FactChecks;

/// <summary>A checked claim as the matcher reads it: the claim as stated, the fact-check's title and its text (the
/// explanation and the body, which quote what circulated), and when the fact-check came out.</summary>
public sealed record ClaimText(long Id, string Claim, string Title, string Review, DateTimeOffset? Reviewed = null);

/// <summary>How an article stands to a claim: it spreads it, or it checks it (a clarification, a fact-check; for a
/// true claim an official confirmation). Only the first earns the article a hoax label.</summary>
public enum ClaimRelation { Repeats = 0, Debunks = 1 }

/// <summary>One claim an article resembles, with the matcher's score (0..1, higher is closer).</summary>
public sealed record ClaimMatch(long ClaimId, double Score, ClaimRelation Relation);

/// <summary>What the matcher finds for one article: the claims it resembles, best first, and the one it is confident
/// about (<see cref="Confident"/>), or none.</summary>
public sealed record ClaimMatches(IReadOnlyList<ClaimMatch> Ranked, ClaimMatch? Confident)
{
    public static readonly ClaimMatches None = new([], null);
}
