namespace Siberindo.Core.Tests.Feeds;

/// <summary>
/// How long one parse may take in these tests. The product promises 1 s per input for a Release build
/// (<c>siberindo feed parse</c>, measured by the fuzz harness in docs/benchmarks.md); these tests run a Debug build,
/// in parallel with other tests, on a shared 2-core machine, where the largest inputs here (a 5 MB attribute) take about
/// 0.5 s alone and twice that under load. Three seconds still catches what the guard is for: super-linear work, which
/// costs minutes on such inputs, not a second.
/// </summary>
internal static class ParseBudget
{
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(3);
}
