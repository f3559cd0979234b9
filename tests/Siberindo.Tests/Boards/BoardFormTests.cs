using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Boards;
using Siberindo.Programs;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Boards;

public sealed class BoardFormTests
{
    [Fact]
    public async Task A_refused_new_board_says_next_to_the_term_end_why_keeps_what_was_typed_and_stores_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        var refused = await Forms.PostAsync(http, "/admin/pengurus", new()
        {
            ["Level"] = "Regency", ["RegencyCode"] = "36.04", ["TermStart"] = "2026-01-01", ["TermEnd"] = "2025-12-31", ["DecreeNumber"] = "SK-07/2026",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "TermEnd", "Akhir masa bakti harus setelah awalnya");
        Assert.Equal(["TermEnd"], FieldErrors.Invalid(html));
        Assert.Equal("36.04", FormValues.Of(html, "RegencyCode"));
        Assert.Equal("2026-01-01", FormValues.Of(html, "TermStart"));
        Assert.Equal("SK-07/2026", FormValues.Of(html, "DecreeNumber"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Board>().CountAsync()));
    }

    [Fact]
    public async Task The_board_page_s_refused_forms_say_next_to_their_field_why_and_keep_what_was_typed()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var year = DateTime.UtcNow.Year;
        var created = await Forms.PostAsync(http, "/admin/pengurus", new()
            { ["Level"] = "Regency", ["RegencyCode"] = "36.04", ["TermStart"] = $"{year - 1}-01-01", ["TermEnd"] = $"{year + 3}-12-31" });
        var path = created.Headers.Location!.ToString();

        var term = await (await Forms.PostAsync(http, path, new()
            { ["Term.TermStart"] = $"{year}-06-01", ["Term.TermEnd"] = $"{year}-01-01", ["Term.DecreeNumber"] = "SK-09" }, path + "?handler=Term")).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(term, "Term.TermEnd", "Akhir masa bakti harus setelah awalnya");
        Assert.Equal(["Term.TermEnd"], FieldErrors.Invalid(term));
        Assert.Equal($"{year}-06-01", FormValues.Of(term, "Term.TermStart"));
        Assert.Equal("SK-09", FormValues.Of(term, "Term.DecreeNumber"));
        Assert.Equal(new DateOnly(year - 1, 1, 1), await app.WithDbAsync(db => db.Set<Board>().Select(b => b.TermStart).SingleAsync()));

        var officer = await (await Forms.PostAsync(http, path, new() { ["Officer.Position"] = "Sekretaris", ["Officer.Name"] = "  " }, path + "?handler=Officer"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(officer, "Officer.Name", "Nama pengurus wajib diisi");
        Assert.Equal(["Officer.Name"], FieldErrors.Invalid(officer));
        Assert.Equal("Sekretaris", FormValues.Of(officer, "Officer.Position"));
        // The term form, not posted this time, shows the stored term.
        Assert.Equal($"{year - 1}-01-01", FormValues.Of(officer, "Term.TermStart"));

        var item = await (await Forms.PostAsync(http, path, new() { ["Item.Year"] = (year + 9).ToString(), ["Item.Title"] = "Bimtek verifikasi" }, path + "?handler=Item"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(item, "Item.Year", "Tahun program di luar masa bakti");
        Assert.Equal("Bimtek verifikasi", FormValues.Of(item, "Item.Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<BoardOfficer>().CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<WorkProgramItem>().CountAsync()));
    }

    [Fact]
    public async Task A_province_admin_s_post_for_another_province_is_refused_in_the_summary_with_no_link_to_an_undrawn_field()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        // The form offers a province admin regency boards only and draws no province field; this post is hand-made.
        var refused = await Forms.PostAsync(http, "/admin/pengurus", new()
            { ["Level"] = "Province", ["ProvinceCode"] = "31", ["TermStart"] = "2026-01-01", ["TermEnd"] = "2029-12-31" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertSummarised(html, "Wilayah ini di luar kewenangan Anda");
        Assert.Empty(FieldErrors.Invalid(html));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Board>().CountAsync()));
    }
}
