using System.Text;
using Siberindo.Core.Feeds;
using Siberindo.Core.Feeds.WebSub;

namespace Siberindo.Core.Tests.Feeds.WebSub;

/// <summary>The WebSub parts of a feed: the hub and self links it announces, and the signatures of pushed content.</summary>
public class WebSubTests
{
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

        Assert.Null(FeedFixtures.Parse("Rss", "rss20-basic.xml").Hub);
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
}
