using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Siberindo.Accounts;
using Siberindo.Demo;
using Siberindo.Search;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;
using Siberindo.Tests.Releases;
using Siberindo.Tests.Stories;

namespace Siberindo.Tests.Browser;

/// <summary>
/// The app with every page the accessibility check visits filled in: the demo association (members, boards, events,
/// audit entries), a story covered by two outlets, a search that finds it, a partner with a published release and a
/// national admin to sign in as. Pages with something on them are what axe must judge, not empty states.
/// </summary>
public sealed class AccessibilitySite : IAsyncDisposable
{
    public const string AdminEmail = "pusat@smsi.example";
    public const string SearchQuery = "benih jagung";

    public required TestApp App { get; init; }
    public required DemoNetwork Network { get; init; }
    public required long StoryId { get; init; }
    public required int OutletId { get; init; }
    public required int PartnerId { get; init; }
    public required int BoardId { get; init; }
    public string BaseUrl => App.BaseAddress.ToString().TrimEnd('/');
    private (IPlaywright Playwright, IBrowserContext Browser)? chromium;

    /// <summary>A page in Debian's Chromium (phone-sized until a test says otherwise), closed with the site.</summary>
    public async Task<IPage> OpenPageAsync()
    {
        chromium ??= await Chromium.LaunchAsync();
        return await chromium.Value.Browser.NewPageAsync();
    }

    /// <summary>Signs the national admin in on <paramref name="page"/>.</summary>
    public async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(BaseUrl + "/masuk");
        await page.FillAsync("input[name=Email]", AdminEmail);
        await page.FillAsync("input[name=Password]", Users.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(BaseUrl + "/admin");
    }

    public static async Task<AccessibilitySite> StartAsync(string provider)
    {
        var (app, network) = await DemoAssociation.StartAsync(provider, 24);
        var outlets = await app.WithDbAsync(db => db.Outlets.OrderBy(o => o.Id).Take(2).ToListAsync());
        var day = DateTime.UtcNow.AddHours(-6);
        await StoryTests.IngestAsync(app, outlets[0], StoryTexts.Article("a11y-1", new Uri(outlets[0].Website).Host,
            "Pemkab Sumbawa salurkan 12 ton benih jagung", StoryTexts.Body(StoryTexts.Seeds, "SUMBAWA"), day));
        await StoryTests.IngestAsync(app, outlets[1], StoryTexts.Article("a11y-2", new Uri(outlets[1].Website).Host,
            "Petani Lape terima benih jagung", StoryTexts.Body(StoryTexts.Seeds[1..], "SUMBAWA BESAR", "(rls/red)"), day.AddHours(1)));
        await StoryTests.IngestAsync(app, outlets[1], StoryTexts.Article("a11y-3", new Uri(outlets[1].Website).Host,
            "Lomba lari Tepian Mahakam diikuti 1.250 pelari", StoryTexts.Body(StoryTexts.Other, "SAMARINDA"), day.AddHours(2)));
        await app.Services.GetRequiredService<SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(30));
        var storyId = await app.WithDbAsync(db => db.Articles.Where(a => a.Guid == "a11y-1").Select(a => a.StoryId!.Value).SingleAsync());

        var partner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Nusa Tenggara Barat", "52");
        await ReleaseFixture.ReleaseAsync(app, partner, ReleaseFixture.Form("Pemprov NTB buka posko layanan KTP elektronik",
            "<p>Pemerintah Provinsi Nusa Tenggara Barat membuka posko layanan perekaman KTP elektronik di sepuluh kecamatan.</p>", "52"), null);
        await ReleaseFixture.DispatchAsync(app);
        await Users.CreateAsync(app, AdminEmail, Roles.Admin);
        var boardId = await app.WithDbAsync(db => db.Set<Siberindo.Boards.Board>().OrderBy(b => b.Id).Select(b => b.Id).FirstAsync());
        return new AccessibilitySite { App = app, Network = network, StoryId = storyId, OutletId = outlets[0].Id, PartnerId = partner.Id, BoardId = boardId };
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is { } c)
        {
            await c.Browser.DisposeAsync();
            c.Playwright.Dispose();
        }
        await Network.DisposeAsync();
        await App.DisposeAsync();
    }
}
