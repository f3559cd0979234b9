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

    [Fact]
    public async Task A_refused_desk_action_marks_only_the_refused_reports_field_says_why_next_to_it_and_keeps_what_was_typed()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        foreach (var text in new[] { "Kabar gempa susulan besar malam ini", "Pesan berantai sembako gratis lewat tautan" })
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(app.Client(), "/cek-fakta/lapor", new() { ["Text"] = text, ["Category"] = nameof(FactCheckCategory.Lainnya) })).StatusCode);
        var ids = await app.WithDbAsync(d => d.Set<HoaxReport>().OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        using var http = await Users.SignedInAsync(app, "cek@siberindo.test", Roles.FactChecker);

        var refused = await Forms.PostAsync(http, "/admin/cek-fakta", new() { ["id"] = ids[1].ToString(), ["of"] = "999" }, "/admin/cek-fakta?handler=Duplicate");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        var field = document.GetElementById($"laporan-{ids[1]}-of")!;
        Assert.Equal("of", field.GetAttribute("name"));
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal("999", field.GetAttribute("value"));
        var message = document.GetElementById(field.GetAttribute("aria-describedby")!)!;
        Assert.Null(message.Closest("#form-errors"));
        Assert.Contains("Laporan #999 tidak ditemukan", message.TextContent);
        Assert.Contains(document.QuerySelectorAll("#form-errors a"), a => a.GetAttribute("href") == $"#laporan-{ids[1]}-of" && a.TextContent.Contains("Laporan #999"));
        // The other report's same-named field, and the report's other fields, stay as they were.
        Assert.Same(field, Assert.Single(document.QuerySelectorAll("[aria-invalid=true]")));
        Assert.Null(document.GetElementById($"laporan-{ids[0]}-of")!.GetAttribute("value"));
        Assert.Equal(ReportState.New, await app.WithDbAsync(d => d.Set<HoaxReport>().Where(r => r.Id == ids[1]).Select(r => r.State).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_import_says_next_to_the_file_field_why()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "cek@siberindo.test", Roles.FactChecker);

        var refused = await Forms.PostAsync(http, "/admin/cek-fakta", new(), "/admin/cek-fakta?handler=Import");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "ImportFile", "Pilih berkas ClaimReview JSON");
        Assert.Equal(["ImportFile"], FieldErrors.Invalid(html));
    }
}
