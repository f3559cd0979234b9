namespace Siberindo.Portal.Seo;

/// <summary>How the portal names itself to search engines and link previews.</summary>
public static class SiteIdentity
{
    public const string Name = "Siberindo";
    /// <summary>OpenGraph locale: the portal speaks Bahasa Indonesia first.</summary>
    public const string Locale = "id_ID";
    public const string Language = "id";
    public const string DefaultDescription = "Siberindo: berita dari media siber anggota di seluruh Indonesia.";

    /// <summary>The link-preview image of pages without one of their own: 1200 x 630, the size OpenGraph and X cards ask for.</summary>
    public const string DefaultImagePath = "/img/siberindo-og.png";
    public const int DefaultImageWidth = 1200, DefaultImageHeight = 630;
    public const string DefaultImageAlt = "Siberindo: berita media siber anggota dari seluruh Indonesia";

    /// <summary>The square logo named as the publisher's in schema.org data.</summary>
    public const string LogoPath = "/img/siberindo-logo.png";
    public const int LogoSize = 512;

    /// <summary>The public address of the request's site: scheme and host as the reader used them (forwarded headers applied).</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    /// <summary>An absolute URL for a path on this site; an absolute URL is kept as it is.</summary>
    public static string Absolute(HttpRequest request, string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? pathOrUrl
            : BaseUrl(request) + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
}
