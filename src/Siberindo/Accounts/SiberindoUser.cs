using Microsoft.AspNetCore.Identity;

namespace Siberindo.Accounts;

public sealed class SiberindoUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>The province an admin provinsi manages (Kemendagri code such as "36").</summary>
    public string? ScopeProvinceCode { get; set; }
    /// <summary>The regency or city an admin kab/kota manages ("36.71").</summary>
    public string? ScopeRegencyCode { get; set; }
    /// <summary>The outlet an outlet editor manages.</summary>
    public int? ScopeOutletId { get; set; }
    /// <summary>The partner organisation (a Diskominfo) a partner account speaks for.</summary>
    public int? ScopePartnerId { get; set; }
}

public static class Roles
{
    /// <summary>Admin pusat: the national board, allowed everything.</summary>
    public const string Admin = "admin";
    /// <summary>Admin provinsi: a provincial board, limited to its province.</summary>
    public const string ProvinceAdmin = "admin-provinsi";
    /// <summary>Admin kabupaten/kota: a regency or city board, limited to its regency.</summary>
    public const string RegencyAdmin = "admin-kabkota";
    /// <summary>Editor of one member outlet: its profile, people and verification file.</summary>
    public const string OutletEditor = "editor-media";
    /// <summary>A government partner's staff (mitra): its own organisation's releases and reports only, outside /admin.</summary>
    public const string Partner = "mitra";
    /// <summary>A fact-checker (pemeriksa fakta): national, or one province (the account's province); fact-checks,
    /// hoax reports and matched articles only.</summary>
    public const string FactChecker = "pemeriksa-fakta";

    /// <summary>Policy for the admin area: any signed-in account with one of the roles above.</summary>
    public const string Staff = "staff";

    /// <summary>Policy for the pages that run the association (boards, events, accounts, audit, cases, partners): board
    /// admins only (<see cref="AccessScope.IsBoardAdmin"/>); other staff are answered 404 (<see cref="BoardAdminPolicy"/>).</summary>
    public const string BoardAdmin = "board-admin";

    public static readonly string[] All = [Admin, ProvinceAdmin, RegencyAdmin, OutletEditor, FactChecker];

    public static string Label(string role) => role switch
    {
        Admin => "Admin pusat",
        ProvinceAdmin => "Admin provinsi",
        RegencyAdmin => "Admin kabupaten/kota",
        OutletEditor => "Editor media",
        Partner => "Mitra pemerintah",
        FactChecker => "Pemeriksa fakta",
        _ => role,
    };
}
