using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Core.Stories;
using Siberindo.Releases;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Releases;

public sealed class PickupAndBadInputTests
{
    private const string Lead = "Pemerintah Provinsi Banten melalui Dinas Ketahanan Pangan menyalurkan 1.250 paket cadangan pangan kepada warga terdampak banjir di Kecamatan Cikeusal, Kabupaten Serang, Rabu (5/8/2026).";
    private static readonly string[] Body =
    [
        Lead,
        "Kepala Dinas Ketahanan Pangan Provinsi Banten, Rina Marlina, mengatakan setiap paket berisi 10 kilogram beras, 2 liter minyak goreng dan 30 butir telur.",
        "Penyaluran dilakukan bersama Badan Penanggulangan Bencana Daerah dan aparat desa di 14 desa yang terendam sejak Senin.",
        "Rina meminta camat dan kepala desa mendata warga yang belum menerima bantuan agar penyaluran tahap kedua tepat sasaran.",
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Copies_edited_copies_and_leads_are_pickups_a_report_is_a_story_match_and_the_coverage_lists_them(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, "--Releases:PollInterval=00:00:01");
        var partner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Banten", "36");
        var now = DateTime.UtcNow;
        var release = await ReleaseFixture.ReleaseAsync(app, partner,
            ReleaseFixture.Form("Pemprov Banten salurkan 1.250 paket pangan untuk korban banjir Cikeusal", string.Concat(Body.Select(p => $"<p>{p}</p>")), "36"), null);
        // Delivered by this run, or by the worker's run this one waited for.
        await ReleaseFixture.DispatchAsync(app);
        Assert.NotNull(await app.WithDbAsync(db => db.Set<Release>().Where(r => r.Id == release.Id).Select(r => r.DeliveredAt).SingleAsync()));
        var outlets = new List<Siberindo.Outlets.Outlet>();
        foreach (var (name, regency) in new[] { ("Kabar Serang", "36.04"), ("Warta Banten", "36.73"), ("Radar Cilegon", "36.72"), ("Suara Pandeglang", "36.01"), ("Info Lebak", "36.02"), ("Jurnal Tangerang", "36.03") })
            outlets.Add(await ReleaseFixture.MemberOutletAsync(app, name, $"https://{Core.Slug.From(name)}.example", regency));
        async Task<Article> IngestAsync(Siberindo.Outlets.Outlet outlet, string guid, string title, IEnumerable<string> paragraphs) =>
            (await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
                [new IncomingArticle(guid, $"{outlet.Website}/{guid}", title, null, string.Join("\n\n", paragraphs), null, now.AddMinutes(30))]))).Stored[0];

        var copy = await IngestAsync(outlets[0], "a1", "Banten Salurkan 1.250 Paket Pangan", ["SERANG – " + Body[0], .. Body[1..], "(rls/red)"]);
        var edited = await IngestAsync(outlets[1], "a2", "Korban Banjir Cikeusal Terima Paket Pangan",
            [Body[0].Replace("menyalurkan", "membagikan"), Body[1], "Warga menyambut baik bantuan tersebut.", Body[3]]);
        var lead = await IngestAsync(outlets[2], "a3", "Paket pangan untuk Cikeusal", [Body[0]]);
        var report = await IngestAsync(outlets[3], "a4", "Rina Marlina: Data Penerima Paket Pangan Cikeusal Segera Diperbarui",
            ["Kepala Dinas Ketahanan Pangan Banten Rina Marlina meninjau posko banjir Cikeusal, Kabupaten Serang, dan mendengar keluhan warga soal paket pangan.",
             "Menurut warga, sebagian keluarga di Cikeusal belum tercatat sebagai penerima 1.250 paket yang dibagikan pemerintah provinsi.",
             "Rina berjanji data penerima diperbarui sebelum penyaluran tahap kedua bersama BPBD Banten."]);
        var rerun = await IngestAsync(outlets[4], "a5", "Pemprov Banten salurkan 800 paket pangan untuk korban banjir Cibaliung",
            [Body[0].Replace("1.250", "800").Replace("Cikeusal", "Cibaliung").Replace("Kabupaten Serang", "Kabupaten Pandeglang").Replace("Rabu (5/8/2026)", "Jumat (14/8/2026)"),
             Body[1].Replace("Rina Marlina", "Asep Saepudin").Replace("10 kilogram", "5 kilogram").Replace("30 butir", "10 butir"),
             Body[2].Replace("14 desa", "6 desa").Replace("Senin", "Rabu"), Body[3].Replace("Rina", "Asep")]);
        var unrelated = await IngestAsync(outlets[5], "a6", "Festival Kuliner Tangerang Dikunjungi 4.000 Orang",
            ["Festival kuliner khas Tangerang di alun-alun kota dikunjungi sekitar 4.000 orang pada hari pertama.", "Panitia menyebut festival ini menggerakkan ekonomi warga."]);

        await Eventually.TrueAsync(async () => await app.WithDbAsync(db => db.Set<ReleasePickup>().CountAsync()) >= 4, TimeSpan.FromSeconds(20), "pickups");
        await ReleaseFixture.PickupAsync(app);
        var pickups = await app.WithDbAsync(db => db.Set<ReleasePickup>().ToDictionaryAsync(p => p.ArticleId, p => p.Kind));
        Assert.Equal(PickupKind.Copy, pickups[copy.Id]);
        Assert.Equal(PickupKind.Copy, pickups[edited.Id]);
        Assert.Equal(PickupKind.Copy, pickups[lead.Id]);
        Assert.Equal(PickupKind.Report, pickups[report.Id]);
        Assert.False(pickups.ContainsKey(rerun.Id), "a re-run of the template with other figures and places is not this release");
        Assert.False(pickups.ContainsKey(unrelated.Id));

        // The coverage page, CSV and PDF list them, with the pickup rate among the outlets it was delivered to.
        var (http, _) = await ReleaseFixture.PartnerUserAsync(app, partner, "humas@diskominfo.example");
        var coverage = await http.GetStringAsync($"/mitra/rilis/{release.Id}/liputan");
        foreach (var a in new[] { copy, edited, lead, report }) Assert.Contains($"href=\"/baca/{a.Id}\"", coverage);
        Assert.DoesNotContain($"/baca/{rerun.Id}\"", coverage);
        Assert.Contains("<dd id=\"delivered\">0</dd>", coverage); // the outlets were registered after the delivery
        var csv = await http.GetStringAsync($"/mitra/rilis/{release.Id}/liputan.csv");
        Assert.StartsWith("outlet,province,regency,title,url,counted_link,published,minutes_after_release,kind,readers_sent,delivered", csv);
        Assert.Equal(5, csv.Trim().Split('\n').Length);
        var (pages, text) = PdfText.Read(await http.GetByteArrayAsync($"/mitra/rilis/{release.Id}/liputan.pdf"));
        Assert.True(pages >= 1);
        Assert.Contains(PdfText.Compact("Laporan liputan rilis"), text);
        Assert.Contains(PdfText.Compact("Kabar Serang"), text);
        // The public page shows the members' articles before the release's own text.
        var publicPage = await app.Client().GetStringAsync(ReleasePages.Url(release.Id, release.Slug));
        Assert.True(publicPage.IndexOf($"/baca/{copy.Id}", StringComparison.Ordinal) < publicPage.IndexOf("release-body", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_partners_release_oversized_or_disguised_files_and_failing_webhooks_get_clear_answers_and_lose_nothing(string provider)
    {
        // Calls counted per delivery (X-Siberindo-Delivery, one per release and outlet): the first release of this test
        // may reach the same endpoints once their webhooks are set.
        var calls = new System.Collections.Concurrent.ConcurrentDictionary<(string Path, long Send), int>();
        int Count(HttpContext http, string path) => calls.AddOrUpdate((path, long.Parse(http.Request.Headers["X-Siberindo-Delivery"]!)), 1, (_, n) => n + 1);
        await using var receiver = await LoopbackSite.StartAsync((routes, _) =>
        {
            routes.MapPost("/ok", (HttpContext http) => { Count(http, "ok"); return Results.Ok(); });
            routes.MapPost("/flaky", (HttpContext http) => Count(http, "flaky") <= 2 ? Results.StatusCode(500) : Results.Ok());
            routes.MapPost("/hangs", async (HttpContext http) =>
            {
                Count(http, "hangs");
                await Task.Delay(TimeSpan.FromMinutes(2), http.RequestAborted);
                return Results.Ok();
            });
        });
        await using var app = await TestApp.StartAsync(provider, "--Crawler:AllowLoopback=true", "--Releases:PollInterval=00:00:01",
            "--Releases:WebhookTimeout=00:00:02", "--Releases:WebhookFirstBackoff=00:00:01", "--Releases:WebhookMaxAttempts=3");
        var partner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Banten", "36");
        var rival = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Jambi", "15");
        var (own, _) = await ReleaseFixture.PartnerUserAsync(app, partner, "humas@banten.example");
        var (other, _) = await ReleaseFixture.PartnerUserAsync(app, rival, "humas@jambi.example");
        var draft = await app.WithServiceAsync<ReleaseService, (Release?, List<FormError>)>(s => s.CreateAsync(partner.Id, ReleaseFixture.Form("Draf rilis Banten", "<p>Isi draf.</p>", "36")));
        var id = draft.Item1!.Id;
        Assert.Empty(await app.WithServiceAsync<ReleaseService, List<FormError>>(s => s.AttachAsync(id, EmbargoTests.Upload("a.png", ReleaseFixture.Png, "image/png"), null)));
        var attachment = await app.WithDbAsync(db => db.Set<ReleaseAttachment>().SingleAsync());

        // Another partner's release does not exist for this partner: pages, files, reports, changes.
        foreach (var path in new[] { $"/mitra/rilis/{id}", $"/mitra/rilis/{id}/liputan", $"/mitra/rilis/{id}/liputan.csv", $"/mitra/rilis/{id}/liputan.pdf", $"/mitra/rilis/{id}/lampiran/{attachment.Id}" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        var page = await own.GetStringAsync($"/mitra/rilis/{id}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var stolen = await Forms.PostAsync(other, "/mitra", new() { ["Schedule.EmbargoUntil"] = "" }, $"/mitra/rilis/{id}?handler=Schedule");
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Set<Release>().Where(r => r.Id == id).Select(r => r.EmbargoUntil).SingleAsync()));

        // Oversized and disguised files are refused with the reason, and nothing is stored.
        async Task<string> UploadAsync(string name, byte[] content, string type)
        {
            using var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" } };
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "Attachment.File", name);
            var response = await own.PostAsync($"/mitra/rilis/{id}?handler=Attach", form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
        var big = new byte[11 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(big);
        Assert.Contains("terlalu besar", await UploadAsync("laporan.pdf", big, "application/pdf"));
        Assert.Contains("bukan foto JPEG, PNG, WebP atau dokumen PDF", await UploadAsync("foto.jpg", "<html><script>alert(1)</script></html>"u8.ToArray(), "image/jpeg"));
        Assert.Contains("bukan foto JPEG, PNG, WebP atau dokumen PDF", await UploadAsync("peta.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(), "image/svg+xml"));
        var hugePhoto = new byte[6 * 1024 * 1024];
        ReleaseFixture.Png.CopyTo(hugePhoto, 0);
        Assert.Contains("lebih dari 5 MB", await UploadAsync("besar.png", hugePhoto, "image/png"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ReleaseAttachment>().CountAsync()));
        // The stored photo is served as what it is, never sniffed into a page.
        Assert.Empty(await app.WithServiceAsync<ReleaseService, List<FormError>>(s => s.ScheduleAsync(id, null)));
        var served = await app.Client().GetAsync(ReleasePages.AttachmentUrl(id, attachment.Id));
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", served.Headers.GetValues("Content-Security-Policy").Single());
        Assert.NotNull(served.Content.Headers.ContentDisposition);

        // A webhook that hangs and one that answers 500 never hold up the others; the 500 is retried, nothing is lost.
        var outlets = new List<Siberindo.Outlets.Outlet>();
        foreach (var (name, path) in new[] { ("Kabar Serang", "hangs"), ("Warta Banten", "flaky"), ("Radar Cilegon", "ok") })
        {
            var outlet = await ReleaseFixture.MemberOutletAsync(app, name, $"https://{Core.Slug.From(name)}.example", "36.04");
            outlets.Add(outlet);
            Assert.Null((await app.WithServiceAsync<ReceiverService, (string?, string?)>(r => r.SetWebhookAsync(outlet.Id, $"{receiver.BaseUrl}/{path}", CancellationToken.None))).Item2);
        }
        var started = DateTime.UtcNow;
        var second = await ReleaseFixture.ReleaseAsync(app, partner, ReleaseFixture.Form("Rilis kedua Banten", "<p>Isi rilis kedua.</p>", "36"), null);
        await Eventually.TrueAsync(async () => await app.WithDbAsync(db => db.Set<WebhookSend>().AnyAsync(s => s.ReleaseId == second.Id && s.OutletId == outlets[2].Id && s.SentAt != null)),
            TimeSpan.FromSeconds(10), "the healthy webhook");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(async () => await app.WithDbAsync(db => db.Set<WebhookSend>().CountAsync(s => s.ReleaseId == second.Id && (s.SentAt != null || s.GaveUpAt != null))) == 3,
            TimeSpan.FromSeconds(40), "every webhook sent or given up");
        var sends = await app.WithDbAsync(db => db.Set<WebhookSend>().Where(s => s.ReleaseId == second.Id).ToDictionaryAsync(s => s.OutletId));
        Assert.NotNull(sends[outlets[2].Id].SentAt);
        Assert.NotNull(sends[outlets[1].Id].SentAt);
        Assert.Equal(3, calls[("flaky", sends[outlets[1].Id].Id)]); // two 500s, then 200
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ReleaseActivity>().CountAsync(a => a.ReleaseId == second.Id && a.OutletId == outlets[1].Id && a.Kind == ActivityKind.WebhookFailed)));
        // Every call an endpoint received is one attempt on record, and one line of the log.
        foreach (var (outlet, path) in outlets.Zip(new[] { "hangs", "flaky", "ok" }))
        {
            var send = sends[outlet.Id];
            Assert.Equal(calls[(path, send.Id)], send.Attempts);
            Assert.Equal(send.Attempts, await app.WithDbAsync(db => db.Set<ReleaseActivity>().CountAsync(a => a.ReleaseId == second.Id && a.OutletId == outlet.Id
                && (a.Kind == ActivityKind.WebhookSent || a.Kind == ActivityKind.WebhookFailed || a.Kind == ActivityKind.WebhookGaveUp))));
        }
        Assert.NotNull(sends[outlets[0].Id].GaveUpAt);
        Assert.Contains("timed out", sends[outlets[0].Id].LastError);
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<ReleaseDelivery>().CountAsync(d => d.ReleaseId == second.Id)));
        Assert.True(await app.WithDbAsync(db => db.Set<ReleaseActivity>().CountAsync(a => a.ReleaseId == second.Id && a.Kind == ActivityKind.WebhookFailed)) >= 3);
        // The log shows each attempt to the partner.
        var log = await own.GetStringAsync($"/mitra/rilis/{second.Id}");
        Assert.Contains("webhook gagal, dicoba lagi", log);
        Assert.Contains("webhook dihentikan", log);
    }
}
