using System.Security.Claims;
using Siberindo.Outlets;

namespace Siberindo.Accounts;

public enum ScopeLevel { None = 0, Outlet = 1, Regency = 2, Province = 3, National = 4 }

/// <summary>Something that belongs to a place: an outlet, a board, an event, an audit entry. National things have no codes.</summary>
public interface IRegional
{
    string? ProvinceCode { get; }
    string? RegencyCode { get; }
}

/// <summary>
/// What the current user may see and change. THE one place where scoping rules live: pages filter their queries with
/// it, and services check every change against it, so no page, endpoint or command can step outside its area.
/// Resolved per request from the user's claims; background work and CLI commands run with <see cref="System"/>.
/// </summary>
public sealed record AccessScope(ScopeLevel Level, string? ProvinceCode, string? RegencyCode, int? OutletId, string? UserId, string UserName,
    int? PartnerId = null, string? FactCheckArea = null)
{
    public const string ProvinceClaim = "siberindo:province";
    public const string RegencyClaim = "siberindo:regency";
    public const string OutletClaim = "siberindo:outlet";
    public const string PartnerClaim = "siberindo:partner";

    public static readonly AccessScope System = new(ScopeLevel.National, null, null, null, null, "sistem");
    public static readonly AccessScope Nobody = new(ScopeLevel.None, null, null, null, null, "anonim");

    public bool IsNational => Level == ScopeLevel.National;
    /// <summary>Board admins (pusat, provinsi, kab/kota) run the association; outlet editors only their outlet.</summary>
    public bool IsBoardAdmin => Level >= ScopeLevel.Regency;

    public static AccessScope FromPrincipal(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return Nobody;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.Identity.Name ?? id ?? "?";
        if (user.IsInRole(Roles.Admin)) return new(ScopeLevel.National, null, null, null, id, name);
        if (user.IsInRole(Roles.ProvinceAdmin) && user.FindFirstValue(ProvinceClaim) is { Length: > 0 } p)
            return new(ScopeLevel.Province, p, null, null, id, name);
        if (user.IsInRole(Roles.RegencyAdmin) && user.FindFirstValue(RegencyClaim) is { Length: > 0 } r)
            return new(ScopeLevel.Regency, r[..r.IndexOf('.')], r, null, id, name);
        if (user.IsInRole(Roles.OutletEditor) && int.TryParse(user.FindFirstValue(OutletClaim), out var outlet))
            return new(ScopeLevel.Outlet, null, null, outlet, id, name);
        // A fact-checker has no area of the association either, only fact-checks: "" national, else its province.
        if (user.IsInRole(Roles.FactChecker))
            return Nobody with { UserId = id, UserName = name, FactCheckArea = user.FindFirstValue(ProvinceClaim) ?? "" };
        // A partner has no area of the association (level None: no outlet, board or member is in it), only its organisation.
        if (user.IsInRole(Roles.Partner) && int.TryParse(user.FindFirstValue(PartnerClaim), out var partner))
            return Nobody with { UserId = id, UserName = name, PartnerId = partner };
        return Nobody with { UserId = id, UserName = name };
    }

    /// <summary>Whether a place (null codes: national) lies inside this scope's area.</summary>
    public bool Covers(string? provinceCode, string? regencyCode) => Level switch
    {
        ScopeLevel.National => true,
        ScopeLevel.Province => provinceCode == ProvinceCode,
        ScopeLevel.Regency => regencyCode == RegencyCode,
        _ => false,
    };

    public bool Covers(IRegional thing) => Covers(thing.ProvinceCode, thing.RegencyCode);

    public bool CoversProvince(string provinceCode) => Level == ScopeLevel.National || (Level == ScopeLevel.Province && provinceCode == ProvinceCode);

    /// <summary>May this user work on this outlet (its profile, people, verification file)?</summary>
    public bool CanManageOutlet(Outlet outlet) => Level == ScopeLevel.Outlet ? outlet.Id == OutletId : Covers(outlet);

    /// <summary>May this user put an outlet in this regency (create it there or move it there)?</summary>
    public bool CanPlaceOutletIn(string regencyCode) => IsBoardAdmin && Covers(regencyCode[..Math.Max(0, regencyCode.IndexOf('.'))], regencyCode);

    public IQueryable<Outlet> Outlets(IQueryable<Outlet> outlets) => Level switch
    {
        ScopeLevel.National => outlets,
        ScopeLevel.Province => outlets.Where(o => o.ProvinceCode == ProvinceCode),
        ScopeLevel.Regency => outlets.Where(o => o.RegencyCode == RegencyCode),
        ScopeLevel.Outlet => outlets.Where(o => o.Id == OutletId),
        _ => outlets.Where(o => false),
    };

    /// <summary>Boards, events, audit entries and other regional things inside the area (outlet editors see none).</summary>
    public IQueryable<T> Regional<T>(IQueryable<T> things) where T : class, IRegional => Level switch
    {
        ScopeLevel.National => things,
        ScopeLevel.Province => things.Where(t => t.ProvinceCode == ProvinceCode),
        ScopeLevel.Regency => things.Where(t => t.RegencyCode == RegencyCode),
        _ => things.Where(t => false),
    };

    /// <summary>Which roles this user may hand out: pusat any, provinsi kab/kota and editors in its province.</summary>
    public bool CanGrant(string role, string? provinceCode, string? regencyCode, Outlet? outlet) => role switch
    {
        Roles.Admin => IsNational,
        Roles.ProvinceAdmin => IsNational && provinceCode is not null,
        Roles.RegencyAdmin => regencyCode is not null && (IsNational || (Level == ScopeLevel.Province && regencyCode.StartsWith(ProvinceCode + ".", StringComparison.Ordinal))),
        Roles.OutletEditor => outlet is not null && IsBoardAdmin && Covers(outlet),
        Roles.FactChecker => IsNational,
        _ => false,
    };

    /// <summary>May this user see a partner organisation's releases, reports and agreements? Its own staff and admin pusat.</summary>
    public bool CanSeePartner(int partnerId) => IsNational || PartnerId == partnerId;

    /// <summary>May this user write fact-checks and answer hoax reports of this area (null: national)? Admin pusat and
    /// national fact-checkers everywhere, a provincial fact-checker only its province's.</summary>
    public bool CanCheckFacts(string? provinceCode) =>
        IsNational || FactCheckArea == "" || (FactCheckArea is { Length: > 0 } && FactCheckArea == provinceCode);

    /// <summary>May this user work in the fact-check desk at all?</summary>
    public bool IsFactChecker => IsNational || FactCheckArea is not null;

    /// <summary>Throws when a change falls outside the area; the web pipeline answers such a request with 404.</summary>
    public void Demand(bool allowed)
    {
        if (!allowed) throw new OutOfScopeException();
    }

    public string Describe(Func<string, string?> provinceName, Func<string, string?> regencyName) => Level switch
    {
        ScopeLevel.National => "Nasional",
        ScopeLevel.Province => provinceName(ProvinceCode!) ?? ProvinceCode!,
        ScopeLevel.Regency => regencyName(RegencyCode!) ?? RegencyCode!,
        ScopeLevel.Outlet => $"Media #{OutletId}",
        _ => "—",
    };
}

/// <summary>A request reached for something outside the user's area. Answered as 404 so it reveals nothing.</summary>
public sealed class OutOfScopeException() : Exception("Outside the user's area.");
