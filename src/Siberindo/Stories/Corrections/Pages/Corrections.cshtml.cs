using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Shared;
using Siberindo.Storage;
using Siberindo.Stories.Corrections;

namespace Siberindo.Stories.Corrections.Pages;

/// <summary>Declare a correction, right of reply or retraction on behalf of the outlet that published the article.</summary>
// Not scoped to an area yet: admin pusat only, while the rest of /admin is open to scoped roles.
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Siberindo.Accounts.Roles.Admin)]
public sealed class CorrectionsModel(SiberindoDb db, CorrectionService corrections) : PageModel
{
    public sealed class DeclarationForm
    {
        /// <summary>The article's number on Siberindo or its URL on the outlet's site.</summary>
        [Display(Name = "Berita asli (nomor atau URL)")]
        public string? Article { get; set; }
        [Display(Name = "Jenis")]
        public CorrectionKind Kind { get; set; } = CorrectionKind.Ralat;
        [Display(Name = "Alasan pencabutan (hanya untuk pencabutan)")]
        public RetractionReason? Reason { get; set; }
        [Display(Name = "Keterangan")]
        public string? Note { get; set; }
    }

    public sealed record Row(long Id, long ArticleId, string Title, string Outlet, long? StoryId, CorrectionKind Kind,
        RetractionReason? Reason, CorrectionOrigin Origin, DateTime DeclaredAt, int Copies, int Followed);

    [BindProperty]
    public DeclarationForm Form { get; set; } = new();
    private const string Prefix = nameof(Form) + ".";
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public List<Row> Recent { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync(long? dicatat, CancellationToken ct)
    {
        if (dicatat is not null) Done = $"Tercatat (recorded) #{dicatat}.";
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var reference = Form.Article?.Trim() ?? "";
        long? articleId = long.TryParse(reference, out var id) ? id
            : reference.Length is > 0 and <= 2000
                ? await db.Articles.Where(a => a.Url == reference).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct)
                : null;
        if (articleId is null)
        {
            Errors = FormErrors.Show(ViewData, [new($"Berita '{reference}' tidak ditemukan: isi nomor berita atau URL-nya (article not found: give its number or URL).", nameof(Form.Article))], Prefix);
            await LoadAsync(ct);
            return Page();
        }
        var (correction, errors) = await corrections.DeclareAsync(
            new CorrectionService.Declaration(articleId.Value, Form.Kind, Form.Kind == CorrectionKind.Pencabutan ? Form.Reason : null, Form.Note),
            User.Identity?.Name, ct);
        if (correction is not null) return Redirect($"/admin/koreksi?dicatat={correction.Id}");
        // The declaration's article is the form's Article field (its number or URL, resolved above).
        Errors = FormErrors.Show(ViewData, errors.Renamed(nameof(CorrectionService.Declaration.ArticleId), nameof(Form.Article)), Prefix);
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct) =>
        Recent = await db.Set<Correction>().AsNoTracking()
            .OrderByDescending(c => c.DeclaredAt).Take(100)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new Row(c.Id, a.Id, a.Title, a.Outlet!.Name, a.StoryId, c.Kind, c.Reason, c.Origin, c.DeclaredAt,
                db.Set<CorrectionFollowUp>().Count(f => f.CorrectionId == c.Id),
                db.Set<CorrectionFollowUp>().Count(f => f.CorrectionId == c.Id && f.FollowedAt != null)))
            .ToListAsync(ct);
}
