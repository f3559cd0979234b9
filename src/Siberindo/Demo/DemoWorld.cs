using Siberindo.Outlets;
using Siberindo.Regions;

namespace Siberindo.Demo;

/// <summary>
/// The simulated member network, as a pure function of time: outlet i publishes article n at
/// Epoch + Phase(i) + n * Period(i), so a feed shows new articles as time passes without any stored state, and two
/// processes (the demo, a benchmark) see the same network. Some articles republish a press release; a few feeds are broken.
/// </summary>
public sealed class DemoWorld
{
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    /// <summary>A new press release goes out this often; some outlets republish it within the next hour.</summary>
    public static readonly TimeSpan ReleaseEvery = TimeSpan.FromMinutes(10);
    public const int FeedLength = 15;
    /// <summary>One article in this many is about the demo hoax (a few in a first crawl of the 240 outlets, about
    /// one an hour after): its chain message passed on as news, or its check.</summary>
    public const int HoaxEvery = 300;
    /// <summary>The hoax's articles are one event: the chain message and its check are one story.</summary>
    public const string HoaxEvent = "hoax-sembako";
    const int HoaxSalt = 1_000_003;

    public IReadOnlyList<DemoOutlet> Outlets { get; }

    /// <summary>Articles an outlet publishes besides its own stream (a benchmark's republished partner releases), as of a time.</summary>
    public Func<DemoOutlet, DateTimeOffset, IEnumerable<DemoArticle>>? Extra { get; init; }

    /// <summary>Feeds carry every paragraph of an article, not only its lead (a benchmark that needs whole copies).</summary>
    public bool FullTextFeeds { get; init; }
    private readonly Dictionary<string, DemoOutlet> _bySlug;

    /// <param name="slowEvery">When above zero, one outlet in this many (of those not broken) answers slowly (benchmarks).</param>
    public DemoWorld(RegionCatalog regions, int outletCount, int seed = 2026, bool withBrokenFeeds = true, int slowEvery = 0)
    {
        var random = new Random(seed);
        var outlets = new List<DemoOutlet>(outletCount);
        var slugs = new HashSet<string>();
        for (var i = 0; i < outletCount; i++)
        {
            // Round-robin over provinces so every province has outlets, then a random regency inside it.
            var province = regions.Provinces[i % regions.Provinces.Count];
            var candidates = regions.Regencies.Where(r => r.ProvinceCode == province.Code).ToList();
            var regency = candidates[random.Next(candidates.Count)];
            var place = regency.Name.Replace("Kabupaten ", "").Replace("Kota ", "");
            var name = $"{DemoText.OutletPrefixes[random.Next(DemoText.OutletPrefixes.Length)]} {place}";
            var slug = Core.Slug.From(name);
            for (var k = 2; !slugs.Add(slug); k++) slug = $"{Core.Slug.From(name)}-{k}";
            if (slug != Core.Slug.From(name)) name = $"{name} {slug[(slug.LastIndexOf('-') + 1)..]}";
            var period = TimeSpan.FromMinutes(20 + random.Next(70));
            outlets.Add(new DemoOutlet(i, slug, name, regency.Code, regency.Name, province.Code, province.Name,
                i % 2 == 0 ? DemoFeedFormat.Rss : DemoFeedFormat.Atom,
                withBrokenFeeds ? BreakageOf(i) is var b && b == DemoBreakage.None && slowEvery > 0 && i % slowEvery == slowEvery / 2 ? DemoBreakage.Slow : b
                    : DemoBreakage.None,
                (VerificationStatus)(random.Next(10) switch { < 5 => 0, < 8 => 1, _ => 2 }),
                period,
                TimeSpan.FromSeconds(random.Next((int)period.TotalSeconds)),
                PicturesOf(i)));
        }
        Outlets = outlets;
        _bySlug = outlets.ToDictionary(o => o.Slug);
    }

    /// <summary>About one outlet in twelve has a broken feed, of each kind the crawler must report.</summary>
    private static DemoBreakage BreakageOf(int index) => (index % 37) switch
    {
        5 => DemoBreakage.AnswersHtml,
        11 => DemoBreakage.NotFound,
        17 => DemoBreakage.ServerError,
        23 when index % 2 == 1 => DemoBreakage.Hangs,
        _ => DemoBreakage.None,
    };

    /// <summary>A third of the outlets put pictures in their feeds, one in twelve only on its pages, a few serve bad ones.</summary>
    private static DemoPictures PicturesOf(int index) => index switch
    {
        _ when index % 37 == 2 => DemoPictures.Refusable,
        _ when index % 3 == 0 => DemoPictures.InFeed,
        _ when index % 12 == 4 => DemoPictures.OnPage,
        _ => DemoPictures.None,
    };

