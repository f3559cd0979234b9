using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Anthology;
using Siberindo.Competition;
using Siberindo.Demo;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Competition;

public sealed class DemoCompetitionTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_has_a_finished_round_whose_book_is_valid_and_counted_and_the_command_builds_it_again(string provider)
    {
        var (app, network) = await DemoAssociation.StartAsync(provider);
        await using var _ = app;
        await using var __ = network;
        Assert.True(await DemoCompetitionSeeder.SeedAsync(app.Services, TimeProvider.System));
        Assert.False(await DemoCompetitionSeeder.SeedAsync(app.Services, TimeProvider.System));
        var round = await app.WithDbAsync(db => db.Set<CompetitionRound>().Where(r => r.ResultsPublishedAt != null).SingleAsync());
        var http = app.Client();
        var list = await http.GetStringAsync("/lomba");
        Assert.Contains(WebUtility.HtmlEncode(round.Title), list);
        var page = await http.GetStringAsync($"/lomba/{round.Id}");
        var winner = await app.WithDbAsync(db => db.Set<CompetitionEntry>().Where(e => e.RoundId == round.Id && e.Rank == 1).SingleAsync());
        Assert.Contains(WebUtility.HtmlEncode(winner.AuthorName), page);
        Assert.Contains("id=\"epub-downloads\">0<", page);

        var epub = await http.GetByteArrayAsync($"/lomba/{round.Id}/antologi.epub");
        await BookTools.AssertValidEpubAsync(epub);
        var pdf = await http.GetByteArrayAsync($"/lomba/{round.Id}/antologi.pdf");
        var entries = await app.WithDbAsync(db => db.Set<CompetitionEntry>().Where(e => e.RoundId == round.Id && e.InAnthology).OrderBy(e => e.Rank).Select(e => new { e.Title, e.AuthorName }).ToListAsync());
        Assert.Equal(3, entries.Count);
        await CompetitionFlowTests.AssertContentsMatchPagesAsync(pdf, entries.Select(e => (e.Title, e.AuthorName)).ToList());
        Assert.Contains("id=\"epub-downloads\">1<", await http.GetStringAsync($"/lomba/{round.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/lomba/999999/antologi.epub")).StatusCode);

        var dir = Directory.CreateTempSubdirectory("siberindo-anthology-");
        try
        {
            var (exit, output, errors) = await CliRunner.RunAsync(["anthology", "build", "--out", dir.FullName, .. app.Database.ConfigurationArgs]);
            Assert.True(exit == 0, errors);
            Assert.Contains("3 entries", output);
            await BookTools.AssertValidEpubAsync(await File.ReadAllBytesAsync(Path.Combine(dir.FullName, "anthology.epub")));
            Assert.True(new FileInfo(Path.Combine(dir.FullName, "anthology.pdf")).Length > 10_000);
            // Rebuilding keeps the counts.
            Assert.Equal(1, (await app.WithServiceAsync<AnthologyService, AnthologyService.Counts?>(b => b.CountsAsync(round.Id, default)))!.EpubDownloads);
        }
        finally { dir.Delete(recursive: true); }
    }
}
