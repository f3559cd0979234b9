using Siberindo.Outlets;

namespace Siberindo.Demo;

public enum DemoFeedFormat { Rss, Atom }

/// <summary>How a demo outlet's feed misbehaves, to show the crawler's health reporting. Slow feeds answer correctly, late.</summary>
public enum DemoBreakage { None, AnswersHtml, NotFound, ServerError, Hangs, Slow }

/// <summary>
/// Where a demo outlet's articles carry their pictures: in the feed (RSS enclosure, Atom enclosure link), only on the
/// article page (og:image, which the portal reads when the outlet has full text switched on), or pictures the portal
/// must refuse (an SVG with script, a pixel bomb, an HTML page sent as a JPEG).
/// </summary>
public enum DemoPictures { None, InFeed, OnPage, Refusable }

/// <summary>A fictional outlet of the simulated member network.</summary>
public sealed record DemoOutlet(
    int Index,
    string Slug,
    string Name,
    string RegencyCode,
    string RegencyName,
    string ProvinceCode,
    string ProvinceName,
    DemoFeedFormat Format,
    DemoBreakage Breakage,
    VerificationStatus Verification,
    TimeSpan Period,
    TimeSpan Phase,
    DemoPictures Pictures = DemoPictures.None);

/// <summary>A fictional article: generated text, clearly marked as demo data.</summary>
public sealed record DemoArticle(
    DemoOutlet Outlet,
    long Number,
    DateTimeOffset Published,
    string Title,
    IReadOnlyList<string> Paragraphs,
    long? ReleaseNumber,
    string? Event = null)
{
    /// <summary>The event the article reports, the demo's ground truth for stories: every republication of one press
    /// release reports the release's event, every article about the demo hoax the hoax (<see cref="DemoWorld.HoaxEvent"/>);
    /// each other local article is an event of its own (no two outlets cover one).</summary>
    public string EventId => Event ?? (ReleaseNumber is { } release ? $"release-{release}" : $"{Outlet.Slug}-{Number}");
}
