using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
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

    public Task<IActionResult> OnPostPartyAsync(int id, string? name, LegalPartyRole role, string? note, CancellationToken ct) =>
        Change(id, () => legal.AddPartyAsync(id, name, role, note, ct), "pihak", ct);

    public Task<IActionResult> OnPostEntryAsync(int id, DateOnly? on, string? text, CancellationToken ct) =>
        Change(id, () => legal.AddEntryAsync(id, on, text, ct), "kronologi", ct);

    public Task<IActionResult> OnPostDocumentAsync(int id, string? title, IFormFile? file, CancellationToken ct) =>
        Change(id, () => legal.AddDocumentAsync(id, title, file, ct), "dokumen", ct);

    public Task<IActionResult> OnPostStatusAsync(int id, LegalCaseStatus status, CancellationToken ct) =>
        Change(id, () => legal.SetStatusAsync(id, status, ct), "status", ct);

    public Task<IActionResult> OnPostHelperAsync(int id, string? email, CancellationToken ct) =>
        Change(id, () => legal.AssignHelperAsync(id, email, ct), "pendamping", ct);

    private Task<IActionResult> Change(int id, Func<Task<List<string>>> change, string anchor, CancellationToken ct) =>
        ChangeAsync(id, () => legal.Cases().AnyAsync(c => c.Id == id, ct), change, $"/admin/hukum/{id}#{anchor}", ct);

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
        return true;
    }
}
