using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Boards;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Programs;

public sealed record EventDraft(EventKind Kind, string? Title, DateOnly StartsOn, DateOnly EndsOn, string? Place, string? ProvinceCode, string? RegencyCode);

/// <summary>
/// Events with attendance and boards' yearly work programs, inside the user's area. A refusal names the form field it is
/// about (the draft's property, or the capitalised parameter: "Year", "Title"), so the form shows it there.
/// </summary>
public sealed class ProgramService(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions, BoardService boards)
{
    public IQueryable<AssociationEvent> Events() => scope.Regional(db.Set<AssociationEvent>());

    public async Task<(AssociationEvent? Event, List<FormError> Errors)> CreateEventAsync(EventDraft d, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var errors = new List<FormError>();
        var (province, regency) = (Clean(d.ProvinceCode), Clean(d.RegencyCode));
        if (regency is not null)
        {
            if (regions.Regency(regency) is not { } r) errors.Add(new("Kabupaten/kota tidak dikenal (unknown regency).", nameof(d.RegencyCode)));
            else province = r.ProvinceCode;
        }
        else if (province is not null && regions.Province(province) is null) errors.Add(new("Provinsi tidak dikenal (unknown province).", nameof(d.ProvinceCode)));
        if (errors.Count == 0 && !scope.Covers(province, regency))
            errors.Add(new("Wilayah kegiatan di luar kewenangan Anda (outside your area).", regency is null ? nameof(d.ProvinceCode) : nameof(d.RegencyCode)));
        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Length > 300) errors.Add(new("Judul kegiatan wajib diisi, maksimal 300 karakter (title is missing).", nameof(d.Title)));
        if (string.IsNullOrWhiteSpace(d.Place) || d.Place.Length > 300) errors.Add(new("Tempat wajib diisi, maksimal 300 karakter (place is missing).", nameof(d.Place)));
        if (d.EndsOn < d.StartsOn) errors.Add(new("Tanggal selesai sebelum tanggal mulai (ends before it starts).", nameof(d.EndsOn)));
        if (errors.Count > 0) return (null, errors);
        var e = new AssociationEvent { Kind = d.Kind, Title = d.Title!.Trim(), StartsOn = d.StartsOn, EndsOn = d.EndsOn, Place = d.Place!.Trim(), ProvinceCode = province, RegencyCode = regency };
        db.Add(e);
        await db.SaveChangesAsync(ct);
        audit.Record("create", "Event", e.Id, e.Title, e, AuditDiff.Snapshot(("Jenis", ProgramLabels.Of(e.Kind)), ("Tanggal", e.StartsOn), ("Tempat", e.Place)));
        await db.SaveChangesAsync(ct);
        return (e, []);
    }

    /// <summary>Records whether an outlet attended and with how many people; only outlets of the event's area can be added.</summary>
    public async Task<List<string>> SetAttendanceAsync(int eventId, int outletId, bool attended, int participants, CancellationToken ct = default)
    {
        var e = await Events().SingleOrDefaultAsync(x => x.Id == eventId, ct);
        scope.Demand(e is not null);
        var outlet = await scope.Outlets(db.Outlets).SingleOrDefaultAsync(o => o.Id == outletId, ct);
        if (outlet is null) return ["Media tidak ditemukan di wilayah Anda (outlet not found in your area)."];
        if (participants is < 0 or > 1000) return ["Jumlah peserta tidak masuk akal (participants out of range)."];
        if (attended && participants == 0) return ["Media yang hadir harus punya minimal satu peserta (an attending outlet has at least one participant)."];
        var row = await db.Set<EventAttendance>().SingleOrDefaultAsync(a => a.EventId == eventId && a.OutletId == outletId, ct);
        var before = row is null ? "—" : row.Attended ? $"hadir ({row.Participants})" : "tidak hadir";
        if (row is null) db.Add(row = new EventAttendance { EventId = eventId, OutletId = outletId });
        row.Attended = attended;
        row.Participants = attended ? participants : 0;
        audit.Record("update", "Attendance", e!.Id, e.Title, e, new AuditDiff().Field(outlet.Name, before, attended ? $"hadir ({participants})" : "tidak hadir").ToString());
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<(WorkProgram? Program, List<FormError> Errors)> ProgramAsync(int boardId, int year, bool create, CancellationToken ct = default)
    {
        var board = await boards.Boards().SingleOrDefaultAsync(b => b.Id == boardId, ct);
        scope.Demand(board is not null);
        var program = await db.Set<WorkProgram>().Include(p => p.Items).SingleOrDefaultAsync(p => p.BoardId == boardId && p.Year == year, ct);
        if (program is not null || !create) return (program, []);
        if (year < board!.TermStart.Year || year > board.TermEnd.Year) return (null, [new("Tahun program di luar masa bakti pengurus (year outside the board's term).", "Year")]);
        program = new WorkProgram { BoardId = boardId, Year = year };
        db.Add(program);
        audit.Record("create", "WorkProgram", boardId, boards.NameOf(board), board, $"Program kerja {year}");
        await db.SaveChangesAsync(ct);
        return (program, []);
    }

    public async Task<List<FormError>> AddItemAsync(int boardId, int year, string? title, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 300) return [new("Butir program wajib diisi, maksimal 300 karakter (item is missing).", "Title")];
        var (program, errors) = await ProgramAsync(boardId, year, create: true, ct);
        if (program is null) return errors;
        program.Items.Add(new WorkProgramItem { Title = title.Trim(), Status = WorkItemStatus.Planned });
        var board = await db.Set<Board>().SingleAsync(b => b.Id == boardId, ct);
        audit.Record("create", "WorkProgramItem", boardId, boards.NameOf(board), board, $"{year}: {title.Trim()}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<string>> SetItemStatusAsync(int boardId, int itemId, WorkItemStatus status, string? note, CancellationToken ct = default)
    {
        var board = await boards.Boards().SingleOrDefaultAsync(b => b.Id == boardId, ct);
        scope.Demand(board is not null);
        var item = await db.Set<WorkProgramItem>().SingleOrDefaultAsync(i => i.Id == itemId && db.Set<WorkProgram>().Any(p => p.Id == i.WorkProgramId && p.BoardId == boardId), ct);
        if (item is null) return ["Butir program tidak ditemukan (item not found)."];
        if (note is { Length: > 1000 }) return ["Catatan maksimal 1000 karakter."];
        audit.Record("update", "WorkProgramItem", boardId, boards.NameOf(board!), board, $"{item.Title}: {new AuditDiff().Field("status", ProgramLabels.Of(item.Status), ProgramLabels.Of(status))}");
        item.Status = status;
        item.Note = string.IsNullOrWhiteSpace(note) ? item.Note : note.Trim();
        await db.SaveChangesAsync(ct);
        return [];
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
