namespace Siberindo.Core.Feeds.Html;

/// <summary>
/// HTML that people type into the product (a press release's body) goes through the same sanitiser as feed HTML: no
/// script, style, iframe, event handler or javascript: URL survives.
/// </summary>
public static class SafeHtml
{
    public static string? Sanitize(string? html) => ContentSanitizer.SanitizeHtml(html, baseUri: null);
}
