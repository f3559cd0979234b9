namespace Siberindo.FactChecks;

/// <summary>
/// Mafindo's classification: a general verdict (hoaks or benar; a half-truth counts as hoaks) and, for a hoax, one of
/// seven types. <see cref="Unclassified"/> is the fallback for a partner desk's rating name we cannot map: the check is
/// kept with its original name (<see cref="FactCheck.RatingOriginal"/>) and counted as hoaks until a checker classifies it.
/// </summary>
public enum FactCheckRating
{
    SatireParodi = 0, KontenMenyesatkan = 1, KontenTiruan = 2, KontenPalsu = 3, KoneksiYangSalah = 4, KonteksKeliru = 5,
    KontenYangDimanipulasi = 6, Benar = 7, Unclassified = 8,
}

/// <summary>What the claim is about, for the statistics (the government hoax desk's main categories).</summary>
public enum FactCheckCategory { Kesehatan = 0, Politik = 1, Pemerintahan = 2, Bencana = 3, Penipuan = 4, Kriminal = 5, Sosial = 6, Lainnya = 7 }

/// <summary>
/// A claim and its fact-check, shaped for schema.org <c>ClaimReview</c>: <see cref="ClaimReviewed"/> is
/// <c>claimReviewed</c>, <see cref="Rating"/> is <c>reviewRating.alternateName</c>, the claim's appearance, first
/// appearance, claimant and date are <c>itemReviewed</c> (a <c>Claim</c>). Written by fact-checkers (national, or one
/// province: <see cref="ProvinceCode"/>); every change after publication is a <see cref="FactCheckCorrection"/>.
/// </summary>
public sealed class FactCheck
{
    public long Id { get; init; }
    /// <summary>The id a partner desk or corpus gives it (a ClaimReview's url, or "C01"): imports update rather than duplicate.</summary>
    public string? ExternalId { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string ClaimReviewed { get; set; }
    public string? Claimant { get; set; }
    /// <summary>Where the claim was seen (a post's URL); one per line.</summary>
    public string? Appearances { get; set; }
    public DateTime? ClaimFirstSeen { get; set; }
    public FactCheckRating Rating { get; set; }
    public string? RatingOriginal { get; set; }
    public FactCheckCategory Category { get; set; }
    /// <summary>The verdict's reason in one or two sentences (ClaimReview <c>reviewRating.ratingExplanation</c>).</summary>
    public required string Explanation { get; set; }
    /// <summary>The fact-check itself: plain text, paragraphs separated by blank lines.</summary>
    public required string Body { get; set; }
    /// <summary>Sources checked (IFCN: transparent sources), one URL per line.</summary>
    public string? EvidenceLinks { get; set; }
    /// <summary>The desk that wrote it (ClaimReview <c>author</c>).</summary>
    public required string Reviewer { get; set; }
    /// <summary>The checker's area: null for a national check, a province code otherwise.</summary>
    public string? ProvinceCode { get; set; }
    public DateTime Published { get; set; }
    public DateTime Updated { get; set; }
    /// <summary>1 when published, one more with each correction; the matcher reloads a check whose version moved.</summary>
    public int Version { get; set; } = 1;
    public bool IsDemo { get; set; }

    public bool IsHoax => Rating != FactCheckRating.Benar;
    public string VerdictLabel => IsHoax ? "HOAKS" : "BENAR";
}

/// <summary>A correction of a published fact-check (IFCN: open corrections): when, by whom, why, and what it said before.</summary>
public sealed class FactCheckCorrection
{
    public long Id { get; init; }
    public long FactCheckId { get; init; }
    public DateTime At { get; init; }
    public required string By { get; init; }
    public required string Note { get; init; }
    public FactCheckRating PreviousRating { get; init; }
    public required string PreviousExplanation { get; init; }
    public required string PreviousClaim { get; init; }
}

/// <summary>How an article stands to a checked claim: it spreads it, or it checks it (never labelled as a hoax).</summary>
public enum MatchRelation { Repeats = 0, Debunks = 1 }

/// <summary>
/// <see cref="Suggested"/>: the matcher found a resemblance below its confident threshold; <see cref="Labelled"/>: above it,
/// shown on the portal until a checker decides; <see cref="Confirmed"/> and <see cref="Rejected"/> are a checker's decisions.
/// A rejection is kept so the pair is never suggested again.
/// </summary>
public enum MatchState { Suggested = 0, Labelled = 1, Confirmed = 2, Rejected = 3 }

/// <summary>An article that resembles a checked claim, with the matcher's score and the checker's decision.</summary>
public sealed class FactCheckMatch
{
    public long Id { get; init; }
    public long FactCheckId { get; init; }
    public long ArticleId { get; init; }
    public int OutletId { get; init; }
    public double Score { get; set; }
    public MatchRelation Relation { get; set; }
    public MatchState State { get; set; }
    public DateTime MatchedAt { get; init; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    /// <summary>When the outlet was told by mail (a label on a hoax it ran); null while untold.</summary>
    public DateTime? NotifiedAt { get; set; }

    /// <summary>Whether the portal shows the match on the article: a confident or confirmed one.</summary>
    public static bool Shown(MatchState state) => state is MatchState.Labelled or MatchState.Confirmed;
}

/// <summary>How far the matching stage has read the article stream.</summary>
public sealed class FactCheckCursor
{
    public required string Name { get; init; }
    public long Position { get; set; }
}
