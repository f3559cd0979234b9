using System.Text;
using Siberindo.Core.Feeds.Subscriptions;

namespace Siberindo.Core.Tests.Feeds.Subscriptions;

/// <summary>OPML subscription lists, written and read back.</summary>
public class OpmlTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

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
}
