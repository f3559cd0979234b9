using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Boards;
using Siberindo.Demo;
using Siberindo.Members;
using Siberindo.Programs;
using Siberindo.Regions;
using Siberindo.Tests.Infrastructure;
using Siberindo.Verification;

namespace Siberindo.Tests.Association;

/// <summary>The demo association gives every page something true to show, and the statistics agree with the data.</summary>
public sealed partial class DemoAssociationTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_association_page_renders_the_demo_data(string provider)
    {
        var (app, network) = await DemoAssociation.StartAsync(provider);
        await using var _ = app;
        await using var __ = network;
        // Seeding is deterministic and runs once.
        Assert.False(await app.WithDbAsync(db => AssociationSeeder.SeedAsync(db, app.Services.GetRequiredService<RegionCatalog>(), TimeProvider.System)));
        using var http = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);

        var outlet = await app.WithDbAsync(db => db.Set<MemberRecord>().Where(m => m.Status == MembershipStatus.Member).Select(m => m.OutletId).FirstAsync());
        var board = await app.WithDbAsync(db => db.Set<Board>().Where(b => b.Level == BoardLevel.Province).Select(b => b.Id).FirstAsync());
        var ev = await app.WithDbAsync(db => db.Set<AssociationEvent>().Select(e => e.Id).FirstAsync());
        var @case = await app.WithDbAsync(db => db.Set<AssistanceCase>().Select(c => c.Id).FirstAsync());
        foreach (var (path, expect) in new[]
                 {
                     ("/admin", "Sertifikat Dewan Pers"), ("/admin/media", "Anggota"), ($"/admin/media/{outlet}/anggota", "Pemimpin redaksi"),
                     ($"/admin/media/{outlet}/verifikasi", "Modal dasar minimal Rp50.000.000"), ("/admin/pendampingan", "Berjalan"), ($"/admin/pendampingan/{@case}", "Langkah berikut"),
                     ("/admin/pengurus", "<svg"), ($"/admin/pengurus/{board}", "Program kerja"), ("/admin/kegiatan", "Rapat Kerja"), ($"/admin/kegiatan/{ev}", "Hadir"),
                     ("/admin/laporan", ".pdf"), ("/admin/pengguna", "pusat@smsi.example"), ("/admin/anggota/impor", "Impor"), ("/statistik", "Per provinsi"),
                 })
        {
            var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains(expect, await response.Content.ReadAsStringAsync());
        }
        Assert.Contains("DEMO-", await http.GetStringAsync($"/admin/media/{await app.WithDbAsync(db => db.Set<MemberRecord>().Where(m => m.CertificateNumber != null).Select(m => m.OutletId).FirstAsync())}/verifikasi"));
        Assert.True(await app.WithDbAsync(db => db.Set<Board>().CountAsync(b => b.Level == BoardLevel.Regency)) > 50);
        Assert.True(await app.WithDbAsync(db => db.Set<EventAttendance>().CountAsync(a => a.Attended)) > 50);
        Assert.True(await app.WithDbAsync(db => db.Set<WorkProgramItem>().CountAsync()) > 20);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Statistics_page_charts_and_files_show_the_same_figures(string provider)
    {
        var (app, network) = await DemoAssociation.StartAsync(provider, 80);
        await using var _ = app;
        await using var __ = network;
        using var http = app.Client();

        var page = await http.GetStringAsync("/statistik");
        var rows = RowPattern().Matches(page).ToDictionary(m => m.Groups["code"].Value, m => (int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["f"].Value)));
        Assert.Equal(38, rows.Count);
        var expected = await app.WithDbAsync(async db => (await db.Set<MemberRecord>().Where(m => m.Status == MembershipStatus.Member).Select(m => new { m.Outlet!.ProvinceCode, m.Outlet.Verification }).ToListAsync())
            .GroupBy(x => x.ProvinceCode!).ToDictionary(g => g.Key, g => (g.Count(), g.Count(x => x.Verification == Siberindo.Outlets.VerificationStatus.Administrative), g.Count(x => x.Verification == Siberindo.Outlets.VerificationStatus.Factual))));
        foreach (var (code, figures) in rows) Assert.Equal(expected.GetValueOrDefault(code), figures);
        Assert.True(rows.Values.Sum(r => r.Item1) > 40);

        var csv = await http.GetStringAsync("/statistik/anggota-per-provinsi.csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kode_provinsi,provinsi,anggota,terverifikasi_administratif,terverifikasi_faktual,terverifikasi,per_tanggal", lines[0]);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            Assert.Equal(rows[cells[0]], (int.Parse(cells[2]), int.Parse(cells[3]), int.Parse(cells[4])));
        }
        using (var xlsx = new XLWorkbook(await http.GetStreamAsync("/statistik/anggota-per-provinsi.xlsx")))
        {
            var sheet = xlsx.Worksheet(1);
            Assert.Equal(rows.Values.Sum(r => r.Item1), Enumerable.Range(2, 38).Sum(r => sheet.Cell(r, 3).GetValue<int>()));
        }
        var trend = await http.GetStringAsync("/statistik/anggota-per-tahun.csv");
        Assert.EndsWith($"{rows.Values.Sum(r => r.Item1)},{rows.Values.Sum(r => r.Item2)},{rows.Values.Sum(r => r.Item3)},{rows.Values.Sum(r => r.Item2 + r.Item3)}", trend.TrimEnd());

        // One province's trend ends with its row of the table; an unknown code falls back to the national trend.
        var busiest = rows.OrderByDescending(r => r.Value.Item1).First();
        var provinceTrend = await http.GetStringAsync($"/statistik/anggota-per-tahun.csv?provinsi={busiest.Key}");
        Assert.EndsWith($"{busiest.Value.Item1},{busiest.Value.Item2},{busiest.Value.Item3},{busiest.Value.Item2 + busiest.Value.Item3}", provinceTrend.TrimEnd());
        Assert.Equal(trend, await http.GetStringAsync("/statistik/anggota-per-tahun.csv?provinsi=99"));

        foreach (var chart in new[] { "/statistik/grafik/provinsi.svg", "/statistik/grafik/tren.svg", $"/statistik/grafik/tren.svg?provinsi={busiest.Key}" })
        {
            var response = await http.GetAsync(chart);
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
            var svg = await response.Content.ReadAsStringAsync();
            Assert.Contains("<svg", svg);
            Assert.Contains("Terverifikasi faktual", svg);
        }
    }

    [GeneratedRegex("""<tr data-province="(?<code>\d\d)">.*?<td class="members">(?<m>\d+)</td><td class="administrative">(?<a>\d+)</td><td class="factual">(?<f>\d+)</td>""")]
    private static partial Regex RowPattern();
}
