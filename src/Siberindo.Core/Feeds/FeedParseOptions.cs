namespace Siberindo.Core.Feeds;

/// <summary>Settings for one <see cref="FeedParser.Parse"/> call.</summary>
public sealed record FeedParseOptions
{
    /// <summary>Address the document was fetched from; the last resort for resolving relative links.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>Zone assumed for times written without one. Most member outlets are in WIB (UTC+7).</summary>
    public TimeSpan DefaultOffset { get; init; } = TimeSpan.FromHours(7);

    /// <summary>Entries beyond this count are dropped (with a problem noted) so a runaway feed cannot exhaust memory.</summary>
    public int MaxEntries { get; init; } = 1000;

    internal static readonly FeedParseOptions Default = new();
}
