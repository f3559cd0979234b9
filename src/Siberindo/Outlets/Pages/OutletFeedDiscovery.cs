using Siberindo.Crawling;
using Siberindo.Outlets;

namespace Siberindo.Outlets.Pages;

/// <summary>The outlet form's "find feeds" action, shared by the create and edit pages.</summary>
internal static class OutletFeedDiscovery
{
    public static async Task<DiscoveryResult> FillAsync(OutletForm form, FeedDiscoverer discoverer, CancellationToken ct)
    {
        if (OutletRules.NormalizeWebsite(form.Website) is not { } website)
            return new DiscoveryResult([], ["Isi alamat situs yang sah dulu (enter a valid website first)."], false);
        var result = await discoverer.DiscoverAsync(new Uri(website), ct);
        var known = (form.Feeds ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        // Feeds first; sitemaps only when the site offers no feed.
        var wanted = result.Feeds.Where(f => f.Format is not ("sitemap" or "newssitemap")).ToList();
        if (wanted.Count == 0) wanted = result.Feeds.ToList();
        form.Feeds = string.Join('\n', known.Concat(wanted.Select(f => f.Url).Where(u => !known.Contains(u))));
        return result;
    }
}
