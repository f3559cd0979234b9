using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Accounts;

public sealed class AccountFormTests
{
    [Fact]
    public async Task A_refused_new_account_says_next_to_the_regency_field_why_keeps_what_was_typed_and_stores_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);

        var refused = await Forms.PostAsync(http, "/admin/pengguna", new()
        {
            ["New.Email"] = "lebak@smsi.example", ["New.DisplayName"] = "Admin Lebak", ["New.Role"] = Roles.RegencyAdmin, ["New.RegencyCode"] = "99.99",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "New.RegencyCode", "Kode kabupaten/kota '99.99' tidak dikenal");
        Assert.Equal(["New.RegencyCode"], FieldErrors.Invalid(html));
        Assert.Equal("lebak@smsi.example", FormValues.Of(html, "New.Email"));
        Assert.Equal("Admin Lebak", FormValues.Of(html, "New.DisplayName"));
        Assert.Equal(Roles.RegencyAdmin, FormValues.Of(html, "New.Role"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "lebak@smsi.example")));
    }

    [Fact]
    public async Task A_refused_role_change_says_next_to_the_account_field_why_and_leaves_the_new_account_form_alone()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        var refused = await Forms.PostAsync(http, "/admin/pengguna", new()
        {
            ["Change.Email"] = "banten@smsi.example", ["Change.Role"] = Roles.RegencyAdmin, ["Change.RegencyCode"] = "36.04",
        }, "/admin/pengguna?handler=Change");

        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Change.Email", "Peran akun sendiri tidak dapat diubah");
        Assert.Equal(["Change.Email"], FieldErrors.Invalid(html));
        Assert.Equal("36.04", FormValues.Of(html, "Change.RegencyCode"));
        Assert.Null(FormValues.Of(html, "New.RegencyCode"));
        Assert.Equal("36", await app.WithDbAsync(db => db.Users.Select(u => u.ScopeProvinceCode).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_password_change_names_the_field_at_fault()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);

        var wrong = await Forms.PostAsync(http, "/admin/akun", new() { ["CurrentPassword"] = "bukan-kata-sandinya-1", ["NewPassword"] = "kata-sandi-baru-456789" },
            "/admin/akun?handler=Password");
        var html = await wrong.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "CurrentPassword", "Kata sandi saat ini salah");
        Assert.Equal(["CurrentPassword"], FieldErrors.Invalid(html));

        var tooShort = await Forms.PostAsync(http, "/admin/akun", new() { ["CurrentPassword"] = Users.Password, ["NewPassword"] = "pendek1" },
            "/admin/akun?handler=Password");
        html = await tooShort.Content.ReadAsStringAsync();
        Assert.Equal(["NewPassword"], FieldErrors.Invalid(html));
        Assert.Contains("12", FieldErrors.AssertTied(html, "NewPassword", ""));

        // Neither refusal changed the password.
        using var again = app.Client();
        await Forms.SignInAsync(again, "pusat@smsi.example", Users.Password);
    }
}
