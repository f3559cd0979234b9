using Siberindo.Outlets;

namespace Siberindo.Demo;

public enum DemoFeedFormat { Rss, Atom }

/// <summary>How a demo outlet's feed misbehaves, to show the crawler's health reporting. Slow feeds answer correctly, late.</summary>
public enum DemoBreakage { None, AnswersHtml, NotFound, ServerError, Hangs, Slow }

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
    TimeSpan Phase);

/// <summary>A fictional article: generated text, clearly marked as demo data.</summary>
public sealed record DemoArticle(
    DemoOutlet Outlet,
    long Number,
    DateTimeOffset Published,
    string Title,
    IReadOnlyList<string> Paragraphs,
    long? ReleaseNumber)
{
    /// <summary>The event the article reports, the demo's ground truth for stories: every republication of one press
    /// release reports the release's event; each local article is an event of its own (no two outlets cover one).</summary>
    public string EventId => ReleaseNumber is { } release ? $"release-{release}" : $"{Outlet.Slug}-{Number}";
}
