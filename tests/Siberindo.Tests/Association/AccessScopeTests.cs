using System.Security.Claims;
using Siberindo.Accounts;
using Siberindo.Outlets;

namespace Siberindo.Tests.Association;

/// <summary>The scoping rules themselves, without a server.</summary>
public sealed class AccessScopeTests
{
    private static AccessScope From(string role, params (string Type, string Value)[] claims) => AccessScope.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity(
        claims.Select(c => new Claim(c.Type, c.Value)).Append(new Claim(ClaimTypes.Role, role)).Append(new Claim(ClaimTypes.Name, "u")), "cookie")));

    private static Outlet OutletIn(int id, string regency) => new() { Id = id, Slug = "m", Name = "m", Website = "https://m.example", Domain = "m.example", RegencyCode = regency, ProvinceCode = regency[..2] };

    [Fact]
    public void Each_role_covers_exactly_its_area()
    {
        var province = From(Roles.ProvinceAdmin, (AccessScope.ProvinceClaim, "36"));
        Assert.True(province.CanManageOutlet(OutletIn(1, "36.71")));
        Assert.False(province.CanManageOutlet(OutletIn(2, "32.01")));
        Assert.True(province.CanPlaceOutletIn("36.04"));
        Assert.False(province.CanPlaceOutletIn("32.01"));
        Assert.False(province.Covers(null, null)); // national things

        var regency = From(Roles.RegencyAdmin, (AccessScope.RegencyClaim, "36.71"));
        Assert.Equal("36", regency.ProvinceCode);
        Assert.True(regency.CanManageOutlet(OutletIn(1, "36.71")));
        Assert.False(regency.CanManageOutlet(OutletIn(2, "36.04")));
        Assert.False(regency.CoversProvince("36"));

        var editor = From(Roles.OutletEditor, (AccessScope.OutletClaim, "7"));
        Assert.True(editor.CanManageOutlet(OutletIn(7, "36.71")));
        Assert.False(editor.CanManageOutlet(OutletIn(8, "36.71")));
        Assert.False(editor.IsBoardAdmin);
        Assert.False(editor.CanPlaceOutletIn("36.71"));
    }

    [Fact]
    public void A_role_without_its_area_or_an_anonymous_user_sees_nothing()
    {
        Assert.Equal(ScopeLevel.None, From(Roles.ProvinceAdmin).Level);
        Assert.Equal(ScopeLevel.None, From(Roles.OutletEditor, (AccessScope.OutletClaim, "x")).Level);
        Assert.Equal(ScopeLevel.None, AccessScope.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity())).Level);
        Assert.Empty(AccessScope.Nobody.Outlets(new[] { OutletIn(1, "36.71") }.AsQueryable()));
        Assert.Throws<OutOfScopeException>(() => AccessScope.Nobody.Demand(false));
    }

    [Fact]
    public void Accounts_can_only_be_granted_inside_the_granters_area()
    {
        var province = From(Roles.ProvinceAdmin, (AccessScope.ProvinceClaim, "36"));
        Assert.True(province.CanGrant(Roles.RegencyAdmin, "36", "36.71", null));
        Assert.False(province.CanGrant(Roles.RegencyAdmin, "32", "32.01", null));
        Assert.False(province.CanGrant(Roles.ProvinceAdmin, "36", null, null));
        Assert.False(province.CanGrant(Roles.Admin, null, null, null));
        Assert.True(province.CanGrant(Roles.OutletEditor, null, null, OutletIn(1, "36.04")));
        Assert.False(province.CanGrant(Roles.OutletEditor, null, null, OutletIn(1, "31.71")));
        Assert.True(AccessScope.System.CanGrant(Roles.ProvinceAdmin, "36", null, null));
    }
}
