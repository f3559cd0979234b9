using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Boards;
using Siberindo.Partners;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Partners;

public sealed class PartnerFormTests
{
    [Fact]
    public async Task A_refused_new_partner_says_next_to_the_website_field_why_keeps_what_was_typed_and_stores_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "provinsi@smsi.example", Roles.ProvinceAdmin, province: "36");

        var refused = await Forms.PostAsync(http, "/admin/mitra", new()
        {
            ["Name"] = "Diskominfo Provinsi Banten", ["Kind"] = "Diskominfo", ["ProvinceCode"] = "36", ["Website"] = "diskominfo banten", ["Phone"] = "0254 200123",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Website", "Situs mitra harus URL lengkap");
        Assert.Equal(["Website"], FieldErrors.Invalid(html));
        Assert.Equal("Diskominfo Provinsi Banten", FormValues.Of(html, "Name"));
        Assert.Equal("36", FormValues.Of(html, "ProvinceCode"));
        Assert.Equal("0254 200123", FormValues.Of(html, "Phone"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Partner>().CountAsync()));
    }

    [Fact]
    public async Task The_partner_page_s_refused_forms_say_next_to_their_field_why_and_keep_what_was_typed()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var board = (await app.WithServiceAsync<BoardService, (Board?, List<FormError>)>(b =>
            b.CreateAsync(new BoardDraft(BoardLevel.Province, "36", null, today.AddYears(-1), today.AddYears(3), null, null)))).Item1!;
        using var http = await Users.SignedInAsync(app, "provinsi@smsi.example", Roles.ProvinceAdmin, province: "36");
        var created = await Forms.PostAsync(http, "/admin/mitra", new() { ["Name"] = "Diskominfo Provinsi Banten", ["Kind"] = "Diskominfo", ["ProvinceCode"] = "36" });
        var path = created.Headers.Location!.OriginalString;

        var agreement = await (await Forms.PostAsync(http, path, new()
        {
            ["Agreement.BoardId"] = board.Id.ToString(), ["Agreement.Title"] = "Publikasi pembangunan", ["Agreement.Number"] = "045/PKS/2026",
            ["Agreement.Scope"] = "Rilis dan pelatihan", ["Agreement.StartsOn"] = "2026-06-01", ["Agreement.EndsOn"] = "2026-01-01", ["Agreement.Status"] = "Draft",
        }, path + "?handler=Agreement")).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(agreement, "Agreement.EndsOn", "Tanggal berakhir harus setelah tanggal mulai");
        Assert.Equal(["Agreement.EndsOn"], FieldErrors.Invalid(agreement, "Agreement."));
        Assert.Equal("Publikasi pembangunan", FormValues.Of(agreement, "Agreement.Title"));
        Assert.Equal("045/PKS/2026", FormValues.Of(agreement, "Agreement.Number"));
        Assert.Equal("Rilis dan pelatihan", FormValues.Of(agreement, "Agreement.Scope"));
        Assert.Equal("2026-06-01", FormValues.Of(agreement, "Agreement.StartsOn"));
        Assert.Equal("Draft", FormValues.Of(agreement, "Agreement.Status"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Agreement>().CountAsync()));

        var account = await (await Forms.PostAsync(http, path, new() { ["Account.Email"] = "humas", ["Account.DisplayName"] = "Humas Diskominfo" }, path + "?handler=Account"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(account, "Account.Email", "Email akun wajib diisi");
        Assert.Equal(["Account.Email"], FieldErrors.Invalid(account));
        Assert.Equal("humas", FormValues.Of(account, "Account.Email"));
        Assert.Equal("Humas Diskominfo", FormValues.Of(account, "Account.DisplayName"));
        Assert.DoesNotContain("new-password", account);

        var createdAccount = await (await Forms.PostAsync(http, path, new() { ["Account.Email"] = "humas@diskominfo.example" }, path + "?handler=Account"))
            .Content.ReadAsStringAsync();
        Assert.Contains("new-password", createdAccount);
        Assert.Equal("", FormValues.Of(createdAccount, "Account.Email"));
    }
}
