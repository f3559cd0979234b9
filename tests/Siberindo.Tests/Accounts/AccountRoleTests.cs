using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Accounts;

public sealed class AccountRoleTests
{
    private static Task<HttpResponseMessage> ChangeAsync(HttpClient http, Dictionary<string, string> fields) =>
        Forms.PostAsync(http, "/admin/pengguna", fields, "/admin/pengguna?handler=Change");

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Admins_change_an_account_s_role_and_area_only_within_their_own(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await Users.CreateAsync(app, "serang@smsi.example", Roles.RegencyAdmin, regency: "36.04");
        await Users.CreateAsync(app, "palu@smsi.example", Roles.RegencyAdmin, regency: "72.71");
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        // A province admin moves a regency admin within its province, but not out of it, and cannot touch another's.
        var moved = await ChangeAsync(banten, new() { ["Change.Email"] = "serang@smsi.example", ["Change.Role"] = Roles.RegencyAdmin, ["Change.RegencyCode"] = "36.72" });
        var outside = await ChangeAsync(banten, new() { ["Change.Email"] = "serang@smsi.example", ["Change.Role"] = Roles.RegencyAdmin, ["Change.RegencyCode"] = "72.71" });
        var other = await ChangeAsync(banten, new() { ["Change.Email"] = "palu@smsi.example", ["Change.Role"] = Roles.RegencyAdmin, ["Change.RegencyCode"] = "36.02" });
        var widen = await ChangeAsync(banten, new() { ["Change.Email"] = "serang@smsi.example", ["Change.Role"] = Roles.Admin });
        var self = await ChangeAsync(banten, new() { ["Change.Email"] = "banten@smsi.example", ["Change.Role"] = Roles.RegencyAdmin, ["Change.RegencyCode"] = "36.04" });

        Assert.Contains("Peran akun <strong>serang@smsi.example</strong> diubah", await moved.Content.ReadAsStringAsync());
        Assert.Contains("tidak berwenang memberi peran dan wilayah ini", await outside.Content.ReadAsStringAsync());
        Assert.Contains("tidak berwenang mengubah akun ini", await other.Content.ReadAsStringAsync());
        Assert.Contains("tidak berwenang memberi peran dan wilayah ini", await widen.Content.ReadAsStringAsync());
        Assert.Contains("Peran akun sendiri tidak dapat diubah", await self.Content.ReadAsStringAsync());
        var accounts = await app.WithDbAsync(db => db.Users.OrderBy(u => u.Email).Select(u => new { u.Email, u.ScopeProvinceCode, u.ScopeRegencyCode }).ToListAsync());
        (string?, string?, string?)[] expected =
            [("banten@smsi.example", "36", null), ("palu@smsi.example", "72", "72.71"), ("serang@smsi.example", "36", "36.72")];
        Assert.Equal(expected, accounts.Select(a => (a.Email, a.ScopeProvinceCode, a.ScopeRegencyCode)));

        // The national board makes the regency admin a province admin elsewhere; the change is audited and the account
        // signs in with its new area.
        using var pusat = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        var promoted = await ChangeAsync(pusat, new() { ["Change.Email"] = "serang@smsi.example", ["Change.Role"] = Roles.ProvinceAdmin, ["Change.ProvinceCode"] = "72" });
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Contains("diubah", await promoted.Content.ReadAsStringAsync());
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Action == "role").OrderBy(e => e.Id).Select(e => e.Summary).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains("Admin provinsi", audit[1]);

        using var serang = app.Client();
        await Forms.SignInAsync(serang, "serang@smsi.example", Users.Password);
        var list = await serang.GetStringAsync("/admin/pengguna");
        Assert.Contains("palu@smsi.example", list); // Sulawesi Tengah's accounts are now its own
        Assert.DoesNotContain("banten@smsi.example", list);
    }
}
