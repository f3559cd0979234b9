using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Demo;

/// <summary>Registers the demo network's outlets (flagged IsDemo), and points them at the network's current address.</summary>
public static class DemoSeeder
{
    public static async Task<int> SeedAsync(SiberindoDb db, DemoNetwork network, CancellationToken ct = default)
    {
        var existing = await db.Outlets.Include(o => o.Feeds).Where(o => o.IsDemo).ToDictionaryAsync(o => o.Slug, ct);
        var now = DateTime.UtcNow;
        var added = 0;
        foreach (var demo in network.World.Outlets)
        {
            var website = network.OutletUrl(demo);
            var feedUrl = network.FeedUrl(demo);
            if (existing.TryGetValue(demo.Slug, out var outlet))
            {
                // The network may listen on another port than last time.
                outlet.Website = website;
                outlet.Domain = OutletRules.DomainOf(website);
                foreach (var feed in outlet.Feeds) { feed.Url = feedUrl; feed.NextPollAt = now; }
                // A database from before the demo had pictures: outlets that show theirs on the page only need full text.
                if (demo.Pictures == DemoPictures.OnPage) outlet.FetchFullText = true;
                continue;
            }
            db.Outlets.Add(new Outlet
            {
                Slug = demo.Slug,
                Name = demo.Name,
                CompanyName = $"PT {demo.Name} Media (fiktif)",
                Website = website,
                Domain = OutletRules.DomainOf(website),
                RegencyCode = demo.RegencyCode,
                ProvinceCode = demo.ProvinceCode,
                Verification = demo.Verification,
                VerifiedOn = demo.Verification == VerificationStatus.None ? null : new DateOnly(2024, 1 + demo.Index % 12, 1 + demo.Index % 28),
                IsDemo = true,
                // Their pictures are on the article pages only (og:image), which the portal reads with the full text.
                FetchFullText = demo.Pictures == DemoPictures.OnPage,
                CreatedAt = now,
                Feeds = [new Feed { Url = feedUrl, NextPollAt = now }],
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }
}
