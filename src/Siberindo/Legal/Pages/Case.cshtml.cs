using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Shared;
using Siberindo.Shared.Admin;
using Siberindo.Storage;

namespace Siberindo.Legal.Pages;

/// <summary>One case for its people: parties, chronology, documents, helpers and status.</summary>
[Authorize(Policy = Roles.Staff)]
// A document is at most 10 MB (Uploads); the form around it gets a little more, and nothing larger is read.
[RequestSizeLimit(11 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 11 * 1024 * 1024)]
public sealed class CaseModel(SiberindoDb db, LegalService legal, AccessScope scope) : ChangePage(db)
{
    public sealed record DocumentRow(int Id, string Title, string FileName, int Bytes, string UploadedBy, DateTime UploadedAt);

    public LegalCase Case { get; private set; } = null!;
    public string Outlet { get; private set; } = "";
    public List<DocumentRow> Documents { get; private set; } = [];
    public bool Handles { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    // One bound form per section, each under its own prefix, so their ids stay unique and a refusal shows in its own form.
    [BindProperty] public CaseStatusForm StatusChange { get; set; } = new();
    [BindProperty] public CasePartyForm Party { get; set; } = new();
    [BindProperty] public CaseEntryForm Entry { get; set; } = new();
    [BindProperty] public CaseDocumentForm Document { get; set; } = new();
    [BindProperty] public CaseHelperForm Helper { get; set; } = new();

    public Task<IActionResult> OnPostPartyAsync(int id, CancellationToken ct) =>
        Change(id, () => legal.AddPartyAsync(id, Party.Name, Party.Role, Party.Note, ct), nameof(Party), "pihak", ct);

    public Task<IActionResult> OnPostEntryAsync(int id, CancellationToken ct) =>
        Change(id, () => legal.AddEntryAsync(id, Entry.On, Entry.Text, ct), nameof(Entry), "kronologi", ct);

    public Task<IActionResult> OnPostDocumentAsync(int id, CancellationToken ct) =>
        Change(id, () => legal.AddDocumentAsync(id, Document.Title, Document.File, ct), nameof(Document), "dokumen", ct);

    public Task<IActionResult> OnPostStatusAsync(int id, CancellationToken ct) =>
        Change(id, () => legal.SetStatusAsync(id, StatusChange.Status, ct), nameof(StatusChange), "status", ct);

    public Task<IActionResult> OnPostHelperAsync(int id, CancellationToken ct) =>
        Change(id, () => legal.AssignHelperAsync(id, Helper.Email, ct), nameof(Helper), "pendamping", ct);

    private Task<IActionResult> Change(int id, Func<Task<List<FormError>>> change, string form, string anchor, CancellationToken ct) =>
        ChangeAsync(id, () => legal.Cases().AnyAsync(c => c.Id == id, ct), change, form + ".", $"/admin/hukum/{id}#{anchor}", ct);

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var found = await legal.Cases().AsNoTracking().Include(c => c.Parties).Include(c => c.Chronology).Include(c => c.Helpers)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return false;
        Case = found;
        Outlet = await Db.Outlets.Where(o => o.Id == found.OutletId).Select(o => o.Name).SingleAsync(ct);
        // The list shows documents without loading their bytes.
        Documents = await Db.Set<LegalDocument>().AsNoTracking().Where(d => d.CaseId == id).OrderBy(d => d.UploadedAt)
            .Select(d => new DocumentRow(d.Id, d.Title, d.FileName, d.Content.Length, d.UploadedBy, d.UploadedAt)).ToListAsync(ct);
        Handles = LegalVisibility.Handles(found, scope);
        // The status form shows the case's status unless a refused change of it was posted.
        StatusChange.Status ??= found.Status;
        return true;
    }
}
