using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;
using Siberindo.Stories.Corrections;

namespace Siberindo.FactChecks;

/// <summary>An article of an outlet that the portal labels with a hoax it repeats.</summary>
public sealed record OutletNotice(long MatchId, long ArticleId, string ArticleTitle, long FactCheckId, string FactCheckSlug, string FactCheckTitle,
    string Verdict, DateTime MatchedAt);

/// <summary>
/// Tells an outlet that an article it ran repeats a checked hoax: listed on its dashboard, and mailed once to the
/// outlet's address (real SMTP, the corrections' mailer). Articles that check a claim are not news to tell.
/// </summary>
public sealed class OutletNotices(SiberindoDb db, Mailer mailer, TimeProvider clock, ILogger<OutletNotices> logger)
{
    static IQueryable<FactCheckMatch> Hoaxes(IQueryable<FactCheckMatch> matches) =>
        matches.Where(m => m.Relation == MatchRelation.Repeats && (m.State == MatchState.Labelled || m.State == MatchState.Confirmed));

    public Task<List<OutletNotice>> ForOutletAsync(int outletId, CancellationToken ct = default) =>
        (from m in Hoaxes(db.Set<FactCheckMatch>().AsNoTracking().Where(m => m.OutletId == outletId))
         join a in db.Articles on m.ArticleId equals a.Id
         join f in db.Set<FactCheck>() on m.FactCheckId equals f.Id
         where f.Rating != FactCheckRating.Benar
         orderby m.MatchedAt descending
         select new OutletNotice(m.Id, m.ArticleId, a.Title, f.Id, f.Slug, f.Title, "HOAKS", m.MatchedAt)).Take(50).ToListAsync(ct);

    /// <summary>Mails every outlet not yet told about its labelled hoax articles; returns how many mails went.</summary>
    public async Task<int> MailPendingAsync(string? baseUrl, CancellationToken ct = default)
    {
        if (!mailer.Configured) return 0;
        var pending = await Hoaxes(db.Set<FactCheckMatch>().Where(m => m.NotifiedAt == null)).ToListAsync(ct);
        if (pending.Count == 0) return 0;
        var sent = 0;
        foreach (var group in pending.GroupBy(m => m.OutletId))
        {
            var outlet = await db.Outlets.AsNoTracking().Where(o => o.Id == group.Key).Select(o => new { o.Name, o.Email }).SingleAsync(ct);
            var notices = (await ForOutletAsync(group.Key, ct)).Where(n => group.Any(m => m.Id == n.MatchId)).ToList();
            if (outlet.Email is { Length: > 0 } email && notices.Count > 0)
            {
                var lines = notices.Select(n => $"- \"{n.ArticleTitle}\"\n  Cek fakta: {n.Verdict} - {n.FactCheckTitle}\n  {baseUrl}{FactCheckPages.Url(n.FactCheckId, n.FactCheckSlug)}");
                var text = $"Yth. redaksi {outlet.Name},\n\nBerita berikut di situs Anda memuat klaim yang telah diperiksa dan dinyatakan hoaks. " +
                    "Mohon periksa dan muat ralat bila perlu (Pedoman Pemberitaan Media Siber).\n\n" + string.Join("\n\n", lines) +
                    "\n\nBila menurut Anda berita itu tidak memuat klaim tersebut, balas surel ini: pemeriksa fakta akan meninjaunya.\n\nSiberindo";
                try
                {
                    if (await mailer.SendAsync([email], $"Cek fakta: {notices.Count} berita Anda memuat klaim hoaks", text, ct)) sent++;
                    else continue;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Kept pending: the next labelled batch tries again.
                    logger.LogWarning(e, "Fact-check notice to outlet {Outlet} failed", group.Key);
                    continue;
                }
            }
            foreach (var m in group) m.NotifiedAt = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
        return sent;
    }
}
