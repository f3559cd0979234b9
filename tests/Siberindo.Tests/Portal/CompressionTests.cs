using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Accounts;
using Siberindo.Hosting;
using Siberindo.Search;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Portal;

/// <summary>Cached responses are compressed once per fill and stored per coding; what may hold a secret is not compressed.</summary>
public sealed class CompressionTests
{
    [Fact]
    public async Task A_cached_page_is_stored_once_per_coding_with_its_own_etag_and_compressed_only_when_it_fills()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var compressions = new CompressionCount(app);
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(app, outlet, ("s1", "Banjir rendam Serang", DateTime.UtcNow.AddMinutes(-5)));
        await SettleAsync(app);
        using var http = app.Client();

        var identity = await Compressed.GetAsync(http, "/", null);
        Assert.Null(identity.Coding);
        Assert.Contains("Accept-Encoding", identity.Vary);
        Assert.EndsWith("-identity\"", identity.ETag);
        Assert.Contains("Banjir rendam Serang", identity.Text);

        // Served from the cache once it holds the br variant (the same ETag twice: every fill gets a new one).
        var brTags = new HashSet<string>();
        Compressed br;
        do
        {
            br = await Compressed.GetAsync(http, "/", "gzip, deflate, br");
            brTags.Add(br.ETag);
        } while (brTags.Count < 10 && br.ETag != (await Compressed.GetAsync(http, "/", "br")).ETag);
        Assert.Equal("br", br.Coding);
        Assert.Contains("Accept-Encoding", br.Vary);
        Assert.EndsWith("-br\"", br.ETag);
        Assert.Equal(identity.Text, br.Text);
        Assert.Contains("s-maxage=", br.CacheControl);
        Assert.Null(br.Age);

        for (var i = 0; i < 20; i++)
        {
            var again = await Compressed.GetAsync(http, "/", i % 2 == 0 ? "br" : "br;q=1.0, gzip;q=0.8");
            Assert.Equal(br.ETag, again.ETag);
            Assert.Equal(br.Body, again.Body);
        }
        // Compressed when its entry filled, never when served from it: once per distinct ETag.
        Assert.Equal(brTags.Count, compressions.Cached("br"));

        var gzip = await Compressed.GetAsync(http, "/", "gzip");
        Assert.Equal("gzip", gzip.Coding);
        Assert.EndsWith("-gzip\"", gzip.ETag);
        Assert.Equal(identity.Text, gzip.Text);
        Assert.NotEqual(br.ETag, gzip.ETag);

        // The br variant's ETag revalidates the br variant only.
        Assert.Equal(HttpStatusCode.NotModified, (await Compressed.SendAsync(http, "/", "br", br.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Compressed.SendAsync(http, "/", "gzip", br.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Compressed.SendAsync(http, "/", null, br.ETag)).StatusCode);

        // Tag eviction reaches every variant.
        await Seed.ArticlesAsync(app, outlet, ("s2", "Pasar baru dibuka", DateTime.UtcNow));
        await Eventually.TrueAsync(async () => (await Compressed.GetAsync(http, "/", "br")).Text.Contains("Pasar baru dibuka"), TimeSpan.FromSeconds(5), "the new article in the br variant");
        await Eventually.TrueAsync(async () => (await Compressed.GetAsync(http, "/", "gzip")).Text.Contains("Pasar baru dibuka"), TimeSpan.FromSeconds(5), "the new article in the gzip variant");
        Assert.Equal(HttpStatusCode.OK, (await Compressed.SendAsync(http, "/", "br", br.ETag)).StatusCode);
    }

    /// <summary>
    /// Lets the stages that follow a stored article (search, stories) finish, and the evictions they mark happen, so
    /// that no refill lands between the requests that compare one fill's ETag (a CI run once saw one there).
    /// </summary>
    private static async Task SettleAsync(TestApp app)
    {
        await app.Services.GetRequiredService<SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(30));
        await app.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
        var evictions = app.Services.GetRequiredService<CoalescedEviction>();
        // A mark is evicted on the next two ticks: run both now rather than wait for the timer.
        await evictions.EvictIfPendingAsync(CancellationToken.None);
        await evictions.EvictIfPendingAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Static_files_are_served_precompressed()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = app.Client();
        var plain = await Compressed.GetAsync(http, "/css/site.css", null);
        Assert.Null(plain.Coding);
        Assert.Contains("Accept-Encoding", plain.Vary);
        foreach (var coding in new[] { "br", "gzip" })
        {
            var css = await Compressed.GetAsync(http, "/css/site.css", coding);
            Assert.Equal(coding, css.Coding);
            Assert.Equal(plain.Text, css.Text);
            Assert.True(css.Body.Length < plain.Body.Length / 2);
            Assert.Contains("immutable", css.CacheControl);
            Assert.Equal(HttpStatusCode.NotModified, (await Compressed.SendAsync(http, "/css/site.css", coding, css.ETag)).StatusCode);
        }
    }

    [Fact]
    public async Task Responses_that_may_hold_a_secret_are_not_compressed_and_other_uncached_ones_are()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var compressions = new CompressionCount(app);
        using var reader = app.Client();
        // The sign-in form carries an antiforgery token.
        var signIn = await Compressed.GetAsync(reader, "/masuk", "gzip, br");
        Assert.Null(signIn.Coding);
        Assert.Contains("__RequestVerificationToken", signIn.Text);

        using var admin = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        var adminPage = await Compressed.GetAsync(admin, "/admin", "gzip, br");
        Assert.Equal(HttpStatusCode.OK, adminPage.Status);
        Assert.Null(adminPage.Coding);
        // A signed-in reader's home page is rendered for them, not taken from the cache, and not compressed either.
        Assert.Null((await Compressed.GetAsync(admin, "/", "br")).Coding);

        // An uncached public answer is compressed, for this reader only.
        var api = await Compressed.GetAsync(reader, "/api/v1/articles", "br");
        Assert.Equal("br", api.Coding);
        Assert.StartsWith("{", api.Text);
        Assert.Equal(1, compressions.Once("br"));
    }
}
