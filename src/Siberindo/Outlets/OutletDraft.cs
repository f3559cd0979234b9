namespace Siberindo.Outlets;

/// <summary>An outlet as a form or an import row gives it, before validation.</summary>
public sealed record OutletDraft(
    string? Name,
    string? CompanyName,
    string? Website,
    string? RegencyCode,
    VerificationStatus Verification,
    DateOnly? VerifiedOn,
    IReadOnlyList<string> FeedUrls,
    string? Email = null);
