using Siberindo.Articles;

namespace Siberindo.Thumbnails;

public enum ThumbnailState
{
    /// <summary>Waiting for its (next) attempt at <see cref="ArticleThumbnail.NextAttemptAt"/>.</summary>
    Pending = 0,
    /// <summary>Made and stored; cards show it.</summary>
    Stored = 1,
    /// <summary>The picture will never do (refused address, not an image, SVG, too large, a pixel bomb): not tried again.</summary>
    Refused = 2,
    /// <summary>Every attempt failed for reasons that might have passed (timeouts, server errors); no more attempts.</summary>
    GaveUp = 3,
}

/// <summary>
/// An article's card picture: where it comes from, how the attempts went, and the small WebP made from it. One row per
/// article that names an image, so a bad picture is recorded once and never blocks the article or any other.
/// </summary>
public sealed class ArticleThumbnail
{
    /// <summary>Characters of <see cref="Error"/> kept (the column's length).</summary>
    public const int ErrorLength = 500;

    public long ArticleId { get; init; }
    public Article? Article { get; init; }
    public ThumbnailState State { get; set; }
    /// <summary>The picture's URL: the feed's image, or the article page's og:image.</summary>
    public required string SourceUrl { get; init; }
    public int Attempts { get; set; }
    /// <summary>When the next attempt is due; null once the thumbnail is stored or given up on.</summary>
    public DateTime? NextAttemptAt { get; set; }
    /// <summary>Why the last attempt failed, for the outlet's editors and the operator.</summary>
    public string? Error { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>A hash of the stored bytes; part of the URL, so browsers and CDNs may keep the file forever.</summary>
    public string? Version { get; set; }
    /// <summary>
    /// The <see cref="ThumbnailMaker.Width"/> x <see cref="ThumbnailMaker.Height"/> WebP, at most
    /// <see cref="ThumbnailOptions.MaxThumbnailBytes"/>. Declared last, so it is the table's last column: SQLite reads a
    /// row's columns in order, and the cards' lookup of <see cref="Version"/> never touches the overflow pages that hold it.
    /// </summary>
    public byte[]? Webp { get; set; }
}
