using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Siberindo.Shared;

namespace Siberindo.Accounts.Pages;

/// <summary>
/// The fields of the new-account form and of the role-change form, bound from the POST under their own prefix
/// ("New." / "Change."), so the two forms on one page neither share ids nor each other's errors.
/// </summary>
public sealed class AccountForm
{
    [Display(Name = "Email")]
    public string? Email { get; set; }
    /// <summary>Only the new-account form asks for it.</summary>
    [Display(Name = "Nama")]
    public string? DisplayName { get; set; }
    [Display(Name = "Peran")]
    public string Role { get; set; } = Roles.RegencyAdmin;
    [Display(Name = "Provinsi (untuk admin provinsi; pemeriksa fakta provinsi)")]
    public string? ProvinceCode { get; set; }
    [Display(Name = "Kabupaten/kota (untuk admin kab/kota)")]
    public string? RegencyCode { get; set; }
    [Display(Name = "Nomor media (untuk editor media)")]
    public int? OutletId { get; set; }

    // Identity's own refusals of a new account are all about its email (it is the user name too).
    private static readonly HashSet<string> EmailCodes = ["DuplicateUserName", "DuplicateEmail", "InvalidUserName", "InvalidEmail"];

    /// <summary>
    /// Shows a refused result on the fields of the form posted under <paramref name="prefix"/>: AdminAccounts names the
    /// field in the error's code; refusals about the role and area together name none and stay in the summary only, as do
    /// refusals of the province when the form does not draw it (<paramref name="drawsProvince"/> false: a province admin's
    /// own province).
    /// </summary>
    public static IReadOnlyList<string> ShowErrors(ViewDataDictionary viewData, IdentityResult result, string prefix, bool drawsProvince)
    {
        var errors = result.Errors.Select(e => new FormError(e.Description, FieldOf(e.Code)));
        return FormErrors.Show(viewData, drawsProvince ? errors : errors.Renamed(nameof(ProvinceCode), null), prefix + ".");
    }

    private static string? FieldOf(string code) => code switch
    {
        nameof(Email) or nameof(Role) or nameof(ProvinceCode) or nameof(RegencyCode) or nameof(OutletId) => code,
        _ when EmailCodes.Contains(code) => nameof(Email),
        _ => null,
    };
}
