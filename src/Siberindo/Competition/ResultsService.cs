using Microsoft.EntityFrameworkCore;
using Siberindo.Audit;
using Siberindo.Core.Competition;
using Siberindo.Storage;
using Siberindo.Core.Text;

namespace Siberindo.Competition;

/// <summary>An entry's line in the ranking, with the figures that placed it.</summary>
public sealed record RankingRow(RankedEntry Rank, CompetitionEntry Entry);

/// <summary>
/// Rankings from the judges' sheets (<see cref="ScoreAggregation"/>: weighted means, mean and median, a judge's scale
/// normalised when the round says so, the stated tie rule), and the publication of the results, which fixes ranks
/// and scores on the entries, names the winners and picks the anthology's entries.
/// </summary>
public sealed class ResultsService(SiberindoDb db, RoundService rounds, AuditLog audit)
{
    public async Task<List<RankingRow>> RankingAsync(CompetitionRound round, CancellationToken ct)
    {
        var entries = await db.Set<CompetitionEntry>().AsNoTracking().Where(e => e.RoundId == round.Id).ToDictionaryAsync(e => e.Id, ct);
        var ids = entries.Keys.ToList();
        var marks = await db.Set<JudgeAssignment>().AsNoTracking().Where(a => a.ScoredAt != null && ids.Contains(a.EntryId))
            .Join(db.Set<CriterionScore>(), a => a.Id, s => s.AssignmentId, (a, s) => new { a.EntryId, a.JudgeId, s.CriterionId, s.Value }).ToListAsync(ct);
        var rubric = round.Criteria.OrderBy(c => c.Order).Select(c => new RubricItem(c.Id, c.Name, (double)c.Weight, c.Counted)).ToList();
        var ranked = ScoreAggregation.Rank(rubric, marks.Select(m => new CriterionMark(m.EntryId, m.JudgeId, m.CriterionId, (double)m.Value)).ToList(),
            round.NormaliseJudges, entries.ToDictionary(e => e.Key, e => e.Value.SubmittedAt));
        return ranked.Select(r => new RankingRow(r, entries[r.EntryId])).ToList();
    }

    /// <summary>
    /// Publishes: every scored entry gets its rank and score, the first <see cref="CompetitionRound.Winners"/> and the
    /// other chosen entries with the author's consent go to the anthology. Only once, after the window closed.
    /// </summary>
    public async Task<List<string>> PublishAsync(int roundId, string? juryNotes, IReadOnlyCollection<int> alsoInBook, CancellationToken ct = default)
    {
        var round = await rounds.ManagedAsync(roundId, ct);
        if (round.PhaseAt(rounds.Now) != RoundPhase.Judging) return ["Hasil diumumkan setelah pengiriman ditutup, sekali saja (results are published once, after the window)."];
        var ranking = await RankingAsync(round, ct);
        if (ranking.Count == 0) return ["Belum ada naskah yang dinilai (no entry has been scored)."];
        var entries = await db.Set<CompetitionEntry>().Where(e => e.RoundId == round.Id).ToDictionaryAsync(e => e.Id, ct);
        foreach (var row in ranking)
        {
            var e = entries[row.Entry.Id];
            e.Rank = row.Rank.Rank;
            e.Score = Math.Round(row.Rank.Score, 3);
            e.InAnthology = e.Consent && (row.Rank.Rank <= round.Winners || alsoInBook.Contains(e.Id));
        }
        round.JuryNotes = StoredText.ClipTyped(juryNotes, 8000);
        round.ResultsPublishedAt = rounds.Now;
        audit.Record("publish", "CompetitionRound", round.Id, round.Title, round,
            $"Hasil diumumkan: {ranking.Count} naskah berperingkat; pemenang: " +
            string.Join(", ", ranking.Take(round.Winners).Select(r => $"{r.Rank.Rank}. {r.Entry.Title} ({r.Entry.AuthorName})")) +
            $"; {entries.Values.Count(e => e.InAnthology)} naskah dibukukan");
        await db.SaveChangesAsync(ct);
        return [];
    }
}
