using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Outlets;
using Siberindo.Tests.Infrastructure;
using Siberindo.Verification;

namespace Siberindo.Tests.Verification;

public sealed class VerificationFormTests
{
    [Fact]
    public async Task The_verification_page_s_refused_forms_say_next_to_their_field_why_keep_what_was_typed_and_store_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var page = $"/admin/media/{outlet.Id}/verifikasi";

        var status = await Forms.PostAsync(http, page, new() { ["Status.Status"] = "Factual", ["Status.FactualOn"] = "2024-03-01" }, page + "?handler=Status");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var html = await status.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Status.CertificateNumber", "Nomor sertifikat wajib diisi");
        Assert.Equal(["Status.CertificateNumber"], FieldErrors.Invalid(html));
        Assert.Equal("Factual", FormValues.Of(html, "Status.Status"));
        Assert.Equal("2024-03-01", FormValues.Of(html, "Status.FactualOn"));

        var item = await app.WithServiceAsync<VerificationService, string>(v => Task.FromResult(v.ManualItems[^1].Code));
        var finding = await (await Forms.PostAsync(http, page, new() { ["Finding.Item"] = item, ["Finding.Met"] = "false", ["Finding.Note"] = " " }, page + "?handler=Finding"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(finding, "Finding.Note", "Bukti wajib diisi");
        Assert.Equal(["Finding.Note"], FieldErrors.Invalid(finding));
        Assert.Equal(item, FormValues.Of(finding, "Finding.Item"));
        Assert.Equal("false", FormValues.Of(finding, "Finding.Met"));

        var opened = await (await Forms.PostAsync(http, page, new() { ["NewCase.Target"] = "Factual", ["NewCase.Mentor"] = "", ["NewCase.NextAction"] = "Kumpulkan akta" }, page + "?handler=Case"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(opened, "NewCase.Mentor", "Nama pendamping wajib diisi");
        Assert.Equal(["NewCase.Mentor"], FieldErrors.Invalid(opened));
        Assert.Equal("Factual", FormValues.Of(opened, "NewCase.Target"));
        Assert.Equal("Kumpulkan akta", FormValues.Of(opened, "NewCase.NextAction"));

        Assert.Equal(VerificationStatus.None, await app.WithDbAsync(db => db.Outlets.Select(o => o.Verification).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChecklistEvidence>().CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AssistanceCase>().CountAsync()));
    }

    [Fact]
    public async Task A_refused_case_step_says_next_to_the_date_why_and_keeps_the_note()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var page = $"/admin/media/{outlet.Id}/verifikasi";
        var opened = await Forms.PostAsync(http, page, new() { ["NewCase.Target"] = "Administrative", ["NewCase.Mentor"] = "Hendra" }, page + "?handler=Case");
        var path = opened.Headers.Location!.ToString();

        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");
        var refused = await Forms.PostAsync(http, path, new() { ["On"] = tomorrow, ["Note"] = "Akta diperiksa", ["NextAction"] = "Kirim berkas" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "On", "Tanggal langkah ada di masa depan");
        Assert.Equal(["On"], FieldErrors.Invalid(html));
        Assert.Equal(tomorrow, FormValues.Of(html, "On"));
        Assert.Equal("Akta diperiksa", FormValues.Of(html, "Note"));
        Assert.Equal("Kirim berkas", FormValues.Of(html, "NextAction"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CaseStep>().CountAsync()));
    }
}
