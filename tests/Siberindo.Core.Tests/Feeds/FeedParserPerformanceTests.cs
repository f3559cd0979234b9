using System.Diagnostics;
using System.Text;
using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

/// <summary>
/// A guard against accidental quadratic work, measured as scaling rather than against a clock: a feed four times as
/// large must take about four times as long, not sixteen. Both sizes are timed in turn under the same load, so a
/// busy machine slows both alike (an absolute budget failed whenever other work shared the cores).
/// </summary>
public class FeedParserPerformanceTests
{
    [Fact]
    public void A_feed_four_times_larger_takes_about_four_times_as_long()
    {
        byte[] small = BuildFeed(50_000, out int smallItems), large = BuildFeed(200_000, out int largeItems);
        Assert.Equal(smallItems, FeedParser.Parse(small).Feed!.Entries.Count);
        Assert.Equal(largeItems, FeedParser.Parse(large).Feed!.Entries.Count);

        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        for (int run = 0; run < 9; run++)
        {
            smallTimes.Add(Time(small));
            largeTimes.Add(Time(large));
        }
        double ratio = Median(largeTimes) / Median(smallTimes);
        // Linear work gives about 4; quadratic would give about 16.
        Assert.True(ratio < 8, $"200 KB took {ratio:F1} times as long as 50 KB (medians {Median(largeTimes):F1} / {Median(smallTimes):F1} ms)");
    }

    private static double Time(byte[] feed)
    {
        var watch = Stopwatch.StartNew();
        FeedParser.Parse(feed);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

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
