using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Competition;

public sealed record RoundDraft(string? Title, string? Theme, string? Rules, int EntriesPerPerson, DateTime AnnouncedAt, DateTime OpensAt, DateTime ClosesAt,
    int JudgesPerEntry, int JudgeLoadCap, bool Normalise, int Winners, string? Licence, string? ProvinceCode);

public sealed record CriterionDraft(string? Name, string? Description, decimal Weight, bool Counted, int MaxScore);

/// <summary>
/// Rounds and their rubrics, run by the board whose area the round covers (national rounds: admin pusat). A refusal
/// names the draft's field it is about (<see cref="FormError"/>), or none when it is about the admin's area or the round.
/// </summary>
public sealed class RoundService(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions, TimeProvider clock)
{
    public IQueryable<CompetitionRound> Rounds() => db.Set<CompetitionRound>();

    public IQueryable<CompetitionEntry> Entries(int roundId) => db.Set<CompetitionEntry>().Where(e => e.RoundId == roundId);

    /// <summary>The rounds this admin runs.</summary>
    public IQueryable<CompetitionRound> Managed() => scope.Regional(db.Set<CompetitionRound>());

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CompetitionRound> ManagedAsync(int roundId, CancellationToken ct)
    {
        var round = await Managed().Include(r => r.Criteria).SingleOrDefaultAsync(r => r.Id == roundId, ct);
        scope.Demand(round is not null && scope.IsBoardAdmin);
        return round!;
    }

    public async Task<(CompetitionRound? Round, List<FormError> Errors)> CreateAsync(RoundDraft d, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var province = string.IsNullOrWhiteSpace(d.ProvinceCode) ? null : d.ProvinceCode.Trim();
        var errors = new List<FormError>();
        if (province is not null && regions.Province(province) is null) errors.Add(new("Provinsi tidak dikenal (unknown province).", nameof(d.ProvinceCode)));
        else if (!scope.Covers(province, null) || scope.Level == ScopeLevel.Regency)
            errors.Add(new("Lomba nasional diadakan admin pusat; admin provinsi mengadakan lomba provinsinya (outside your area)."));
        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Length > 200) errors.Add(new("Judul lomba wajib diisi, maksimal 200 karakter (title is missing).", nameof(d.Title)));
        if (string.IsNullOrWhiteSpace(d.Theme) || d.Theme.Length > 500) errors.Add(new("Tema wajib diisi, maksimal 500 karakter (theme is missing).", nameof(d.Theme)));
        if (string.IsNullOrWhiteSpace(d.Rules) || d.Rules.Length > 8000) errors.Add(new("Ketentuan wajib diisi, maksimal 8.000 karakter (rules are missing).", nameof(d.Rules)));
        if (d.EntriesPerPerson is < 1 or > 10) errors.Add(new("Naskah per peserta antara 1 dan 10 (entries per person out of range).", nameof(d.EntriesPerPerson)));
        // Out of order is shown on the closing time: the announcement and the opening are what the closing must follow.
        if (!(d.AnnouncedAt <= d.OpensAt && d.OpensAt < d.ClosesAt))
            errors.Add(new("Urutan tanggal: pengumuman ≤ pembukaan < penutupan (dates out of order).", d.AnnouncedAt > d.OpensAt ? nameof(d.OpensAt) : nameof(d.ClosesAt)));
        if (d.JudgesPerEntry is < 1 or > 9) errors.Add(new("Juri per naskah antara 1 dan 9 (judges per entry out of range).", nameof(d.JudgesPerEntry)));
        if (d.JudgeLoadCap is < 1 or > 500) errors.Add(new("Beban juri antara 1 dan 500 naskah (load cap out of range).", nameof(d.JudgeLoadCap)));
        if (d.Winners is < 1 or > 50) errors.Add(new("Jumlah pemenang antara 1 dan 50 (winners out of range).", nameof(d.Winners)));
        var licence = d.Licence ?? EntryLicences.Default;
        if (!EntryLicences.All.Contains(licence)) errors.Add(new("Lisensi tidak dikenal (unknown licence).", nameof(d.Licence)));
        if (errors.Count > 0) return (null, errors);
        var round = new CompetitionRound
        {
            Title = d.Title!.Trim(), Theme = d.Theme!.Trim(), Rules = d.Rules!.Trim(), EntriesPerPerson = d.EntriesPerPerson,
            AnnouncedAt = d.AnnouncedAt, SubmissionOpensAt = d.OpensAt, SubmissionClosesAt = d.ClosesAt, JudgesPerEntry = d.JudgesPerEntry,
            JudgeLoadCap = d.JudgeLoadCap, NormaliseJudges = d.Normalise, Winners = d.Winners, Licence = licence, ProvinceCode = province, CreatedAt = Now,
        };
        db.Add(round);
        await db.SaveChangesAsync(ct);
        audit.Record("create", "CompetitionRound", round.Id, round.Title, round, AuditDiff.Snapshot(("Tema", round.Theme),
            ("Dibuka", round.SubmissionOpensAt.ToString("u")), ("Ditutup", round.SubmissionClosesAt.ToString("u")), ("Juri per naskah", round.JudgesPerEntry),
            ("Beban maksimal", round.JudgeLoadCap), ("Normalisasi", round.NormaliseJudges ? "ya" : "tidak")));
        await db.SaveChangesAsync(ct);
        return (round, []);
    }

    /// <summary>Adds a rubric criterion; the rubric is fixed once the first score is in, so every sheet has the same criteria.</summary>
    public async Task<List<FormError>> AddCriterionAsync(int roundId, CriterionDraft d, CancellationToken ct = default)
    {
        var round = await ManagedAsync(roundId, ct);
        if (await db.Set<CriterionScore>().AnyAsync(s => round.Criteria.Select(c => c.Id).Contains(s.CriterionId), ct))
            return [new("Rubrik tidak bisa diubah setelah ada nilai masuk (the rubric is fixed once scoring started).")];
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Length > 120) errors.Add(new("Nama kriteria wajib diisi, maksimal 120 karakter (name is missing).", nameof(d.Name)));
        if (d.Counted && d.Weight is <= 0 or > 100) errors.Add(new("Bobot antara 0 dan 100 (weight out of range).", nameof(d.Weight)));
        if (d.MaxScore is < 1 or > 100) errors.Add(new("Nilai maksimal antara 1 dan 100 (max score out of range).", nameof(d.MaxScore)));
        if (errors.Count > 0) return errors;
        var c = new RubricCriterion
        {
            RoundId = round.Id, Name = d.Name!.Trim(), Description = string.IsNullOrWhiteSpace(d.Description) ? null : d.Description.Trim(),
            Weight = d.Counted ? d.Weight : 0, Counted = d.Counted, MaxScore = d.MaxScore, Order = round.Criteria.Count,
        };
        db.Add(c);
        audit.Record("create", "CompetitionCriterion", round.Id, round.Title, round,
            AuditDiff.Snapshot(("Kriteria", c.Name), ("Bobot", c.Counted ? c.Weight : null), ("Dihitung", c.Counted ? "ya" : "tidak, hanya ditampilkan"), ("Maks", c.MaxScore)));
        await db.SaveChangesAsync(ct);
        return [];
    }
}
