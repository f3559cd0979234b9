namespace Siberindo.Reports;

/// <summary>
/// A part of the year-end report that another feature contributes (partners' agreements, releases): the feature
/// gathers its own figures and the report writes them after its own, so the report never reads other features' tables.
/// </summary>
public interface IAnnualReportSection
{
    /// <summary>What to write for a province's year, or null to write nothing.</summary>
    Task<Action<PdfCanvas>?> ComposeAsync(string provinceCode, int year, CancellationToken ct);
}