    public DemoOutlet? Outlet(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The newest articles the outlet has published by <paramref name="now"/>, newest first.</summary>
    public IEnumerable<DemoArticle> Latest(DemoOutlet outlet, DateTimeOffset now, int count = FeedLength)
    {
        var last = LastNumber(outlet, now);
        var own = Enumerable.Range(0, count).Select(i => last - i).Where(n => n >= 0).Select(n => Article(outlet, n));
        if (Extra is null) return own;
        return own.Concat(Extra(outlet, now).Where(a => a.Published <= now)).OrderByDescending(a => a.Published).Take(count);
    }

    public long LastNumber(DemoOutlet outlet, DateTimeOffset now) =>
        (long)Math.Floor((now - Epoch - outlet.Phase) / outlet.Period);

    public DemoArticle Article(DemoOutlet outlet, long number)
    {
        var published = Epoch + outlet.Phase + outlet.Period * number;
        var random = new Random(StableSeed(outlet.Index, number));
        string Fill(string template, int n, int m, DateTimeOffset day, long release = 0) => template
            .Replace("{K}", (release % 10000).ToString())
            .Replace("{R}", outlet.RegencyName).Replace("{P}", outlet.ProvinceName)
            .Replace("{N}", n.ToString()).Replace("{M}", m.ToString()).Replace("{D}", DayOf(day));

        var dateline = outlet.RegencyName.Replace("Kabupaten ", "").ToUpperInvariant() + " – ";
        // A few articles are about the demo desk's hoax, chosen by a hash of their own so that every other article's
        // text (drawn from `random`) stays what it was.
        if ((uint)StableSeed(outlet.Index + HoaxSalt, number) % HoaxEvery is 0)
        {
            var variant = (int)((uint)StableSeed(number, outlet.Index + HoaxSalt) % (DemoText.HoaxRepeats.Length + 1));
            var (hoaxTitle, hoaxBody) = variant < DemoText.HoaxRepeats.Length ? DemoText.HoaxRepeats[variant] : DemoText.HoaxCheck;
            int hn = 50 + random.Next(950), hm = 3 + random.Next(40);
            var hoaxText = hoaxBody.Select(p => Fill(p, hn, hm, published)).ToList();
            hoaxText[0] = dateline + hoaxText[0];
            hoaxText.Add(DemoText.DemoNotice);
            return new DemoArticle(outlet, number, published, Fill(hoaxTitle, hn, hm, published), hoaxText, null, HoaxEvent);
        }
        if (random.Next(100) < 12)
        {
            // A republished press release: the release's own text, the outlet's dateline and sometimes a new headline.
            var release = (long)Math.Floor((published - Epoch - TimeSpan.FromMinutes(5)) / ReleaseEvery);
            var (releaseTitle, releaseBody, _) = Release(release);
            var paragraphs = releaseBody.ToList();
            paragraphs[0] = dateline + paragraphs[0];
            paragraphs.Add("(rls/red)");
            paragraphs.Add(DemoText.DemoNotice);
            var headline = random.Next(2) == 0 ? $"{outlet.RegencyName}: {releaseTitle}" : releaseTitle;
            return new DemoArticle(outlet, number, published, headline, paragraphs, release);
        }
        var (localTitle, localBody) = DemoText.LocalStories[random.Next(DemoText.LocalStories.Length)];
        int ln = 10 + random.Next(990), lm = 2 + random.Next(20);
        var text = localBody.Select(p => Fill(p, ln, lm, published)).ToList();
        text[0] = dateline + text[0];
        text.Add(DemoText.DemoNotice);
        return new DemoArticle(outlet, number, published, Fill(localTitle, ln, lm, published), text, null);
    }

    /// <summary>
    /// The demo's press release number <paramref name="release"/> as its issuer wrote it: headline, paragraphs and the
    /// time it was issued (the demo partner's releases are these, and outlets republish them after that time).
    /// </summary>
    public static (string Title, IReadOnlyList<string> Paragraphs, DateTimeOffset Issued) Release(long release)
    {
        var releaseRandom = new Random(StableSeed(-1, release));
        var (title, body) = DemoText.Releases[(int)(((release % DemoText.Releases.Length) + DemoText.Releases.Length) % DemoText.Releases.Length)];
        int n = 100 + releaseRandom.Next(900), m = 3 + releaseRandom.Next(30);
        // Dated by the release, not by the outlet that republishes it: a copy keeps the release's facts.
        var issued = Epoch + TimeSpan.FromMinutes(5) + ReleaseEvery * release;
        string Fill(string template) => template.Replace("{K}", (release % 10000).ToString()).Replace("{N}", n.ToString()).Replace("{M}", m.ToString())
            .Replace("{D}", DayOf(issued));
        return (Fill(title), body.Select(Fill).ToList(), issued);
    }

    /// <summary>The number of the release issued last at or before <paramref name="time"/>.</summary>
    public static long ReleaseAt(DateTimeOffset time) => (long)Math.Floor((time - Epoch - TimeSpan.FromMinutes(5)) / ReleaseEvery);

    private static string DayOf(DateTimeOffset time)
    {
        var local = time.ToOffset(TimeSpan.FromHours(7));
        return $"{DemoText.Weekdays[(int)local.DayOfWeek]} ({local:d/M/yyyy})";
    }

    /// <summary>
    /// A seed that is the same in every process (HashCode.Combine is randomised per process), so an article's text
    /// never changes between runs of the demo and is not mistaken for a revision.
    /// </summary>
    private static int StableSeed(long a, long b)
    {
        var x = (ulong)a * 0x9E3779B97F4A7C15UL ^ (ulong)b * 0xC2B2AE3D27D4EB4FUL;
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        return (int)(x >> 33);
    }
}
