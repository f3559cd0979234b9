using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Competition;

/// <summary>One round a judge sits on, as their declaration page shows it.</summary>
public sealed record JudgeSeat(Judge Judge, CompetitionRound Round, IReadOnlyList<(JudgeConflict Conflict, string Outlet)> Declared, bool Open);

/// <summary>
/// A judge's own declarations (HotCRP has reviewers declare their conflicts): the family names of their relatives,
/// a province board they sit on, and outlets they are tied to. These feed the assignment's conflict detection
/// (<see cref="JudgePanel.PartiesAsync"/>) like the admin's entries; each one is audited under the judge's account,
/// and one made after assignment drops the unscored sheets it forbids. Closed once the results are out. A refusal names
/// the field it is about (FamilyNames, BoardProvinceCode; Type, Outlet), or none when the seat is closed.
/// </summary>
public sealed class JudgeDeclarations(SiberindoDb db, AccessScope scope, JudgePanel panel, AuditLog audit, RegionCatalog regions, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<List<JudgeSeat>> SeatsAsync(CancellationToken ct)
    {
        var judges = await db.Set<Judge>().AsNoTracking().Include(j => j.Conflicts).Where(j => j.UserId == scope.UserId).OrderBy(j => j.RoundId).ToListAsync(ct);
        var roundIds = judges.Select(j => j.RoundId).ToList();
        var rounds = await db.Set<CompetitionRound>().AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var outletIds = judges.SelectMany(j => j.Conflicts).Where(c => c.OutletId is not null).Select(c => c.OutletId!.Value).Distinct().ToList();
        var outlets = await db.Outlets.AsNoTracking().Where(o => outletIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => $"{o.Name} ({o.Domain})", ct);
        return judges.Select(j => new JudgeSeat(j, rounds[j.RoundId],
            j.Conflicts.OrderBy(c => c.Id).Select(c => (c, c.OutletId is { } o ? outlets.GetValueOrDefault(o, "—") : "—")).ToList(),
            rounds[j.RoundId].PhaseAt(Now) != RoundPhase.Results)).ToList();
    }

    /// <summary>Replaces the judge's declared family names and province board.</summary>
    public async Task<List<FormError>> SaveAsync(int judgeId, string? familyNames, string? boardProvinceCode, CancellationToken ct = default)
    {
        var (judge, round, refused) = await OwnAsync(judgeId, ct);
        if (refused is not null) return [new(refused)];
        var names = string.Join(", ", (familyNames ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase));
        var board = string.IsNullOrWhiteSpace(boardProvinceCode) ? null : boardProvinceCode.Trim();
        var errors = new List<FormError>();
        if (names.Length > 500) errors.Add(new("Nama keluarga paling banyak 500 karakter (family names too long).", nameof(Judge.FamilyNames)));
        if (names.Split(", ").Any(n => n.Length is > 0 and < 3))
            errors.Add(new("Setiap nama keluarga paling sedikit 3 huruf (a family name is too short).", nameof(Judge.FamilyNames)));
        if (board is not null && regions.Province(board) is null) errors.Add(new("Provinsi tidak dikenal (unknown province).", nameof(Judge.BoardProvinceCode)));
        if (errors.Count > 0) return errors;
        var diff = new AuditDiff().Field("Nama keluarga", judge!.FamilyNames, names).Field("Pengurus provinsi", judge.BoardProvinceCode, board).ToString();
        judge.FamilyNames = names;
        judge.BoardProvinceCode = board;
        audit.Record("update", "CompetitionJudge", round!.Id, round.Title, round, $"Juri {judge.Name} (dinyatakan sendiri): {diff}");
        await db.SaveChangesAsync(ct);
        await panel.DropConflictedAsync(round.Id, judge.Id, ct);
        return [];
    }

    /// <summary>Declares a conflict with a member outlet, named by its domain (what the picker sends) or its exact name.</summary>
    public async Task<List<FormError>> DeclareOutletAsync(int judgeId, ConflictType type, string? outlet, string? note, CancellationToken ct = default)
    {
        var (judge, round, refused) = await OwnAsync(judgeId, ct);
        if (refused is not null) return [new(refused)];
        if (!Enum.IsDefined(type)) return [new("Jenis konflik tidak dikenal (unknown conflict type).", nameof(JudgeConflict.Type))];
        var (outletId, error) = await panel.OutletAsync(round!, outlet, ct);
        if (error is not null) return [error];
        if (judge!.Conflicts.Any(c => c.OutletId == outletId)) return [new("Konflik dengan media ini sudah dinyatakan (already declared).", JudgePanel.OutletField)];
        await panel.RecordConflictAsync(round!, judge, type, null, outletId, note, " (dinyatakan sendiri oleh juri)", ct);
        return [];
    }

    private async Task<(Judge? Judge, CompetitionRound? Round, string? Refused)> OwnAsync(int judgeId, CancellationToken ct)
    {
        // Only the judge's own seat: another judge's id is as good as missing.
        var judge = await db.Set<Judge>().Include(j => j.Conflicts).SingleOrDefaultAsync(j => j.Id == judgeId && j.UserId == scope.UserId, ct);
        scope.Demand(judge is not null && scope.UserId is not null);
        var round = await db.Set<CompetitionRound>().SingleAsync(r => r.Id == judge!.RoundId, ct);
        return round.PhaseAt(Now) == RoundPhase.Results
            ? (judge, round, "Hasil lomba sudah diumumkan; pernyataan konflik ditutup (results are out).")
            : (judge, round, null);
    }
}
