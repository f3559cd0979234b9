using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Storage;

namespace Siberindo.Releases.Pages.Mitra;

/// <summary>A partner's release: schedule it, edit it until the embargo lifts, correct it after, attach files, withdraw it; its delivery log.</summary>
[Authorize(Policy = PartnersExtensions.PartnerPolicy)]
public sealed class ReleaseWorkModel(ReleaseService releases, SiberindoDb db) : PageModel
{
    public sealed record ActivityRow(DateTime At, string Outlet, ActivityKind Kind, string? Detail);

    public Release Release { get; private set; } = null!;
    public ReleaseStatus Status { get; private set; }
    public string PartnerName { get; private set; } = "";
    public List<ReleaseAttachment> Attachments { get; private set; } = [];
    public List<ActivityRow> Activity { get; private set; } = [];
    public int Delivered { get; private set; }
    public int Opened { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [BindProperty] public ReleaseFormInput Input { get; set; } = new();
    public string? EmbargoWib => Release.EmbargoUntil is { } e ? (e + Core.Regions.IndonesianTime.Wib).ToString("yyyy-MM-ddTHH:mm") : null;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = ReleaseFormInput.From(Release);
        return Page();
    }

    public Task<IActionResult> OnPostScheduleAsync(long id, DateTime? embargo, CancellationToken ct) =>
        ChangeAsync(id, () => releases.ScheduleAsync(id, ReleaseFormInput.EmbargoUtc(embargo), ct), ct);

    public Task<IActionResult> OnPostUpdateAsync(long id, CancellationToken ct) => ChangeAsync(id, () => releases.UpdateAsync(id, Input.ToForm(), ct), ct);

    public Task<IActionResult> OnPostCorrectAsync(long id, string? headline, string? bodyHtml, string? note, CancellationToken ct) =>
        ChangeAsync(id, () => releases.CorrectAsync(id, headline, bodyHtml, note, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(long id, string? reason, CancellationToken ct) => ChangeAsync(id, () => releases.WithdrawAsync(id, reason, ct), ct);

    public Task<IActionResult> OnPostAttachAsync(long id, IFormFile? file, string? caption, CancellationToken ct) =>
        ChangeAsync(id, async () => file is null ? ["Pilih berkas (choose a file)."] : await releases.AttachAsync(id, file, caption, ct), ct);

    public Task<IActionResult> OnPostRemoveAttachmentAsync(long id, long attachmentId, CancellationToken ct) =>
        ChangeAsync(id, () => releases.RemoveAttachmentAsync(id, attachmentId, ct), ct);

    private async Task<IActionResult> ChangeAsync(long id, Func<Task<List<string>>> change, CancellationToken ct)
    {
        if (!await releases.Owned().AnyAsync(r => r.Id == id, ct)) return NotFound();
        var errors = await change();
        if (errors.Count == 0) return Redirect($"/mitra/rilis/{id}");
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        if (Input.Headline is null) Input = ReleaseFormInput.From(Release);
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var release = await releases.Owned().AsNoTracking().Include(r => r.Targets).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (release is null) return false;
        Release = release;
        Status = release.StatusAt(releases.Now);
        PartnerName = await db.Set<Siberindo.Partners.Partner>().Where(p => p.Id == release.PartnerId).Select(p => p.Name).SingleAsync(ct);
        Attachments = await db.Set<ReleaseAttachment>().AsNoTracking().Where(a => a.ReleaseId == id).OrderBy(a => a.Id).ToListAsync(ct);
        Delivered = await db.Set<ReleaseDelivery>().CountAsync(d => d.ReleaseId == id, ct);
        Opened = await db.Set<ReleaseDelivery>().CountAsync(d => d.ReleaseId == id && d.Opens > 0, ct);
        Activity = await db.Set<ReleaseActivity>().AsNoTracking().Where(a => a.ReleaseId == id).OrderByDescending(a => a.Id).Take(100)
            .GroupJoin(db.Outlets, a => a.OutletId, o => o.Id, (a, o) => new { a, o })
            .SelectMany(x => x.o.DefaultIfEmpty(), (x, o) => new ActivityRow(x.a.At, o == null ? "—" : o.Name, x.a.Kind, x.a.Detail))
            .ToListAsync(ct);
        return true;
    }
}
