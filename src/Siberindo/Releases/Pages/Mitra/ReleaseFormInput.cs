namespace Siberindo.Releases.Pages.Mitra;

/// <summary>The release form's fields as posted (regency codes typed, separated by spaces or commas).</summary>
public sealed class ReleaseFormInput
{
    public string? Headline { get; set; }
    public string? Dateline { get; set; }
    public string? BodyHtml { get; set; }
    public string? Boilerplate { get; set; }
    public string? Contacts { get; set; }
    public ReleaseCategory Category { get; set; }
    public int Urgency { get; set; } = 5;
    public string? UsageTerms { get; set; }
    public string? EdNote { get; set; }
    public bool National { get; set; }
    public List<string> Provinces { get; set; } = [];
    public List<string> Regencies { get; set; } = [];

    // An empty field binds as a null entry.
    public ReleaseForm ToForm() => new(Headline, Dateline, BodyHtml, Boilerplate, Contacts, Category, Urgency, UsageTerms, EdNote, National,
        Provinces.Where(p => !string.IsNullOrWhiteSpace(p)).ToList(),
        Regencies.Where(r => r is not null).SelectMany(r => r.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries)).ToList());

    public static ReleaseFormInput From(Release r) => new()
    {
        Headline = r.Headline, Dateline = r.Dateline, BodyHtml = r.BodyHtml, Boilerplate = r.Boilerplate, Contacts = r.Contacts, Category = r.Category,
        Urgency = r.Urgency, UsageTerms = r.UsageTerms, EdNote = r.EdNote, National = r.National,
        Provinces = r.Targets.Where(t => t.RegencyCode == null).Select(t => t.ProvinceCode!).ToList(),
        Regencies = r.Targets.Where(t => t.RegencyCode != null).Select(t => t.RegencyCode!).ToList(),
    };

    /// <summary>The embargo as typed in a datetime-local field, read as Western Indonesian Time (WIB), in UTC.</summary>
    public static DateTime? EmbargoUtc(DateTime? wib) => wib is { } local ? DateTime.SpecifyKind(local - Core.Regions.IndonesianTime.Wib, DateTimeKind.Utc) : null;
}
