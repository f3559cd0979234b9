using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Hosting;
using Siberindo.Members;
using Siberindo.Storage;
using Siberindo.Stories.Corrections;

namespace Siberindo.Releases;

/// <summary>
/// The delivery stage (a pipeline stage under the "releases" lease, on worker and all-in-one nodes): once a release's
/// embargo has lifted, it is delivered to every member outlet in its target regions (one row each, with the outlet's
/// link key), mailed as one digest per outlet, and queued for each outlet's webhook; then due webhook calls are made,
/// several at once and each within its timeout, so an endpoint that hangs or fails never holds up the others. Reads
/// releases only through <see cref="ReleaseVisibility.Out"/>: nothing is delivered, mailed or posted before its instant.
/// </summary>
public sealed class ReleaseDispatcher(IServiceScopeFactory scopes, TimeProvider clock, NodeRole role, IOptions<ReleaseOptions> options,
    Mailer mailer, WebhookSender webhooks, EmbargoWatch embargo, ILogger<ReleaseDispatcher> logger) : LeasedStage(LeaseName, scopes, clock)
{
    public const string LeaseName = "releases";
    const int ReleasesPerRun = 20, SendsPerRun = 200;
    bool _subscribed;

    public override TimeSpan PollInterval => options.Value.PollInterval;

    public override Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (!_subscribed) { embargo.Lifted += Notify; _subscribed = true; }
        return base.WaitForWorkAsync(timeout, ct);
    }

    public override async Task<int?> RunPendingAsync(CancellationToken ct)
    {
        if (!role.RunsWorkers()) return null;
        await Gate.WaitAsync(ct);
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            if (!await Lease.TryTakeAsync(db, Now, ct)) return null;
            var done = await DeliverDueAsync(db, ct);
            done += await MailAsync(db, ct);
            done += await webhooks.SendDueAsync(db, SendsPerRun, ct);
            return done;
        }
        finally
        {
            Gate.Release();
        }
    }

    public override async Task<int> PendingCountAsync(CancellationToken ct)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        var now = Now;
        return await db.Set<Release>().Out(now).CountAsync(r => r.DeliveredAt == null, ct)
               + await db.Set<WebhookSend>().CountAsync(s => s.SentAt == null && s.GaveUpAt == null && s.NextAttemptAt <= now, ct);
    }

    /// <summary>Delivers releases whose embargo has lifted: deliveries, log entries and webhook sends in one transaction per release.</summary>
    async Task<int> DeliverDueAsync(SiberindoDb db, CancellationToken ct)
    {
        var now = Now;
        var due = await db.Set<Release>().Out(now).Where(r => r.DeliveredAt == null).Include(r => r.Targets)
            .OrderBy(r => r.EmbargoUntil).Take(ReleasesPerRun).ToListAsync(ct);
        foreach (var release in due)
        {
            var provinces = release.Targets.Where(t => t.RegencyCode == null).Select(t => t.ProvinceCode).ToList();
            var regencies = release.Targets.Where(t => t.RegencyCode != null).Select(t => t.RegencyCode).ToList();
            var outlets = await db.Set<MemberRecord>().Where(m => m.Status == MembershipStatus.Member)
                .Select(m => m.Outlet!)
                .Where(o => release.National || provinces.Contains(o.ProvinceCode) || regencies.Contains(o.RegencyCode))
                .Select(o => o.Id)
                // Idempotent: a delivery already made (by a run that stopped halfway) is not made twice.
                .Where(o => !db.Set<ReleaseDelivery>().Any(d => d.ReleaseId == release.Id && d.OutletId == o))
                .ToListAsync(ct);
            var hooks = await db.Set<ReleaseWebhook>().Where(w => w.Active && outlets.Contains(w.OutletId)).Select(w => new { w.Id, w.OutletId }).ToListAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await Lease.RenewOrThrowAsync(db, now, ct);
            db.AddRange(outlets.Select(o => new ReleaseDelivery { ReleaseId = release.Id, OutletId = o, Key = ReleaseService.NewSecret(), DeliveredAt = now }));
            db.AddRange(outlets.Select(o => new ReleaseActivity { ReleaseId = release.Id, OutletId = o, Kind = ActivityKind.Delivered, At = now }));
            db.AddRange(hooks.Select(h => new WebhookSend { WebhookId = h.Id, ReleaseId = release.Id, OutletId = h.OutletId, Event = "release.published", NextAttemptAt = now, CreatedAt = now }));
            release.DeliveredAt = now;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Release {Id} delivered to {Outlets} outlet(s), {Hooks} webhook(s)", release.Id, outlets.Count, hooks.Count);
        }
        db.ChangeTracker.Clear();
        if (due.Count > 0) embargo.PagesChanged();
        return due.Count;
    }

    /// <summary>One digest mail per outlet with an address, listing every release delivered to it and not mailed yet.</summary>
    async Task<int> MailAsync(SiberindoDb db, CancellationToken ct)
    {
        if (!mailer.Configured) return 0;
        var now = Now;
        var since = now.AddDays(-2);
        var pending = await db.Set<ReleaseDelivery>().Where(d => d.MailedAt == null && d.MailError == null && d.DeliveredAt >= since)
            .Join(db.Outlets.Where(o => o.Email != null), d => d.OutletId, o => o.Id, (d, o) => new { Delivery = d.Id, d.Key, d.ReleaseId, o.Email, o.Name, Outlet = o.Id })
            .Join(db.Set<Release>().Out(now), x => x.ReleaseId, r => r.Id, (x, r) => new { x.Delivery, x.Key, x.Email, x.Name, x.Outlet, r.Id, r.Headline, r.Slug, r.Dateline, r.EmbargoUntil, r.PartnerId })
            .Join(db.Set<Partners.Partner>(), x => x.PartnerId, p => p.Id, (x, p) => new DigestItem(x.Delivery, x.Key, x.Email!, x.Name, x.Outlet, x.Id, x.Headline, x.Slug, x.Dateline, x.EmbargoUntil!.Value, p.Name))
            .Take(2000).ToListAsync(ct);
        var baseUrl = BaseUrl;
        foreach (var outlet in pending.GroupBy(p => p.Email))
        {
            var items = outlet.OrderBy(i => i.Embargo).ToList();
            var subject = items.Count == 1 ? $"Rilis baru: {items[0].Headline}" : $"{items.Count} rilis baru dari mitra pemerintah";
            var sent = await mailer.SendAsync([outlet.Key], subject, DigestText(items[0].OutletName, items, baseUrl), ct);
            var ids = items.Select(i => i.Delivery).ToList();
            if (sent)
                await db.Set<ReleaseDelivery>().Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(u => u.SetProperty(d => d.MailedAt, now), ct);
            else
                await db.Set<ReleaseDelivery>().Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(u => u.SetProperty(d => d.MailError, "SMTP gagal (see the server log)"), ct);
            db.AddRange(items.Select(i => new ReleaseActivity
            {
                ReleaseId = i.Release, Kind = sent ? ActivityKind.Mailed : ActivityKind.MailFailed, At = now, Detail = outlet.Key, OutletId = i.Outlet,
            }));
            await db.SaveChangesAsync(ct);
        }
        return pending.Count;
    }

    string BaseUrl => (options.Value.PublicBaseUrl ?? "http://localhost:5000").TrimEnd('/');

    sealed record DigestItem(long Delivery, string Key, string Email, string OutletName, int Outlet, long Release, string Headline, string Slug, string? Dateline, DateTime Embargo, string PartnerName);

    static string DigestText(string outletName, IReadOnlyList<DigestItem> items, string baseUrl)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"Yth. redaksi {outletName},").AppendLine();
        text.AppendLine(items.Count == 1 ? "Mitra pemerintah Siberindo mengirim rilis berikut untuk media Anda:" : $"Mitra pemerintah Siberindo mengirim {items.Count} rilis berikut untuk media Anda:").AppendLine();
        foreach (var i in items)
        {
            text.AppendLine($"- {i.Headline}");
            text.AppendLine($"  {i.PartnerName}{(i.Dateline is null ? "" : " · " + i.Dateline)} · terbit {Portal.PortalFormat.Time(i.Embargo)}");
            text.AppendLine($"  {baseUrl}/rilis/terima/{i.Key}");
        }
        text.AppendLine().AppendLine("Rilis juga ada di halaman Rilis masuk (/admin/rilis) dan di feed pribadi media Anda.");
        text.AppendLine("Releases from government partners; also in your inbox and private feed.");
        return text.ToString();
    }
}
