namespace Siberindo.Core.Competition;

/// <summary>The outcome of an assignment run: who judges what, and the entries that could not get enough judges.</summary>
public sealed record AssignmentPlan(IReadOnlyList<(int EntryId, int JudgeId)> Pairs, IReadOnlyDictionary<int, int> Missing)
{
    public int LoadOf(int judgeId) => Pairs.Count(p => p.JudgeId == judgeId);
}

/// <summary>
/// Assigns judges to entries: each entry gets <c>perEntry</c> judges, no judge gets more than <c>cap</c> entries, and
/// a conflicted pair (<see cref="Conflicts"/>) is never made. Written as a maximum flow (source → entry, capacity
/// perEntry; entry → judge, 1 when not conflicted; judge → sink, the load allowed) rather than a greedy pass, because
/// greedy choices strand entries whose few unconflicted judges were filled first. The allowed load rises one entry
/// at a time up to the cap and the flow is augmented at each level, so loads stay as even as the conflicts allow
/// (the largest load is the smallest that covers what can be covered). Pairs already made (scored work) are kept.
/// </summary>
public static class JudgeAssigner
{
    public static AssignmentPlan Assign(IReadOnlyList<EntryParty> entries, IReadOnlyList<JudgeParty> judges, int perEntry, int cap,
        IReadOnlyCollection<(int EntryId, int JudgeId)> kept, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perEntry, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        // Judges in a seeded order, so equal choices do not always fall to the same (lowest id) judge.
        var random = new Random(seed);
        var judgeOrder = judges.OrderBy(_ => random.Next()).ToList();
        int e = entries.Count, j = judgeOrder.Count, source = 0, sink = e + j + 1;
        var graph = new FlowGraph(e + j + 2);
        var keptSet = kept.ToHashSet();
        var keptPerEntry = kept.GroupBy(k => k.EntryId).ToDictionary(g => g.Key, g => g.Count());
        var keptPerJudge = kept.GroupBy(k => k.JudgeId).ToDictionary(g => g.Key, g => g.Count());
        var pairEdges = new List<(int Edge, int EntryId, int JudgeId)>();
        for (var a = 0; a < e; a++)
        {
            var entry = entries[a];
            graph.Add(source, 1 + a, Math.Max(0, perEntry - keptPerEntry.GetValueOrDefault(entry.EntryId)));
            for (var b = 0; b < j; b++)
            {
                var judge = judgeOrder[b];
                if (keptSet.Contains((entry.EntryId, judge.JudgeId)) || Conflicts.Between(judge, entry) != ConflictReason.None) continue;
                pairEdges.Add((graph.Add(1 + a, 1 + e + b, 1), entry.EntryId, judge.JudgeId));
            }
        }
        var sinkEdges = new int[j];
        for (var b = 0; b < j; b++) sinkEdges[b] = graph.Add(1 + e + b, sink, 0);
        for (var level = 1; level <= cap; level++)
        {
            for (var b = 0; b < j; b++)
                graph.SetCapacity(sinkEdges[b], Math.Max(0, level - keptPerJudge.GetValueOrDefault(judgeOrder[b].JudgeId)));
            graph.MaxFlow(source, sink);
        }
        var pairs = kept.Concat(pairEdges.Where(p => graph.Flow(p.Edge) > 0).Select(p => (p.EntryId, p.JudgeId)))
            .OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
        var missing = entries.Select(x => (x.EntryId, Missing: perEntry - pairs.Count(p => p.Item1 == x.EntryId)))
            .Where(x => x.Missing > 0).ToDictionary(x => x.EntryId, x => x.Missing);
        return new AssignmentPlan(pairs, missing);
    }

    /// <summary>Edmonds–Karp over an edge list; small graphs (hundreds of entries, tens of judges).</summary>
    private sealed class FlowGraph(int nodes)
    {
        private readonly List<int>[] _out = Enumerable.Range(0, nodes).Select(_ => new List<int>()).ToArray();
        private readonly List<int> _to = [], _cap = [], _flow = [];

        public int Add(int from, int to, int capacity)
        {
            var id = _to.Count;
            _to.Add(to); _cap.Add(capacity); _flow.Add(0); _out[from].Add(id);
            _to.Add(from); _cap.Add(0); _flow.Add(0); _out[to].Add(id + 1);
            return id;
        }

        public void SetCapacity(int edge, int capacity) => _cap[edge] = Math.Max(capacity, _flow[edge]);
        public int Flow(int edge) => _flow[edge];

        public void MaxFlow(int source, int sink)
        {
            var via = new int[_out.Length];
            while (true)
            {
                Array.Fill(via, -1);
                var queue = new Queue<int>([source]);
                via[source] = -2;
                while (queue.Count > 0 && via[sink] == -1)
                {
                    var node = queue.Dequeue();
                    foreach (var edge in _out[node])
                    {
                        var next = _to[edge];
                        if (via[next] != -1 || _cap[edge] - _flow[edge] <= 0) continue;
                        via[next] = edge;
                        queue.Enqueue(next);
                    }
                }
                if (via[sink] == -1) return;
                var push = int.MaxValue;
                for (var n = sink; n != source; n = _to[via[n] ^ 1]) push = Math.Min(push, _cap[via[n]] - _flow[via[n]]);
                for (var n = sink; n != source; n = _to[via[n] ^ 1]) { _flow[via[n]] += push; _flow[via[n] ^ 1] -= push; }
            }
        }
    }
}
