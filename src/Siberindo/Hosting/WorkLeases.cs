using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Storage;

namespace Siberindo.Hosting;

/// <summary>
/// A named lease held by one process until <see cref="ExpiresAt"/> (renewed while it works): one holder at a time runs
/// each pipeline stage (<see cref="StageLease"/>), on SQLite and on PostgreSQL alike.
/// </summary>
public sealed class WorkLease
{
    public required string Name { get; init; }
    public required string Holder { get; set; }
    public DateTime ExpiresAt { get; set; }
}

internal sealed class WorkLeaseConfiguration : IEntityTypeConfiguration<WorkLease>
{
    public void Configure(EntityTypeBuilder<WorkLease> e)
    {
        e.HasKey(l => l.Name);
        e.Property(l => l.Name).HasMaxLength(100);
        e.Property(l => l.Holder).HasMaxLength(200);
    }
}

/// <summary>
/// Named leases in the database: one holder at a time until expiry. Taking and renewing are single conditional UPDATEs,
/// which both SQLite and PostgreSQL make atomic; the first holder INSERTs the row and a racing second one fails on the key.
/// </summary>
public static class WorkLeases
{
    public static async Task<bool> TryAcquireAsync(SiberindoDb db, string name, string holder, DateTime now, TimeSpan duration, CancellationToken ct)
    {
        var until = now + duration;
        var taken = await db.Set<WorkLease>()
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct);
        if (taken == 1) return true;
        if (await db.Set<WorkLease>().AnyAsync(l => l.Name == name, ct)) return false;
        try
        {
            db.Set<WorkLease>().Add(new WorkLease { Name = name, Holder = holder, ExpiresAt = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Extends the lease only if this holder still has it; false means another process took over.</summary>
    public static async Task<bool> RenewAsync(SiberindoDb db, string name, string holder, DateTime now, TimeSpan duration, CancellationToken ct) =>
        await db.Set<WorkLease>()
            .Where(l => l.Name == name && l.Holder == holder && l.ExpiresAt >= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now + duration), ct) == 1;

    public static Task ReleaseAsync(SiberindoDb db, string name, string holder, CancellationToken ct) =>
        db.Set<WorkLease>()
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UnixEpoch), ct);
}
