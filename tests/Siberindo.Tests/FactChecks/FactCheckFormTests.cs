using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.FactChecks;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.FactChecks;

public sealed class FactCheckFormTests
{
    static Dictionary<string, string> Check(string title) => new()
    {
        ["Title"] = title, ["ClaimReviewed"] = "Air rebusan kulit manggis menyembuhkan diabetes dalam tiga hari",
        ["Rating"] = nameof(FactCheckRating.KontenPalsu), ["Category"] = nameof(FactCheckCategory.Kesehatan),
        ["Explanation"] = "Belum ada bukti klinis.", ["Body"] = "Pesan berantai mencatut dokter.", ["Reviewer"] = "Tim Cek Fakta DIY", ["ProvinceCode"] = "34",
    };

    static string Value(string html, string name)
    {
        var field = new HtmlParser().ParseDocument(html).QuerySelector($"[name='{name}']:not([type=hidden])")!;
        return field.LocalName == "textarea" ? field.TextContent : field.GetAttribute("value") ?? "";
    }

    [Fact]
    public async Task A_refused_new_check_says_next_to_each_refused_field_why_keeps_what_was_typed_and_publishes_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "cek@siberindo.test", Roles.FactChecker);
        var fields = Check("[HOAKS] Rebusan Kulit Manggis Sembuhkan Diabetes");
        fields["Explanation"] = "  ";
        fields["EvidenceLinks"] = "ftp://arsip.example/klarifikasi";

        var refused = await Forms.PostAsync(http, "/admin/cek-fakta/tulis", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Explanation", "Penjelasan singkat wajib diisi");
        FieldErrors.AssertTied(html, "EvidenceLinks", "bukan alamat http(s)");
        Assert.Equal(["Explanation", "EvidenceLinks"], FieldErrors.Invalid(html));
        Assert.Equal("[HOAKS] Rebusan Kulit Manggis Sembuhkan Diabetes", Value(html, "Title"));
        Assert.Equal("ftp://arsip.example/klarifikasi", Value(html, "EvidenceLinks").Trim());
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<FactCheck>().CountAsync()));
    }

    [Fact]
    public async Task A_correction_without_its_reason_says_so_next_to_the_reason_field_and_keeps_the_published_check()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "cek@siberindo.test", Roles.FactChecker);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(http, "/admin/cek-fakta/tulis", Check("[HOAKS] Manggis"))).StatusCode);
        var id = await app.WithDbAsync(d => d.Set<FactCheck>().Select(f => f.Id).SingleAsync());
        var correction = Check("[HOAKS] Manggis, diperbarui");
        correction["Note"] = "";

        var refused = await Forms.PostAsync(http, $"/admin/cek-fakta/{id}/koreksi", correction);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Note", "Alasan koreksi wajib diisi");
        Assert.Equal(["Note"], FieldErrors.Invalid(html));
        Assert.Equal("[HOAKS] Manggis, diperbarui", Value(html, "Title"));
        Assert.Equal("[HOAKS] Manggis", await app.WithDbAsync(d => d.Set<FactCheck>().Select(f => f.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_public_report_says_next_to_the_link_field_why_keeps_the_text_and_stores_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");

        var refused = await Forms.PostAsync(app.Client(), "/cek-fakta/lapor", new()
        {
            ["Text"] = "Pesan berantai: minum air kelapa hijau menyembuhkan demam berdarah.", ["Link"] = "grup-wa-keluarga",
            ["Category"] = nameof(FactCheckCategory.Kesehatan), ["ProvinceCode"] = "",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Link", "Tautan harus alamat http(s) yang lengkap");
        Assert.Equal(["Link"], FieldErrors.Invalid(html));
        Assert.Contains("Laporan belum terkirim", html);
        Assert.Equal("grup-wa-keluarga", Value(html, "Link"));
        Assert.Contains("air kelapa hijau", Value(html, "Text"));
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<HoaxReport>().CountAsync()));
    }
}
