using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Siberindo.Accounts;
using Siberindo.Articles;
using Siberindo.Releases;
using Siberindo.Tests.Infrastructure;
using Siberindo.Tests.Releases;

namespace Siberindo.Tests.Browser;

/// <summary>
/// Acceptance in Chromium: a partner signs in, writes a release, attaches a photo and schedules it with an embargo; a
/// member editor sees it only once the embargo has passed; the coverage page lists the member's republished article.
/// </summary>
public sealed class PartnerReleaseBrowserTests
{
    private const string Headline = "Pemprov Banten buka 40 posko layanan KTP elektronik di Kabupaten Serang";
    private const string Lead = "Pemerintah Provinsi Banten membuka 40 posko layanan perekaman KTP elektronik di 29 kecamatan Kabupaten Serang mulai Senin (10/8/2026) untuk 12.500 warga yang belum merekam data.";
    private const string Second = "Kepala Dinas Kependudukan Provinsi Banten, Dedi Kurniawan, mengatakan setiap posko melayani hingga 300 warga per hari dan buka sampai pukul 16.00.";

    [SkippableFact]
    public async Task A_partner_schedules_a_release_that_a_member_sees_only_after_its_embargo_and_whose_coverage_lists_the_members_copy()
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync("Sqlite", ShiftedClock.Into(clock), "--Releases:PollInterval=00:00:01");
        var partner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Banten", "36");
        var (password, _) = await app.WithServiceAsync<Siberindo.Partners.PartnerService, (string?, List<string>)>(s => s.CreateAccountAsync(partner.Id, "humas@banten.example", "Humas"));
        var outlet = await ReleaseFixture.MemberOutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Users.CreateAsync(app, "editor@kabarserang.example", Roles.OutletEditor, outlet: outlet.Id);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        async Task SignInAsync(string email, string secret, string landing)
        {
            await page.GotoAsync(baseUrl + "/masuk");
            await page.FillAsync("input[name=Email]", email);
            await page.FillAsync("input[name=Password]", secret);
            await page.ClickAsync("main button[type=submit]");
            await page.WaitForURLAsync(baseUrl + landing);
        }
        // Waits for the sign-out to land: a sign-in form rendered before it would carry the old account's antiforgery token.
        async Task SignOutAsync()
        {
            await page.ClickAsync("nav.admin-nav button.link");
            await page.WaitForURLAsync(baseUrl + "/");
        }

        // The partner writes the release, attaches a photo and schedules it two minutes ahead.
        await SignInAsync("humas@banten.example", password!, "/mitra");
        await page.ClickAsync("text=+ Tulis rilis baru");
        await page.FillAsync("input[name='Input.Headline']", Headline);
        await page.FillAsync("textarea[name='Input.BodyHtml']", $"<p>{Lead}</p><p>{Second}</p>");
        await page.SelectOptionAsync("select[name='Input.Provinces']", ["36"]);
        await page.ClickAsync("form.form button[type=submit]");
        await page.WaitForSelectorAsync("#release-status");
        var id = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        var photo = Path.Combine(Path.GetTempPath(), $"posko-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(photo, ReleaseFixture.Png);
        await page.SetInputFilesAsync("#attach input[type=file]", photo);
        await page.FillAsync("#attach input[name='Attachment.Caption']", "Posko KTP elektronik");
        await page.ClickAsync("#attach button[type=submit]");
        await page.WaitForSelectorAsync("#attachments li");
        File.Delete(photo);
        var embargo = clock.GetUtcNow().UtcDateTime.AddMinutes(2);
        await page.FillAsync("#schedule input[name='Schedule.EmbargoUntil']", (embargo + Core.Regions.IndonesianTime.Wib).ToString("yyyy-MM-ddTHH:mm"));
        await page.ClickAsync("#schedule button[type=submit]");
        await page.WaitForSelectorAsync("#release-status:has-text('Terjadwal')");
        Assert.NotNull(await app.WithDbAsync(db => db.Set<ReleaseAttachment>().SingleOrDefaultAsync(a => a.ReleaseId == id)));
        await SignOutAsync();

        // Before the embargo the member editor finds it nowhere.
        await SignInAsync("editor@kabarserang.example", Users.Password, "/admin");
        await page.GotoAsync(baseUrl + "/admin/rilis");
        Assert.DoesNotContain(Headline, await page.ContentAsync());
        await page.GotoAsync(baseUrl + "/rilis");
        Assert.DoesNotContain(Headline, await page.ContentAsync());
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync($"{baseUrl}/rilis/{id}/x")).Status);

        // After it, in the inbox (the delivery stage delivers within its poll) and on the public page with its photo.
        clock.Offset = TimeSpan.FromMinutes(3);
        await Eventually.TrueAsync(async () =>
        {
            await page.GotoAsync(baseUrl + "/admin/rilis");
            return (await page.ContentAsync()).Contains(Headline);
        }, TimeSpan.FromSeconds(20), "the release in the editor's inbox after its embargo");
        await page.ClickAsync($"#inbox a:has-text('{Headline[..30]}')");
        await page.WaitForSelectorAsync(".release-body");
        Assert.Contains(Lead, await page.InnerTextAsync(".release-body"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ReleaseDelivery>().Where(d => d.ReleaseId == id).Select(d => d.Opens).SingleAsync()));

        // The member republishes it; the coverage page lists the article.
        var article = (await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            [new IncomingArticle("ktp-1", "https://kabarserang.example/ktp-1", "40 Posko KTP Elektronik Dibuka di Serang", null,
                $"SERANG – {Lead}\n\n{Second}\n\n(rls/red)", null, clock.GetUtcNow().UtcDateTime)]))).Stored[0];
        await Eventually.TrueAsync(async () => await app.WithDbAsync(db => db.Set<ReleasePickup>().AnyAsync(p => p.ArticleId == article.Id)), TimeSpan.FromSeconds(20), "the pickup");
        await page.GotoAsync(baseUrl + "/admin/rilis");
        await SignOutAsync();
        await SignInAsync("humas@banten.example", password!, "/mitra");
        await page.GotoAsync($"{baseUrl}/mitra/rilis/{id}/liputan");
        var row = page.Locator($"#coverage tr[data-article='{article.Id}']");
        Assert.Contains("Kabar Serang", await row.InnerTextAsync());
        Assert.Contains("40 Posko KTP Elektronik Dibuka di Serang", await row.InnerTextAsync());
        Assert.Equal("1", await page.InnerTextAsync("#published"));
    }
}
