using Siberindo.Outlets;

namespace Siberindo.Articles;

/// <summary>One news article as a member outlet published it. The portal shows its title and summary and links to Url.</summary>
public sealed class Article
{
    public long Id { get; init; }
    public int OutletId { get; init; }
    public Outlet? Outlet { get; init; }
    public int? FeedId { get; init; }
    /// <summary>The feed's id for the entry (or its URL when the feed gives none); unique per outlet.</summary>
    public required string Guid { get; init; }
    public required string Url { get; set; }
    public required string Title { get; set; }
    /// <summary>Sanitised HTML from the feed.</summary>
    public string? Summary { get; set; }
    /// <summary>A short plain-text extract for cards and search results, made once at ingest.</summary>
    public string? Excerpt { get; set; }
    /// <summary>Plain text of the article body when known (imports, full-text feeds).</summary>
    public string? Body { get; set; }
    public string? ImageUrl { get; set; }
    /// <summary>The card picture made from <see cref="ImageUrl"/> (or the page's og:image), once asked for.</summary>
    public Thumbnails.ArticleThumbnail? Thumbnail { get; init; }
    public DateTime Published { get; init; }
    public DateTime Fetched { get; init; }
    /// <summary>Copied from the outlet so the portal's province pages need no join.</summary>
    public string? ProvinceCode { get; set; }
    /// <summary>The story the article belongs to; null until the story assigner has seen it (seconds after ingest).</summary>
    public long? StoryId { get; set; }
    /// <summary>The article whose text this one republishes (the earliest of its near-duplicate group), or null.</summary>
    public long? CopyOfId { get; set; }
    /// <summary>Readers sent to the outlet's site through /baca/{id}.</summary>
    public long Clicks { get; set; }
}
