using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Browser;

/// <summary>
/// Acceptance of issue #15's accessibility part: axe-core (Deque.AxeCore.Playwright, WCAG 2.x A and AA rules) finds no
/// serious or critical violation on the portal's main pages and the main admin pages, at phone and desktop width, and
/// the keyboard reaches the content through the skip link first.
/// </summary>
public sealed class AccessibilityBrowserTests
{
    private static readonly (int Width, int Height)[] Viewports = [(390, 844), (1280, 900)];

    private static string[] PublicPaths(AccessibilitySite site) =>
    [
        "/", $"/berita/{site.StoryId}", "/cari?q=" + Uri.EscapeDataString(AccessibilitySite.SearchQuery), "/statistik", "/masuk",
    ];

    private static string[] AdminPaths(AccessibilitySite site) =>
    [
        "/admin", "/admin/media", $"/admin/media/{site.OutletId}", $"/admin/media/{site.OutletId}/anggota",
        $"/admin/media/{site.OutletId}/verifikasi", "/admin/pengurus", $"/admin/pengurus/{site.BoardId}", "/admin/pengguna",
        "/admin/audit", "/admin/mitra", $"/admin/mitra/{site.PartnerId}", "/admin/rilis",
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Public_and_admin_pages_have_no_serious_or_critical_axe_violations_at_phone_and_desktop_width(string provider)
    {
        await using var site = await AccessibilitySite.StartAsync(provider);
        var page = await site.OpenPageAsync();

        var failures = new List<string>();
        // Readers first (sign-in is judged as a reader sees it), then the same pages' admin counterparts signed in.
        foreach (var viewport in Viewports)
            foreach (var path in PublicPaths(site))
                failures.AddRange(await SeriousViolationsAsync(page, site.BaseUrl + path, viewport));
        await site.SignInAsync(page);
        foreach (var viewport in Viewports)
            foreach (var path in AdminPaths(site))
                failures.AddRange(await SeriousViolationsAsync(page, site.BaseUrl + path, viewport));

        Assert.True(failures.Count == 0, $"{failures.Count} serious or critical axe violation(s):\n" + string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task The_skip_link_is_the_first_focusable_element_and_moves_focus_to_main()
    {
        await using var site = await AccessibilitySite.StartAsync("Sqlite");
        var page = await site.OpenPageAsync();

        foreach (var path in new[] { "/", $"/berita/{site.StoryId}", "/masuk" })
            await AssertSkipLinkAsync(page, site.BaseUrl + path);
        await page.GotoAsync(site.BaseUrl + "/statistik");
        Assert.Equal(["Statistik"], await CurrentLinksAsync(page, "Menu utama"));
        await site.SignInAsync(page);
        foreach (var path in new[] { "/admin", "/admin/media" })
            await AssertSkipLinkAsync(page, site.BaseUrl + path);
        Assert.Equal(["Media"], await CurrentLinksAsync(page, "Menu pengelola"));
        await page.GotoAsync($"{site.BaseUrl}/admin/media/{site.OutletId}/verifikasi");
        Assert.Equal(["Verifikasi Dewan Pers"], await CurrentLinksAsync(page, "Bagian data media"));
        Assert.Empty(await CurrentLinksAsync(page, "Menu pengelola"));
    }

    /// <summary>The links marked as the current page in the navigation named <paramref name="label"/>.</summary>
    private static async Task<IReadOnlyList<string>> CurrentLinksAsync(IPage page, string label)
    {
        // Every navigation on every page is named, so it can be told apart from the others.
        Assert.Equal(0, await page.Locator("nav:not([aria-label])").CountAsync());
        return await page.Locator($"nav[aria-label='{label}'] a[aria-current=page]").AllInnerTextsAsync();
    }

    [SkippableFact]
    public async Task A_refused_form_focuses_its_error_summary_and_marks_the_field_it_names()
    {
        await using var site = await AccessibilitySite.StartAsync("Sqlite");
        var page = await site.OpenPageAsync();
        await site.SignInAsync(page);

        await page.GotoAsync($"{site.BaseUrl}/admin/media/{site.OutletId}");
        // Blank but present: the browser's own `required` check passes, the registry refuses it.
        await page.FillAsync("input[name='Form.Name']", "   ");
        await page.ClickAsync("form.form button[type=submit]");
        await page.WaitForSelectorAsync("#form-errors");

        Assert.Equal("form-errors", await page.EvaluateAsync<string>("document.activeElement.id"));
        var name = page.Locator("input[name='Form.Name']");
        Assert.Equal("true", await name.GetAttributeAsync("aria-invalid"));
        var describedBy = await name.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy));
        Assert.Contains("Nama media wajib diisi", await page.Locator("#" + describedBy).InnerTextAsync());
        // The message describing the field is the one written next to it, not the summary's.
        Assert.Equal(0, await page.Locator($"#form-errors #{describedBy}").CountAsync());
        // Fields the error does not name stay valid, and the summary links to the field it names.
        Assert.Null(await page.Locator("input[name='Form.Website']").GetAttributeAsync("aria-invalid"));
        var link = page.Locator($"#form-errors a[href='#{await name.GetAttributeAsync("id")}']");
        Assert.Contains("Nama media wajib diisi", await link.InnerTextAsync());
        // Nothing was stored, and the page with its errors still passes axe.
        Assert.Empty(await SeriousViolationsAsync(page, null, (390, 844)));
    }

    /// <summary>Runs axe on <paramref name="url"/> (or the current page when null) and describes each serious or critical violation.</summary>
    internal static async Task<List<string>> SeriousViolationsAsync(IPage page, string? url, (int Width, int Height) viewport)
    {
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        if (url is not null)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response is { Ok: true }, $"{url}: HTTP {response?.Status}");
        }
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url} at {viewport.Width}x{viewport.Height}: {v.Id} ({v.Impact}) {v.Help} {v.HelpUrl}\n    "
                + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")))
            .ToList();
    }

    private static async Task AssertSkipLinkAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string[]>("[document.activeElement.className, document.activeElement.getAttribute('href'), document.activeElement.textContent.trim()]");
        Assert.Equal(["skip-link", "#isi", "Langsung ke isi"], first);
        Assert.True(await page.Locator("a.skip-link").IsVisibleAsync(), $"{url}: the focused skip link is not visible");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(["MAIN", "isi"], await page.EvaluateAsync<string[]>("[document.activeElement.tagName, document.activeElement.id]"));
        // The next Tab goes on from the content, not from the top of the page again.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"), $"{url}: Tab after the skip link left main");
    }
}
