using Siberindo.Accounts;

namespace Siberindo.Competition;

/// <summary>
/// An entry. The author, their outlet and region are kept for eligibility, conflicts and the book, but never shown
/// to a judge before the results (<see cref="BlindEntry"/>). Editable by its author until the window closes.
/// </summary>
public sealed class CompetitionEntry : IRegional
{
    public int Id { get; init; }
    public int RoundId { get; init; }
    public int PersonId { get; init; }
    public required string AuthorUserId { get; init; }
    public required string AuthorName { get; set; }
    public int OutletId { get; set; }
    public required string OutletName { get; set; }
    public string? ProvinceCode { get; set; }
    public string? RegencyCode { get; set; }
    public required string Title { get; set; }
    /// <summary>Sanitised HTML (<see cref="Core.Competition.EntryText"/>).</summary>
    public required string Body { get; set; }
    /// <summary>The author agreed to publication in the free anthology under <see cref="Licence"/>.</summary>
    public bool Consent { get; set; }
    public required string Licence { get; set; }
    public DateTime SubmittedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Set when the results are published: the rank and score they were published with.</summary>
    public int? Rank { get; set; }
    public double? Score { get; set; }
    /// <summary>Chosen for the anthology (the winners and the entries the jury picked).</summary>
    public bool InAnthology { get; set; }
    public List<EntryImage> Images { get; init; } = [];
}

/// <summary>A picture in an entry, checked by its bytes (JPEG or PNG, the EPUB core types), with its caption, credit and alt text.</summary>
public sealed class EntryImage
{
    public int Id { get; init; }
    public int EntryId { get; init; }
    public required byte[] Content { get; init; }
    public required string ContentType { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public required string Caption { get; set; }
    public required string Credit { get; set; }
    /// <summary>What the picture shows, for readers who cannot see it (EPUB alt text).</summary>
    public required string Alt { get; set; }
    public int Order { get; set; }
}

/// <summary>A journalist's account: which person of the registry it speaks for.</summary>
public sealed class EntrantAccount
{
    public required string UserId { get; init; }
    public int PersonId { get; init; }
}

public static class CompetitionRoles
{
    /// <summary>A journalist of a member outlet, entering the competition.</summary>
    public const string Journalist = "wartawan";
    /// <summary>A judge of one or more rounds.</summary>
    public const string Judge = "juri";
}
