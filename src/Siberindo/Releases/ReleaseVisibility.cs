using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Releases;

/// <summary>
/// THE embargo rule, in one place: every reader outside the partner (pages, feeds, the API, search, sitemaps, the
/// private feeds, the members' inbox, mail and webhooks through the delivery stage) reads releases through these
/// filters, in the query itself, so a release that is not yet out is never loaded, let alone shown.
/// </summary>
public static class ReleaseVisibility
{
    /// <summary>Out and usable: released, embargo lifted, not withdrawn.</summary>
    public static IQueryable<Release> Out(this IQueryable<Release> releases, DateTime now) =>
        releases.Where(r => r.State == ReleaseState.Released && r.EmbargoUntil != null && r.EmbargoUntil <= now);

    /// <summary>
    /// What a release page may show: out, or withdrawn after it was out (then only the notice of withdrawal and its
    /// reason). A release withdrawn before its embargo lifted never existed for anyone outside the partner.
    /// </summary>
    public static IQueryable<Release> Readable(this IQueryable<Release> releases, DateTime now) =>
        releases.Where(r => (r.State == ReleaseState.Released || (r.State == ReleaseState.Withdrawn && r.WithdrawnAt >= r.EmbargoUntil))
                            && r.EmbargoUntil != null && r.EmbargoUntil <= now);

    /// <summary>Releases for a province: national ones and those aimed at it or one of its regencies.</summary>
    public static IQueryable<Release> For(this IQueryable<Release> releases, string provinceCode) =>
        releases.Where(r => r.National || r.Targets.Any(t => t.ProvinceCode == provinceCode));
}

/// <summary>Public reads of releases, always through <see cref="ReleaseVisibility"/> at the request's instant.</summary>
public sealed class ReleaseReader(SiberindoDb db, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public IQueryable<Release> Out() => db.Set<Release>().AsNoTracking().Out(Now);

    public IQueryable<Release> Readable() => db.Set<Release>().AsNoTracking().Readable(Now);

    /// <summary>A word or phrase in the headline or the body (both providers lower-case alike).</summary>
    public static IQueryable<Release> Matching(IQueryable<Release> releases, string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return releases;
        var term = q.Trim().ToLower();
        return releases.Where(r => r.Headline.ToLower().Contains(term) || r.BodyHtml.ToLower().Contains(term));
    }

    /// <summary>An attachment of a release that is out (a withdrawn release's files are gone with it).</summary>
    public async Task<(ReleaseAttachment Attachment, byte[] Content)?> AttachmentAsync(long releaseId, long attachmentId, CancellationToken ct)
    {
        var attachment = await db.Set<ReleaseAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ReleaseId == releaseId && Out().Any(r => r.Id == a.ReleaseId)).SingleOrDefaultAsync(ct);
        if (attachment is null) return null;
        var content = await db.Set<ReleaseFile>().Where(f => f.AttachmentId == attachmentId).Select(f => f.Content).SingleAsync(ct);
        return (attachment, content);
    }
}
