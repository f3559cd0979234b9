using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Browser;

/// <summary>Acceptance: a provincial admin in Chromium edits only its own outlets and downloads its year-end report.</summary>
public sealed class AssociationBrowserTests
{
    [SkippableFact]
    public async Task A_province_admin_edits_only_its_own_outlets_and_downloads_the_year_end_report()
    {
        var (app, network) = await DemoAssociation.StartAsync("Sqlite", 160);
        await using var _ = app;
        await using var __ = network;
        // The province with the most members, so the report has something to say.
        var province = await app.WithDbAsync(async db => (await db.Set<MemberRecord>().Where(m => m.Status == MembershipStatus.Member)
            .Select(m => m.Outlet!.ProvinceCode).ToListAsync()).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key!);
        var own = await app.WithDbAsync(db => db.Outlets.Where(o => o.ProvinceCode == province).OrderBy(o => o.Id).FirstAsync());
        var other = await app.WithDbAsync(db => db.Outlets.Where(o => o.ProvinceCode != province).OrderBy(o => o.Id).FirstAsync());
        await Users.CreateAsync(app, "provinsi@smsi.example", Roles.ProvinceAdmin, province: province);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var ___ = playwright;
        await using var ____ = browser;
        var page = await browser.NewPageAsync();
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        await page.GotoAsync(baseUrl + "/masuk");
        await page.FillAsync("input[name=Email]", "provinsi@smsi.example");
        await page.FillAsync("input[name=Password]", Users.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(baseUrl + "/admin");

        // The list holds only the province's outlets.
        await page.GotoAsync(baseUrl + "/admin/media");
        var names = await page.Locator("table.table tbody tr td:first-child a").AllInnerTextsAsync();
        var expected = await app.WithDbAsync(db => db.Outlets.Where(o => o.ProvinceCode == province).Select(o => o.Name).ToListAsync());
        Assert.Equal(expected.Order(), names.Order());
        Assert.DoesNotContain(other.Name, names);

        // Its own outlet can be edited in the browser.
        await page.ClickAsync($"text={own.Name}");
        await page.FillAsync("input[name='Form.Name']", own.Name + " Baru");
        await page.ClickAsync("form.form button[type=submit]");
        await page.WaitForSelectorAsync("p.ok");
        Assert.Equal(own.Name + " Baru", await app.WithDbAsync(db => db.Outlets.Where(o => o.Id == own.Id).Select(o => o.Name).SingleAsync()));

        // Another province's outlet does not exist for this admin, neither as a page nor in the API.
        // (Requests with the browser's own cookies: Chromium shows its own error page for an empty 404.)
        foreach (var forbidden in new[] { $"/admin/media/{other.Id}", $"/admin/media/{other.Id}/verifikasi", $"/api/v1/admin/members/{other.Id}" })
            Assert.Equal(404, (await page.Context.APIRequest.GetAsync(baseUrl + forbidden)).Status);
        Assert.DoesNotContain(other.Name, await (await page.Context.APIRequest.GetAsync(baseUrl + "/api/v1/admin/members")).TextAsync());

        // The year-end report downloads from the reports page and is a real PDF whose figures match /statistik.
        await page.GotoAsync(baseUrl + "/admin/laporan");
        var year = DateTime.UtcNow.Year;
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"a[href='/admin/laporan/{province}/{year}.pdf']"));
        var path = Path.Combine(Path.GetTempPath(), $"laporan-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        var (pages, text) = PdfText.Read(await File.ReadAllBytesAsync(path));
        File.Delete(path);
        Assert.True(pages >= 2, $"{pages} page(s)");

        await page.GotoAsync(baseUrl + "/statistik");
        var row = page.Locator($"tr[data-province='{province}']");
        var members = int.Parse(await row.Locator("td.members").InnerTextAsync());
        var verified = int.Parse(await row.Locator("td.administrative").InnerTextAsync()) + int.Parse(await row.Locator("td.factual").InnerTextAsync());
        Assert.True(members > 0);
        Assert.Matches(new Regex($"jumlahanggotaberubahdari\\d+menjadi{members}:"), text);
        Assert.Matches(new Regex($"berubahdari\\d+menjadi{verified};"), text);
        Assert.Contains(PdfText.Compact($"Laporan Akhir Tahun {year}"), text);
    }
}
