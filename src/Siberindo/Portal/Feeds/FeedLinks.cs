namespace Siberindo.Portal.Feeds;

/// <summary>
/// The feeds a page announces in its head (<c>&lt;link rel="alternate"&gt;</c>, one per format): a page sets
/// <c>ViewData[FeedLinks.Key]</c> and the layout renders them.
/// </summary>
public sealed record FeedLinks(string PagePath, string Title, string Query = "")
{
    public const string Key = "FeedLinks";
}
