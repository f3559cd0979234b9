namespace Siberindo.Thumbnails;

/// <summary>Settings of card thumbnails (section "Thumbnails").</summary>
public sealed class ThumbnailOptions
{
    /// <summary>Whether worker processes fetch pictures at all (cards stay text-only without).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Pictures fetched at the same time (they are decoded one at a time, see <see cref="ThumbnailStage"/>).</summary>
    public int Concurrency { get; set; } = 4;
    /// <summary>A picture larger than this is refused unread: a news photo for the web is well under it.</summary>
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;
    /// <summary>A picture whose header declares more pixels is refused before decoding (a decompression bomb).</summary>
    public long MaxPixels { get; set; } = 40_000_000;
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>The budget of one stored thumbnail; the WebP quality steps down until it fits.</summary>
    public int MaxThumbnailBytes { get; set; } = 15_000;
    /// <summary>Attempts at a picture that fails for passing reasons (timeouts, 5xx) before it is given up on.</summary>
    public int MaxAttempts { get; set; } = 3;
    /// <summary>Wait before the second attempt; each later one waits four times longer.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(10);
}
