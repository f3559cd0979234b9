using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Siberindo.Accounts;
using Siberindo.Certificates;
using Siberindo.Members;
using Siberindo.Programs;
using Siberindo.Tests.Certificates;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Browser;

/// <summary>Acceptance: in Chromium a board issues a certificate; its QR link verifies it, and shows "dicabut" after revocation.</summary>
public sealed class CertificateBrowserTests
{
    [SkippableFact]
    public async Task A_certificates_QR_link_verifies_it_and_shows_dicabut_after_revocation()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        await TrainingFixture.OutletAsync(app, "Kabar Serang", "36.04", MembershipStatus.Member, "Rina Wulandari");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var training = await TrainingFixture.EventAsync(app, EventKind.CekFakta, "Pelatihan Cek Fakta Banten", today.AddDays(-1), today, "36");
        await Users.CreateAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        async Task SignInAsync()
        {
            await page.GotoAsync(baseUrl + "/masuk");
            await page.FillAsync("input[name=Email]", "banten@smsi.example");
            await page.FillAsync("input[name=Password]", Users.Password);
            await page.ClickAsync("main button[type=submit]");
            await page.WaitForURLAsync(baseUrl + "/admin");
        }
        await SignInAsync();

        // The board registers the journalist, records that she came, and issues the event's certificates.
        await page.GotoAsync($"{baseUrl}/admin/pelatihan");
        await page.ClickAsync("text=Pelatihan Cek Fakta Banten");
        await page.SelectOptionAsync("select[name=PersonId]", new SelectOptionValue { Label = "Rina Wulandari — Kabar Serang" });
        await page.ClickAsync("#register");
        await page.ClickAsync("#registrations button:has-text('Tandai hadir')");
        await page.ClickAsync("#issue");
        await page.WaitForSelectorAsync("p.ok");
        Assert.Equal("1", await page.InnerTextAsync("#certified"));
        var code = await app.WithDbAsync(db => db.Set<Certificate>().Select(c => c.Code).SingleAsync());

        // The PDF downloads, and the QR code printed on it holds the public verification link.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#registrations a.pdf"));
        var file = Path.Combine(Path.GetTempPath(), $"sertifikat-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        var pdf = await File.ReadAllBytesAsync(file);
        File.Delete(file);
        var link = await QrReader.ReadFromPdfAsync(pdf);
        Assert.Equal($"{baseUrl}/sertifikat/{code}", link);
        // Its fonts are cut to the characters drawn (two whole DejaVu fonts made it about 725 KiB), and its text reads back.
        Assert.True(pdf.Length < 64 * 1024, $"{pdf.Length / 1024} KiB");
        Assert.Contains(PdfText.Compact("Rina Wulandari"), PdfText.Read(pdf).Text);

        // Anyone who scans it, signed in or not, sees it valid: name, event, date, issuer.
        await browser.ClearCookiesAsync();
        await page.GotoAsync(link);
        Assert.Contains("sah", await page.InnerTextAsync("#verdict"));
        Assert.Equal("Rina Wulandari", await page.InnerTextAsync("#holder"));
        Assert.Contains("Pelatihan Cek Fakta Banten", await page.InnerTextAsync("#event"));
        Assert.Equal("Pengurus Provinsi Banten", await page.InnerTextAsync("#issuer"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "sertifikat-sah-390.png"), FullPage = true });

        // The board revokes it with a reason; the same link now says "dicabut" and why.
        await SignInAsync();
        await page.GotoAsync($"{baseUrl}/admin/pelatihan/{training.Id}");
        await page.FillAsync("#registrations form.revoke input[name^=RevokeReasons]", "Tidak mengikuti sesi praktik");
        await page.ClickAsync("#registrations form.revoke button");
        await page.WaitForSelectorAsync("#registrations strong.revoked");
        await browser.ClearCookiesAsync();
        await page.GotoAsync(link);
        Assert.Contains("dicabut", await page.InnerTextAsync("#verdict"));
        Assert.Equal("Tidak mengikuti sesi praktik", await page.InnerTextAsync("#reason"));
        Assert.Equal("Rina Wulandari", await page.InnerTextAsync("#holder"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "sertifikat-dicabut-390.png"), FullPage = true });
    }
}
