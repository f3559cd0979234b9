using System.Text;
using CsCheck;
using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

/// <summary>The pure parts of ingestion: poll intervals, WebSub links and signatures, feed discovery, OPML, body text.</summary>
public class IngestionHelpersTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_interval_is_half_the_median_gap_between_recent_articles()
    {
        var hourly = Enumerable.Range(0, 12).Select(i => Now.AddMinutes(-10 - 60 * i));
        Assert.Equal(TimeSpan.FromMinutes(30), PollIntervals.Adapt(hourly, 1, TimeSpan.FromMinutes(10), Now));

        // One odd gap does not move the median.
        var withBurst = hourly.Append(Now.AddMinutes(-11)).Append(Now.AddDays(-30));
        Assert.Equal(TimeSpan.FromMinutes(30), PollIntervals.Adapt(withBurst, 0, TimeSpan.FromMinutes(10), Now));
    }

    [Fact]
    public void The_interval_stays_within_bounds_and_slows_for_outlets_gone_quiet()
    {
        var busy = Enumerable.Range(0, 20).Select(i => Now.AddMinutes(-i));
        Assert.Equal(PollIntervals.Minimum, PollIntervals.Adapt(busy, 5, TimeSpan.FromMinutes(10), Now));

        var weekly = Enumerable.Range(0, 5).Select(i => Now.AddDays(-7 * i));
        Assert.Equal(PollIntervals.Maximum, PollIntervals.Adapt(weekly, 0, TimeSpan.FromMinutes(10), Now));

        // Published every 20 minutes, but the last one two days ago: the silence counts.
        var quiet = Enumerable.Range(0, 10).Select(i => Now.AddDays(-2).AddMinutes(-20 * i));
        Assert.Equal(PollIntervals.Maximum, PollIntervals.Adapt(quiet, 0, TimeSpan.FromMinutes(10), Now));
        var lateMorning = Enumerable.Range(0, 10).Select(i => Now.AddHours(-2).AddMinutes(-20 * i));
        Assert.Equal(TimeSpan.FromMinutes(30), PollIntervals.Adapt(lateMorning, 0, TimeSpan.FromMinutes(10), Now));
    }

    [Fact]
    public void Without_dates_the_interval_follows_what_polls_find()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), PollIntervals.Adapt([], 3, TimeSpan.FromMinutes(20), Now));
        Assert.Equal(TimeSpan.FromMinutes(25), PollIntervals.Adapt([Now], 0, TimeSpan.FromMinutes(20), Now));
    }

    [Fact]
    public void The_interval_is_always_within_the_bounds()
    {
        Gen.Select(Gen.Long[-1_000_000, 1_000_000].Array[0, 30], Gen.Int[0, 50], Gen.Int[1, 100_000])
            .Sample((offsets, added, currentSeconds) =>
            {
                var interval = PollIntervals.Adapt(offsets.Select(o => Now.AddSeconds(o)), added, TimeSpan.FromSeconds(currentSeconds), Now);
                return interval >= PollIntervals.Minimum && interval <= PollIntervals.Maximum;
            }, iter: 2000);
    }

    [Fact]
    public void Hub_and_self_links_are_read_from_rss_and_atom()
    {
        var rss = FeedFixtures.TryParse("""
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>K</title><link>https://kabar.example/</link>
            <atom:link rel="hub" href="https://pubsubhubbub.appspot.com/"/><atom:link rel="self" href="/feed/"/>
            <item><title>A</title><link>https://kabar.example/a</link></item></channel></rss>
            """, new FeedParseOptions { BaseUri = new Uri("https://kabar.example/feed/") });
        Assert.Equal("https://pubsubhubbub.appspot.com/", rss.Feed!.Hub);
        Assert.Equal("https://kabar.example/feed/", rss.Feed.Self);

        var atom = FeedFixtures.TryParse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>K</title><link rel="self" href="https://kabar.example/atom"/>
            <link rel="hub" href="https://hub.example/"/><entry><title>A</title><link href="https://kabar.example/a"/><id>a</id></entry></feed>
            """);
        Assert.Equal("https://hub.example/", atom.Feed!.Hub);
        Assert.Equal("https://kabar.example/atom", atom.Feed.Self);

        Assert.Null(FeedFixtures.Parse("rss20-basic.xml").Hub);
    }

    [Fact]
    public void Push_signatures_are_checked_for_sha1_and_sha256()
    {
        var secret = Encoding.UTF8.GetBytes("rahasia");
        var body = Encoding.UTF8.GetBytes("<feed/>");
        Assert.True(WebSubSignature.IsValid(WebSubSignature.Sign("sha1", secret, body), secret, body));
        Assert.True(WebSubSignature.IsValid(WebSubSignature.Sign("sha256", secret, body).ToUpperInvariant().Replace("SHA256", "sha256"), secret, body));
        Assert.False(WebSubSignature.IsValid(WebSubSignature.Sign("sha256", secret, body), Encoding.UTF8.GetBytes("lain"), body));
        Assert.False(WebSubSignature.IsValid(WebSubSignature.Sign("sha256", secret, body), secret, Encoding.UTF8.GetBytes("<feed></feed>")));
        Assert.False(WebSubSignature.IsValid(null, secret, body));
        Assert.False(WebSubSignature.IsValid("md5=abcd", secret, body));
        Assert.False(WebSubSignature.IsValid("sha1=zz", secret, body));
        Assert.False(WebSubSignature.IsValid("sha1", secret, body));
    }

    [Fact]
    public void Discovery_reads_alternate_links_and_robots_sitemaps()
    {
        var html = """
            <html><head><base href="https://kabar.example/portal/">
            <link rel="alternate" type="application/rss+xml" title="Berita" href="feed/">
            <link rel="alternate" type="application/atom+xml" href="https://kabar.example/atom.xml">
            <link rel="alternate" type="application/rss+xml" href="feed/">
            <link rel="alternate" hreflang="en" href="https://kabar.example/en/">
            <link rel="stylesheet" type="text/css" href="/s.css">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head></html>
            """;
        var links = FeedDiscovery.FromHtml(html, new Uri("https://kabar.example/"));
        Assert.Equal(["https://kabar.example/portal/feed/", "https://kabar.example/atom.xml"], links.Select(l => l.Url));
        Assert.Equal("Berita", links[0].Title);

        var robots = "User-agent: *\r\nDisallow: /wp-admin/\r\nSitemap: https://kabar.example/sitemap_index.xml\r\nsitemap: /news-sitemap.xml\nSitemap: ftp://x/y\n";
        Assert.Equal(["https://kabar.example/sitemap_index.xml", "https://kabar.example/news-sitemap.xml"],
            FeedDiscovery.SitemapsFromRobots(robots, new Uri("https://kabar.example/robots.txt")));
    }

    [Fact]
    public void Opml_round_trips_and_reports_bad_outlines_with_their_line()
    {
        var written = Opml.Write("Daftar", Now, [
            new OpmlOutline(0, "Kabar & Warta", "https://kabar.example/feed", "https://kabar.example", "Banten"),
            new OpmlOutline(0, "Tanpa situs", "https://lain.example/rss", null),
        ]);
        var read = Opml.Read(new MemoryStream(Encoding.UTF8.GetBytes(written)));
        Assert.Empty(read.Errors);
        Assert.Equal(["Kabar & Warta", "Tanpa situs"], read.Outlines.Select(o => o.Title));
        Assert.Equal("Banten", read.Outlines[0].Category);
        Assert.Null(read.Outlines[1].HtmlUrl);

        var bad = Opml.Read(new MemoryStream(Encoding.UTF8.GetBytes("<opml><body>\n<outline xmlUrl=\"https://a.example/f\"/>\n<outline xmlUrl=\"file:///etc/passwd\"/>\n</body></opml>")));
        Assert.Equal(3, Assert.Single(bad.Errors).Line);

        var broken = Opml.Read(new MemoryStream(Encoding.UTF8.GetBytes("<opml><body>\n<outline xmlUrl=\"https://a.example/f\">\n</body></opml>")));
        Assert.Equal(3, Assert.Single(broken.Errors).Line);

        var dtd = Opml.Read(new MemoryStream(Encoding.UTF8.GetBytes("<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline xmlUrl=\"https://a.example/&x;\"/></body></opml>")));
        Assert.Single(dtd.Errors);
        Assert.Empty(dtd.Outlines);

        Assert.Equal("the root element is <rss>, not <opml>", Assert.Single(Opml.Read(new MemoryStream("<rss/>"u8.ToArray())).Errors).Message);
    }

    [Fact]
    public void Body_text_keeps_paragraphs_and_drops_scripts()
    {
        var text = HtmlText.FromHtml("<p>Satu  <b>dua</b></p><script>alert(1)</script><p>Tiga&nbsp;empat<br>lima</p><ul><li>enam</li></ul>");
        Assert.Equal("Satu dua\n\nTiga empat\n\nlima\n\nenam", text);
        Assert.Null(HtmlText.FromHtml("<p> </p>"));
        Assert.Null(HtmlText.FromHtml(null));
    }
}

public class LinkHeaderTests
{
    [Fact]
    public void Finds_hub_and_self_in_link_headers()
    {
        var at = new Uri("https://kabar.example/feed/");
        string[] headers = ["<https://hub.example/>; rel=\"hub\", </feed/?self>; rel=\"self alternate\"; title=\"a, b\"", "<https://x.example/>; rel=next"];
        Assert.Equal("https://hub.example/", LinkHeader.Find(headers, "hub", at));
        Assert.Equal("https://kabar.example/feed/?self", LinkHeader.Find(headers, "self", at));
        Assert.Equal("https://x.example/", LinkHeader.Find(headers, "next", at));
        Assert.Null(LinkHeader.Find(headers, "prev", at));
        Assert.Null(LinkHeader.Find(["<javascript:alert(1)>; rel=hub"], "hub", at));
        Assert.Null(LinkHeader.Find(["<https://hub.example/; rel=hub"], "hub", at));
        Assert.Null(LinkHeader.Find([""], "hub", at));
    }
}
