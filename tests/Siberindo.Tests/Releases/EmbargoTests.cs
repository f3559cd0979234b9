using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Core.Feeds.WebSub;
using Siberindo.Releases;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Releases;

/// <summary>
/// Acceptance: a release is in no page, feed, API answer, search result, sitemap, inbox, private feed, mail or webhook
/// one minute before its embargo, and in every one of them one minute after, with every page already cached before
/// the instant; on SQLite and PostgreSQL.
/// </summary>
public sealed class EmbargoTests
{
    private const string Token = "Embargotanda";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_release_leaks_nowhere_before_its_embargo_and_shows_everywhere_after_it(string provider)
    {
        await using var smtp = await SmtpServer.StartAsync();
        var hooks = new ConcurrentQueue<(string Body, string? Signature)>();
        await using var receiver = await LoopbackSite.StartAsync((routes, _) => routes.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            hooks.Enqueue((await reader.ReadToEndAsync(), request.Headers["X-Siberindo-Signature"].FirstOrDefault()));
            return Results.Ok();
        }));
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync(provider, ShiftedClock.Into(clock),
            "--Mail:Smtp:Host=127.0.0.1", $"--Mail:Smtp:Port={smtp.Port}", "--Mail:Smtp:Security=None", "--Crawler:AllowLoopback=true",
            "--Releases:PollInterval=00:00:01");
        var partner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Banten", "36");
        var outlet = await ReleaseFixture.MemberOutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04", "redaksi@kabarserang.example");
        var elsewhere = await ReleaseFixture.MemberOutletAsync(app, "Warta Jambi", "https://wartajambi.example", "15.71", "redaksi@wartajambi.example");
        var editor = await Users.SignedInAsync(app, "editor@kabarserang.example", Roles.OutletEditor, outlet: outlet.Id);
        var board = await Users.SignedInAsync(app, "provinsi@smsi.example", Roles.ProvinceAdmin, province: "36");
        var (own, _) = await ReleaseFixture.PartnerUserAsync(app, partner, "humas@diskominfo.example");
        var otherPartner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Jambi", "15");
        var (other, _) = await ReleaseFixture.PartnerUserAsync(app, otherPartner, "humas@jambi.example");

        // The outlet receives releases by private feed and webhook too.
        var inbox = await Forms.PostAsync(editor, "/admin/rilis", new(), "/admin/rilis?handler=Channel&media=" + outlet.Id);
        var feedUrl = new Uri(WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await inbox.Content.ReadAsStringAsync(), "<code id=\"new-secret\">([^<]+)</code>").Groups[1].Value));
        var hook = await Forms.PostAsync(editor, "/admin/rilis", new() { ["WebhookUrl"] = receiver.BaseUrl + "/hook" }, "/admin/rilis?handler=Webhook&media=" + outlet.Id);
        var secret = System.Text.RegularExpressions.Regex.Match(await hook.Content.ReadAsStringAsync(), "<code id=\"new-secret\">([^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(secret);

        var embargo = clock.GetUtcNow().UtcDateTime.AddSeconds(60);
        var release = await ReleaseFixture.ReleaseAsync(app, partner,
            ReleaseFixture.Form($"{Token}: Pemprov Banten salurkan 1.250 paket pangan", "<p>Pemerintah Provinsi Banten menyalurkan 1.250 paket pangan kepada warga Kabupaten Serang.</p><script>alert(1)</script>", "36"),
            embargo);
        Assert.DoesNotContain("<script", release.BodyHtml);
        Assert.Empty(await app.WithServiceAsync<ReleaseService, List<FormError>>(s => s.AttachAsync(release.Id, Upload("foto.png", ReleaseFixture.Png, "image/png"), "Penyaluran paket")));
        var attachment = await app.WithDbAsync(db => db.Set<ReleaseAttachment>().SingleAsync());
        var page = ReleasePages.Url(release.Id, release.Slug);
        using var anonymous = app.Client();

        var surfaces = new (string What, HttpClient Http, string Path)[]
        {
            ("list", anonymous, "/rilis"), ("search", anonymous, "/rilis?q=paket+pangan"), ("partner list", anonymous, $"/rilis/mitra/{partner.Slug}"),
            ("province list", anonymous, "/rilis/provinsi/banten"), ("RSS", anonymous, "/rilis/feed.xml"), ("Atom", anonymous, "/rilis/feed.atom"),
            ("JSON Feed", anonymous, "/rilis/feed.json"), ("partner feed", anonymous, $"/rilis/mitra/{partner.Slug}/feed.xml"),
            ("province feed", anonymous, "/rilis/provinsi/banten/feed.json"), ("API list", anonymous, "/api/v1/releases"),
            ("API search", anonymous, "/api/v1/releases?q=paket+pangan&province=36"), ("sitemap", anonymous, "/sitemap-rilis.xml"),
            ("private feed", anonymous, feedUrl.PathAndQuery), ("editor inbox", editor, "/admin/rilis"), ("board inbox", board, "/admin/rilis"),
        };
        var byId = new[] { ("page", page), ("API item", $"/api/v1/releases/{release.Id}"), ("attachment", ReleasePages.AttachmentUrl(release.Id, attachment.Id)) };

        // One minute before: nowhere, twice over (the second answer comes from the output cache).
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (what, http, path) in surfaces)
            {
                var response = await http.GetAsync(path);
                Assert.True(response.IsSuccessStatusCode, $"{what} {path}: {response.StatusCode}");
                Assert.False((await response.Content.ReadAsStringAsync()).Contains(Token, StringComparison.OrdinalIgnoreCase), $"{what} {path} leaks the release before its embargo");
            }
            foreach (var (what, path) in byId) Assert.True((await anonymous.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, what);
        }
        // The owner sees its scheduled release; another partner does not, by id either.
        Assert.Contains(Token, await own.GetStringAsync($"/mitra/rilis/{release.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/mitra/rilis/{release.Id}")).StatusCode);
        // A whole run of the delivery stage, after any background run under way (one run at a time in a process):
        // a run that delivered, mailed or posted the release would have done so by now, here or in the background.
        // 0, not null: the run did happen, it found nothing to send.
        Assert.Equal(0, await ReleaseFixture.DispatchAsync(app));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReleaseDelivery>().CountAsync()));
        Assert.Empty(hooks);
        Assert.DoesNotContain(Token, smtp.Output, StringComparison.OrdinalIgnoreCase);

        // One minute after: everywhere, at once for pages cached before the instant.
        clock.Offset = TimeSpan.FromSeconds(120);
        foreach (var (what, http, path) in surfaces.Where(s => s.What is not ("private feed" or "editor inbox" or "board inbox")))
            Assert.True((await http.GetStringAsync(path)).Contains(Token, StringComparison.OrdinalIgnoreCase), $"{what} {path} hides the release after its embargo");
        foreach (var (what, path) in byId) Assert.True((await anonymous.GetAsync(path)).IsSuccessStatusCode, what);
        // Delivery follows within the stage's poll (the embargo watch wakes it).
        await Eventually.PageContainsAsync(editor, "/admin/rilis", Token, TimeSpan.FromSeconds(15));
        await Eventually.PageContainsAsync(board, "/admin/rilis", Token, TimeSpan.FromSeconds(5));
        await Eventually.PageContainsAsync(anonymous, feedUrl.PathAndQuery, Token, TimeSpan.FromSeconds(5));
        var mail = await smtp.WaitForAsync("redaksi@kabarserang.example", Token);
        Assert.DoesNotContain("redaksi@wartajambi.example", mail); // outside the target regions
        await Eventually.TrueAsync(() => Task.FromResult(!hooks.IsEmpty), TimeSpan.FromSeconds(15), "the webhook call");
        hooks.TryPeek(out var call);
        Assert.Contains(Token, call.Body);
        Assert.Contains("\"embargoed\"", call.Body);
        Assert.True(WebSubSignature.IsValid(call.Signature, Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(call.Body)), "HMAC-SHA256 signature");
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ReleaseDelivery>().CountAsync()));
        Assert.DoesNotContain(elsewhere.Id, await app.WithDbAsync(db => db.Set<ReleaseDelivery>().Select(d => d.OutletId).ToListAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/mitra/rilis/{release.Id}/liputan")).StatusCode);
    }

    public static IFormFile Upload(string name, byte[] content, string contentType) =>
        new FormFile(new MemoryStream(content), 0, content.Length, "file", name) { Headers = new HeaderDictionary(), ContentType = contentType };
}
