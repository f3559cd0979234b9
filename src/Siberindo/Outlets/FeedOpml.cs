using Microsoft.EntityFrameworkCore;
using Siberindo.Core.Feeds.Subscriptions;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Outlets;

/// <summary>
/// The registry's feeds as OPML, the list format every feed reader and aggregator exchanges. Export writes one outline
/// per feed (grouped by province); import adds feeds to the outlets they belong to, matched by website domain, all or
/// nothing: one outline that matches no outlet refuses the whole file, naming its line.
/// </summary>
public sealed class FeedOpml(SiberindoDb db, RegionCatalog regions, TimeProvider clock)
{
    public async Task<string> ExportAsync(CancellationToken ct = default)
    {
        var outlets = await db.Outlets.AsNoTracking().Include(o => o.Feeds)
            .Where(o => o.Feeds.Any()).OrderBy(o => o.ProvinceCode).ThenBy(o => o.Name).ToListAsync(ct);
        var outlines = outlets.SelectMany(o => o.Feeds.OrderBy(f => f.Id).Select(f => new OpmlOutline(0, o.Name, f.Url, o.Website,
            o.ProvinceCode is { } code ? regions.Province(code)?.Name : null)));
        return Opml.Write("Siberindo: feed media anggota", clock.GetUtcNow(), outlines);
    }

    public async Task<OpmlImportResult> ImportAsync(Stream document, CancellationToken ct = default)
    {
        var read = Opml.Read(document);
        if (read.Errors.Count > 0) return new OpmlImportResult(0, 0, read.Errors);

        var outlets = await db.Outlets.Include(o => o.Feeds).ToListAsync(ct);
        var byDomain = outlets.ToDictionary(o => o.Domain, StringComparer.OrdinalIgnoreCase);
        var errors = new List<OpmlError>();
        var additions = new List<(Outlet Outlet, string Url)>();
        var skipped = 0;
        foreach (var outline in read.Outlines)
        {
            var outlet = Match(outline.HtmlUrl, byDomain) ?? Match(outline.XmlUrl, byDomain, hostOnly: true);
            if (outlet is null)
            {
                errors.Add(new OpmlError(outline.Line,
                    $"tidak ada media dengan situs {outline.HtmlUrl ?? new Uri(outline.XmlUrl).Host} (no outlet has this website; add the outlet first)"));
                continue;
            }
            if (outline.XmlUrl.Length > 2000)
            {
                errors.Add(new OpmlError(outline.Line, "xmlUrl lebih dari 2000 karakter (xmlUrl longer than 2000 characters)"));
                continue;
            }
            if (outlet.Feeds.Any(f => f.Url == outline.XmlUrl) || additions.Any(a => a.Outlet == outlet && a.Url == outline.XmlUrl))
            {
                skipped++;
                continue;
            }
            additions.Add((outlet, outline.XmlUrl));
        }
        if (errors.Count > 0) return new OpmlImportResult(0, 0, errors);

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (outlet, url) in additions) outlet.Feeds.Add(new Feed { Url = url, NextPollAt = now });
        await db.SaveChangesAsync(ct); // One SaveChanges is one transaction: every feed or none.
        return new OpmlImportResult(additions.Count, skipped, []);
    }

    private static Outlet? Match(string? url, Dictionary<string, Outlet> byDomain, bool hostOnly = false)
    {
        if (OutletRules.NormalizeWebsite(url) is not { } website) return null;
        if (hostOnly) website = new Uri(website).GetLeftPart(UriPartial.Authority);
        // The domain with its path first (several outlets on one host), then the bare host.
        var domain = OutletRules.DomainOf(website);
        if (byDomain.TryGetValue(domain, out var outlet)) return outlet;
        var host = OutletRules.DomainOf(new Uri(website).GetLeftPart(UriPartial.Authority));
        return byDomain.GetValueOrDefault(host);
    }
}

public sealed record OpmlImportResult(int Added, int AlreadyPresent, IReadOnlyList<OpmlError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
