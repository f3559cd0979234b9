using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Siberindo.Outlets;
using Siberindo.Shared;

namespace Siberindo.Outlets.Pages;

/// <summary>The fields of the outlet form, bound from the POST; validation is the registry's, shared with imports.</summary>
public sealed class OutletForm
{
    [Display(Name = "Nama media")]
    public string? Name { get; set; }
    [Display(Name = "Perusahaan / badan hukum")]
    public string? CompanyName { get; set; }
    [Display(Name = "Situs")]
    public string? Website { get; set; }
    [Display(Name = "Kabupaten/kota")]
    public string? RegencyCode { get; set; }
    [Display(Name = "Status Dewan Pers")]
    public VerificationStatus Verification { get; set; }
    [Display(Name = "Tanggal verifikasi")]
    public DateOnly? VerifiedOn { get; set; }
    [Display(Name = "Email redaksi")]
    public string? Email { get; set; }
    /// <summary>One feed URL per line.</summary>
    [Display(Name = "Feed (satu URL per baris)")]
    public string? Feeds { get; set; }

    public OutletDraft ToDraft() => new(Name, CompanyName, Website, RegencyCode, Verification, VerifiedOn,
        (Feeds ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Email);

    /// <summary>Shows the registry's problems on this form's fields (posted as <c>Form.*</c>); returns the summary's messages.</summary>
    public static IReadOnlyList<string> ShowErrors(ViewDataDictionary viewData, IEnumerable<FormError> problems) =>
        FormErrors.Show(viewData, problems.Renamed(nameof(OutletDraft.FeedUrls), nameof(Feeds)), "Form.");

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
