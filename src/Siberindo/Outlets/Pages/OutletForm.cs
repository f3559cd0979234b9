using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Siberindo.Outlets;
using Siberindo.Shared;

namespace Siberindo.Outlets.Pages;

/// <summary>The fields of the outlet form, bound from the POST; validation is the registry's, shared with imports.</summary>
public sealed class OutletForm
{
    public string? Name { get; set; }
    public string? CompanyName { get; set; }
    public string? Website { get; set; }
    public string? RegencyCode { get; set; }
    public VerificationStatus Verification { get; set; }
    public DateOnly? VerifiedOn { get; set; }
    public string? Email { get; set; }
    /// <summary>One feed URL per line.</summary>
    public string? Feeds { get; set; }

    public OutletDraft ToDraft() => new(Name, CompanyName, Website, RegencyCode, Verification, VerifiedOn,
        (Feeds ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Email);

    /// <summary>Shows the registry's problems on this form's fields (posted as <c>Form.*</c>); returns the summary's messages.</summary>
    public static IReadOnlyList<string> ShowErrors(ViewDataDictionary viewData, IEnumerable<FormError> problems) =>
        FormErrors.Show(viewData, problems.Select(p => p.Field == nameof(OutletDraft.FeedUrls) ? p with { Field = nameof(Feeds) } : p), "Form.");

    public static OutletForm From(Outlet o) => new()
    {
        Name = o.Name,
        CompanyName = o.CompanyName,
        Website = o.Website,
        RegencyCode = o.RegencyCode,
        Verification = o.Verification,
        VerifiedOn = o.VerifiedOn,
        Email = o.Email,
        Feeds = string.Join('\n', o.Feeds.Select(f => f.Url)),
    };
}
