using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Boards;

public sealed record BoardDraft(BoardLevel Level, string? ProvinceCode, string? RegencyCode, DateOnly TermStart, DateOnly TermEnd, DateOnly? InauguratedOn, string? DecreeNumber);

/// <summary>One regency's board coverage: whether a board's term covers the given day.</summary>
public sealed record RegencyCoverage(RegencyInfo Regency, Board? Board);

/// <summary>
/// Boards and officers inside the user's area: pusat all, provinsi its province, kab/kota its regency. A refusal names
/// the form field it is about (the draft's property, or the capitalised parameter: "Name", "Position"), so the form shows it there.
/// </summary>
public sealed class BoardService(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions)
{
    public IQueryable<Board> Boards() => scope.Regional(db.Set<Board>());

    public async Task<(Board? Board, List<FormError> Errors)> CreateAsync(BoardDraft d, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var errors = new List<FormError>();
        string? province = null, regency = null;
        switch (d.Level)
        {
            case BoardLevel.National: break;
            case BoardLevel.Province:
                province = d.ProvinceCode?.Trim();
                if (province is null || regions.Province(province) is null) errors.Add(new("Provinsi tidak dikenal (unknown province).", nameof(d.ProvinceCode)));
                break;
            case BoardLevel.Regency:
                regency = d.RegencyCode?.Trim();
                if (regency is null || regions.Regency(regency) is not { } r) errors.Add(new("Kabupaten/kota tidak dikenal (unknown regency).", nameof(d.RegencyCode)));
                else province = r.ProvinceCode;
                break;
        }
        if (errors.Count == 0 && !(d.Level == BoardLevel.National ? scope.IsNational : d.Level == BoardLevel.Province ? scope.IsNational : scope.Covers(province, regency)))
            errors.Add(new("Wilayah ini di luar kewenangan Anda (outside your area).",
                d.Level switch { BoardLevel.Regency => nameof(d.RegencyCode), BoardLevel.Province => nameof(d.ProvinceCode), _ => nameof(d.Level) }));
        if (d.TermEnd <= d.TermStart) errors.Add(TermEndsTooEarly);
        if (d.TermEnd > d.TermStart.AddYears(10)) errors.Add(new("Masa bakti lebih dari 10 tahun (term longer than 10 years).", nameof(d.TermEnd)));
        if (d.DecreeNumber is { Length: > 100 }) errors.Add(DecreeTooLong);
        if (errors.Count == 0 && await db.Set<Board>().AnyAsync(b => b.Level == d.Level && b.ProvinceCode == province && b.RegencyCode == regency
                && b.TermStart <= d.TermEnd && d.TermStart <= b.TermEnd, ct))
            errors.Add(new("Masa bakti bertumpang tindih dengan pengurus lain di wilayah yang sama (overlapping term).", nameof(d.TermStart)));
        if (errors.Count > 0) return (null, errors);
        var board = new Board
        {
            Level = d.Level, ProvinceCode = province, RegencyCode = regency, TermStart = d.TermStart, TermEnd = d.TermEnd,
            InauguratedOn = d.InauguratedOn, DecreeNumber = string.IsNullOrWhiteSpace(d.DecreeNumber) ? null : d.DecreeNumber.Trim(),
        };
        db.Add(board);
        await db.SaveChangesAsync(ct);
        audit.Record("create", "Board", board.Id, NameOf(board), board,
            AuditDiff.Snapshot(("Tingkat", BoardLabels.Of(board.Level)), ("Masa bakti", $"{board.TermStart:yyyy-MM-dd}..{board.TermEnd:yyyy-MM-dd}"), ("Pengukuhan", board.InauguratedOn), ("SK", board.DecreeNumber)));
        await db.SaveChangesAsync(ct);
        return (board, []);
    }

