using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Stories.Corrections;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Stories;

public sealed class CorrectionFormTests
{
    [Fact]
    public async Task A_refused_declaration_says_next_to_the_field_why_keeps_what_was_typed_and_records_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Sumbawa Kini", "https://sumbawa.example", "36.04");
        var article = (await Seed.ArticlesAsync(app, outlet, ("S1", "Pemkab Sumbawa salurkan 12 ton benih jagung", new DateTime(2025, 8, 4, 1, 0, 0, DateTimeKind.Utc))))[0];
        using var http = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);

        var retraction = await Forms.PostAsync(http, "/admin/koreksi", new()
            { ["Form.Article"] = article.Id.ToString(), ["Form.Kind"] = "Pencabutan", ["Form.Reason"] = "", ["Form.Note"] = "Dicabut atas permintaan narasumber." });
        Assert.Equal(HttpStatusCode.OK, retraction.StatusCode);
        var html = await retraction.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Form.Reason", "wajib menyebut alasan");
        Assert.Equal(["Form.Reason"], FieldErrors.Invalid(html));
        Assert.Equal(article.Id.ToString(), FormValues.Of(html, "Form.Article"));
        Assert.Equal("Pencabutan", FormValues.Of(html, "Form.Kind"));
        Assert.Equal("Dicabut atas permintaan narasumber.", FormValues.Of(html, "Form.Note"));

        var unknown = await (await Forms.PostAsync(http, "/admin/koreksi", new()
            { ["Form.Article"] = "https://sumbawa.example/tidak-ada", ["Form.Kind"] = "Ralat", ["Form.Note"] = "Angka benih diperbaiki." })).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(unknown, "Form.Article", "tidak ditemukan");
        Assert.Equal(["Form.Article"], FieldErrors.Invalid(unknown));
        Assert.Equal("Angka benih diperbaiki.", FormValues.Of(unknown, "Form.Note"));

        // A number no article has is refused by the service, about the same field.
        var missing = await (await Forms.PostAsync(http, "/admin/koreksi", new()
            { ["Form.Article"] = (article.Id + 1000).ToString(), ["Form.Kind"] = "Ralat", ["Form.Note"] = "Angka benih diperbaiki." })).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(missing, "Form.Article", "tidak ditemukan (article not found)");
        Assert.Equal(["Form.Article"], FieldErrors.Invalid(missing));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Correction>().CountAsync()));
    }
}
