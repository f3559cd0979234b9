using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Storage;

namespace Siberindo.Releases.Pages;

/// <summary>One release: the members' articles that carry it first, then its text, files, contacts and corrections.</summary>
[OutputCache(PolicyName = ReleasePages.CachePolicy)]
public sealed class ReleasePageModel(ReleaseReader reader, ReleaseQueries queries, SiberindoDb db) : PageModel
{
    public Release Release { get; private set; } = null!;
    public string PartnerName { get; private set; } = "";
    public string PartnerSlug { get; private set; } = "";
    public string? Excerpt { get; private set; }
    public List<MemberCopy> Members { get; private set; } = [];
    public List<ReleaseAttachment> Attachments { get; private set; } = [];
    public List<ReleaseCorrection> Corrections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, string? slug, CancellationToken ct)
    {
        var release = await reader.Readable().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (release is null) return NotFound();
        if (slug != release.Slug) return RedirectPermanent(ReleasePages.Url(id, release.Slug));
        Release = release;
        var partner = await db.Set<Partner>().AsNoTracking().SingleAsync(p => p.Id == release.PartnerId, ct);
        (PartnerName, PartnerSlug) = (partner.Name, partner.Slug);
        Excerpt = ReleaseQueries.Excerpt(release.BodyHtml);
        if (release.State == ReleaseState.Withdrawn) return Page();
        Members = (await queries.MembersAsync([id], 50, ct)).GetValueOrDefault(id) ?? [];
        Attachments = await db.Set<ReleaseAttachment>().AsNoTracking().Where(a => a.ReleaseId == id).OrderBy(a => a.Id).ToListAsync(ct);
        Corrections = await db.Set<ReleaseCorrection>().AsNoTracking().Where(c => c.ReleaseId == id).OrderByDescending(c => c.At).ToListAsync(ct);
        return Page();
    }
}
