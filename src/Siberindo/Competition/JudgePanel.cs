using Microsoft.EntityFrameworkCore;
using Siberindo.Audit;
using Siberindo.Boards;
using Siberindo.Core.Competition;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Shared;
using Siberindo.Storage;
using Siberindo.Core.Text;

namespace Siberindo.Competition;

public sealed record JudgeDraft(string? Email, string? Name, int? PersonId, string? BoardProvinceCode, string? FamilyNames);

/// <summary>
/// A round's jury, run by its admin: judges with what their conflicts are detected from, declared conflicts, and the
/// automatic assignment (<see cref="JudgeAssigner"/>) with the round's judges per entry and load cap. A refused judge or
/// conflict names the field it is about: the draft's, or the conflict form's (JudgeId, Outlet).
/// </summary>
public sealed class JudgePanel(SiberindoDb db, RoundService rounds, CompetitionAccounts accounts, AuditLog audit)
{
    public sealed record Added(Judge? Judge, string? Password, List<FormError> Errors);

    public async Task<Added> AddJudgeAsync(int roundId, JudgeDraft d, string? password = null, CancellationToken ct = default)
    {
        var round = await rounds.ManagedAsync(roundId, ct);
        if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Length > 200) return new(null, null, [new("Nama juri wajib diisi (name is missing).", nameof(d.Name))]);
        if (d.PersonId is { } pid && !await db.Set<Person>().AnyAsync(p => p.Id == pid, ct)) return new(null, null, [new("Orang tidak ditemukan (person not found).", nameof(d.PersonId))]);
        var made = await accounts.JudgeAccountAsync(d.Email ?? "", d.Name.Trim(), password, ct);
        if (made.Errors.Count > 0) return new(null, null, made.Errors);
        if (await db.Set<Judge>().AnyAsync(j => j.RoundId == roundId && j.UserId == made.User.Id, ct))
            return new(null, null, [new("Juri ini sudah terdaftar di lomba ini (already a judge).", nameof(d.Email))]);
        var judge = new Judge
        {
            RoundId = round.Id, UserId = made.User.Id, Name = d.Name.Trim(), PersonId = d.PersonId,
            BoardProvinceCode = string.IsNullOrWhiteSpace(d.BoardProvinceCode) ? null : d.BoardProvinceCode.Trim(),
            FamilyNames = string.Join(", ", (d.FamilyNames ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        };
        db.Add(judge);
        audit.Record("create", "CompetitionJudge", round.Id, round.Title, round,
            AuditDiff.Snapshot(("Juri", judge.Name), ("Orang", judge.PersonId), ("Pengurus provinsi", judge.BoardProvinceCode), ("Nama keluarga", judge.FamilyNames)));
        await db.SaveChangesAsync(ct);
        return new(judge, made.Password, []);
    }

    /// <summary>The field a refusal about the conflict's outlet names: the admin's and the judge's conflict forms post it so.</summary>
    public const string OutletField = "Outlet";

    public async Task<List<FormError>> DeclareConflictAsync(int roundId, int judgeId, ConflictType type, int? personId, int? outletId, string? note, CancellationToken ct = default)
    {
        var round = await rounds.ManagedAsync(roundId, ct);
        var judge = await db.Set<Judge>().SingleOrDefaultAsync(j => j.Id == judgeId && j.RoundId == round.Id, ct);
        if (judge is null) return [new("Juri tidak ditemukan (judge not found).", nameof(JudgeConflict.JudgeId))];
        if ((personId is null) == (outletId is null)) return [new("Pilih satu orang atau satu media (choose a person or an outlet).")];
        await RecordConflictAsync(round, judge, type, personId, outletId, note, "", ct);
        return [];
    }

    /// <summary>
    /// Stores a declared conflict, audited, and drops the judge's unscored assignments it now forbids. Callers have
    /// checked who may declare it (the round's admin, or the judge for themself); <paramref name="by"/> says which in the log.
    /// </summary>
    public async Task RecordConflictAsync(CompetitionRound round, Judge judge, ConflictType type, int? personId, int? outletId, string? note, string by, CancellationToken ct)
    {
        db.Add(new JudgeConflict { JudgeId = judge.Id, Type = type, PersonId = personId, OutletId = outletId, Note = StoredText.ClipTyped(note, 300) });
        audit.Record("create", "CompetitionConflict", round.Id, round.Title, round,
            AuditDiff.Snapshot(("Juri", judge.Name), ("Jenis", CompetitionLabels.Of(type)), ("Orang", personId), ("Media", outletId), ("Catatan", note)) + by);
        await db.SaveChangesAsync(ct);
        await DropConflictedAsync(round.Id, judge.Id, ct);
    }

    /// <summary>
    /// Removes the judge's unscored assignments the conflict rules now forbid (after a declaration); the next
    /// assignment run fills the gap. Scored sheets stay: the admin sees them and decides.
    /// </summary>
    public async Task<int> DropConflictedAsync(int roundId, int judgeId, CancellationToken ct)
    {
        var judge = (await PartiesAsync(roundId, ct)).Single(j => j.JudgeId == judgeId);
        var entries = (await EntryPartiesAsync(roundId, ct)).ToDictionary(e => e.EntryId);
        var open = await db.Set<JudgeAssignment>().Where(a => a.JudgeId == judgeId && a.ScoredAt == null).ToListAsync(ct);
        var forbidden = open.Where(a => entries.TryGetValue(a.EntryId, out var e) && Conflicts.Between(judge, e) != ConflictReason.None).ToList();
        db.RemoveRange(forbidden);
        await db.SaveChangesAsync(ct);
        return forbidden.Count;
    }

    /// <summary>Member outlets of the round's area, to pick a conflict from (national rounds: every member outlet).</summary>
    private IQueryable<Outlet> OutletChoices(CompetitionRound round) =>
        db.Outlets.Where(o => db.Set<MemberRecord>().Any(m => m.OutletId == o.Id && m.Status == MembershipStatus.Member))
            .Where(o => round.ProvinceCode == null || o.ProvinceCode == round.ProvinceCode);

    /// <summary>The pickers' list: <see cref="OutletChoices"/> by name, as domain (what the form sends) and name (what people read).</summary>
    public Task<List<OutletChoice>> OutletChoicesAsync(CompetitionRound round, CancellationToken ct) =>
        OutletChoices(round).AsNoTracking().OrderBy(o => o.Name).Take(5000).Select(o => new OutletChoice(o.Domain, o.Name)).ToListAsync(ct);

    /// <summary>The outlet a conflict names, by its domain (what the pickers send) or its exact name, among <see cref="OutletChoices"/>.</summary>
    public async Task<(int? OutletId, FormError? Error)> OutletAsync(CompetitionRound round, string? text, CancellationToken ct)
    {
        var wanted = (text ?? "").Trim().ToLowerInvariant();
        if (wanted.Length is < 2 or > 200) return (null, new("Tulis nama atau domain media (name the outlet).", OutletField));
        var found = await OutletChoices(round).Where(o => o.Domain.ToLower() == wanted || o.Name.ToLower() == wanted).Select(o => o.Id).Take(2).ToListAsync(ct);
        return found.Count switch
        {
            0 => (null, new($"Media \"{text!.Trim()}\" tidak ditemukan di antara media anggota peserta lomba ini (outlet not found).", OutletField)),
            > 1 => (null, new("Ada beberapa media dengan nama itu; pilih domainnya dari daftar (several outlets share that name).", OutletField)),
            _ => (found[0], null),
        };
    }

    /// <summary>The round's judges as the conflict rules see them: outlets from their posts, boards from declarations and officer lists.</summary>
    public async Task<List<JudgeParty>> PartiesAsync(int roundId, CancellationToken ct)
    {
        var judges = await db.Set<Judge>().AsNoTracking().Include(j => j.Conflicts).Where(j => j.RoundId == roundId).ToListAsync(ct);
        var personIds = judges.Where(j => j.PersonId is not null).Select(j => j.PersonId!.Value).ToList();
        var posts = await db.Set<OutletPosition>().AsNoTracking().Where(p => personIds.Contains(p.PersonId)).Select(p => new { p.PersonId, p.OutletId }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(rounds.Now);
        var names = judges.Select(j => j.Name).ToList();
        // A judge named as an officer of a board in office today sits on it: its province counts as a conflict.
        var officers = await db.Set<BoardOfficer>().AsNoTracking().Where(o => names.Contains(o.Name))
            .Join(db.Set<Board>().Where(b => b.ProvinceCode != null && b.TermStart <= today && b.TermEnd >= today), o => o.BoardId, b => b.Id, (o, b) => new { o.Name, b.ProvinceCode })
            .ToListAsync(ct);
        return judges.Select(j => new JudgeParty(j.Id,
            posts.Where(p => p.PersonId == j.PersonId).Select(p => p.OutletId).ToHashSet(),
            officers.Where(o => o.Name == j.Name).Select(o => o.ProvinceCode!).Concat(j.BoardProvinceCode is { } b ? [b] : []).ToHashSet(),
            j.FamilyNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            j.Conflicts.Where(c => c.PersonId is not null).Select(c => c.PersonId!.Value).ToHashSet(),
            j.Conflicts.Where(c => c.OutletId is not null).Select(c => c.OutletId!.Value).ToHashSet())).ToList();
    }

    public async Task<List<EntryParty>> EntryPartiesAsync(int roundId, CancellationToken ct) =>
        await db.Set<CompetitionEntry>().AsNoTracking().Where(e => e.RoundId == roundId).OrderBy(e => e.Id)
            .Select(e => new EntryParty(e.Id, e.PersonId, e.AuthorName, e.OutletId, e.ProvinceCode)).ToListAsync(ct);

    /// <summary>
    /// Assigns judges once the window has closed. Scored assignments stay; unscored ones are planned again, so a
    /// judge added or a conflict declared later is taken into account. Returns the entries still short of judges.
    /// </summary>
    public async Task<(AssignmentPlan? Plan, List<string> Errors)> AssignAsync(int roundId, CancellationToken ct = default)
    {
        var round = await rounds.ManagedAsync(roundId, ct);
        if (round.PhaseAt(rounds.Now) != RoundPhase.Judging) return (null, ["Juri ditugaskan setelah pengiriman ditutup dan sebelum hasil diumumkan (assign during judging)."]);
        var judges = await PartiesAsync(round.Id, ct);
        if (judges.Count == 0) return (null, ["Belum ada juri (no judges yet)."]);
        var entries = await EntryPartiesAsync(round.Id, ct);
        var current = await db.Set<JudgeAssignment>().Where(a => entries.Select(e => e.EntryId).Contains(a.EntryId)).ToListAsync(ct);
        var scored = current.Where(a => a.ScoredAt is not null).Select(a => (a.EntryId, a.JudgeId)).ToList();
        var plan = JudgeAssigner.Assign(entries, judges, round.JudgesPerEntry, round.JudgeLoadCap, scored, seed: round.Id);
        var planned = plan.Pairs.ToHashSet();
        db.RemoveRange(current.Where(a => a.ScoredAt is null && !planned.Contains((a.EntryId, a.JudgeId))));
        var existing = current.Select(a => (a.EntryId, a.JudgeId)).ToHashSet();
        foreach (var (entryId, judgeId) in plan.Pairs.Where(p => !existing.Contains(p)))
            db.Add(new JudgeAssignment { EntryId = entryId, JudgeId = judgeId });
        audit.Record("assign", "CompetitionRound", round.Id, round.Title, round,
            $"{plan.Pairs.Count} penugasan untuk {entries.Count} naskah dan {judges.Count} juri ({round.JudgesPerEntry} juri per naskah, beban maksimal {round.JudgeLoadCap}); " +
            $"{plan.Missing.Count} naskah kurang juri");
        await db.SaveChangesAsync(ct);
        return (plan, []);
    }
}
