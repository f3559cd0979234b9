using Microsoft.EntityFrameworkCore;
using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Stories;
using Siberindo.Core.Text;
using Siberindo.Partners;
using Siberindo.Storage;

namespace Siberindo.Releases;

public static class ReleasePages
{
    public const string CachePolicy = "rilis";
    public const int PageSize = 30;

    public static string Url(long id, string slug) => $"/rilis/{id}/{slug}";
    public static string AttachmentUrl(long releaseId, long attachmentId) => $"/rilis/{releaseId}/lampiran/{attachmentId}";
}

/// <summary>A member's article that carries a release: shown before the release itself (the portal sends readers to members).</summary>
public sealed record MemberCopy(long ArticleId, string Title, string OutletName, string OutletSlug, DateTime Published, PickupKind Kind);

public sealed record ReleaseCard(long Id, string Headline, string Slug, string PartnerName, string PartnerSlug, DateTime Published, string? Dateline,
    string? Excerpt, bool Corrected, IReadOnlyList<MemberCopy> Members, int MemberOutlets);

/// <summary>The public lists of releases, all through <see cref="ReleaseReader.Out"/>.</summary>
public sealed class ReleaseQueries(ReleaseReader reader, SiberindoDb db)
{
    public DateTime Now => reader.Now;

    public async Task<List<ReleaseCard>> ListAsync(int? partnerId, string? provinceCode, string? q, int page, int size, CancellationToken ct)
    {
        var releases = reader.Out();
        if (partnerId is { } p) releases = releases.Where(r => r.PartnerId == p);
        if (provinceCode is not null) releases = releases.For(provinceCode);
        releases = ReleaseReader.Matching(releases, q);
        var rows = await releases.OrderByDescending(r => r.EmbargoUntil).ThenByDescending(r => r.Id).Skip((page - 1) * size).Take(size)
            .Join(db.Set<Partner>(), r => r.PartnerId, x => x.Id, (r, x) => new { r.Id, r.Headline, r.Slug, Partner = x.Name, PartnerSlug = x.Slug, r.EmbargoUntil, r.Dateline, r.BodyHtml, r.CorrectedAt })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var members = await MembersAsync(ids, 3, ct);
        var outlets = await db.Set<ReleasePickup>().Where(p => ids.Contains(p.ReleaseId)).GroupBy(p => p.ReleaseId)
            .Select(g => new { g.Key, Count = g.Select(p => p.OutletId).Distinct().Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rows.Select(r => new ReleaseCard(r.Id, r.Headline, r.Slug, r.Partner, r.PartnerSlug, r.EmbargoUntil!.Value, r.Dateline, Excerpt(r.BodyHtml),
            r.CorrectedAt is not null, members.GetValueOrDefault(r.Id) ?? [], outlets.GetValueOrDefault(r.Id))).ToList();
    }

    /// <summary>Members' articles carrying each release: copies first, then reports, the earliest first.</summary>
    public async Task<Dictionary<long, List<MemberCopy>>> MembersAsync(IReadOnlyList<long> releaseIds, int perRelease, CancellationToken ct)
    {
        if (releaseIds.Count == 0) return [];
        var rows = await db.Set<ReleasePickup>().AsNoTracking().Where(p => releaseIds.Contains(p.ReleaseId))
            .Join(db.Articles, p => p.ArticleId, a => a.Id, (p, a) => new { p.ReleaseId, p.Kind, a.Id, a.Title, a.Published, a.OutletId })
            .Join(db.Outlets, x => x.OutletId, o => o.Id, (x, o) => new { x.ReleaseId, x.Kind, x.Id, x.Title, x.Published, o.Name, o.Slug })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ReleaseId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Kind).ThenBy(r => r.Published)
            .Take(perRelease).Select(r => new MemberCopy(r.Id, r.Title, r.Name, r.Slug, r.Published, r.Kind)).ToList());
    }

    /// <summary>A release's teaser for lists and feeds: its first paragraph, cut at a word.</summary>
    public static string? Excerpt(string html)
    {
        var text = HtmlText.FromHtml(html);
        if (text is null) return null;
        return PlainText.Shorten(text.Split("\n\n")[0], 240);
    }
}
