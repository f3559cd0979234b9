using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Outlets;

namespace Siberindo.Members.Pages;

/// <summary>Upload of a members file (CSV or XLSX): checked whole, stored whole or not at all.</summary>
// The request may be larger than the file limit, so that a file somewhat too large is read and answered with a
// page that says so (413): a server that stops reading mid-upload leaves the browser with a dropped connection.
// Past this the error page explains it (Portal/Error), if the browser still reads the answer.
[Authorize(Policy = Roles.BoardAdmin)]
[RequestSizeLimit(MemberImportModel.DrainBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MemberImportModel.DrainBytes)]
public sealed class MemberImportModel(MemberTransfer transfer) : PageModel
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long DrainBytes = 64 * 1024 * 1024;
    public IReadOnlyList<RowError> Errors { get; private set; } = [];
    public int? Imported { get; private set; }
    public string Columns => string.Join(",", MemberTransfer.Columns);

    [BindProperty, Display(Name = "Berkas")] public IFormFile? Upload { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var file = Upload;
        if (file is null || file.Length == 0) { Errors = [new RowError(0, "Pilih berkas CSV atau XLSX (choose a file).")]; return Page(); }
        if (file.Length > MaxBytes)
        {
            Errors = [new RowError(0, "Berkas lebih dari 10 MB (file too large): bagi menjadi beberapa berkas.")];
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        var xlsx = file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        await using var stream = file.OpenReadStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        copy.Position = 0;
        var (rows, errors) = MemberTransfer.Read(copy, xlsx);
        if (errors.Count > 0) { Errors = errors; return Page(); }
        var result = await transfer.ImportAsync(rows, ct);
        if (result.Succeeded) Imported = result.Imported;
        else Errors = result.Errors;
        return Page();
    }
}
