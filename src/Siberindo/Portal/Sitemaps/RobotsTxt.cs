namespace Siberindo.Portal.Sitemaps;

/// <summary>
/// /robots.txt: public pages open to crawlers; the admin, sign-in, the counted redirect (a crawler following it would
/// count as a reader sent to the outlet), the API and the machine endpoints closed.
/// </summary>
public static class RobotsTxt
{
    public static readonly string[] Disallowed = ["/admin", "/masuk", "/keluar", "/baca/", "/api/", "/websub/", "/metrics", "/mitra", "/rilis/terima/", "/rilis/saluran/"];

    public static string For(string baseUrl) =>
        "User-agent: *\nAllow: /\n" + string.Concat(Disallowed.Select(path => $"Disallow: {path}\n")) + $"\nSitemap: {baseUrl}/sitemap.xml\n";
}
