namespace Siberindo.Statistics;

/// <summary>A few counts of one program for a year, as the public statistics page shows them.</summary>
public sealed record PublicFigureGroup(string Title, string Note, IReadOnlyList<(string Label, int Value)> Figures);

/// <summary>
/// Counts another feature contributes to the public statistics page (trainings held, people certified, legal cases
/// handled): the feature computes them from its own tables, and only counts ever leave it.
/// </summary>
public interface IPublicFigures
{
    Task<PublicFigureGroup> FiguresAsync(int year, DateOnly asOf, CancellationToken ct);
}
