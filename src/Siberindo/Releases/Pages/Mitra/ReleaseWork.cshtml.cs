using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Shared;
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

    // One bound form each, filled from the release (FillForms) unless it is the one whose refused post is shown again.
    [BindProperty] public ReleaseFormInput Input { get; set; } = new();
    [BindProperty] public ScheduleForm Schedule { get; set; } = new();
    [BindProperty] public CorrectionForm Correction { get; set; } = new();
    [BindProperty] public AttachmentForm Attachment { get; set; } = new();
    [BindProperty] public WithdrawalForm Withdrawal { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        FillForms(posted: null);
        return Page();
    }

    public Task<IActionResult> OnPostScheduleAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, nameof(Schedule), async () =>
            // A time the field could not read must not publish the release now, as an empty one does.
            ModelState.GetFieldValidationState($"{nameof(Schedule)}.{nameof(ScheduleForm.EmbargoUntil)}") == ModelValidationState.Invalid
                ? [new("Waktu embargo tidak terbaca; isi tanggal dan jam (the embargo time could not be read).", nameof(ScheduleForm.EmbargoUntil))]
                : await releases.ScheduleAsync(id, ReleaseFormInput.EmbargoUtc(Schedule.EmbargoUntil), ct), ct);

    public Task<IActionResult> OnPostUpdateAsync(long id, CancellationToken ct) => ChangeAsync(id, nameof(Input), () => releases.UpdateAsync(id, Input.ToForm(), ct), ct);

    public Task<IActionResult> OnPostCorrectAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, nameof(Correction), () => releases.CorrectAsync(id, Correction.Headline, Correction.BodyHtml, Correction.Note, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, nameof(Withdrawal), () => releases.WithdrawAsync(id, Withdrawal.Reason, ct), ct);

    public Task<IActionResult> OnPostAttachAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, nameof(Attachment), async () => Attachment.File is not { } file
            ? [new("Pilih berkas (choose a file).", nameof(AttachmentForm.File))]
            : await releases.AttachAsync(id, file, Attachment.Caption, ct), ct);

    // One per attachment row, its id posted by hand; a refusal names no field.
    public Task<IActionResult> OnPostRemoveAttachmentAsync(long id, long attachmentId, CancellationToken ct) =>
        ChangeAsync(id, null, () => releases.RemoveAttachmentAsync(id, attachmentId, ct), ct);

    /// <param name="form">The bound form that was posted, whose fields the errors name; null for a row action.</param>
    private async Task<IActionResult> ChangeAsync(long id, string? form, Func<Task<List<FormError>>> change, CancellationToken ct)
    {
        if (!await releases.Owned().AnyAsync(r => r.Id == id, ct)) return NotFound();
        var errors = await change();
        if (errors.Count == 0) return Redirect($"/mitra/rilis/{id}");
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        FillForms(form);
        Errors = FormErrors.Show(ViewData, errors.Select(e => e.Field is null ? e : e with { Field = FormOf(form, e.Field) + "." + e.Field }));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    // Scheduling is refused for want of target regions, which are set in the release fields: the message goes there.
    private static string? FormOf(string? posted, string field) =>
        posted == nameof(Schedule) && field == nameof(ReleaseForm.Provinces) ? nameof(Input) : posted;

    /// <summary>The forms show the stored release, except the posted one, which shows what was typed.</summary>
    private void FillForms(string? posted)
    {
        if (posted != nameof(Input)) Input = ReleaseFormInput.From(Release);
        if (posted != nameof(Schedule)) Schedule = new() { EmbargoUntil = ReleaseFormInput.EmbargoWib(Release.EmbargoUntil) };
        if (posted != nameof(Correction)) Correction = new() { Headline = Release.Headline, BodyHtml = Release.BodyHtml };
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
