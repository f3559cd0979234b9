namespace Siberindo.Portal;

/// <summary>What a page needs to show one article: no body, no HTML.</summary>
public sealed record ArticleCard(
    long Id,
    string Title,
    string? Excerpt,
    DateTime Published,
    string OutletName,
    string OutletSlug,
    string? ProvinceCode,
    long? StoryId = null,
    /// <summary>Distinct outlets that covered the article's story (0 when not yet assigned).</summary>
    int StoryOutlets = 0,
    string? StoryTitle = null,
    /// <summary>The version of the article's stored thumbnail (<see cref="Thumbnails.ThumbnailImage"/>), null without one.</summary>
    string? ThumbnailVersion = null);
