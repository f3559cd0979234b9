using System.Text.Json;
using Siberindo.Demo;
using Siberindo.Hosting;
using Siberindo.Regions;

namespace Siberindo.Bench.Portal;

/// <summary>
/// The demo network's stream as a labelled corpus in the shared corpus format, so that the story bench and the shared
/// scorer measure the demo as they measure the national stream: what every non-broken feed shows over the last
/// <c>--hours</c> (title and the feed's summary, the lead paragraph), with the demo's own event ids as labels
/// (story = event; dupGroup = the release for republished releases, the article itself otherwise).
/// </summary>
internal static class DemoCorpus
{
    public static int Run(string[] args)
    {
        var hours = int.Parse(Options.Get(args, "--hours", "22"));
        var outlets = int.Parse(Options.Get(args, "--outlets", "240"));
        var regions = RegionCatalog.LoadFrom(RegionCatalog.DefaultFolder);
        var world = new DemoWorld(regions, outlets);
        var now = DateTimeOffset.UtcNow;
        foreach (var outlet in world.Outlets.Where(o => o.Breakage == DemoBreakage.None))
        {
            for (var n = world.LastNumber(outlet, now); n >= 0; n--)
            {
                var a = world.Article(outlet, n);
                if (a.Published < now.AddHours(-hours)) break;
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    guid = $"{outlet.Slug}-{n}", outlet = $"{outlet.Slug}.demo", url = $"https://{outlet.Slug}.demo/{n}",
                    title = a.Title, published = a.Published.ToString("O"), body = a.Paragraphs[0],
                    story = a.EventId, dupGroup = a.ReleaseNumber is { } r ? $"release-{r}" : $"{outlet.Slug}-{n}",
                    kind = a.ReleaseNumber is null ? "local" : "copy",
                }));
            }
        }
        return 0;
    }
}
