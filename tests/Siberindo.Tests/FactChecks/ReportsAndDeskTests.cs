using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Articles;
using Siberindo.FactChecks;
using Siberindo.Tests.Infrastructure;
using Siberindo.Tests.Releases;

namespace Siberindo.Tests.FactChecks;

public sealed partial class ReportsAndDeskTests
{
    static async Task<HttpResponseMessage> ReportAsync(HttpClient http, string text, (byte[] Bytes, string Name, string Type)? file = null, string? province = null)
    {
        var page = await http.GetStringAsync("/cek-fakta/lapor");
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text), "Text" },
            { new StringContent("https://facebook.example/posts/99"), "Link" },
            { new StringContent("Kesehatan"), "Category" },
            { new StringContent(province ?? ""), "ProvinceCode" },
        };
        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(f.Type);
            form.Add(content, "Screenshot", f.Name);
        }
        return await http.PostAsync("/cek-fakta/lapor", form);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_reports_are_refused_with_a_reason_and_store_nothing_while_the_queue_keeps_the_good_ones(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var http = app.Client();
        Task<int> Count() => app.WithDbAsync(d => d.Set<HoaxReport>().CountAsync());

        // Without the form's antiforgery token: refused.
        var forged = await http.PostAsync("/cek-fakta/lapor", new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // A script in the text is dropped, the text kept; a real PNG screenshot is kept.
        var ok = await ReportAsync(http, "<script>alert('x')</script>Pesan berantai: minum air kelapa hijau menyembuhkan demam berdarah.", (ReleaseFixture.Png, "layar.png", "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var stored = await app.WithDbAsync(d => d.Set<HoaxReport>().SingleAsync());
        Assert.DoesNotContain("<script", stored.Text);
        Assert.Contains("air kelapa hijau", stored.Text);
        Assert.True(stored.HasScreenshot);

        // A page disguised as a picture, and a PDF: refused by content.
        var html = await ReportAsync(http, "Video banjir bandang", ("<html><script>alert(1)</script></html>"u8.ToArray(), "foto.png", "image/png"));
        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Contains("menurut isinya", WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync()));
        var pdf = await ReportAsync(http, "Surat edaran palsu", ("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\n"u8.ToArray(), "surat.png", "image/png"));
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        // Too big: read whole and answered with the form and its reason, not a dropped connection.
        var huge = await ReportAsync(http, "Foto besar", (new byte[3 * 1024 * 1024], "besar.png", "image/png"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("paling besar 2 MB", WebUtility.HtmlDecode(await huge.Content.ReadAsStringAsync()));
        // Empty text.
        Assert.Equal(HttpStatusCode.BadRequest, (await ReportAsync(http, "   ")).StatusCode);
        Assert.Equal(1, await Count());

        // A flood from one address: the hourly cap answers with a clear message, and nothing more is stored.
        for (var i = 0; i < HoaxReports.PerAddressPerHour - 1; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await ReportAsync(http, $"Laporan ke-{i}: kabar gempa susulan besar malam ini")).StatusCode);
        var flood = await ReportAsync(http, "Satu lagi");
        Assert.Equal(HttpStatusCode.BadRequest, flood.StatusCode);
        Assert.Contains("dalam satu jam terakhir", WebUtility.HtmlDecode(await flood.Content.ReadAsStringAsync()));
        Assert.Equal(HoaxReports.PerAddressPerHour, await Count());

        // The queue shows the good report, encoded, with its clock; the screenshot is served to the desk only, as an image.
        var desk = await Users.SignedInAsync(app, "cek@siberindo.test", Roles.FactChecker);
        var queue = await desk.GetStringAsync("/admin/cek-fakta");
        Assert.Contains("air kelapa hijau", queue);
        Assert.DoesNotContain("<script>alert", queue);
        Assert.Contains("sisa 47 jam", queue);
        var image = await desk.GetAsync($"/admin/cek-fakta/laporan/{stored.Id}/gambar");
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        var anonymous = await app.Client().GetAsync($"/admin/cek-fakta/laporan/{stored.Id}/gambar");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode); // sent to sign in
        Assert.Null(anonymous.Content.Headers.ContentType?.MediaType is "image/png" ? "image" : null);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_checker_answers_a_report_with_a_check_the_outlet_is_told_by_mail_and_a_rejected_match_is_never_suggested_again(string provider)
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = await TestApp.StartAsync(provider,
            "--Mail:Smtp:Host=127.0.0.1", $"--Mail:Smtp:Port={smtp.Port}", "--Mail:Smtp:Security=None", "--Mail:Smtp:From=Siberindo <noreply@siberindo.test>");
        var reporter = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await ReportAsync(reporter, FactCheckTexts.Repeats.Body, province: "34")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReportAsync(reporter, "Kabar Jakarta tenggelam besok", province: "31")).StatusCode);
        var reports = await app.WithDbAsync(d => d.Set<HoaxReport>().OrderBy(r => r.Id).ToListAsync());

        // A provincial checker of DIY sees its province's report only, and cannot act on the other.
        var diy = await Users.SignedInAsync(app, "cek-diy@siberindo.test", Roles.FactChecker, province: "34");
        var queue = await diy.GetStringAsync("/admin/cek-fakta");
        Assert.Contains($"laporan-{reports[0].Id}", queue);
        Assert.DoesNotContain($"laporan-{reports[1].Id}", queue);
        var refused = await Forms.PostAsync(diy, "/admin/cek-fakta", new() { ["id"] = reports[1].Id.ToString(), ["reason"] = "bukan wilayah" }, "/admin/cek-fakta?handler=Reject");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await diy.GetAsync($"/admin/cek-fakta/tulis?laporan={reports[1].Id}")).StatusCode);

        var outlet = await ReleaseFixture.MemberOutletAsync(app, "Warta Sleman", "https://warta-sleman.example", "34.04", "redaksi@warta-sleman.example");
        var stage = app.Services.GetRequiredService<MatchStage>();
        await stage.RunPendingAsync(CancellationToken.None);
        (string Guid, string Title, string Body)[] texts = [FactCheckTexts.Repeats, FactCheckTexts.Debunks, .. FactCheckTexts.NearMisses];
        var stored = (await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            texts.Select(t => new IncomingArticle(t.Guid, $"{outlet.Website}/{t.Guid}", t.Title, null, t.Body, null, DateTime.UtcNow.AddHours(-2))).ToList()))).Stored;
        await stage.RunPendingAsync(CancellationToken.None);
        Assert.Empty(await app.WithDbAsync(d => d.Set<FactCheckMatch>().ToListAsync())); // no check yet

        // The checker takes the report and answers it with a new check; the archive is matched against it.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(diy, "/admin/cek-fakta", new() { ["id"] = reports[0].Id.ToString() }, "/admin/cek-fakta?handler=Take")).StatusCode);
        var form = $"/admin/cek-fakta/tulis?laporan={reports[0].Id}";
        Assert.Contains("Menjawab laporan", await diy.GetStringAsync(form));
        var published = await Forms.PostAsync(diy, form, new()
        {
            ["Laporan"] = reports[0].Id.ToString(), ["Title"] = "[HOAKS] Rebusan Kulit Manggis Sembuhkan Diabetes dalam Tiga Hari",
            ["ClaimReviewed"] = "Air rebusan kulit manggis diminum dua kali sehari menyembuhkan diabetes dalam tiga hari tanpa suntik insulin, kata dokter RSUD Sleman",
            ["Rating"] = nameof(FactCheckRating.KontenTiruan), ["Category"] = nameof(FactCheckCategory.Kesehatan),
            ["Explanation"] = "RSUD Sleman tidak pernah membuat pesan itu; kulit manggis belum terbukti menyembuhkan diabetes.",
            ["Body"] = "Pesan berantai mencatut dokter RSUD Sleman soal rebusan kulit manggis dan diabetes.\n\nRumah sakit membantahnya; pasien diminta tidak berhenti suntik insulin.",
            ["EvidenceLinks"] = "https://rsud-sleman.example/klarifikasi", ["Reviewer"] = "Tim Cek Fakta DIY", ["ProvinceCode"] = "34",
        }, "/admin/cek-fakta/tulis");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var check = await app.WithDbAsync(d => d.Set<FactCheck>().SingleAsync());
        var report = await app.WithDbAsync(d => d.Set<HoaxReport>().SingleAsync(r => r.Id == reports[0].Id));
        Assert.Equal(ReportState.Answered, report.State);
        Assert.Equal(check.Id, report.FactCheckId);
        Assert.Contains(await app.WithDbAsync(d => d.Set<Siberindo.Audit.AuditEntry>().Select(a => a.Action).ToListAsync()), a => a == "answer");

        await stage.RunPendingAsync(CancellationToken.None);
        var matches = await app.WithDbAsync(d => d.Set<FactCheckMatch>().ToListAsync());
        var repeat = matches.Single(m => m.ArticleId == stored[0].Id);
        Assert.Equal(MatchState.Labelled, repeat.State);
        Assert.DoesNotContain(matches, m => m.ArticleId == stored[2].Id && m.State == MatchState.Labelled);

        // The outlet is told by mail and on its dashboard.
        var mail = await smtp.WaitForAsync("redaksi@warta-sleman.example", FactCheckTexts.Repeats.Title);
        Assert.Contains(FactCheckPages.Url(check.Id, check.Slug), mail);
        var editor = await Users.SignedInAsync(app, "editor@warta-sleman.example", Roles.OutletEditor, outlet: outlet.Id);
        Assert.Contains(FactCheckTexts.Repeats.Title, await editor.GetStringAsync("/admin"));

        // The checker rejects the label: it leaves the portal, and a correction of the check (which matches the
        // archive again) does not bring it back.
        var decided = await Forms.PostAsync(diy, "/admin/cek-fakta", new() { ["match"] = repeat.Id.ToString() }, "/admin/cek-fakta?handler=RejectMatch");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.DoesNotContain("Cek fakta: <strong>HOAKS", await app.Client().GetStringAsync($"/media/{outlet.Slug}"));
        var corrected = await Forms.PostAsync(diy, $"/admin/cek-fakta/{check.Id}/koreksi", new()
        {
            ["Title"] = check.Title, ["ClaimReviewed"] = check.ClaimReviewed, ["Rating"] = nameof(FactCheckRating.KontenPalsu), ["Category"] = nameof(FactCheckCategory.Kesehatan),
            ["Explanation"] = check.Explanation, ["Body"] = check.Body, ["Reviewer"] = check.Reviewer, ["ProvinceCode"] = "34", ["Note"] = "Jenis konten diperbaiki.",
        }, $"/admin/cek-fakta/{check.Id}/koreksi");
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        await stage.RunPendingAsync(CancellationToken.None);
        Assert.Equal(MatchState.Rejected, (await app.WithDbAsync(d => d.Set<FactCheckMatch>().SingleAsync(m => m.Id == repeat.Id))).State);
        Assert.Single(await app.WithDbAsync(d => d.Set<FactCheckMatch>().Where(m => m.ArticleId == stored[0].Id).ToListAsync()));
        var page = await app.Client().GetStringAsync(FactCheckPages.Url(check.Id, check.Slug));
        Assert.Contains("Jenis konten diperbaiki.", page);
        Assert.Contains("Sebelumnya: Konten Tiruan", page);

        // The desk's statistics count the answer.
        var stats = await diy.GetStringAsync("/admin/cek-fakta");
        Assert.Matches("<dd id=\"within48\">100", stats);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
