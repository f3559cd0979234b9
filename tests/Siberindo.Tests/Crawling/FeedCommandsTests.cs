using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siberindo.Crawling;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Crawling;

/// <summary>`feed parse URL`, `feed fetch` and `feed discover` through the production fetcher, against loopback sites only.</summary>
public sealed class FeedCommandsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static Task<LoopbackSite> StartSiteAsync() => LoopbackSite.StartAsync((app, baseUrl) =>
    {
        app.MapGet("/feed", () => Results.Content(TestFeeds.Rss(baseUrl(), [Now.AddHours(-1), Now.AddHours(-2)]), "application/rss+xml"));
        app.MapGet("/", () => Results.Content("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/feed\"></head><body>Beranda</body></html>", "text/html"));
        app.MapGet("/pindah", () => Results.Redirect("/feed"));
        // A redirect to the cloud metadata address: the guard must refuse it without connecting.
        app.MapGet("/ke-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/ke-mapped", () => Results.Redirect("http://[::ffff:10.0.0.1]/feed"));
        app.MapGet("/ke-file", () => Results.Redirect("file:///etc/passwd"));
    });

    [Fact]
    public async Task Parse_reads_files_and_urls_and_exits_0_when_any_parsed()
    {
        await using var site = await StartSiteAsync();
        var file = Path.Combine(Path.GetTempPath(), $"siberindo-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "bukan feed");
        try
        {
            var (exit, output, error) = await CliRunner.RunAsync("feed", "parse", file, $"{site.BaseUrl}/pindah", "--Crawler:AllowLoopback=true");

            Assert.Equal(0, exit);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Contains("\"error\":", lines[0]);
            Assert.Contains($"\"source\":\"{site.BaseUrl}/pindah\"", lines[1]);
            Assert.Contains($"\"link\":\"{site.BaseUrl}/berita-", lines[1]);
            Assert.Contains(Path.GetFileName(file), error);
            Assert.Contains("SiberindoBot", site.Requests.Last().UserAgent);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Parse_exits_2_when_no_input_parsed_and_a_loopback_url_is_refused_by_default()
    {
        await using var site = await StartSiteAsync();

        var (exit, output, error) = await CliRunner.RunAsync("feed", "parse", $"{site.BaseUrl}/feed");

        Assert.Equal(2, exit);
        Assert.Contains("Refused to connect", error);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Fetch_exits_3_for_a_refused_address_and_prints_the_feed_with_allow_private()
    {
        await using var site = await StartSiteAsync();

        var refused = await CliRunner.RunAsync("feed", "fetch", $"{site.BaseUrl}/feed");
        Assert.Equal(FeedCommands.RefusedExitCode, refused.Exit);
        Assert.Contains("refused", refused.Err);
        Assert.Contains("loopback", refused.Err);
        Assert.Empty(site.Requests);

        var allowed = await CliRunner.RunAsync("feed", "fetch", $"{site.BaseUrl}/feed", "--allow-private");
        Assert.Equal(0, allowed.Exit);
        Assert.Contains("\"format\":\"rss2.0\"", allowed.Out);
        Assert.Equal(3, allowed.Out.Split("\"id\":\"berita-").Length);
    }

    [Theory]
    [InlineData("/ke-metadata", "link-local")]
    [InlineData("/ke-mapped", "private")]
    [InlineData("/ke-file", "Only http and https")]
    public async Task A_redirect_to_a_refused_address_is_refused(string path, string reason)
    {
        await using var site = await StartSiteAsync();

        var (exit, _, error) = await CliRunner.RunAsync("feed", "fetch", site.BaseUrl + path, "--Crawler:AllowLoopback=true");

        Assert.NotEqual(0, exit);
        Assert.Contains(reason, error);
        if (reason != "Only http and https") Assert.Equal(FeedCommands.RefusedExitCode, exit);
    }

    [Fact]
    public async Task Discover_finds_the_feed_a_home_page_announces()
    {
        await using var site = await StartSiteAsync();

        var (exit, output, error) = await CliRunner.RunAsync("feed", "discover", site.BaseUrl, "--allow-private");

        Assert.True(exit == 0, error);
        Assert.Contains($"\"url\":\"{site.BaseUrl}/feed\"", output);
        Assert.Contains("\"source\":\"link\"", output);
        Assert.Contains("\"entries\":2", output);
    }
}
