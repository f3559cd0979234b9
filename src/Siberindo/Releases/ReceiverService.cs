using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Releases;

/// <summary>
/// How a member outlet receives releases beside its inbox: a private feed (a token shown once, stored as its SHA-256,
/// revocable) and a webhook (its secret shown once). Managed by whoever manages the outlet; audited.
/// </summary>
public sealed class ReceiverService(SiberindoDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<Outlet> OutletAsync(int outletId, CancellationToken ct)
    {
        var outlet = await scope.Outlets(db.Outlets).AsNoTracking().SingleOrDefaultAsync(o => o.Id == outletId, ct);
        scope.Demand(outlet is not null);
        return outlet!;
    }

    /// <summary>A new private feed token for the outlet; earlier ones stay valid until revoked.</summary>
    public async Task<string> NewChannelAsync(int outletId, CancellationToken ct)
    {
        var outlet = await OutletAsync(outletId, ct);
        var token = ReleaseService.NewSecret();
        db.Add(new ReleaseChannel { OutletId = outletId, TokenHash = Hash(token), CreatedAt = clock.GetUtcNow().UtcDateTime });
        audit.Record("create", "ReleaseFeed", outletId, outlet.Name, outlet, "Feed rilis pribadi dibuat");
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task RevokeChannelAsync(int outletId, long channelId, CancellationToken ct)
    {
        var outlet = await OutletAsync(outletId, ct);
        var channel = await db.Set<ReleaseChannel>().SingleOrDefaultAsync(c => c.Id == channelId && c.OutletId == outletId, ct);
        scope.Demand(channel is not null);
        channel!.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("delete", "ReleaseFeed", outletId, outlet.Name, outlet, $"Feed rilis pribadi #{channelId} dicabut");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets the outlet's webhook (http or https URL); returns its new secret, shown once.</summary>
    public async Task<(string? Secret, string? Error)> SetWebhookAsync(int outletId, string? url, CancellationToken ct)
    {
        var outlet = await OutletAsync(outletId, ct);
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || url!.Length > 2000)
            return (null, "Alamat webhook harus URL http atau https lengkap (a full http or https URL).");
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<ReleaseWebhook>().Where(w => w.OutletId == outletId && w.Active).ExecuteUpdateAsync(u => u.SetProperty(w => w.Active, false), ct);
        var secret = ReleaseService.NewSecret();
        db.Add(new ReleaseWebhook { OutletId = outletId, Url = uri.AbsoluteUri, Secret = secret, CreatedAt = now });
        audit.Record("update", "ReleaseWebhook", outletId, outlet.Name, outlet, AuditDiff.Snapshot(("Webhook", uri.AbsoluteUri)));
        await db.SaveChangesAsync(ct);
        return (secret, null);
    }

    public async Task DisableWebhookAsync(int outletId, CancellationToken ct)
    {
        var outlet = await OutletAsync(outletId, ct);
        await db.Set<ReleaseWebhook>().Where(w => w.OutletId == outletId && w.Active).ExecuteUpdateAsync(u => u.SetProperty(w => w.Active, false), ct);
        audit.Record("delete", "ReleaseWebhook", outletId, outlet.Name, outlet, "Webhook dinonaktifkan");
        await db.SaveChangesAsync(ct);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
