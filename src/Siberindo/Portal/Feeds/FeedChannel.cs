namespace Siberindo.Portal.Feeds;

/// <summary>One article in a feed: plain text only (the excerpt is made from sanitised HTML at ingest). Another kind of
/// item (a press release) names its own path and the kind in its tag URI.</summary>
public sealed record FeedItem(long Id, string Title, string? Excerpt, DateTime Published, string OutletName, string? Path = null, string Kind = "artikel")
{
    public static FeedItem From(ArticleCard card) => new(card.Id, card.Title, card.Excerpt, card.Published, card.OutletName);

    /// <summary>The item without characters XML cannot hold (control characters, lone surrogates) that feeds sometimes carry.</summary>
    public FeedItem Cleaned() => this with { Title = XmlSafe(Title), Excerpt = Excerpt is null ? null : XmlSafe(Excerpt), OutletName = XmlSafe(OutletName) };

    public static string XmlSafe(string text)
    {
        if (!text.Any(c => char.IsControl(c) || char.IsSurrogate(c))) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}

/// <summary>
/// What a feed says, with absolute URLs: the page it mirrors, itself, and per item the counted link
/// <c>/baca/{id}</c> and a stable id (a tag URI on the portal's host, so a feed reader never shows an item twice).
/// </summary>
public sealed record FeedChannel(string Title, string Description, string BaseUrl, string Host, string PagePath, string SelfUrl,
    DateTime Updated, IReadOnlyList<FeedItem> Items)
{
    public const string Language = "id";

    public string PageUrl => BaseUrl + (PagePath.Length == 0 ? "/" : PagePath);

    public string ItemLink(FeedItem item) => item.Path is { } path ? BaseUrl + path : $"{BaseUrl}/baca/{item.Id}";

    public string ItemId(FeedItem item) => $"tag:{Host},2026:{item.Kind}/{item.Id}";

    /// <summary>The text a reader sees for an item: its excerpt, else its title (JSON Feed requires content).</summary>
    public static string Text(FeedItem item) => string.IsNullOrWhiteSpace(item.Excerpt) ? item.Title : item.Excerpt;
}
