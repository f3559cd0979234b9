using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Siberindo.Accounts;
using Siberindo.Competition;
using Siberindo.Regions;
using Siberindo.Tests.Competition;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Browser;

/// <summary>
/// Acceptance in Chromium, at a phone's width: a journalist sends an entry on /lomba/{id}/kirim, a judge scores it
/// blind (their pages name no author, outlet or region), the national admin publishes the results and builds the
/// book, and a reader downloads the EPUB from the public page, which counts the download.
/// </summary>
public sealed partial class CompetitionBrowserTests
{
    [SkippableFact]
    public async Task A_journalist_enters_a_judge_scores_blind_the_admin_publishes_and_builds_and_a_reader_downloads_the_epub()
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync("Sqlite", ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock, journalists: 2);
        var round = await world.RoundAsync(judgesPerEntry: 1, cap: 5, winners: 1);
        // A second entry, through the service, so the ranking has two rows and the judge two sheets.
        await world.EnterAsync(round.Id, 1, "Asap dari Cerobong Baja");
        await Users.CreateAsync(app, "pusat@smsi.example", Roles.Admin);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        // Each page of the path is also judged by axe, as the accessibility test judges the others.
        var axe = new List<string>();
        async Task AxeAsync() => axe.AddRange(await AccessibilityBrowserTests.SeriousViolationsAsync(page, null, (390, 844)));
        async Task SignInAsync(string email, string password, string landing)
        {
            await browser.ClearCookiesAsync();
            await page.GotoAsync(baseUrl + "/masuk");
            await page.FillAsync("input[name=Email]", email);
            await page.FillAsync("input[name=Password]", password);
            await page.ClickAsync("main button[type=submit]");
            await page.WaitForURLAsync(baseUrl + landing);
        }

