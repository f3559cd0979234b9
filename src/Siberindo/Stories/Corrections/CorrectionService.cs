using System.Text;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Hosting;
using Siberindo.Shared;
using Siberindo.Storage;
using Siberindo.Core.Text;

namespace Siberindo.Stories.Corrections;

/// <summary>
/// Records corrections and retractions of articles (declared by or for the outlet, or detected in its feed), makes every
/// republished copy follow them (a follow-up per copy, on the dashboard and by email) and refreshes the story page.
/// </summary>
public sealed class CorrectionService(SiberindoDb db, Mailer mailer, Notifications notifications, TimeProvider clock,
    ILogger<CorrectionService> logger)
{
    public const int MaxNote = 2000;

    public sealed record Declaration(long ArticleId, CorrectionKind Kind, RetractionReason? Reason, string? Note);

    /// <summary>
    /// A correction declared in the UI on the outlet's behalf. Returns the errors, each naming the declaration's
    /// property it is about, or the correction.
    /// </summary>
    public async Task<(Correction? Correction, List<FormError> Errors)> DeclareAsync(Declaration d, string? declaredBy, CancellationToken ct = default)
    {
        var errors = new List<FormError>();
        var note = d.Note?.Trim() ?? "";
        if (note.Length == 0) errors.Add(new("Isi ralat/alasan wajib diisi (describe the correction).", nameof(d.Note)));
        if (note.Length > MaxNote) errors.Add(new($"Keterangan maksimal {MaxNote} karakter (note longer than {MaxNote}).", nameof(d.Note)));
        if (!Enum.IsDefined(d.Kind)) errors.Add(new("Jenis tidak dikenal (unknown kind).", nameof(d.Kind)));
        if (d.Kind == CorrectionKind.Pencabutan && d.Reason is null)
            errors.Add(new("Pencabutan berita wajib menyebut alasan yang dibolehkan Pedoman (a retraction needs one of the allowed reasons).", nameof(d.Reason)));
        if (d.Kind != CorrectionKind.Pencabutan && d.Reason is not null)
            errors.Add(new("Alasan pencabutan hanya untuk pencabutan (a reason is only for retractions).", nameof(d.Reason)));
        if (d.Reason is { } r && !Enum.IsDefined(r)) errors.Add(new("Alasan pencabutan tidak dikenal (unknown reason).", nameof(d.Reason)));
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == d.ArticleId, ct);
        if (article is null) errors.Add(new($"Berita #{d.ArticleId} tidak ditemukan (article not found).", nameof(d.ArticleId)));
        if (errors.Count > 0) return (null, errors);
        var correction = await RecordAsync(article!, d.Kind, d.Reason, note, CorrectionOrigin.Declared, null, declaredBy, ct);
        return (correction, errors);
    }

    /// <summary>A correction the outlet announced by changing its feed entry (see <see cref="Core.Stories.CorrectionMarkers"/>).</summary>
    public Task<Correction> RecordFromFeedAsync(Article article, CorrectionKind kind, string previousTitle, CancellationToken ct = default)
    {
        var note = ArticleText.Excerpt(null, article.Summary) is { } summary ? $"{article.Title} — {summary}" : article.Title;
        return RecordAsync(article, kind, null, note.Length <= MaxNote ? note : note[..MaxNote], CorrectionOrigin.Feed, previousTitle, null, ct);
    }

    async Task<Correction> RecordAsync(Article article, CorrectionKind kind, RetractionReason? reason, string note,
        CorrectionOrigin origin, string? previousTitle, string? declaredBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var correction = new Correction
        {
            ArticleId = article.Id, Kind = kind, Reason = reason, Note = note, Origin = origin,
            PreviousTitle = StoredText.ClipOrNull(previousTitle, ArticleLengths.Title),
            DeclaredAt = now, DeclaredBy = declaredBy,
        };
        // Imports ingest inside their own transaction; then the correction is part of it.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Add(correction);
        await db.SaveChangesAsync(ct);
        var copies = await db.Articles.AsNoTracking().Where(a => a.CopyOfId == article.Id).Select(a => a.Id).ToListAsync(ct);
        await CorrectionFollowUps.AddForCopiesAsync(db, copies.Select(c => (c, article.Id)).ToList(), now, ct);
        if (own is not null)
        {
            await own.CommitAsync(ct);
            await own.DisposeAsync();
        }
        logger.LogInformation("{Kind} of article {Article} recorded ({Origin}); {Copies} copies must follow", kind, article.Id, origin, copies.Count);
        if (article.StoryId is { } story) await notifications.PublishAsync(new StoryChanged(story), ct);
        await NotifyAsync(correction.Id, ct);
        return correction;
    }

    /// <summary>
    /// One email per outlet that republished the text and has not been told yet, listing its copies, when mail is
    /// configured. Called after a correction is recorded and after the assigner finds new copies of a corrected article.
    /// </summary>
    public async Task NotifyAsync(long correctionId, CancellationToken ct = default)
    {
        if (!mailer.Configured) return;
        var correction = await db.Set<Correction>().AsNoTracking().SingleAsync(c => c.Id == correctionId, ct);
        var original = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == correction.ArticleId, ct);
        var pending = await db.Set<CorrectionFollowUp>()
            .Where(f => f.CorrectionId == correction.Id && f.NotifiedAt == null)
            .Join(db.Articles, f => f.ArticleId, a => a.Id, (f, a) => new { FollowUp = f, a.Title, a.Url, a.Outlet!.Name, a.Outlet.Email })
            .ToListAsync(ct);
        var originalOutlet = await db.Outlets.AsNoTracking().Where(o => o.Id == original.OutletId).Select(o => o.Name).SingleAsync(ct);
        foreach (var outlet in pending.Where(p => p.Email is not null).GroupBy(p => p.Email!))
        {
            var text = new StringBuilder()
                .AppendLine($"Yth. redaksi {outlet.First().Name},")
                .AppendLine()
                .AppendLine($"{originalOutlet} memuat {CorrectionLabels.Of(correction.Kind).ToLowerInvariant()} atas berita \"{original.Title}\"")
                .AppendLine($"({original.Url}), pada {correction.DeclaredAt:yyyy-MM-dd HH:mm} UTC.")
                .AppendLine(correction.Reason is { } r ? $"Alasan: {CorrectionLabels.Of(r)}" : "")
                .AppendLine($"Keterangan: {correction.Note}")
                .AppendLine()
                .AppendLine("Media Anda memuat ulang teks berita tersebut. Sesuai Pedoman Pemberitaan Media Siber, mohon ikuti ralat/pencabutan ini pada:")
                .AppendJoin(Environment.NewLine, outlet.Select(p => $"- {p.Title} ({p.Url})")).AppendLine()
                .AppendLine()
                .AppendLine("(English: an article your outlet republished was corrected or retracted; please follow it.)")
                .ToString();
            var subject = $"[Siberindo] {CorrectionLabels.Of(correction.Kind)} yang perlu diikuti: {original.Title}";
            if (await mailer.SendAsync([outlet.Key], subject.Length <= 200 ? subject : subject[..200], text, ct))
                foreach (var p in outlet) p.FollowUp.NotifiedAt = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Marks a copy's follow-up done; scoped to an outlet when the caller acts for one.</summary>
    public async Task<bool> MarkFollowedAsync(long followUpId, int? outletId, string by, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<CorrectionFollowUp>()
            .Where(f => f.Id == followUpId && f.FollowedAt == null && (outletId == null || f.OutletId == outletId))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.FollowedAt, now).SetProperty(f => f.FollowedBy, by), ct) == 1;
    }
}
