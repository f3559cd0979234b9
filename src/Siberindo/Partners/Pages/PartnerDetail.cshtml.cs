using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Shared;
using Siberindo.Shared.Admin;
using Siberindo.Boards;
using Siberindo.Storage;

namespace Siberindo.Partners.Pages;

/// <summary>One partner: its agreements with the boards (new, status, signed document) and its accounts.</summary>
[Authorize(Policy = Roles.BoardAdmin)]
public sealed class PartnerDetailModel(SiberindoDb db, PartnerService partners, BoardService boards) : ChangePage(db)
{
    public Partner Partner { get; private set; } = null!;
    public List<Agreement> Agreements { get; private set; } = [];
    public Dictionary<int, string> BoardNames { get; private set; } = [];
    public List<string> Accounts { get; private set; } = [];
    public DateOnly Today => partners.Today;
    public string? CreatedEmail { get; private set; }
    public string? CreatedPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    [BindProperty] public AgreementForm Agreement { get; set; } = new();
    [BindProperty] public PartnerAccountForm Account { get; set; } = new();

    public Task<IActionResult> OnPostAgreementAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, () => ExistsAsync(id, ct), async () => (await partners.CreateAgreementAsync(new AgreementDraft(id, Agreement.BoardId, Agreement.Title,
            Agreement.Number, Agreement.Scope, Agreement.StartsOn, Agreement.EndsOn, Agreement.Status), ct)).Errors, nameof(Agreement) + ".", $"/admin/mitra/{id}", ct);

    // The status and document forms are one per table row, named by hand (their refusals name no field).
    public Task<IActionResult> OnPostStatusAsync(int id, int agreementId, AgreementStatus status, DateOnly? endsOn, CancellationToken ct) =>
        Handle(id, () => partners.SetStatusAsync(agreementId, status, endsOn, ct), ct);

    public Task<IActionResult> OnPostDocumentAsync(int id, int agreementId, IFormFile? document, CancellationToken ct) =>
        Handle(id, async () => document is null ? ["Pilih dokumen PDF (choose a PDF)."] : await partners.AttachDocumentAsync(agreementId, document, ct), ct);

    public async Task<IActionResult> OnPostAccountAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var (password, errors) = await partners.CreateAccountAsync(id, Account.Email, Account.DisplayName, ct);
        Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        // The password is generated, so every refusal (missing, invalid or taken address) is about the email.
        Errors = FormErrors.Show(ViewData, errors.Select(e => new FormError(e, nameof(Account.Email))), nameof(Account) + ".");
        (CreatedEmail, CreatedPassword) = (password is null ? null : Account.Email, password);
        // A created account's form starts empty again; a refused one keeps what was typed.
        if (password is not null)
        {
            ModelState.Clear();
            Account = new();
        }
        return Page();
    }

    private Task<IActionResult> Handle(int id, Func<Task<List<string>>> change, CancellationToken ct) =>
        ChangeAsync(id, () => ExistsAsync(id, ct), change, $"/admin/mitra/{id}", ct);

    private Task<bool> ExistsAsync(int id, CancellationToken ct) => partners.Partners().AnyAsync(p => p.Id == id, ct);

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var partner = await partners.Partners().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (partner is null) return false;
        Partner = partner;
        Agreements = await partners.Agreements().AsNoTracking().Where(a => a.PartnerId == id).OrderByDescending(a => a.EndsOn).ToListAsync(ct);
        var boardList = await partners.Boards().AsNoTracking().OrderBy(b => b.Level).ThenBy(b => b.ProvinceCode).ThenBy(b => b.RegencyCode).ThenByDescending(b => b.TermStart).Take(2000).ToListAsync(ct);
        BoardNames = boardList.ToDictionary(b => b.Id, b => $"{boards.NameOf(b)} ({b.TermStart.Year}–{b.TermEnd.Year})");
        Accounts = await partners.AccountsOfAsync(id, ct);
        return true;
    }
}
