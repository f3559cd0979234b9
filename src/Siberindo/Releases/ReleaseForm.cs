namespace Siberindo.Releases;

/// <summary>A release as the partner's form gives it. Target regions: national, or province codes and regency codes.</summary>
public sealed record ReleaseForm(
    string? Headline, string? Dateline, string? BodyHtml, string? Boilerplate, string? Contacts, ReleaseCategory Category, int Urgency,
    string? UsageTerms, string? EdNote, bool National, IReadOnlyList<string> Provinces, IReadOnlyList<string> Regencies);
