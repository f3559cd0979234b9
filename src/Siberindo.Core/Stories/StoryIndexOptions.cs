namespace Siberindo.Core.Stories;

/// <summary>Decision thresholds of <see cref="StoryIndex"/>; docs/stories.md shows how the scores move with each.</summary>
public sealed record StoryIndexOptions
{
    /// <summary>A copy shares at least this share of the smaller article's shingles. Half: a republished release keeps
    /// most of its text even when cut to the lead or given a lead from another report, while independent reports on one
    /// event share only names and figures, a few per cent of shingles.</summary>
    public double CopyContainment { get; init; } = 0.5;

    /// <summary>A copy carries its places, names and figures along: where two articles share the words around a slot
    /// (<see cref="SlotContexts"/>), at least this share of the slots must be filled alike. On the national stream
    /// (docs/stories.md) every copy pair scores 0.9 or more and a template re-run about another place or with other
    /// figures scores 0.2-0.8: a rewrite that keeps the wording changes its names too.</summary>
    public double SlotAgreement { get; init; } = 0.9;

    /// <summary>Cosine between an article's event terms and a story's centroid needed to join the story.</summary>
    public double StorySimilarity { get; init; } = 0.35;

    /// <summary>An article joins only stories with an article published within this time of it.</summary>
    public TimeSpan StoryWindow { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Copies are looked for among articles published within this time. Republishing a release or a report is a
    /// matter of hours to days; two weeks leaves a wide margin, and since the index keeps this much news in memory, a
    /// longer horizon costs memory in proportion (see docs/stories.md).</summary>
    public TimeSpan CopyHorizon { get; init; } = TimeSpan.FromDays(14);
}
