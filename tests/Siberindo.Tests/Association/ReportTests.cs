using System.Text.RegularExpressions;
using Siberindo.Statistics;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Association;

public sealed class ReportTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_annual_report_command_writes_a_pdf_whose_figures_match_the_statistics(string provider)
    {
        var (app, network) = await DemoAssociation.StartAsync(provider, 80);
        await using var _ = app;
        await using var __ = network;
        var year = DateTime.UtcNow.Year;
        var figures = await app.WithServiceAsync<MemberStatistics, List<ProvinceFigures>>(s => s.ByProvinceAsync(s.Today));
        var province = figures.OrderByDescending(f => f.Members).First();

        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        var result = await CliRunner.RunAsync(["report", "annual", "--province", province.ProvinceCode, "--year", year.ToString(), "--out", file, .. app.Database.ConfigurationArgs]);
        Assert.True(result.Exit == 0, result.Err);
        var (pages, text) = PdfText.Read(await File.ReadAllBytesAsync(file));
        File.Delete(file);
        Assert.True(pages >= 2);
        Assert.Contains(PdfText.Compact($"Pengurus Provinsi {province.ProvinceName}"), text);
        Assert.Matches(new Regex($"menjadi{province.Members}:"), text);
        Assert.Matches(new Regex($"menjadi{province.Verified};"), text);

        var unknown = await CliRunner.RunAsync(["report", "annual", "--province", "99", "--year", year.ToString(), "--out", file, .. app.Database.ConfigurationArgs]);
        Assert.Equal(2, unknown.Exit);
        Assert.False(File.Exists(file));
    }
}