    public async Task<List<FormError>> UpdateAsync(int id, DateOnly termStart, DateOnly termEnd, DateOnly? inaugurated, string? decree, CancellationToken ct = default)
    {
        var board = await Boards().SingleOrDefaultAsync(b => b.Id == id, ct);
        scope.Demand(board is not null);
        if (termEnd <= termStart) return [TermEndsTooEarly];
        if (decree is { Length: > 100 }) return [DecreeTooLong];
        var diff = new AuditDiff().Field("Mulai", board!.TermStart, termStart).Field("Selesai", board.TermEnd, termEnd)
            .Field("Pengukuhan", board.InauguratedOn, inaugurated).Field("SK", board.DecreeNumber, string.IsNullOrWhiteSpace(decree) ? null : decree.Trim());
        board.TermStart = termStart;
        board.TermEnd = termEnd;
        board.InauguratedOn = inaugurated;
        board.DecreeNumber = string.IsNullOrWhiteSpace(decree) ? null : decree.Trim();
        if (!diff.IsEmpty) audit.Record("update", "Board", board.Id, NameOf(board), board, diff.ToString());
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<FormError>> AddOfficerAsync(int boardId, OfficerPosition position, string? name, int? outletId, CancellationToken ct = default)
    {
        var board = await Boards().SingleOrDefaultAsync(b => b.Id == boardId, ct);
        scope.Demand(board is not null);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) return [new("Nama pengurus wajib diisi, maksimal 200 karakter (name is missing).", "Name")];
        // Only an outlet the user may see: another province's outlet is answered as one that does not exist.
        if (outletId is { } o && !await scope.Outlets(db.Outlets).AnyAsync(x => x.Id == o, ct)) return [new("Media tidak ditemukan (outlet not found).", "OutletId")];
        if (position is OfficerPosition.Ketua or OfficerPosition.Sekretaris or OfficerPosition.Bendahara
            && await db.Set<BoardOfficer>().AnyAsync(x => x.BoardId == boardId && x.Position == position, ct))
            return [new($"Jabatan {BoardLabels.Of(position)} sudah terisi (this post is already filled).", "Position")];
        db.Add(new BoardOfficer { BoardId = boardId, Position = position, Name = name.Trim(), OutletId = outletId });
        audit.Record("create", "Officer", board!.Id, NameOf(board), board, AuditDiff.Snapshot((BoardLabels.Of(position), name.Trim())));
        await db.SaveChangesAsync(ct);
        return [];
    }

    private static readonly FormError TermEndsTooEarly = new("Akhir masa bakti harus setelah awalnya (term must end after it starts).", nameof(BoardDraft.TermEnd));
    private static readonly FormError DecreeTooLong = new("Nomor SK maksimal 100 karakter.", nameof(BoardDraft.DecreeNumber));

    public async Task<bool> RemoveOfficerAsync(int boardId, int officerId, CancellationToken ct = default)
    {
        var board = await Boards().SingleOrDefaultAsync(b => b.Id == boardId, ct);
        scope.Demand(board is not null);
        var officer = await db.Set<BoardOfficer>().SingleOrDefaultAsync(o => o.Id == officerId && o.BoardId == boardId, ct);
        if (officer is null) return false;
        db.Remove(officer);
        audit.Record("delete", "Officer", board!.Id, NameOf(board), board, AuditDiff.Snapshot((BoardLabels.Of(officer.Position), officer.Name)));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Each regency of a province with the board whose term covers <paramref name="day"/> (or none).</summary>
    public async Task<List<RegencyCoverage>> CoverageAsync(string provinceCode, DateOnly day, CancellationToken ct = default)
    {
        var boards = await db.Set<Board>().AsNoTracking()
            .Where(b => b.Level == BoardLevel.Regency && b.ProvinceCode == provinceCode && b.TermStart <= day && day <= b.TermEnd)
            .ToListAsync(ct);
        var byRegency = boards.GroupBy(b => b.RegencyCode!).ToDictionary(g => g.Key, g => g.First());
        return regions.Regencies.Where(r => r.ProvinceCode == provinceCode)
            .Select(r => new RegencyCoverage(r, byRegency.GetValueOrDefault(r.Code))).ToList();
    }

    public string NameOf(Board b) => b.Level switch
    {
        BoardLevel.National => "Pengurus pusat",
        BoardLevel.Province => "Pengurus " + (regions.Province(b.ProvinceCode!)?.Name ?? b.ProvinceCode),
        _ => "Pengurus " + (regions.Regency(b.RegencyCode!)?.Name ?? b.RegencyCode),
    };
}