        // The journalist signs in, finds the round and sends an entry with a picture.
        var rina = world.Journalists[0];
        await SignInAsync(CompetitionWorld.Email(rina.Name), Users.Password, "/lomba");
        await page.ClickAsync($"[data-round='{round.Id}'] a.title");
        await page.ClickAsync("text=Kirim naskah");
        await page.WaitForURLAsync($"{baseUrl}/lomba/{round.Id}/kirim");
        Assert.Contains(rina.Outlet.Name, await page.InnerTextAsync("main"));
        await AxeAsync();
        await page.FillAsync("input[name=Title]", "Perahu Terakhir di Karangantu");
        await page.FillAsync("textarea[name=Body]", CompetitionWorld.Body("Perahu terakhir") + $"<p>Ditulis oleh {rina.Name}.</p>");
        var photo = Path.Combine(Path.GetTempPath(), $"perahu-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, CompetitionFlowTests.Photo(SkiaSharp.SKColors.Teal));
        await page.SetInputFilesAsync("input[type=file][name='Photo.Content']", photo);
        await page.FillAsync("input[name='Photo.Caption']", "Perahu bersandar di Karangantu");
        await page.FillAsync("input[name='Photo.Credit']", $"Foto: {rina.Name}");
        await page.FillAsync("input[name='Photo.Alt']", "Perahu kayu biru di dermaga saat air surut");
        await page.CheckAsync("input[type=checkbox][name=Consent]");
        await page.ClickAsync("#entry-form button[type=submit]");
        // Chromium reads the file when the form is sent, so it is removed only afterwards.
        await page.WaitForSelectorAsync("text=Naskah tersimpan");
        File.Delete(photo);
        var entry = await app.WithDbAsync(db => db.Set<CompetitionEntry>().Include(e => e.Images).SingleAsync(e => e.PersonId == rina.PersonId));
        Assert.Equal("Perahu Terakhir di Karangantu", entry.Title);
        Assert.Single(entry.Images);

        // The window closes. The admin adds a judge (the password is shown once) and assigns.
        clock.Offset = TimeSpan.FromDays(2);
        await SignInAsync("pusat@smsi.example", Users.Password, "/admin");
        await page.GotoAsync($"{baseUrl}/admin/lomba/{round.Id}");
        var judgeForm = page.Locator("form:has(button:text('Tambah juri'))");
        await judgeForm.Locator("input[name='Judge.Name']").FillAsync("Lestari Ayu");
        await judgeForm.Locator("input[name='Judge.Email']").FillAsync("lestari@juri.test");
        await judgeForm.Locator("button").ClickAsync();
        var password = JudgePassword().Match(await page.InnerTextAsync("#message")).Groups[1].Value;
        Assert.NotEmpty(password);
        await page.ClickAsync("text=Tugaskan juri otomatis");
        Assert.StartsWith("2 penugasan dibuat; 0 naskah kurang juri", await page.InnerTextAsync("#message"));

        // The judge sees codes and titles only; nothing on their pages names an author, outlet or region.
        var regions = app.Services.GetRequiredService<RegionCatalog>();
        var forbidden = world.Journalists.SelectMany(j => new[]
        {
            j.Name, j.Name.Split(' ')[^1], j.Outlet.Name, j.Outlet.Domain, regions.Regency(j.Outlet.RegencyCode!)!.Name, regions.Province(j.Outlet.ProvinceCode!)!.Name,
        }).Distinct().ToList();
        void AssertBlind(string url, string html)
        {
            foreach (var name in forbidden) Assert.False(html.Contains(name, StringComparison.OrdinalIgnoreCase), $"{url} names {name}");
        }
        await SignInAsync("lestari@juri.test", password, "/juri");
        AssertBlind("/juri", await page.ContentAsync());
        await AxeAsync();
        await page.ClickAsync("text=Nyatakan konflik kepentingan");
        await page.WaitForURLAsync(baseUrl + "/juri/konflik");
        await AxeAsync();
        await page.GoBackAsync();
        await page.ClickAsync($"#tasks a:text('{entry.Title}')");
        await page.WaitForSelectorAsync("#score-sheet");
        AssertBlind(page.Url, await page.ContentAsync());
        await AxeAsync();
        Assert.Contains(BlindEntry.Mask, await page.InnerTextAsync(".entry-body"));
        Assert.Equal("Perahu bersandar di Karangantu", await page.InnerTextAsync("figure figcaption"));
        // The picture is served to the judge (through the judge's route) and decodes.
        Assert.True(await page.EvalOnSelectorAsync<bool>("figure img", "i => i.complete && i.naturalWidth === 640"));
        // Each criterion's own maximum bounds the field (the browser refuses the form otherwise).
        foreach (var input in await page.Locator("#score-sheet input[type=number]").AllAsync())
            await input.FillAsync(Math.Min(9, int.Parse((await input.GetAttributeAsync("max"))!)).ToString());
        await page.FillAsync("#score-sheet textarea[name=Comment]", "Liputan yang jujur dan rinci.");
        await page.ClickAsync("#score-sheet button[type=submit]");
        await page.WaitForSelectorAsync("text=Nilai tersimpan");
        AssertBlind(page.Url, await page.ContentAsync());
        await page.GotoAsync(baseUrl + "/juri");
        await page.ClickAsync("#tasks a:text('Asap dari Cerobong Baja')");
        foreach (var input in await page.Locator("#score-sheet input[type=number]").AllAsync()) await input.FillAsync("5");
        await page.ClickAsync("#score-sheet button[type=submit]");
        await page.WaitForSelectorAsync("text=Nilai tersimpan");
        AssertBlind(page.Url, await page.ContentAsync());

        // The admin publishes the results with the jury's notes, then builds the book.
        await SignInAsync("pusat@smsi.example", Users.Password, "/admin");
        await page.GotoAsync($"{baseUrl}/admin/lomba/{round.Id}");
        Assert.Contains(entry.Title, await page.InnerTextAsync("#ranking tbody tr:first-child"));
        await page.FillAsync("textarea[name='Publish.JuryNotes']", "Dewan juri menghargai liputan yang berangkat dari kampung nelayan.");
        await page.ClickAsync("text=Umumkan hasil");
        await page.ClickAsync("text=Buat buku");
        Assert.StartsWith("Buku dibuat: 1 naskah", await page.InnerTextAsync("#message"));
        await AxeAsync();

        // A reader, not signed in, sees the winner with author and outlet and downloads the EPUB.
        await browser.ClearCookiesAsync();
        await page.GotoAsync($"{baseUrl}/lomba/{round.Id}");
        var winner = await page.InnerTextAsync("#ranking tbody tr.winner");
        Assert.Contains(rina.Name, winner);
        Assert.Contains(rina.Outlet.Name, winner);
        Assert.Equal("0", await page.InnerTextAsync("#epub-downloads"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Unduh EPUB"));
        var file = Path.Combine(Path.GetTempPath(), $"antologi-{Guid.NewGuid():N}.epub");
        await download.SaveAsAsync(file);
        var epub = await File.ReadAllBytesAsync(file);
        File.Delete(file);
        Assert.Equal($"antologi-lomba-{round.Id}.epub", download.SuggestedFilename);
        AssertMimetypeFirst(epub);
        await BookTools.AssertValidEpubAsync(epub);
        await page.ReloadAsync();
        Assert.Equal("1", await page.InnerTextAsync("#epub-downloads"));
        await AxeAsync();
        Assert.True(axe.Count == 0, $"{axe.Count} serious or critical axe violation(s):\n" + string.Join("\n", axe));
    }

    /// <summary>OCF: a zip whose first entry is "mimetype", stored (not compressed), holding exactly application/epub+zip.</summary>
    private static void AssertMimetypeFirst(byte[] zip)
    {
        Assert.True(zip.Length > 60 && zip[0] == 'P' && zip[1] == 'K' && zip[2] == 3 && zip[3] == 4, "not a zip local file header");
        var method = BitConverter.ToUInt16(zip, 8);
        var size = BitConverter.ToInt32(zip, 22);
        var nameLength = BitConverter.ToUInt16(zip, 26);
        var extraLength = BitConverter.ToUInt16(zip, 28);
        Assert.Equal(0, method);
        Assert.Equal(0, extraLength);
        Assert.Equal("mimetype", Encoding.ASCII.GetString(zip, 30, nameLength));
        Assert.Equal("application/epub+zip", Encoding.ASCII.GetString(zip, 30 + nameLength, size));
    }

    [GeneratedRegex(@"Kata sandi \(hanya ditampilkan sekali\): (\S+)")]
    private static partial Regex JudgePassword();
}
