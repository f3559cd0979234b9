using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace Siberindo.Thumbnails;

/// <summary>The one way pages show a card's thumbnail, so every card's image has the same markup.</summary>
public static class ThumbnailImage
{
    /// <summary>Our own origin (the CSP's img-src 'self'), the version in the path so the file can be cached forever.</summary>
    public static string Url(long articleId, string version) =>
        string.Create(CultureInfo.InvariantCulture, $"/gambar/{articleId}-{version}.webp");

    /// <summary>
    /// The img element, or nothing for an article without a thumbnail (the card stays text-only). Width and height give
    /// the browser the shape before the file arrives, so the page does not jump; lazy loading keeps cards below the fold
    /// from costing a phone anything. The alt is empty: the card's title beside it already says what the picture is
    /// about, and a screen reader would only read it twice.
    /// </summary>
    public static IHtmlContent Tag(long articleId, string? version) => version is null
        ? HtmlString.Empty
        : new HtmlString($"<img class=\"thumb\" src=\"{Url(articleId, version)}\" width=\"{ThumbnailMaker.Width}\" height=\"{ThumbnailMaker.Height}\" alt=\"\" loading=\"lazy\" decoding=\"async\">");
}
