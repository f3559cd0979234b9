using System.Diagnostics;
using System.Text;
using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

/// <summary>
/// A coarse guard against accidental quadratic work: a realistic 200 KB feed takes a few milliseconds on a quiet
/// machine, so the budget here is wide enough for a loaded CI box yet far below what a regression would cost.
/// </summary>
public class FeedParserPerformanceTests
{
    [Fact]
    public void A_200_kb_feed_parses_well_within_budget()
    {
        byte[] feed = BuildFeed(200_000, out int items);
        Assert.Equal(items, FeedParser.Parse(feed).Feed!.Entries.Count);

        var timings = new List<double>();
        for (int run = 0; run < 7; run++)
        {
            var watch = Stopwatch.StartNew();
            FeedParser.Parse(feed);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        timings.Sort();

        Assert.True(timings[3] < 100, $"median {timings[3]:F1} ms");
    }

    [Fact]
    public void Many_raw_ampersands_and_entities_stay_linear()
    {
        string body = string.Concat(Enumerable.Repeat("Q&A &nbsp; harga&hellip; ", 40_000));
        byte[] feed = Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><link>https://contoh.example/1</link><description>{body}</description></item></channel></rss>");

        var watch = Stopwatch.StartNew();
        var result = FeedParser.Parse(feed);

        Assert.True(watch.Elapsed < ParseBudget.PerInput, $"{watch.ElapsedMilliseconds} ms");
        Assert.Single(result.Feed!.Entries);
    }

    private static byte[] BuildFeed(int size, out int items)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Kabar Uji</title><link>https://kabaruji.example/</link>");
        items = 0;
        while (sb.Length < size)
        {
            items++;
            sb.Append($"<item><title>Berita {items}: pembangunan jalan&nbsp;di kabupaten</title><link>https://kabaruji.example/berita/{items}</link>")
              .Append($"<guid>https://kabaruji.example/?p={items}</guid><dc:creator>Redaksi</dc:creator><pubDate>Kamis, 10 Juni 2021 - 22:32 WIB</pubDate><category>Daerah</category>")
              .Append("<description><![CDATA[<p>Ringkasan berita hari ini dari daerah.</p>]]></description><content:encoded><![CDATA[");
            for (int p = 0; p < 6; p++)
            {
                sb.Append($"<p>Paragraf {p} dengan <a href=\"/tautan/{p}\">tautan</a>, <strong>penekanan</strong> &amp; gambar <img src=\"/img/{items}-{p}.jpg\" alt=\"foto\"> di dalamnya.</p>");
            }
            sb.Append("]]></content:encoded></item>");
        }
        sb.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
