using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Competition;

public sealed record RoundDraft(string? Title, string? Theme, string? Rules, int EntriesPerPerson, DateTime AnnouncedAt, DateTime OpensAt, DateTime ClosesAt,
    int JudgesPerEntry, int JudgeLoadCap, bool Normalise, int Winners, string? Licence, string? ProvinceCode);

public sealed record CriterionDraft(string? Name, string? Description, decimal Weight, bool Counted, int MaxScore);

/// <summary>Rounds and their rubrics, run by the board whose area the round covers (national rounds: admin pusat).</summary>
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

    public async Task<(CompetitionRound? Round, List<string> Errors)> CreateAsync(RoundDraft d, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var province = string.IsNullOrWhiteSpace(d.ProvinceCode) ? null : d.ProvinceCode.Trim();
        var errors = new List<string>();
        if (province is not null && regions.Province(province) is null) errors.Add("Provinsi tidak dikenal (unknown province).");
        else if (!scope.Covers(province, null) || scope.Level == ScopeLevel.Regency)
            errors.Add("Lomba nasional diadakan admin pusat; admin provinsi mengadakan lomba provinsinya (outside your area).");
        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Length > 200) errors.Add("Judul lomba wajib diisi, maksimal 200 karakter (title is missing).");
        if (string.IsNullOrWhiteSpace(d.Theme) || d.Theme.Length > 500) errors.Add("Tema wajib diisi, maksimal 500 karakter (theme is missing).");
        if (string.IsNullOrWhiteSpace(d.Rules) || d.Rules.Length > 8000) errors.Add("Ketentuan wajib diisi, maksimal 8.000 karakter (rules are missing).");
        if (d.EntriesPerPerson is < 1 or > 10) errors.Add("Naskah per peserta antara 1 dan 10 (entries per person out of range).");
        if (!(d.AnnouncedAt <= d.OpensAt && d.OpensAt < d.ClosesAt)) errors.Add("Urutan tanggal: pengumuman ≤ pembukaan < penutupan (dates out of order).");
        if (d.JudgesPerEntry is < 1 or > 9) errors.Add("Juri per naskah antara 1 dan 9 (judges per entry out of range).");
        if (d.JudgeLoadCap is < 1 or > 500) errors.Add("Beban juri antara 1 dan 500 naskah (load cap out of range).");
        if (d.Winners is < 1 or > 50) errors.Add("Jumlah pemenang antara 1 dan 50 (winners out of range).");
        var licence = d.Licence ?? EntryLicences.Default;
        if (!EntryLicences.All.Contains(licence)) errors.Add("Lisensi tidak dikenal (unknown licence).");
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
    public async Task<List<string>> AddCriterionAsync(int roundId, CriterionDraft d, CancellationToken ct = default)
    {
        var round = await ManagedAsync(roundId, ct);
        if (await db.Set<CriterionScore>().AnyAsync(s => round.Criteria.Select(c => c.Id).Contains(s.CriterionId), ct))
            return ["Rubrik tidak bisa diubah setelah ada nilai masuk (the rubric is fixed once scoring started)."];
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Length > 120) errors.Add("Nama kriteria wajib diisi, maksimal 120 karakter (name is missing).");
        if (d.Counted && d.Weight is <= 0 or > 100) errors.Add("Bobot antara 0 dan 100 (weight out of range).");
        if (d.MaxScore is < 1 or > 100) errors.Add("Nilai maksimal antara 1 dan 100 (max score out of range).");
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
