using CsCheck;
using Siberindo.Core.Competition;

namespace Siberindo.Core.Tests.Competition;

public sealed class JudgeAssignerTests
{
    private static readonly string[] Surnames = ["Siregar", "Nasution", "Lubis", "Wijaya", "Santoso", "Pardede", "Saragih", "Hutapea"];
    private static readonly string[] Provinces = ["11", "12", "31", "36", "72"];

    private sealed record Round(List<EntryParty> Entries, List<JudgeParty> Judges, int PerEntry, int Cap, int Seed);

    // Random rounds: a few outlets in a few provinces, authors with family names, judges who work at some outlets,
    // sit on some province boards, declare family names and a few people or outlets by hand.
    private static readonly Gen<Round> Rounds =
        from entryCount in Gen.Int[0, 40]
        from judgeCount in Gen.Int[1, 12]
        from perEntry in Gen.Int[1, 4]
        from cap in Gen.Int[1, 12]
        from seed in Gen.Int
        from entries in Gen.Select(Gen.Int[1, 10], Gen.Int[0, Surnames.Length - 1], Gen.Int[1, 30]).Array[entryCount]
        from judges in Gen.Select(Gen.Int[1, 10].Array[0, 2], Gen.Int[0, Provinces.Length - 1].Array[0, 1], Gen.Int[0, Surnames.Length - 1].Array[0, 2],
            Gen.Int[1, 30].Array[0, 2], Gen.Int[1, 10].Array[0, 1]).Array[judgeCount]
        select new Round(
            entries.Select((x, i) => new EntryParty(i + 1, x.Item3, $"Rina {Surnames[x.Item2]}", x.Item1, Provinces[x.Item1 % Provinces.Length])).ToList(),
            judges.Select((x, i) => new JudgeParty(100 + i, x.Item1, x.Item2.Select(p => Provinces[p]).ToArray(),
                x.Item3.Select(s => Surnames[s]).ToArray(), x.Item4, x.Item5)).ToList(),
            perEntry, cap, seed);

    [Fact]
    public void No_judge_is_given_a_conflicted_entry_or_more_than_the_cap_and_nothing_coverable_is_left_out()
    {
        Rounds.Sample(round =>
        {
            var plan = JudgeAssigner.Assign(round.Entries, round.Judges, round.PerEntry, round.Cap, []);
            var entries = round.Entries.ToDictionary(e => e.EntryId);
            var judges = round.Judges.ToDictionary(j => j.JudgeId);
            foreach (var (entryId, judgeId) in plan.Pairs)
                Assert.Equal(ConflictReason.None, Conflicts.Between(judges[judgeId], entries[entryId]));
            Assert.All(round.Judges, j => Assert.InRange(plan.LoadOf(j.JudgeId), 0, round.Cap));
            Assert.Equal(plan.Pairs.Count, plan.Pairs.Distinct().Count());
            Assert.All(round.Entries, e => Assert.InRange(plan.Pairs.Count(p => p.EntryId == e.EntryId), 0, round.PerEntry));
            // Maximal: an entry short of judges has no free, unconflicted judge left under the cap.
            foreach (var (entryId, _) in plan.Missing)
                Assert.DoesNotContain(round.Judges, j => plan.LoadOf(j.JudgeId) < round.Cap
                    && !plan.Pairs.Contains((entryId, j.JudgeId)) && Conflicts.Between(j, entries[entryId]) == ConflictReason.None);
        }, iter: 500);
    }

    [Fact]
    public void Kept_pairs_stay_and_count_towards_the_cap()
    {
        Rounds.Sample(round =>
        {
            var first = JudgeAssigner.Assign(round.Entries, round.Judges, round.PerEntry, round.Cap, [], round.Seed);
            var kept = first.Pairs.Where((_, i) => i % 2 == 0).ToList();
            var again = JudgeAssigner.Assign(round.Entries, round.Judges, round.PerEntry, round.Cap, kept, round.Seed + 1);
            Assert.All(kept, k => Assert.Contains(k, again.Pairs));
            Assert.All(round.Judges, j => Assert.InRange(again.LoadOf(j.JudgeId), 0, round.Cap));
            Assert.Equal(first.Pairs.Count, again.Pairs.Count);
        }, iter: 200);
    }

    [Fact]
    public void Loads_are_even_when_nothing_is_conflicted()
    {
        var entries = Enumerable.Range(1, 30).Select(i => new EntryParty(i, i, $"Penulis {i}", 1000 + i, null)).ToList();
        var judges = Enumerable.Range(1, 7).Select(i => new JudgeParty(i, [], [], [], [], [])).ToList();
        var plan = JudgeAssigner.Assign(entries, judges, 3, 20, []);
        Assert.Empty(plan.Missing);
        // 90 pairs over 7 judges: 12 or 13 each, never the cap of 20.
        Assert.All(judges, j => Assert.InRange(plan.LoadOf(j.JudgeId), 12, 13));
    }

    [Fact]
    public void Conflicts_are_detected_from_outlet_board_and_family_names()
    {
        var entry = new EntryParty(1, 7, "Rina Boru Siregar", 5, "12");
        Assert.Equal(ConflictReason.SameOutlet, Conflicts.Between(new JudgeParty(1, [5], [], [], [], []), entry));
        Assert.Equal(ConflictReason.SameProvinceBoard, Conflicts.Between(new JudgeParty(1, [6], ["12"], [], [], []), entry));
        Assert.Equal(ConflictReason.FamilyName, Conflicts.Between(new JudgeParty(1, [], ["31"], ["siregar"], [], []), entry));
        Assert.Equal(ConflictReason.FamilyName, Conflicts.Between(new JudgeParty(1, [], [], ["Boru Siregar"], [], []), entry));
        Assert.Equal(ConflictReason.None, Conflicts.Between(new JudgeParty(1, [], [], ["Sireg", "Boru Lubis"], [], []), entry));
        Assert.Equal(ConflictReason.Declared, Conflicts.Between(new JudgeParty(1, [], [], [], [7], []), entry));
        Assert.Equal(ConflictReason.Declared, Conflicts.Between(new JudgeParty(1, [], [], [], [], [5]), entry));
    }
}
