using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Boards;
using Siberindo.Programs;
using Siberindo.Shared;
using Siberindo.Storage;
using Siberindo.Shared.Admin;

namespace Siberindo.Boards.Pages;

/// <summary>One board: its term and inauguration, officers, and its yearly work programs with their items.</summary>
public sealed class BoardDetailModel(SiberindoDb db, BoardService boards, ProgramService programs, TimeProvider clock) : ChangePage(db)
{
    public Board Board { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public List<WorkProgram> Programs { get; private set; } = [];
    public Dictionary<int, string> OutletNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    [BindProperty] public BoardTermForm Term { get; set; } = new();
    [BindProperty] public OfficerForm Officer { get; set; } = new();
    [BindProperty] public WorkItemForm Item { get; set; } = new() { Year = clock.GetUtcNow().Year };

    public Task<IActionResult> OnPostTermAsync(int id, CancellationToken ct) =>
        Handle(id, nameof(Term), () => boards.UpdateAsync(id, Term.TermStart, Term.TermEnd, Term.InauguratedOn, Term.DecreeNumber, ct), ct);

    public Task<IActionResult> OnPostOfficerAsync(int id, CancellationToken ct) =>
        Handle(id, nameof(Officer), () => boards.AddOfficerAsync(id, Officer.Position, Officer.Name, Officer.OutletId, ct), ct);

    public Task<IActionResult> OnPostRemoveOfficerAsync(int id, int officerId, CancellationToken ct) =>
        Handle(id, "", async () => await boards.RemoveOfficerAsync(id, officerId, ct) ? [] : [new FormError("Pengurus tidak ditemukan.")], ct);

    public Task<IActionResult> OnPostItemAsync(int id, CancellationToken ct) =>
        Handle(id, nameof(Item), () => programs.AddItemAsync(id, Item.Year, Item.Title, ct), ct);

    // The status forms are one per table row, named by hand (their refusals name no field).
    public Task<IActionResult> OnPostItemStatusAsync(int id, int itemId, WorkItemStatus status, string? note, CancellationToken ct) =>
        Handle(id, "", async () => (await programs.SetItemStatusAsync(id, itemId, status, note, ct)).Select(m => new FormError(m)).ToList(), ct);

    private Task<IActionResult> Handle(int id, string form, Func<Task<List<FormError>>> change, CancellationToken ct) =>
        ChangeAsync(id, () => boards.Boards().AnyAsync(b => b.Id == id, ct), change, form + ".", $"/admin/pengurus/{id}", ct);

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var board = await boards.Boards().AsNoTracking().Include(b => b.Officers).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (board is null) return false;
        Board = board;
        // A refused term post keeps what was typed: asp-for shows the posted values before these.
        Term = BoardTermForm.From(board);
        Name = boards.NameOf(board);
        Programs = await Db.Set<WorkProgram>().AsNoTracking().Include(p => p.Items).Where(p => p.BoardId == id).OrderByDescending(p => p.Year).ToListAsync(ct);
        var outletIds = board.Officers.Where(o => o.OutletId != null).Select(o => o.OutletId!.Value).ToList();
        OutletNames = await Db.Outlets.Where(o => outletIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return true;
    }
}
