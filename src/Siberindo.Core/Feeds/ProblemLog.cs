namespace Siberindo.Core.Feeds;

/// <summary>
/// Collects the plain-English notes on what was recovered. Duplicates are dropped and the list is capped, because a
/// broken feed can repeat the same defect thousands of times and the note is for a human reading a health page.
/// </summary>
internal sealed class ProblemLog
{
    private const int MaxProblems = 50;
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private bool _capped;

    public void Add(string problem)
    {
        if (_capped || !_seen.Add(problem))
        {
            return;
        }
        if (_problems.Count == MaxProblems - 1)
        {
            _problems.Add("further problems not listed");
            _capped = true;
            return;
        }
        _problems.Add(problem);
    }

    public IReadOnlyList<string> ToList() => _problems.ToArray();
}
