using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Shared;
using Siberindo.Storage;
using Siberindo.Core.Text;

namespace Siberindo.Competition;

/// <summary>One row of a judge's list: the code and title only.</summary>
public sealed record JudgeTask(int AssignmentId, int RoundId, string RoundTitle, string Code, string Title, bool Scored, RoundPhase Phase);

/// <summary>
/// The judge's side: their assignments (never another judge's, never another round's), each entry blind
/// (<see cref="BlindEntry"/>), and one score sheet per assignment, changeable until the results are published.
/// </summary>
public sealed class JudgingService(SiberindoDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    private IQueryable<JudgeAssignment> MyAssignments() =>
        db.Set<JudgeAssignment>().Where(a => db.Set<Judge>().Any(j => j.Id == a.JudgeId && j.UserId == scope.UserId));

    public async Task<List<JudgeTask>> TasksAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await MyAssignments().AsNoTracking()
            .Join(db.Set<CompetitionEntry>(), a => a.EntryId, e => e.Id, (a, e) => new { a, e })
            .Join(db.Set<CompetitionRound>(), x => x.e.RoundId, r => r.Id, (x, r) => new { x.a.Id, x.e, Round = r, Scored = x.a.ScoredAt != null })
            .OrderBy(x => x.Round.Id).ThenBy(x => x.e.Id).ToListAsync(ct);
        return rows.Select(x => new JudgeTask(x.Id, x.Round.Id, x.Round.Title, BlindEntry.CodeOf(x.e.Id), BlindEntry.MaskNames(x.e.Title, x.e), x.Scored, x.Round.PhaseAt(now))).ToList();
    }

    public sealed record Sheet(BlindEntry Entry, CompetitionRound Round, IReadOnlyList<RubricCriterion> Criteria, IReadOnlyDictionary<int, CriterionScore> Scores, string? Comment, bool CanScore);

    public async Task<Sheet?> SheetAsync(int assignmentId, CancellationToken ct)
    {
        var a = await MyAssignments().AsNoTracking().Include(x => x.Scores).SingleOrDefaultAsync(x => x.Id == assignmentId, ct);
        if (a is null) return null;
        var entry = await db.Set<CompetitionEntry>().AsNoTracking().Include(e => e.Images).SingleAsync(e => e.Id == a.EntryId, ct);
        var round = await db.Set<CompetitionRound>().AsNoTracking().Include(r => r.Criteria).SingleAsync(r => r.Id == entry.RoundId, ct);
        return new Sheet(BlindEntry.From(a, entry), round, round.Criteria.OrderBy(c => c.Order).ToList(), a.Scores.ToDictionary(s => s.CriterionId),
            a.Comment, round.PhaseAt(clock.GetUtcNow().UtcDateTime) == RoundPhase.Judging);
    }

    /// <summary>A picture of an entry assigned to this judge, or null.</summary>
    public Task<EntryImage?> PictureAsync(int assignmentId, int imageId, CancellationToken ct) =>
        MyAssignments().Where(a => a.Id == assignmentId)
            .Join(db.Set<EntryImage>(), a => a.EntryId, i => i.EntryId, (a, i) => i).Where(i => i.Id == imageId).AsNoTracking().SingleOrDefaultAsync(ct);

    /// <summary>The field a criterion's score is posted as, which a refusal about it names.</summary>
    public static string ScoreField(int criterionId) => $"Score[{criterionId}]";

    /// <summary>Saves the judge's sheet: every criterion scored between 0 and its maximum.</summary>
    public async Task<List<FormError>> ScoreAsync(int assignmentId, IReadOnlyDictionary<int, decimal?> values, IReadOnlyDictionary<int, string?> comments, string? comment,
        CancellationToken ct = default)
    {
        var a = await MyAssignments().Include(x => x.Scores).SingleOrDefaultAsync(x => x.Id == assignmentId, ct);
        scope.Demand(a is not null);
        var entry = await db.Set<CompetitionEntry>().SingleAsync(e => e.Id == a!.EntryId, ct);
        var round = await db.Set<CompetitionRound>().Include(r => r.Criteria).SingleAsync(r => r.Id == entry.RoundId, ct);
        if (round.PhaseAt(clock.GetUtcNow().UtcDateTime) != RoundPhase.Judging)
            return [new("Penilaian hanya bisa diisi selama masa penjurian (scores are taken during judging only).")];
        var errors = new List<FormError>();
        foreach (var c in round.Criteria.OrderBy(c => c.Order))
            if (values.GetValueOrDefault(c.Id) is not { } v || v < 0 || v > c.MaxScore)
                errors.Add(new($"Nilai \"{c.Name}\" wajib diisi antara 0 dan {c.MaxScore} (score out of range).", ScoreField(c.Id)));
        if (errors.Count > 0) return errors;
        var before = string.Join(", ", a!.Scores.OrderBy(s => s.CriterionId).Select(s => s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var c in round.Criteria)
        {
            var score = a.Scores.SingleOrDefault(s => s.CriterionId == c.Id);
            if (score is null) a.Scores.Add(score = new CriterionScore { AssignmentId = a.Id, CriterionId = c.Id });
            score.Value = values[c.Id]!.Value;
            score.Comment = StoredText.ClipTyped(comments.GetValueOrDefault(c.Id), 2000);
        }
        a.Comment = StoredText.ClipTyped(comment, 4000);
        a.ScoredAt = clock.GetUtcNow().UtcDateTime;
        var after = string.Join(", ", round.Criteria.OrderBy(c => c.Id).Select(c => values[c.Id]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // The audit names the entry by its code only: the judge's work stays blind in the log too.
        audit.Record("score", "CompetitionEntry", entry.Id, BlindEntry.CodeOf(entry.Id), round,
            new AuditDiff().Field("Nilai", before.Length == 0 ? null : before, after).ToString());
        await db.SaveChangesAsync(ct);
        return [];
    }

}
