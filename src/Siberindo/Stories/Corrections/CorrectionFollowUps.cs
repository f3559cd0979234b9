using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Stories.Corrections;

/// <summary>Which copies must follow which corrections: every article whose text republishes a corrected one.</summary>
public static class CorrectionFollowUps
{
    /// <summary>Copies found after a correction was declared follow it too (called by the assigner, in its transaction).
    /// Returns the corrections that got new follow-ups, whose outlets are to be notified once the transaction commits.</summary>
    public static async Task<IReadOnlyList<long>> AddForCopiesAsync(SiberindoDb db, IReadOnlyCollection<(long Copy, long Original)> copies, DateTime now, CancellationToken ct)
    {
        if (copies.Count == 0) return [];
        var originals = copies.Select(c => c.Original).Distinct().ToList();
        var corrections = await db.Set<Correction>().AsNoTracking()
            .Where(c => originals.Contains(c.ArticleId))
            .Select(c => new { c.Id, c.ArticleId })
            .ToListAsync(ct);
        if (corrections.Count == 0) return [];
        var copyIds = copies.Select(c => c.Copy).ToList();
        var outlets = await db.Articles.AsNoTracking().Where(a => copyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.OutletId, ct);
        var correctionIds = corrections.Select(c => c.Id).ToList();
        var existing = (await db.Set<CorrectionFollowUp>().AsNoTracking()
                .Where(f => correctionIds.Contains(f.CorrectionId) && copyIds.Contains(f.ArticleId))
                .Select(f => new { f.CorrectionId, f.ArticleId }).ToListAsync(ct))
            .Select(f => (f.CorrectionId, f.ArticleId)).ToHashSet();
        var touched = new HashSet<long>();
        foreach (var (copy, original) in copies)
        foreach (var correction in corrections.Where(c => c.ArticleId == original))
        {
            if (!existing.Add((correction.Id, copy))) continue;
            db.Add(new CorrectionFollowUp { CorrectionId = correction.Id, ArticleId = copy, OutletId = outlets[copy], CreatedAt = now });
            touched.Add(correction.Id);
        }
        await db.SaveChangesAsync(ct);
        return touched.ToList();
    }
}
